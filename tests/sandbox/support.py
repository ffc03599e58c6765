"""Helpers shared by the training server tests: clients, shape checks, ready-made orders."""

from __future__ import annotations

from typing import Any

import httpx

from pos_app.sandbox import TrainingServer
from pos_app.sandbox.model import Store, Variant

KEY = "sk_training"


def api_client(server: TrainingServer, key: str | None = KEY, **headers: str) -> httpx.Client:
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    # Plain HTTP on loopback: verify=False only skips loading the CA bundle (~50 ms a client).
    return httpx.Client(base_url=server.base_url + "/v3", headers=headers, timeout=10,
                        verify=False)


def plain_client(server: TrainingServer) -> httpx.Client:
    """No API key, no /v3 prefix: for images, public pages and unknown routes."""
    return httpx.Client(base_url=server.base_url, timeout=10, verify=False)


def collect(api: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a paginated list, following next_cursor to the end."""
    items: list[dict[str, Any]] = []
    query = dict(params)
    while True:
        response = api.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["data"])
        if not body["has_next"]:
            return items
        query = {**params, "next_cursor": body["next_cursor"]}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"  # JSON has a single number type
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def assert_same_shape(example: Any, actual: Any, path: str = "$",
                      extras: dict[str, set[str]] | None = None) -> None:
    """``actual`` has the keys and JSON types of ``example``, recursively.

    * null in the example matches anything, and an empty list matches any list;
    * list items: a key is required if every example item has it, and optional if only some
      do (the contract's own examples omit ``option1_name`` on products without options);
      every actual item is checked against that merged shape;
    * ``extras`` maps a path (``$.data[].variants[]``) to keys allowed beyond the example.
    """
    extras = extras or {}
    if example is None:
        return
    assert json_type(actual) == json_type(example), (
        f"{path}: expected {json_type(example)}, got {json_type(actual)} ({actual!r:.80})"
    )
    if isinstance(example, dict):
        missing = example.keys() - actual.keys()
        unexpected = actual.keys() - example.keys() - extras.get(path, set())
        assert not missing, f"{path}: missing keys {sorted(missing)}"
        assert not unexpected, f"{path}: undocumented keys {sorted(unexpected)}"
        for key, value in example.items():
            assert_same_shape(value, actual[key], f"{path}.{key}", extras)
    elif isinstance(example, list) and example:
        # An empty answer has nothing to compare (the examples have empty image lists too);
        # the tests assert separately that the lists they care about are filled.
        _assert_items(example, actual, f"{path}[]", extras)


def _assert_items(example: list[Any], actual: list[Any], path: str,
                  extras: dict[str, set[str]]) -> None:
    if not all(isinstance(item, dict) for item in example):
        for item in actual:
            assert_same_shape(example[0], item, path, extras)
        return
    required = set.intersection(*(set(item) for item in example))
    merged: dict[str, Any] = {}
    for item in example:
        for key, value in item.items():
            if isinstance(value, list) and isinstance(merged.get(key), list):
                # Nested lists pool their items, so optional keys are judged path-wide.
                merged[key] = merged[key] + value
            elif merged.get(key) is None:
                merged[key] = value
    for item in actual:
        assert isinstance(item, dict), f"{path}: expected object, got {item!r:.80}"
        present = {k: v for k, v in merged.items() if k in required or k in item}
        assert_same_shape(present, item, path, extras)


# --- ready-made requests --------------------------------------------------------------------

def variant_by_sku_prefix(store: Store, prefix: str) -> Variant:
    return next(v for v in store.variants() if v.sku.startswith(prefix))


def quote(api: httpx.Client, store: Store, variants: list[tuple[Variant, int]], district: str,
          payment_method: str, *, extra_grams: int = 0) -> tuple[dict[str, Any], dict[str, Any],
                                                                  int]:
    """(warehouse, cheapest courier result, location id) for delivering ``variants``."""
    [location] = api.get("/locations", params={"search": district}).json()["data"][:1]
    warehouses = api.post("/shipping-costs/search-warehouse", json={
        "store_id": store.id, "destination_id": location["id"],
        "variants": [{"variant_id": v.id, "qty": q} for v, q in variants],
    })
    assert warehouses.status_code == 200, warehouses.text
    warehouse = warehouses.json()["data"][0]["warehouse"]
    grams = sum(v.weight * q for v, q in variants) + extra_grams
    couriers = api.post("/shipping-costs/search-courier-service", json={
        "store_id": store.id, "warehouse_id": warehouse["id"], "location_id": location["id"],
        "payment_method": payment_method, "weight": grams,
    })
    assert couriers.status_code == 200, couriers.text
    return warehouse, couriers.json()["data"][0], location["id"]


def digital_order(store: Store, **overrides: Any) -> dict[str, Any]:
    variant = store.digital_variants()[0]
    body: dict[str, Any] = {
        "store_unique_id": store.unique_id,
        "customer_name": "Rina Kartikasari",
        "customer_phone": "6281234567890",
        "customer_email": "rina.kartika@example.co.id",
        "ordervariants": [{"variant_unique_id": variant.unique_id, "quantity": 2}],
        "payment_method": store.payment_methods[0],
        "metadata": {"pos_terminal": "KASIR-DAGO-01", "pos_receipt_no": "KN-DAGO-000123"},
    }
    body.update(overrides)
    return body


def physical_order(api: httpx.Client, store: Store, payment_method: str | None = None,
                   district: str = "Coblong", **overrides: Any) -> dict[str, Any]:
    """A valid physical order with a real quote from the server."""
    method = payment_method or store.payment_methods[0]
    physical = store.physical_variants()
    lines = [(physical[0], 2), (physical[3], 1)]
    warehouse, courier, location_id = quote(api, store, lines, district, method)
    body = digital_order(
        store,
        ordervariants=[{"variant_unique_id": v.unique_id, "quantity": q} for v, q in lines],
        payment_method=method,
        address="Jl. Dipati Ukur No. 35, RT 02/RW 05, Lebakgede",
        location_id=location_id,
        warehouse_unique_id=warehouse["unique_id"],
        courier_service_id=courier["courier_service"]["id"],
        shipping_cost=courier["cost"],
        shipment_provider_code=courier["shipment_provider_code"],
    )
    body.update(overrides)
    return body
