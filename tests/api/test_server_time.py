"""The client's idea of the server's time, and 429 waits when the till's clock is wrong."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from pos_app.api import RateLimitedError, RetryPolicy, ScalevClient, ServerClock
from pos_app.api.server_time import parse_http_date
from pos_app.sandbox import TrainingServer
from tests.api.support import mock_client, page

KEY = "sk_training_clock_5f2e"
TWO_HOURS = 7200.0


@pytest.fixture
def server() -> Iterator[TrainingServer]:
    with TrainingServer(api_key=KEY) as srv:
        yield srv


# --- the clock on its own -------------------------------------------------------------------


@pytest.mark.parametrize(("header", "expected"), [
    ("Fri, 27 Nov 2026 03:15:42 GMT", datetime(2026, 11, 27, 3, 15, 42, tzinfo=UTC)),
    ("Friday, 27-Nov-26 03:15:42 GMT", datetime(2026, 11, 27, 3, 15, 42, tzinfo=UTC)),
    ("Fri Nov 27 03:15:42 2026", datetime(2026, 11, 27, 3, 15, 42, tzinfo=UTC)),
    ("Fri, 27 Nov 2026 10:15:42 +0700", datetime(2026, 11, 27, 3, 15, 42, tzinfo=UTC)),
])
def test_http_dates(header: str, expected: datetime) -> None:
    assert parse_http_date(header) == expected.timestamp()


@pytest.mark.parametrize("header", [None, "", "   ", "yesterday", "Fri, 99 Nov 2026 03:15:42 GMT",
                                    "Thu, 01 Jan 1970 00:00:00 GMT", "1764213342"])
def test_garbled_dates_are_ignored(header: str | None) -> None:
    assert parse_http_date(header) is None


def test_offset_is_learned_kept_and_replaced() -> None:
    local = 1_800_000_000.0
    clock = ServerClock(lambda: local)
    assert clock.offset is None and clock.now() == local
    ahead = datetime.fromtimestamp(local + TWO_HOURS, UTC)
    clock.observe(ahead.strftime("%a, %d %b %Y %H:%M:%S GMT"))
    assert clock.offset == timedelta(seconds=TWO_HOURS + 0.5)  # middle of the Date second
    assert clock.now() == pytest.approx(local + TWO_HOURS, abs=1)
    clock.observe("garbage")
    clock.observe(None)
    assert clock.offset == timedelta(seconds=TWO_HOURS + 0.5)  # a bad header changes nothing
    behind = datetime.fromtimestamp(local - 60, UTC)
    clock.observe(behind.strftime("%a, %d %b %Y %H:%M:%S GMT"))
    assert clock.offset == timedelta(seconds=-59.5)  # the latest wins
    assert clock.now_datetime().tzinfo is UTC


@pytest.mark.asyncio
async def test_a_server_without_date_headers_leaves_the_local_clock() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page([]))

    async with mock_client(handler) as client:
        await client.stores_page()
        assert client.clock_offset is None
        assert abs((client.server_now() - datetime.now(UTC)).total_seconds()) < 1
        assert client.server_now().tzinfo is UTC


@pytest.mark.asyncio
async def test_a_garbled_date_keeps_the_previous_offset() -> None:
    dates = iter([
        (datetime.now(UTC) + timedelta(hours=1)).strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "not a date",
    ])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page([]), headers={"Date": next(dates)})

    async with mock_client(handler) as client:
        await client.stores_page()
        first = client.clock_offset
        await client.stores_page()
        assert client.clock_offset == first
        assert first is not None and abs(first.total_seconds() - 3600) < 2


# --- against the training server --------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("offset", [TWO_HOURS, -TWO_HOURS, 0.0])
async def test_server_now_follows_the_server_clock(server: TrainingServer, offset: float) -> None:
    server.clock_offset = offset
    async with ScalevClient(server.base_url, KEY) as client:
        assert client.clock_offset is None
        await client.stores_page()
        learned = client.clock_offset
        assert learned is not None
        assert abs(learned.total_seconds() - offset) <= 1.5
        server_now = datetime.fromtimestamp(server.now(), UTC)
        assert abs((client.server_now() - server_now).total_seconds()) <= 1.5
        # Errors carry a Date header too, and it is learned from them as well.
        server.clock_offset = -offset
        with pytest.raises(Exception):  # noqa: B017 - the 404 itself is not the point
            await client.get_order("01900000-0000-7000-8000-000000000000")
        learned_again = client.clock_offset
        assert learned_again is not None and abs(learned_again.total_seconds() + offset) <= 1.5


@pytest.mark.asyncio
@pytest.mark.parametrize("offset", [TWO_HOURS, -TWO_HOURS])
async def test_429_wait_uses_the_server_clock(server: TrainingServer, offset: float) -> None:
    # Till 2 h behind the server (offset > 0) would wait the 60 s maximum; till 2 h ahead
    # would not wait at all. Read on the server's clock it is about the 2 s it said.
    server.clock_offset = offset
    async with ScalevClient(server.base_url, KEY, retry=RetryPolicy.never()) as client:
        server.faults.rate_limit_burst(n=1, reset_in=2.0)
        with pytest.raises(RateLimitedError) as caught:
            await client.stores_page()
    error = caught.value
    assert 1.0 <= error.retry_after <= 3.5
    assert error.reset_at is not None and abs(error.reset_at - (server.now() + 2)) <= 2.5


@pytest.mark.asyncio
async def test_429_with_the_till_ahead_is_really_waited_out(server: TrainingServer) -> None:
    server.clock_offset = -TWO_HOURS
    async with ScalevClient(server.base_url, KEY,
                            retry=RetryPolicy(base_delay=0.01, max_delay=0.05)) as client:
        await client.stores_page()
        server.faults.rate_limit_burst(n=1, reset_in=1.5)
        started = time.monotonic()
        result = await client.stores_page()
        waited = time.monotonic() - started
    assert result.items
    assert 1.0 <= waited <= 4.0
    statuses = [r.status for r in server.requests if r.path == "/v3/stores/simplified"]
    assert statuses == [200, 429, 200]
