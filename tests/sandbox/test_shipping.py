"""Warehouse and courier searches: validation, distances, and prices that react to inputs."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.sandbox import TrainingServer


def _location(server: TrainingServer, name: str) -> int:
    return server.data.location_named(name).id


def _couriers(api: httpx.Client, server: TrainingServer, **overrides: Any) -> httpx.Response:
    store = server.data.stores[0]
    body = {"store_id": store.id, "warehouse_id": store.warehouse_ids[0],
            "location_id": _location(server, "Coblong"), "payment_method": "qris", "weight": 990}
    body.update(overrides)
    return api.post("/shipping-costs/search-courier-service", json=body)


def _prices(response: httpx.Response) -> dict[int, float]:
    assert response.status_code == 200, response.text
    return {row["courier_service"]["id"]: row["cost"] for row in response.json()["data"]}


def test_every_store_has_two_warehouses_and_four_exist(server: TrainingServer) -> None:
    assert len(server.data.warehouses) >= 4
    for store in server.data.stores:
        assert len(store.warehouse_ids) >= 2


def test_search_warehouse_nearest_first(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[1]  # Solo and Surabaya warehouses
    variant = store.physical_variants()[0]
    for district, nearest in (("Laweyan", "Gudang Solo - Laweyan"),
                              ("Rungkut", "Gudang Surabaya - Rungkut")):
        response = api.post("/shipping-costs/search-warehouse", json={
            "store_id": store.id, "destination_id": _location(server, district),
            "variants": [{"variant_id": variant.id, "qty": 1}]})
        rows = response.json()["data"]
        assert len(rows) == 2
        assert rows[0]["warehouse"]["name"] == nearest
        assert rows[0]["distance_km"] < rows[1]["distance_km"]
        assert rows[0]["destination"]["subdistrict_name"] == district


def test_partner_warehouse_carries_partner_block(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[1]
    response = api.post("/shipping-costs/search-warehouse", json={
        "store_id": store.id, "destination_id": _location(server, "Rungkut"),
        "variants": [{"variant_id": store.physical_variants()[0].id, "qty": 1}]})
    by_name = {row["warehouse"]["name"]: row for row in response.json()["data"]}
    assert "warehouse_partner" in by_name["Gudang Surabaya - Rungkut"]
    assert "warehouse_partner" not in by_name["Gudang Solo - Laweyan"]


@pytest.mark.parametrize(("body", "field"), [
    ({"destination_id": 1, "variants": [{"variant_id": 55101, "qty": 1}]}, "store_id"),
    ({"store_id": "4127", "destination_id": 1, "variants": [{"variant_id": 55101, "qty": 1}]},
     "store_id"),
    ({"store_id": 1, "destination_id": 1, "variants": [{"variant_id": 55101, "qty": 1}]},
     "store_id"),
    ({"store_id": 4127, "variants": [{"variant_id": 55101, "qty": 1}]}, "destination_id"),
    ({"store_id": 4127, "destination_id": 99999, "variants": [{"variant_id": 55101, "qty": 1}]},
     "destination_id"),
    ({"store_id": 4127, "destination_id": 1}, "variants"),
    ({"store_id": 4127, "destination_id": 1, "variants": []}, "variants"),
    ({"store_id": 4127, "destination_id": 1, "variants": [{"variant_id": 1, "qty": 1}]},
     "variants[0].variant_id"),
    ({"store_id": 4127, "destination_id": 1, "variants": [{"variant_id": 55101, "qty": 0}]},
     "variants[0].qty"),
])
def test_search_warehouse_validation(api: httpx.Client, body: dict, field: str) -> None:
    response = api.post("/shipping-costs/search-warehouse", json=body)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_search_warehouse_rejects_other_stores_variant(api: httpx.Client,
                                                       server: TrainingServer) -> None:
    other = server.data.stores[2].physical_variants()[0]
    response = api.post("/shipping-costs/search-warehouse", json={
        "store_id": server.data.stores[0].id, "destination_id": 1,
        "variants": [{"variant_id": other.id, "qty": 1}]})
    assert response.status_code == 400
    assert response.json()["errors"]["variants[0].variant_id"] == ["not found in store"]


def test_courier_price_grows_with_weight_per_started_kg(api: httpx.Client,
                                                        server: TrainingServer) -> None:
    light = _prices(_couriers(api, server, weight=990))
    same_kg = _prices(_couriers(api, server, weight=1000))
    heavier = _prices(_couriers(api, server, weight=1001))
    assert light == same_kg
    assert all(heavier[sid] > light[sid] for sid in light)


def test_courier_price_grows_with_distance(api: httpx.Client, server: TrainingServer) -> None:
    near = _prices(_couriers(api, server, location_id=_location(server, "Coblong")))
    far = _prices(_couriers(api, server, location_id=_location(server, "Medan Baru")))
    assert all(far[sid] > near[sid] for sid in far)
    # Instant couriers only run inside a city.
    assert 95 in near and 95 not in far


def test_cod_lists_only_cod_services_and_adds_a_fee(api: httpx.Client,
                                                    server: TrainingServer) -> None:
    qris = _couriers(api, server, payment_method="qris").json()["data"]
    cod = _couriers(api, server, payment_method="cod").json()["data"]
    assert any(not row["is_cod"] for row in qris)
    assert cod and all(row["is_cod"] for row in cod)
    qris_prices = {row["courier_service"]["id"]: row["cost"] for row in qris}
    for row in cod:
        assert row["cost"] > qris_prices[row["courier_service"]["id"]]


def test_quotes_are_deterministic_and_well_formed(api: httpx.Client,
                                                  server: TrainingServer) -> None:
    first = _couriers(api, server).json()
    assert first == _couriers(api, server).json()
    providers = {row["shipment_provider_code"] for row in first["data"]}
    assert providers <= {"mengantar", "lincah", "ninja"}
    names = {(row["courier_service"]["courier"]["code"], row["courier_service"]["code"])
             for row in first["data"]}
    assert {("jne", "REG"), ("jne", "YES"), ("jnt", "EZ"), ("sicepat", "REG"),
            ("sicepat", "BEST"), ("anteraja", "REG"), ("ninja", "STANDARD"),
            ("gosend", "INSTANT")} <= names
    assert all(row["weight"] == 990 and row["cost"] > 0 for row in first["data"])


@pytest.mark.parametrize(("overrides", "field"), [
    ({"store_id": None}, "store_id"),
    ({"warehouse_id": 613}, "warehouse_id"),  # another store's warehouse
    ({"location_id": 0}, "location_id"),
    ({"payment_method": None}, "payment_method"),
    ({"payment_method": "cash"}, "payment_method"),
    ({"weight": "990"}, "weight"),
    ({"weight": -1}, "weight"),
])
def test_courier_search_validation(api: httpx.Client, server: TrainingServer,
                                   overrides: dict, field: str) -> None:
    response = _couriers(api, server, **overrides)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_non_object_body_is_422(api: httpx.Client) -> None:
    response = api.post("/shipping-costs/search-courier-service", json=[1, 2])
    assert response.status_code == 422
