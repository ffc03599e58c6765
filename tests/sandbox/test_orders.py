"""Order creation: happy paths, payment payloads, and every validation rule."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from pos_app.sandbox.payments import crc16
from tests.sandbox.support import digital_order, physical_order, quote


def _create(api: httpx.Client, body: Any, **headers: str) -> httpx.Response:
    return api.post("/orders", json=body, headers=headers)


def _ok(api: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = _create(api, body)
    assert response.status_code == 200, response.text
    return response.json()


def _tlv(payload: str) -> dict[str, str]:
    fields, i = {}, 0
    while i < len(payload):
        tag, size = payload[i:i + 2], int(payload[i + 2:i + 4])
        fields[tag] = payload[i + 4:i + 4 + size]
        i += 4 + size
    return fields


def test_digital_order(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.store_with_method("qris")
    variant = store.digital_variants()[0]
    order = _ok(api, digital_order(store, payment_method="qris"))
    assert uuid.UUID(order["id"]).version == 7
    assert re.fullmatch(r"\d{6}[A-Z]{7}", order["order_id"])
    assert order["public_order_url"] == f"{server.base_url}/order/public/{order['secret_slug']}"
    assert order["payment_url"] == order["public_order_url"] + "/success"
    assert (order["status"], order["payment_status"]) == ("pending", "unpaid")
    assert order["product_price"] == str(2 * variant.price) == order["gross_revenue"]
    assert order["shipping_cost"] == "0" and order["destination_address"] is None
    [line] = order["orderlines"]
    assert (line["variant"], line["quantity"], line["variant_price"], line["product_price"]) \
        == (variant.id, 2, variant.price, 2 * variant.price)
    assert order["metadata"]["pos_receipt_no"] == "KN-DAGO-000123"
    assert server.orders() == [order]
    assert server.get_order(order["id"]) == order


def test_qris_payload_is_an_emv_string_with_the_amount(api: httpx.Client,
                                                       server: TrainingServer) -> None:
    store = server.data.store_with_method("qris")
    order = _ok(api, digital_order(store, payment_method="qris"))
    qr = order["pg_payment_info"]["qr_string"]
    assert qr.startswith("000201")
    assert qr[-4:] == crc16(qr[:-4])
    assert _tlv(qr[:-8])["54"] == order["gross_revenue"]
    assert order["epayment_provider"] == "xendit" and order["pg_reference_id"]
    # The payment route hands back the same payload.
    assert api.post(f"/orders/{order['id']}/payment").json() == order["pg_payment_info"]


@pytest.mark.parametrize(("method", "check"), [
    ("va_bni", lambda info: info["payment_method"]["virtual_account"]["channel_properties"]
     ["virtual_account_number"].startswith("8808")),
    ("invoice", lambda info: info["invoice_url"].startswith("http")),
    ("ovo", lambda info: [a["url_type"] for a in info["actions"]] == ["WEB", "DEEPLINK"]),
    ("bank_transfer", lambda info: info == {}),
    ("payment_link", lambda info: info == {}),
])
def test_payment_payload_per_method(api: httpx.Client, server: TrainingServer, method: str,
                                    check) -> None:
    store = server.data.store_with_method(method)
    order = _ok(api, digital_order(store, payment_method=method))
    assert check(order["pg_payment_info"])
    assert api.post(f"/orders/{order['id']}/payment").json() == order["pg_payment_info"]


def test_physical_order_with_a_real_quote(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[0]
    body = physical_order(api, store, "qris")
    order = _ok(api, body)
    assert order["shipping_cost"] == str(body["shipping_cost"])
    assert order["courier_service"]["id"] == body["courier_service_id"]
    assert order["destination_address"]["subdistrict"] == "Coblong"
    assert order["destination_address"]["location"] == body["location_id"]
    assert order["origin_address"]["warehouse"] == order["warehouse"]["id"]
    grams = sum(line["weight"] for line in order["orderlines"])
    assert order["total_weight"] == order["product_weight"] == str(grams)
    products = sum(line["product_price"] for line in order["orderlines"])
    assert int(order["gross_revenue"]) == products + body["shipping_cost"]
    assert order["shipment_provider_code"] == body["shipment_provider_code"]


def test_cod_order_needs_the_cod_quote(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.store_with_method("cod")
    qris = physical_order(api, store, "qris")
    cod = physical_order(api, store, "cod")
    assert cod["shipping_cost"] > qris["shipping_cost"]
    _ok(api, cod)
    stale = {**qris, "payment_method": "cod"}  # re-using the qris quote after switching to COD
    response = _create(api, stale)
    assert response.status_code == 400
    assert "shipping_cost" in response.json()["errors"] or \
        "courier_service_id" in response.json()["errors"]


def test_bundle_orders(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[0]
    digital = store.digital_bundles()[0]
    option = digital.price_options[0]
    order = _ok(api, digital_order(store, ordervariants=[], orderbundles=[
        {"bundle_price_option_unique_id": option.unique_id, "quantity": 3}]))
    assert order["product_price"] == str(3 * option.price)
    assert sum(line["product_price"] for line in order["orderlines"]) == 3 * option.price
    assert {line["bundle_price_option_unique_id"] for line in order["orderlines"]} \
        == {option.unique_id}

    physical = store.physical_bundles()[0]
    option = physical.price_options[-1]
    lines = [(line.variant, line.quantity) for line in physical.lines]
    warehouse, courier, location_id = quote(api, store, lines, "Tebet", "qris",
                                            extra_grams=physical.weight_bump)
    order = _ok(api, digital_order(
        store, ordervariants=[], payment_method="qris",
        orderbundles=[{"bundle_price_option_unique_id": option.unique_id, "quantity": 1}],
        address="Jl. Tebet Raya No. 1", location_id=location_id,
        warehouse_unique_id=warehouse["unique_id"],
        courier_service_id=courier["courier_service"]["id"], shipping_cost=courier["cost"]))
    assert order["weight_bump"] == str(physical.weight_bump)
    assert int(order["total_weight"]) == physical.weight
    assert int(order["gross_revenue"]) == option.price + courier["cost"]


def test_discounts_and_other_income(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[0]
    variant = store.digital_variants()[0]
    order = _ok(api, digital_order(store, product_discount=5000, other_income=2500,
                                   other_income_name="Biaya layanan"))
    assert order["product_discount"] == "5000" and order["other_income"] == "2500"
    assert int(order["gross_revenue"]) == 2 * variant.price - 5000 + 2500
    assert int(order["net_revenue"]) == int(order["gross_revenue"]) - int(order["payment_fee"])


def _store_a(server: TrainingServer):
    return server.data.stores[0]


def _variant_body(server: TrainingServer, **overrides: Any) -> dict[str, Any]:
    return digital_order(_store_a(server), **overrides)


def _item(uid: str, qty: Any = 1) -> list[dict[str, Any]]:
    return [{"variant_unique_id": uid, "quantity": qty}]


# (name, body builder, expected error field)
INVALID = [
    ("no store", lambda s, a: _variant_body(s, store_unique_id=None), "store_unique_id"),
    ("unknown store", lambda s, a: _variant_body(s, store_unique_id="store_Nope1234"),
     "store_unique_id"),
    ("numeric store", lambda s, a: _variant_body(s, store_unique_id="4127"), "store_unique_id"),
    ("no customer", lambda s, a: _variant_body(s, customer_name=None), "customer_name"),
    ("blank customer", lambda s, a: _variant_body(s, customer_name="   "), "customer_name"),
    ("unknown variant", lambda s, a: _variant_body(s, ordervariants=_item("variant_zzzzzz")),
     "ordervariants[0].variant_unique_id"),
    ("other store's variant",
     lambda s, a: _variant_body(s, ordervariants=_item(s.data.stores[1].variants()[0].unique_id)),
     "ordervariants[0].variant_unique_id"),
    ("unknown bundle option", lambda s, a: _variant_body(s, ordervariants=[], orderbundles=[
        {"bundle_price_option_unique_id": "bpo_nothing", "quantity": 1}]),
     "orderbundles[0].bundle_price_option_unique_id"),
    ("other store's bundle option", lambda s, a: _variant_body(s, ordervariants=[], orderbundles=[
        {"bundle_price_option_unique_id": s.data.stores[2].digital_bundles()[0]
         .price_options[0].unique_id, "quantity": 1}]),
     "orderbundles[0].bundle_price_option_unique_id"),
    ("quantity 0", lambda s, a: _variant_body(
        s, ordervariants=_item(_store_a(s).digital_variants()[0].unique_id, 0)),
     "ordervariants[0].quantity"),
    ("quantity -2", lambda s, a: _variant_body(
        s, ordervariants=_item(_store_a(s).digital_variants()[0].unique_id, -2)),
     "ordervariants[0].quantity"),
    ("fractional quantity", lambda s, a: _variant_body(
        s, ordervariants=_item(_store_a(s).digital_variants()[0].unique_id, 1.5)),
     "ordervariants[0].quantity"),
    ("string quantity", lambda s, a: _variant_body(
        s, ordervariants=_item(_store_a(s).digital_variants()[0].unique_id, "2")),
     "ordervariants[0].quantity"),
    ("missing quantity", lambda s, a: _variant_body(
        s, ordervariants=[{"variant_unique_id": _store_a(s).digital_variants()[0].unique_id}]),
     "ordervariants[0].quantity"),
    ("bundle quantity 0", lambda s, a: _variant_body(s, ordervariants=[], orderbundles=[
        {"bundle_price_option_unique_id": _store_a(s).digital_bundles()[0]
         .price_options[0].unique_id, "quantity": 0}]),
     "orderbundles[0].quantity"),
    ("no items", lambda s, a: _variant_body(s, ordervariants=[]), "ordervariants"),
    ("payment method not enabled", lambda s, a: _variant_body(s, payment_method="invoice"),
     "payment_method"),
    ("unknown payment method", lambda s, a: _variant_body(s, payment_method="cash"),
     "payment_method"),
    ("bad provider code", lambda s, a: _variant_body(s, shipment_provider_code="jne"),
     "shipment_provider_code"),
    ("bad email", lambda s, a: _variant_body(s, customer_email="rina@"), "customer_email"),
    ("metadata not an object", lambda s, a: _variant_body(s, metadata=["x"]), "metadata"),
    ("negative discount", lambda s, a: _variant_body(s, product_discount=-1), "product_discount"),
    *[
        (f"physical without {field}",
         lambda s, a, field=field: {k: v for k, v in physical_order(a, _store_a(s)).items()
                                    if k != field},
         field)
        for field in ("address", "location_id", "warehouse_unique_id", "courier_service_id",
                      "shipping_cost")
    ],
    ("physical bundle without shipping", lambda s, a: _variant_body(s, ordervariants=[],
        orderbundles=[{"bundle_price_option_unique_id": _store_a(s).physical_bundles()[0]
                       .price_options[0].unique_id, "quantity": 1}]), "address"),
    ("unknown location", lambda s, a: physical_order(a, _store_a(s), location_id=999999),
     "location_id"),
    ("location id as text", lambda s, a: physical_order(a, _store_a(s), location_id="63"),
     "location_id"),
    ("other store's warehouse", lambda s, a: physical_order(
        a, _store_a(s), warehouse_unique_id=s.data.warehouse(613).unique_id),
     "warehouse_unique_id"),
    ("courier not offered for COD", lambda s, a: {
        **physical_order(a, _store_a(s), "qris"), "payment_method": "cod",
        "courier_service_id": 46}, "courier_service_id"),
    ("instant courier too far", lambda s, a: physical_order(
        a, _store_a(s), "qris", district="Medan Baru", courier_service_id=95),
     "courier_service_id"),
    ("unknown courier", lambda s, a: physical_order(a, _store_a(s), courier_service_id=1),
     "courier_service_id"),
    ("wrong shipping cost", lambda s, a: physical_order(a, _store_a(s), shipping_cost=1000),
     "shipping_cost"),
    ("shipping cost as text", lambda s, a: physical_order(a, _store_a(s), shipping_cost="9000"),
     "shipping_cost"),
    ("provider of another quote", lambda s, a: physical_order(
        a, _store_a(s), courier_service_id=90, shipment_provider_code="mengantar"),
     "shipment_provider_code"),
]


@pytest.mark.parametrize(("build", "field"), [(b, f) for _, b, f in INVALID],
                         ids=[name for name, _, _ in INVALID])
def test_invalid_orders_are_400_by_field(api: httpx.Client, server: TrainingServer, build,
                                         field: str) -> None:
    body = build(server, api)
    response = _create(api, body)
    assert response.status_code == 400, response.text
    error = response.json()
    assert error["error"] == "Validation failed"
    assert error["error_code"] == "validation_failed"
    assert field in error["errors"], error["errors"]
    assert all(isinstance(m, str) for msgs in error["errors"].values() for m in msgs)
    assert server.orders() == []


def test_ninja_quote_is_accepted_with_its_provider(api: httpx.Client,
                                                    server: TrainingServer) -> None:
    # Counterpart of "provider of another quote": the right code for courier 90 passes.
    store = _store_a(server)
    body = physical_order(api, store)
    couriers = api.post("/shipping-costs/search-courier-service", json={
        "store_id": store.id, "warehouse_id": server.data.warehouse(body["warehouse_unique_id"]).id,
        "location_id": body["location_id"], "payment_method": body["payment_method"],
        "weight": sum(v.weight * q for v, q in ((store.physical_variants()[0], 2),
                                                 (store.physical_variants()[3], 1))),
    }).json()["data"]
    ninja = next(c for c in couriers if c["courier_service"]["id"] == 90)
    _ok(api, {**body, "courier_service_id": 90, "shipping_cost": ninja["cost"],
              "shipment_provider_code": "ninja"})


def test_every_problem_is_reported_at_once(api: httpx.Client) -> None:
    errors = _create(api, {"ordervariants": [{"variant_unique_id": "variant_x", "quantity": 0}]}) \
        .json()["errors"]
    assert {"store_unique_id", "customer_name", "ordervariants[0].quantity",
            "ordervariants[0].variant_unique_id"} <= set(errors)


def test_array_error_shape_on_request(api: httpx.Client) -> None:
    response = _create(api, {"customer_name": ""}, **{"X-Training-Error-Shape": "array"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "Validation failed"
    assert isinstance(body["errors"], list) and body["errors"]
    for item in body["errors"]:
        assert set(item) == {"severity", "code", "field", "message"}
        assert item["severity"] == "error"
    assert {"store_unique_id", "customer_name"} <= {item["field"] for item in body["errors"]}


@pytest.mark.parametrize("body", [[1, 2], "text", 42, None])
def test_non_object_json_is_422(api: httpx.Client, body: Any) -> None:
    assert _create(api, body).status_code == 422


def test_malformed_json_is_400(api: httpx.Client) -> None:
    response = api.post("/orders", content=b"{not json",
                        headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_json"
