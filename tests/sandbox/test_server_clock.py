"""``clock_offset``: the server's clock runs apart from this machine's, consistently."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import collect, digital_order

TWO_HOURS = 7200


def _parse(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


@pytest.mark.parametrize("offset", [TWO_HOURS, -TWO_HOURS])
def test_everything_the_server_writes_follows_its_clock(server: TrainingServer, api: httpx.Client,
                                                        offset: int) -> None:
    server.clock_offset = offset
    assert server.clock_offset == offset
    before = time.time() + offset
    response = api.post("/orders", json=digital_order(server.data.stores[0]))
    after = time.time() + offset
    order = response.json()
    for key in ("created_at", "draft_time", "pending_time", "unpaid_time", "last_updated_at"):
        assert int(before) <= _parse(order[key]) <= after, key
    date = parsedate_to_datetime(response.headers["Date"]).timestamp()
    assert int(before) <= date <= after
    reset = int(response.headers["X-Ratelimit-Reset"])
    assert before < reset <= after + 11  # the 10 s window, on the server's clock

    paid = server.mark_paid(order["id"])
    assert int(before) <= _parse(paid["paid_time"]) <= time.time() + offset


def test_order_number_date_is_the_server_day_in_jakarta(server: TrainingServer,
                                                         api: httpx.Client) -> None:
    # 23:30 WIB on the till is already tomorrow on a server two hours ahead.
    till = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)
    server.clock = till.timestamp
    server.clock_offset = TWO_HOURS
    order = api.post("/orders", json=digital_order(server.data.stores[0])).json()
    assert order["order_id"].startswith("261128")
    assert order["created_at"] == "2026-11-27T18:30:00Z"
    assert server.now() == pytest.approx(till.timestamp() + TWO_HOURS)


def test_time_windows_compare_with_the_server_clock(server: TrainingServer,
                                                    api: httpx.Client) -> None:
    server.clock_offset = -TWO_HOURS  # the till is two hours ahead of the server
    order = api.post("/orders", json=digital_order(server.data.stores[0])).json()
    till_now = datetime.now(UTC)
    server_now = till_now - timedelta(seconds=TWO_HOURS)

    def window(since: datetime, until: datetime) -> list[str]:
        return [r["id"] for r in collect(api, "/orders", draft_time_since=since.isoformat(),
                                         draft_time_until=until.isoformat())]

    assert window(server_now - timedelta(minutes=5), server_now + timedelta(minutes=5)) \
        == [order["id"]]
    # "The last five minutes" by the till's clock finds nothing on this server.
    assert window(till_now - timedelta(minutes=5), till_now + timedelta(minutes=5)) == []


def test_the_date_header_follows_a_replaced_clock(server: TrainingServer, api: httpx.Client) -> None:
    fixed = datetime(2026, 11, 20, 3, 0, 7, tzinfo=UTC)
    server.clock = fixed.timestamp
    response = api.get("/stores/simplified")
    assert parsedate_to_datetime(response.headers["Date"]) == fixed
    server.clock_offset = 60
    response = api.get("/stores/simplified")
    assert parsedate_to_datetime(response.headers["Date"]) == fixed + timedelta(minutes=1)
    # Even answers the router writes itself (a 404) carry the server's date.
    missing = api.get("/nothing-here")
    assert parsedate_to_datetime(missing.headers["Date"]) == fixed + timedelta(minutes=1)


@pytest.mark.parametrize("offset", [TWO_HOURS, -TWO_HOURS])
def test_429_reset_is_on_the_server_clock(server: TrainingServer, api: httpx.Client,
                                          offset: int) -> None:
    server.clock_offset = offset
    server.faults.rate_limit_burst(n=1, reset_in=3.0)
    response = api.get("/stores/simplified")
    assert response.status_code == 429
    reset = int(response.headers["X-Ratelimit-Reset"])
    date = parsedate_to_datetime(response.headers["Date"]).timestamp()
    # Seen from the server's own Date header the wait is about 3 s, whatever the offset.
    assert 2.0 <= reset - date <= 5.0
    assert abs(reset - (time.time() + offset + 3.0)) <= 2.0
