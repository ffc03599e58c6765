"""Orders from other channels, listed side by side with the counter's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from pos_app.sandbox.online import day_start
from tests.sandbox.support import api_client, collect, digital_order

WIB = timedelta(hours=7)


def _ts(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def test_online_orders_look_like_web_sales(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.stores[0]
    counter = api.post("/orders", json=digital_order(store)).json()
    made = server.add_online_orders(store.id, 8)
    assert len(made) == 8
    now = server.now()
    for order in made:
        assert order["store"]["id"] == store.id
        assert not any(key.startswith("pos_") for key in order["metadata"])
        assert order["customer"]["phone"] != counter["customer"]["phone"]
        assert day_start(now) <= _ts(order["created_at"]) <= now
        assert order["payment_method"] in store.payment_methods
        assert api.get(f"/orders/{order['id']}").json() == server.get_order(order["id"])
    statuses = {order["payment_status"] for order in made}
    assert statuses == {"paid", "unpaid"}
    for order in made:
        if order["payment_status"] == "paid":
            assert _ts(order["created_at"]) <= _ts(order["paid_time"]) <= now


def test_the_list_shows_counter_and_web_orders_newest_first(server: TrainingServer,
                                                            api: httpx.Client) -> None:
    store = server.data.stores[0]
    earlier = api.post("/orders", json=digital_order(store)).json()
    web = server.add_online_orders(store.id, 30)
    counter = api.post("/orders", json=digital_order(store)).json()
    now = datetime.fromtimestamp(server.now() + 1, UTC)
    today = datetime.fromtimestamp(day_start(server.now()), UTC)
    rows = collect(api, "/orders", store_id=str(store.id),
                   draft_time_since=today.isoformat(), draft_time_until=now.isoformat(),
                   page_size="10")
    assert {r["id"] for r in rows} == {earlier["id"], counter["id"], *(o["id"] for o in web)}
    # Newest created first, although the web orders were stored after the earlier sale.
    created = [_ts(r["created_at"]) for r in rows]
    assert created == sorted(created, reverse=True)
    assert rows[0]["id"] == counter["id"]
    assert {"payment_method", "metadata", "gross_revenue", "created_at"} <= set(rows[0])
    # Other stores see none of them.
    assert collect(api, "/orders", store_id=str(server.data.stores[1].id)) == []


def test_online_orders_follow_the_server_clock(server: TrainingServer, api: httpx.Client) -> None:
    # 01:00 WIB on the server while the till is still on yesterday.
    server.clock = datetime(2026, 11, 27, 18, 0, tzinfo=UTC).timestamp
    server.clock_offset = 2 * 3600
    made = server.add_online_orders(4158, 5)
    for order in made:
        local = datetime.fromtimestamp(_ts(order["created_at"]), UTC) + WIB
        assert local.date().isoformat() == "2026-11-28"
        assert order["order_id"].startswith("261128")


def test_training_auto_pay_leaves_web_orders_alone() -> None:
    with TrainingServer(auto_pay_after=0.1) as server, api_client(server) as api:
        store = server.data.store_with_method("qris")
        made = server.add_online_orders(store.id, 12)
        unpaid = [o["id"] for o in made if o["payment_status"] == "unpaid"]
        counter = api.post("/orders", json=digital_order(store, payment_method="qris")).json()
        assert server.wait_for(
            lambda: server.get_order(counter["id"])["payment_status"] == "paid")
        assert unpaid and all(server.get_order(pk)["payment_status"] == "unpaid" for pk in unpaid)


def test_bad_arguments(server: TrainingServer) -> None:
    assert server.add_online_orders(4127, 0) == []
    with pytest.raises(KeyError):
        server.add_online_orders(1, 3)
    with pytest.raises(ValueError):
        server.add_online_orders(4127, -1)
