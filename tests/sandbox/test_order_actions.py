"""change-status with ``payment_status: "paid"`` and ``POST /v3/orders/{id}/duplicate``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import api_client, collect, digital_order, physical_order


def _create(api: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = api.post("/orders", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def _mark_paid(api: httpx.Client, order: dict[str, Any], **extra: Any) -> httpx.Response:
    return api.post("/orders/change-status",
                    json={"ids": [order["id"]], "payment_status": "paid", **extra})


# --- change-status: paid ------------------------------------------------------------------

def test_marking_a_transfer_paid(server: TrainingServer, api: httpx.Client) -> None:
    order = _create(api, digital_order(server.data.stores[0], payment_method="bank_transfer"))
    response = _mark_paid(api, order, by="Kasir Dago 1")
    assert response.status_code == 200
    [row] = response.json()["data"]
    assert (row["id"], row["payment_status"], row["status"]) == (order["id"], "paid", "confirmed")
    stored = server.get_order(order["id"])
    assert stored["paid_time"] and stored["confirmed_time"]
    assert stored["payment_method"] == "bank_transfer"
    assert stored["pg_paid_info"] is None  # the merchant marked it; no gateway receipt
    assert stored["payment_status_history"][-1]["by"] == "Kasir Dago 1"
    # Marking it again changes nothing and is no error.
    again = _mark_paid(api, order)
    assert again.status_code == 200
    assert server.get_order(order["id"])["paid_time"] == stored["paid_time"]


def test_marking_paid_with_the_method_and_transfer_details(server: TrainingServer,
                                                           api: httpx.Client) -> None:
    store = server.data.stores[0]
    order = _create(api, digital_order(store, payment_method="payment_link"))
    response = _mark_paid(api, order, payment_method="bank_transfer",
                          payment_account_holder="Rina Kartikasari",
                          payment_account_number="4370981255", financial_entity_id=14,
                          transfer_time="2026-11-27T10:15:00+07:00")
    assert response.status_code == 200, response.text
    stored = server.get_order(order["id"])
    assert stored["payment_method"] == "bank_transfer"
    assert (stored["payment_account_holder"], stored["financial_entity_id"]) \
        == ("Rina Kartikasari", 14)
    assert stored["transfer_time"] == "2026-11-27T10:15:00+07:00"


@pytest.mark.parametrize(("extra", "field"), [
    ({"payment_method": "invoice"}, "payment_method"),  # not enabled for this store
    ({"payment_method": "cash"}, "payment_method"),
    ({"financial_entity_id": "14"}, "financial_entity_id"),
    ({"transfer_time": "kemarin"}, "transfer_time"),
    ({"by": 5}, "by"),
])
def test_marking_paid_validates_the_extras(server: TrainingServer, api: httpx.Client,
                                           extra: dict[str, Any], field: str) -> None:
    order = _create(api, digital_order(server.data.stores[0]))
    response = _mark_paid(api, order, **extra)
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert server.get_order(order["id"])["payment_status"] == "unpaid"


def test_a_canceled_order_cannot_be_marked_paid(server: TrainingServer, api: httpx.Client) -> None:
    order = _create(api, digital_order(server.data.stores[0]))
    api.post("/orders/change-status", json={"ids": [order["id"]], "status": "canceled"})
    response = _mark_paid(api, order)
    assert response.status_code == 409
    assert order["order_id"] in response.json()["error"]
    assert server.get_order(order["id"])["payment_status"] == "unpaid"


def test_marking_paid_needs_the_change_status_scope(server: TrainingServer) -> None:
    server.add_key("rk_no_status", scopes={"order:create", "order:read"})
    with api_client(server) as api, api_client(server, key="rk_no_status") as limited:
        order = _create(api, digital_order(server.data.stores[0]))
        assert _mark_paid(limited, order).status_code == 403
    assert server.get_order(order["id"])["payment_status"] == "unpaid"


# --- duplicate ----------------------------------------------------------------------------

def _live(api: httpx.Client, store_id: int) -> list[dict[str, Any]]:
    rows = collect(api, "/orders", store_id=str(store_id))
    return [r for r in rows if r["status"] != "canceled"]


def test_duplicate_switches_the_method_and_cancels_the_original(server: TrainingServer,
                                                                api: httpx.Client) -> None:
    store = server.data.stores[0]
    original = _create(api, digital_order(store, payment_method="qris"))
    response = api.post(f"/orders/{original['id']}/duplicate",
                        json={"payment_method": "va_bca", "metadata": {"pos_receipt_no": "R-2"}})
    assert response.status_code == 200, response.text
    copy = response.json()
    assert copy["id"] != original["id"] and copy["order_id"] != original["order_id"]
    assert copy["secret_slug"] != original["secret_slug"]
    assert copy["payment_url"] != original["payment_url"]
    assert (copy["status"], copy["payment_status"], copy["payment_method"]) \
        == ("pending", "unpaid", "va_bca")
    assert "virtual_account" in copy["pg_payment_info"]["payment_method"]
    assert copy["customer"] == original["customer"]
    assert [(ln["variant"], ln["quantity"], ln["product_price"]) for ln in copy["orderlines"]] \
        == [(ln["variant"], ln["quantity"], ln["product_price"]) for ln in original["orderlines"]]
    assert {ln["id"] for ln in copy["orderlines"]}.isdisjoint(
        ln["id"] for ln in original["orderlines"])
    assert copy["metadata"]["pos_receipt_no"] == "R-2"
    assert copy["gross_revenue"] == original["gross_revenue"]
    assert server.get_order(original["id"])["status"] == "canceled"
    assert api.get(f"/orders/{copy['id']}").json() == copy
    assert [r["id"] for r in _live(api, store.id)] == [copy["id"]]


def test_duplicate_keeps_metadata_and_method_when_not_given(server: TrainingServer,
                                                             api: httpx.Client) -> None:
    original = _create(api, digital_order(server.data.stores[0], payment_method="qris"))
    copy = api.post(f"/orders/{original['id']}/duplicate").json()
    assert copy["payment_method"] == "qris" and copy["metadata"] == original["metadata"]
    assert copy["pg_payment_info"]["qr_string"] != original["pg_payment_info"]["qr_string"]


def _physical_via(api: httpx.Client, server: TrainingServer, *, cod: bool) -> dict[str, Any]:
    """A physical qris order shipped by a courier that can (or cannot) collect cash."""
    store = server.data.store_with_method("cod")
    body = physical_order(api, store, "qris")
    quotes = api.post("/shipping-costs/search-courier-service", json={
        "store_id": store.id, "warehouse_id": server.data.warehouse(body["warehouse_unique_id"]).id,
        "location_id": body["location_id"], "payment_method": "qris",
        "weight": sum(server.data.variant(v["variant_unique_id"]).weight * v["quantity"]
                      for v in body["ordervariants"])}).json()["data"]
    quote = next(q for q in quotes if q["is_cod"] is cod)
    return _create(api, {**body, "courier_service_id": quote["courier_service"]["id"],
                         "shipping_cost": quote["cost"],
                         "shipment_provider_code": quote["shipment_provider_code"]})


def test_duplicate_of_a_physical_order_requotes_for_cod(server: TrainingServer,
                                                        api: httpx.Client) -> None:
    original = _physical_via(api, server, cod=True)
    copy = api.post(f"/orders/{original['id']}/duplicate", json={"payment_method": "cod"}).json()
    assert copy["courier_service"] == original["courier_service"]
    assert copy["destination_address"]["location"] == original["destination_address"]["location"]
    assert int(copy["shipping_cost"]) > int(original["shipping_cost"])  # the COD fee
    assert int(copy["gross_revenue"]) - int(original["gross_revenue"]) \
        == int(copy["shipping_cost"]) - int(original["shipping_cost"])
    assert copy["total_weight"] == original["total_weight"]


def test_duplicate_to_cod_needs_a_cod_courier(server: TrainingServer, api: httpx.Client) -> None:
    original = _physical_via(api, server, cod=False)
    response = api.post(f"/orders/{original['id']}/duplicate", json={"payment_method": "cod"})
    assert response.status_code == 400
    assert "payment_method" in response.json()["errors"]
    assert server.get_order(original["id"])["status"] == "pending"
    assert len(server.orders()) == 1


@pytest.mark.parametrize(("body", "field"), [
    ({"payment_method": "invoice"}, "payment_method"),
    ({"payment_method": "tunai"}, "payment_method"),
    ({"metadata": "x"}, "metadata"),
])
def test_duplicate_validation(server: TrainingServer, api: httpx.Client, body: dict[str, Any],
                              field: str) -> None:
    original = _create(api, digital_order(server.data.stores[0]))
    response = api.post(f"/orders/{original['id']}/duplicate", json=body)
    assert response.status_code == 400 and field in response.json()["errors"]
    assert len(server.orders()) == 1
    assert server.get_order(original["id"])["status"] == "pending"


def test_a_paid_order_is_not_duplicated(server: TrainingServer, api: httpx.Client) -> None:
    original = _create(api, digital_order(server.data.stores[0]))
    server.mark_paid(original["id"])
    response = api.post(f"/orders/{original['id']}/duplicate", json={"payment_method": "va_bca"})
    assert response.status_code == 409
    assert len(server.orders()) == 1
    assert server.get_order(original["id"])["status"] == "confirmed"
    assert api.post("/orders/01900000-0000-7000-8000-000000000000/duplicate").status_code == 404


def test_duplicate_needs_order_create_and_defers_payment_info(server: TrainingServer) -> None:
    server.add_key("rk_read", scopes={"order:read"})
    with api_client(server) as api, api_client(server, key="rk_read") as limited:
        original = _create(api, digital_order(server.data.stores[0]))
        assert api.post(f"/orders/{original['id']}/duplicate").status_code != 403
        second = _create(api, digital_order(server.data.stores[0]))
        assert limited.post(f"/orders/{second['id']}/duplicate").status_code == 403
        server.defer_payment_info = True
        copy = api.post(f"/orders/{second['id']}/duplicate",
                        json={"payment_method": "va_bca"}).json()
        assert copy["pg_payment_info"] == {}
        assert api.post(f"/orders/{copy['id']}/payment").json()["payment_method"]
