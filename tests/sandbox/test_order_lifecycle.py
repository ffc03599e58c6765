"""After creation: reading, paying, voiding, deleting, listing and the buyer's page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import KEY, api_client, collect, digital_order, plain_client


def _order(api: httpx.Client, server: TrainingServer, store_index: int = 0,
           **overrides: Any) -> dict[str, Any]:
    response = api.post("/orders", json=digital_order(server.data.stores[store_index], **overrides))
    assert response.status_code == 200, response.text
    return response.json()


def test_get_and_check_payment(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    assert api.get(f"/orders/{order['id']}").json() == order
    assert api.post(f"/orders/{order['id']}/check-payment").json() == order
    for path in ("/orders/01900000-0000-7000-8000-000000000000",
                 "/orders/01900000-0000-7000-8000-000000000000/actions"):
        response = api.get(path)
        assert response.status_code == 404 and response.json()["error"]
    assert api.post("/orders/nope/check-payment").status_code == 404
    assert api.post("/orders/nope/payment").status_code == 404


def test_actions(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    actions = api.get(f"/orders/{order['id']}/actions").json()
    assert actions["is_digital_product_present"] and not actions["is_physical_product_present"]
    assert actions["payment_url"] == order["payment_url"]


def test_mark_paid_confirms_the_order(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    paid = server.mark_paid(order["id"])
    assert (paid["payment_status"], paid["status"]) == ("paid", "confirmed")
    assert paid["paid_time"] and paid["confirmed_time"]
    assert [h["status"] for h in paid["payment_status_history"]] == ["paid"]
    assert [h["status"] for h in paid["status_history"]] == ["pending", "confirmed"]
    assert api.get(f"/orders/{order['id']}").json() == paid
    assert server.mark_paid(order["id"], "settled")["payment_status"] == "settled"
    with pytest.raises(KeyError):
        server.mark_paid("01900000-0000-7000-8000-000000000000")


def test_conflict_keeps_the_order_pending(server: TrainingServer, api: httpx.Client) -> None:
    order = _order(api, server)
    flagged = server.mark_paid(order["id"], "conflict")
    assert (flagged["payment_status"], flagged["status"]) == ("conflict", "pending")
    assert flagged["paid_time"] is None


def test_payment_link_reports_the_method_used(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server, payment_method="payment_link")
    assert server.mark_paid(order["id"])["payment_method"] == "qris"


def test_training_pay_route(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    paid = api.post(f"/_training/orders/{order['id']}/pay").json()
    assert paid["payment_status"] == "paid"
    settled = api.post(f"/_training/orders/{order['id']}/pay",
                       json={"payment_status": "settled"}).json()
    assert settled["payment_status"] == "settled"
    assert api.post(f"/_training/orders/{order['id']}/pay",
                    json={"payment_status": "maybe"}).status_code == 400
    assert api.post("/_training/orders/nope/pay").status_code == 404
    with api_client(server, key="sk_wrong") as stranger:
        assert stranger.post(f"/_training/orders/{order['id']}/pay").status_code == 401


def test_auto_pay_after() -> None:
    with TrainingServer(auto_pay_after=0.3) as server, api_client(server) as api:
        order = _order(api, server)
        assert api.get(f"/orders/{order['id']}").json()["payment_status"] == "unpaid"
        assert server.wait_for(
            lambda: api.get(f"/orders/{order['id']}").json()["payment_status"] == "paid",
            timeout=5)
        assert server.get_order(order["id"])["status"] == "confirmed"
        # A voided order is never paid automatically.
        voided = _order(api, server)
        api.post("/orders/change-status", json={"ids": [voided["id"]], "status": "canceled"})
        server.wait_for(lambda: False, timeout=0.4)
        assert server.get_order(voided["id"])["payment_status"] == "unpaid"


def test_cancel_via_change_status(api: httpx.Client, server: TrainingServer) -> None:
    a, b = _order(api, server), _order(api, server)
    response = api.post("/orders/change-status", json={"ids": [a["id"], b["id"]],
                                                         "status": "canceled"})
    assert response.status_code == 200
    body = response.json()
    assert body["is_paginated"] is False
    assert [row["id"] for row in body["data"]] == [a["id"], b["id"]]
    assert all(row["status"] == "canceled" and row["payment_status"] == "unpaid"
               for row in body["data"])
    stored = server.get_order(a["id"])
    assert stored["canceled_time"] and stored["status_history"][-1]["status"] == "canceled"
    assert api.post(f"/orders/{a['id']}/payment").status_code == 400


def test_paid_order_cannot_be_canceled(api: httpx.Client, server: TrainingServer) -> None:
    paid, unpaid = _order(api, server), _order(api, server)
    server.mark_paid(paid["id"])
    response = api.post("/orders/change-status", json={"ids": [unpaid["id"], paid["id"]],
                                                         "status": "canceled"})
    assert response.status_code == 409
    assert paid["order_id"] in response.json()["error"]
    # All or nothing: the unpaid one was not canceled either.
    assert server.get_order(unpaid["id"])["status"] == "pending"


def test_change_payment_status(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    body = api.post("/orders/change-status", json={"ids": [order["id"]],
                                                     "payment_status": "paid"}).json()
    assert body["data"][0]["payment_status"] == "paid"
    assert body["data"][0]["status"] == "confirmed"


@pytest.mark.parametrize("body", [
    {"ids": [], "status": "canceled"},
    {"status": "canceled"},
    {"ids": "x", "status": "canceled"},
    {"ids": ["PLACEHOLDER"], "status": "voided"},
    {"ids": ["PLACEHOLDER"], "payment_status": "refunded"},
    {"ids": ["PLACEHOLDER"]},
    {"ids": ["01900000-0000-7000-8000-000000000000"], "status": "canceled"},
])
def test_change_status_validation(api: httpx.Client, server: TrainingServer,
                                  body: dict[str, Any]) -> None:
    order = _order(api, server)
    if body.get("ids") == ["PLACEHOLDER"]:
        body = {**body, "ids": [order["id"]]}
    response = api.post("/orders/change-status", json=body)
    assert response.status_code == 400
    assert response.json()["errors"]
    assert server.get_order(order["id"])["status"] == "pending"


def test_delete(api: httpx.Client, server: TrainingServer) -> None:
    unpaid, paid = _order(api, server), _order(api, server)
    server.mark_paid(paid["id"])
    assert api.post("/orders/delete", json={"ids": [paid["id"]]}).status_code == 409
    body = api.post("/orders/delete", json={"ids": [unpaid["id"]]}).json()
    assert body == {"data": [unpaid["id"]], "is_paginated": False}
    assert api.get(f"/orders/{unpaid['id']}").status_code == 404


# --- listing --------------------------------------------------------------------------------

class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now.timestamp()


@pytest.fixture
def clocked(server: TrainingServer) -> Iterator[Clock]:
    clock = Clock(datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
    server.clock = clock
    yield clock


def test_list_rows_have_the_list_types(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    server.add_tag(order["id"], "kasir")
    [row] = api.get("/orders").json()["data"]
    assert row["id"] == order["id"]
    assert isinstance(row["gross_revenue"], str) and row["gross_revenue"] == order["gross_revenue"]
    assert isinstance(row["product_price"], int) and isinstance(row["shipping_cost"], int)
    assert isinstance(row["net_payment_revenue"], str)
    assert row["tags"] == [{"id": row["tags"][0]["id"], "name": "kasir"}]
    assert row["metadata"] == order["metadata"]
    assert row["payment_url"] == order["payment_url"]
    assert row["customer"] == {"name": "Rina Kartikasari", "phone": "6281234567890",
                               "email": "rina.kartika@example.co.id"}
    assert row["created_at"] == order["created_at"]


def test_list_newest_first_and_paginates_without_gaps(api: httpx.Client, server: TrainingServer,
                                                      clocked: Clock) -> None:
    created = []
    for _ in range(23):
        clocked.now += timedelta(seconds=1)
        created.append(_order(api, server)["id"])
    first = api.get("/orders", params={"page_size": 10}).json()
    assert [r["id"] for r in first["data"]] == created[::-1][:10]
    # New orders arriving while paging do not shift the following pages.
    _order(api, server)
    rows = list(first["data"])
    cursor = first["next_cursor"]
    while cursor:
        page = api.get("/orders", params={"page_size": 10, "next_cursor": cursor}).json()
        rows.extend(page["data"])
        cursor = page["next_cursor"]
    assert [r["id"] for r in rows] == created[::-1]
    last = api.get("/orders", params={"page_size": 10, "next_cursor": first["next_cursor"]}).json()
    back = api.get("/orders", params={"page_size": 10,
                                      "previous_cursor": last["previous_cursor"]}).json()
    assert [r["id"] for r in back["data"]] == created[::-1][:10]
    assert api.get("/orders", params={"page_size": 26}).status_code == 400


def test_list_filters(api: httpx.Client, server: TrainingServer) -> None:
    a = _order(api, server, customer_name="Budi Santoso", customer_phone="081298765432",
               customer_email="budi@example.com")
    b = _order(api, server, store_index=2, customer_name="Siti Aminah",
               customer_phone="6285711112222", customer_email="siti@example.com")
    server.mark_paid(b["id"])

    def ids(**params: str) -> list[str]:
        return [r["id"] for r in collect(api, "/orders", **params)]

    assert ids(search=a["order_id"]) == [a["id"]]
    assert ids(search=a["order_id"][-7:].lower()) == [a["id"]]
    assert ids(search="6281298765432", search_field="customer_phone") == [a["id"]]
    assert ids(search="0857-1111", search_field="customer_phone") == [b["id"]]
    assert ids(search="aminah", search_field="customer_name") == [b["id"]]
    assert ids(search="budi@", search_field="customer_email") == [a["id"]]
    assert ids(payment_status="paid") == [b["id"]]
    assert ids(payment_status="unpaid") == [a["id"]]
    assert ids(store_id=str(server.data.stores[2].id)) == [b["id"]]
    assert ids(status="confirmed") == [b["id"]]
    assert ids(search="zzz") == []
    for bad in ({"search_field": "address"}, {"payment_status": "lunas"},
                {"store_id": "abc"}, {"draft_time_since": "kemarin"}):
        assert api.get("/orders", params=bad).status_code == 400


def test_list_time_window(api: httpx.Client, server: TrainingServer, clocked: Clock) -> None:
    start = clocked.now
    made = []
    for hours in (0, 1, 2):
        clocked.now = start + timedelta(hours=hours)
        made.append(_order(api, server))

    def window(**params: str) -> list[str]:
        return [r["id"] for r in collect(api, "/orders", **params)]

    since = (start + timedelta(minutes=30)).isoformat()
    until = (start + timedelta(hours=1, minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert window(draft_time_since=since, draft_time_until=until) == [made[1]["id"]]
    assert window(draft_time_since=since) == [made[2]["id"], made[1]["id"]]
    # Bounds are inclusive at the second precision the client sees in draft_time.
    exact = made[0]["draft_time"]
    assert window(draft_time_since=exact, draft_time_until=exact) == [made[0]["id"]]
    assert window(draft_time_until="2020-01-01T00:00:00+07:00") == []


def test_orders_survive_restart_with_db_path(tmp_path) -> None:
    path = tmp_path / "orders.sqlite3"
    with TrainingServer(db_path=str(path)) as first, api_client(first) as api:
        order = _order(api, first)
    with TrainingServer(db_path=path) as second, api_client(second, key=KEY) as api:
        again = api.get(f"/orders/{order['id']}").json()
        assert [o["id"] for o in second.orders()] == [order["id"]]
        # The new run listens on another port; the stored links follow it.
        assert again["payment_url"].startswith(second.base_url)
        assert again == json.loads(json.dumps(order).replace(first.base_url, second.base_url))
        with plain_client(second) as browser:
            assert browser.get(again["payment_url"]).status_code == 200


def test_buyer_page_and_simulated_payment(api: httpx.Client, server: TrainingServer) -> None:
    order = _order(api, server)
    with plain_client(server) as browser:
        page = browser.get(order["payment_url"])
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert order["order_id"] in page.text and "Simulasikan" in page.text
        paid = browser.post(f"/order/public/{order['secret_slug']}/pay", follow_redirects=True)
        assert paid.status_code == 200 and "Simulasikan" not in paid.text
        assert browser.get("/order/public/unknownslug").status_code == 404
    assert server.get_order(order["id"])["payment_status"] == "paid"


def test_the_buyer_page_cannot_pay_what_the_merchant_settles(
    api: httpx.Client, server: TrainingServer
) -> None:
    store = next(s for s in server.data.stores if "bank_transfer" in s.payment_methods)
    index = server.data.stores.index(store)
    order = _order(api, server, index, payment_method="bank_transfer")
    with plain_client(server) as browser:
        page = browser.get(order["payment_url"])
        assert page.status_code == 200 and "Simulasikan" not in page.text
        refused = browser.post(f"/order/public/{order['secret_slug']}/pay")
        assert refused.status_code == 409
    assert server.get_order(order["id"])["payment_status"] == "unpaid"
