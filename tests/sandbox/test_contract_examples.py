"""Acceptance: for every example of §7 of the contract, the training server's answer to the
equivalent request has the same keys and JSON types, recursively.

Extra keys are allowed only where the contract allows them (``additionalProperties``) and
the sandbox documents them; see ``EXTRAS``.
"""

from __future__ import annotations

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox import contract_examples as ex
from tests.sandbox.support import KEY, api_client, assert_same_shape, variant_by_sku_prefix

# §9 row 3: /v3/locations accepts cursors although its schema lists only has_next; the
# sandbox sends the full standard envelope there.
LOCATION_ENVELOPE_EXTRAS = {"$": {"has_previous", "next_cursor", "previous_cursor"}}
# A sandbox extra on order lines: which bundle price option produced the line.
ORDER_EXTRAS = {"$.orderlines[]": {"bundle_price_option_unique_id"}}


@pytest.fixture
def store(server: TrainingServer):
    return server.data.store(4127)


def test_stores_simplified_search(api: httpx.Client) -> None:
    body = api.get("/stores/simplified", params={"search": "nusantara"}).json()
    assert_same_shape(ex.STORES_SIMPLIFIED, body)
    assert [s["name"] for s in body["data"]] == ["Kopi Nusantara Cabang Dago"]


def test_payment_methods(api: httpx.Client, store) -> None:
    body = api.get(f"/stores/{store.id}/payment-methods").json()
    assert_same_shape(ex.PAYMENT_METHODS, body)
    assert body == {"data": store.payment_methods, "is_paginated": False}


def test_products(api: httpx.Client, store) -> None:
    body = api.get(f"/stores/{store.id}/products").json()
    assert_same_shape(ex.PRODUCTS, body)
    assert len(body["data"]) == 25


def test_bundles(api: httpx.Client, store) -> None:
    body = api.get(f"/stores/{store.id}/bundles").json()
    assert_same_shape(ex.BUNDLES, body)
    assert len(body["data"]) >= 6


@pytest.mark.parametrize("district", ["Coblong", "Tebet", "Lowokwaru"])
def test_locations(api: httpx.Client, district: str) -> None:
    body = api.get("/locations", params={"search": district.lower()}).json()
    assert_same_shape(ex.LOCATIONS, body, extras=LOCATION_ENVELOPE_EXTRAS)
    expected = next(row for row in ex.LOCATIONS["data"] if row["subdistrict_name"] == district)
    first = body["data"][0]
    assert {k: first[k] for k in ("subdistrict_name", "city_name", "province_name", "display")} \
        == {k: expected[k] for k in ("subdistrict_name", "city_name", "province_name", "display")}


def test_postal_codes(api: httpx.Client, server: TrainingServer) -> None:
    coblong = server.data.location_named("Coblong", "Kota Bandung")
    body = api.get(f"/locations/{coblong.id}/postal-codes").json()
    assert_same_shape(ex.POSTAL_CODES, body)
    codes = {row["postal_code"] for row in body["data"]}
    assert {row["postal_code"] for row in ex.POSTAL_CODES["data"]} <= codes


def _example_cart(store):
    # 2 × Kopi Gayo biji + 1 × Tumbler biru, as in the §7.5 request.
    return [(variant_by_sku_prefix(store, "KAG-250-BU"), 2),
            (variant_by_sku_prefix(store, "TBP-500-BI"), 1)]


def _search_warehouse(api: httpx.Client, store, server: TrainingServer) -> dict:
    coblong = server.data.location_named("Coblong", "Kota Bandung")
    request = {**ex.SEARCH_WAREHOUSE_REQUEST, "store_id": store.id, "destination_id": coblong.id,
               "variants": [{"variant_id": v.id, "qty": q} for v, q in _example_cart(store)]}
    response = api.post("/shipping-costs/search-warehouse", json=request)
    assert response.status_code == 200, response.text
    return response.json()


def _search_courier(api: httpx.Client, store, server: TrainingServer) -> dict:
    coblong = server.data.location_named("Coblong", "Kota Bandung")
    warehouse = _search_warehouse(api, store, server)["data"][0]["warehouse"]
    grams = sum(v.weight * q for v, q in _example_cart(store))
    request = {**ex.SEARCH_COURIER_REQUEST, "store_id": store.id, "warehouse_id": warehouse["id"],
               "location_id": coblong.id, "weight": grams}
    response = api.post("/shipping-costs/search-courier-service", json=request)
    assert response.status_code == 200, response.text
    return response.json()


def test_search_warehouse(api: httpx.Client, store, server: TrainingServer) -> None:
    body = _search_warehouse(api, store, server)
    assert_same_shape(ex.SEARCH_WAREHOUSE, body)
    # The nearest first, and the Bandung warehouse is near Coblong as in the example.
    distances = [row["distance_km"] for row in body["data"]]
    assert distances == sorted(distances) and distances[0] < 20


def test_search_courier_service(api: httpx.Client, store, server: TrainingServer) -> None:
    body = _search_courier(api, store, server)
    assert_same_shape(ex.SEARCH_COURIER, body)
    assert all(row["weight"] == 990 for row in body["data"])


def _create_example_order(api: httpx.Client, store, server: TrainingServer) -> tuple[dict, dict]:
    couriers = _search_courier(api, store, server)["data"]
    jne_reg = next(c for c in couriers if c["courier_service"]["id"] == 45)
    request = {
        **ex.ORDER_REQUEST,
        "store_unique_id": store.unique_id,
        "ordervariants": [{"variant_unique_id": v.unique_id, "quantity": q}
                          for v, q in _example_cart(store)],
        "location_id": server.data.location_named("Coblong", "Kota Bandung").id,
        "warehouse_unique_id": jne_reg["warehouse"]["unique_id"],
        "courier_service_id": 45,
        "shipping_cost": jne_reg["cost"],
        "shipment_provider_code": jne_reg["shipment_provider_code"],
    }
    response = api.post("/orders", json=request)
    assert response.status_code == 200, response.text
    return request, response.json()


def test_order_create(api: httpx.Client, store, server: TrainingServer) -> None:
    request, order = _create_example_order(api, store, server)
    assert_same_shape(ex.ORDER, order, extras=ORDER_EXTRAS)
    assert order["metadata"] == {**request["metadata"],
                                 "custom_domain_full_url": "https://kopinusantara.id"}
    assert api.get(f"/orders/{order['id']}").json() == order


def test_order_change_status(api: httpx.Client, store, server: TrainingServer) -> None:
    _, order = _create_example_order(api, store, server)
    body = api.post("/orders/change-status", json={**ex.CHANGE_STATUS_REQUEST,
                                                   "ids": [order["id"]]}).json()
    assert_same_shape(ex.CHANGE_STATUS, body)
    assert body["data"][0]["status"] == "canceled"


def test_error_401(server: TrainingServer) -> None:
    with api_client(server, key="sk_wrong") as client:
        response = client.get("/stores/simplified")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == ex.ERROR_401


def test_error_400_validation(api: httpx.Client, store) -> None:
    response = api.post("/orders", json={
        "store_unique_id": store.unique_id,
        "ordervariants": [{"variant_unique_id": "variant_nope00", "quantity": 1}],
    })
    assert response.status_code == 400
    assert response.headers["x-request-id"]
    assert_same_shape(ex.ERROR_400, response.json())


def test_error_429(server: TrainingServer) -> None:
    server.faults.rate_limit_burst(n=1, reset_in=5)
    with api_client(server, key=KEY) as client:
        response = client.get("/stores/simplified")
    assert response.status_code == 429
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == ex.ERROR_429_BODY
    for name in ex.ERROR_429_HEADERS:
        assert response.headers[name].isdigit(), name
    assert response.headers["X-Ratelimit-Remaining"] == "0"
