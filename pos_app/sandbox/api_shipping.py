"""Shipping searches: which warehouse ships a cart, and what each courier charges."""

from __future__ import annotations

from typing import Any

from pos_app.sandbox import views
from pos_app.sandbox.app import SandboxApp
from pos_app.sandbox.http_types import Errors, Request, Response, json_response
from pos_app.sandbox.model import Location, Store
from pos_app.sandbox.order_validation import PAYMENT_METHODS, is_int
from pos_app.sandbox.pagination import non_paginated
from pos_app.sandbox.shipping import distance_km, quotes


def _required_int(body: dict[str, Any], name: str, errors: Errors) -> int | None:
    value = body.get(name)
    if value is None:
        errors.add(name, "can't be blank")
    elif not is_int(value):
        errors.add(name, "must be an integer")
    else:
        return value
    return None


def _store_and_location(app: SandboxApp, body: dict[str, Any], location_field: str,
                        errors: Errors) -> tuple[Store | None, Location | None]:
    store = location = None
    store_id = _required_int(body, "store_id", errors)
    if store_id is not None:
        store = app.data.store(store_id)
        if store is None:
            errors.add("store_id", "not found")
    location_id = _required_int(body, location_field, errors)
    if location_id is not None:
        location = app.data.location(location_id)
        if location is None:
            errors.add(location_field, "not found")
    return store, location


def search_warehouse(app: SandboxApp, req: Request) -> Response:
    body = req.json_object()
    errors = Errors()
    store, destination = _store_and_location(app, body, "destination_id", errors)
    variants = body.get("variants")
    if variants is None or variants == []:
        errors.add("variants", "can't be blank")
    elif not isinstance(variants, list):
        errors.add("variants", "must be a list")
    else:
        for i, entry in enumerate(variants):
            if not isinstance(entry, dict):
                errors.add(f"variants[{i}]", "must be an object")
                continue
            variant_id = _required_int(entry, "variant_id", Errors())
            if variant_id is None:
                errors.add(f"variants[{i}].variant_id", "must be an integer")
            else:
                found = app.data.variant(variant_id)
                if found is None or (store is not None and found.store_id != store.id):
                    errors.add(f"variants[{i}].variant_id", "not found in store")
            qty = entry.get("qty")
            if not is_int(qty) or qty < 1:
                errors.add(f"variants[{i}].qty", "must be a positive integer")
    errors.raise_if_any()
    assert store is not None and destination is not None
    # Every warehouse of the store stocks its whole catalog, nearest first.
    results = []
    for warehouse_id in store.warehouse_ids:
        warehouse = app.data.warehouse(warehouse_id)
        assert warehouse is not None
        origin = app.data.location(warehouse.location_id)
        assert origin is not None
        results.append((distance_km(origin, destination), warehouse))
    results.sort(key=lambda pair: pair[0])
    return json_response(non_paginated([
        views.warehouse_search_item(w, store, destination, km, app.data) for km, w in results
    ]))


def search_courier_service(app: SandboxApp, req: Request) -> Response:
    body = req.json_object()
    errors = Errors()
    store, destination = _store_and_location(app, body, "location_id", errors)
    warehouse = None
    warehouse_id = _required_int(body, "warehouse_id", errors)
    if warehouse_id is not None:
        warehouse = app.data.warehouse(warehouse_id)
        if warehouse is None or (store is not None and warehouse.id not in store.warehouse_ids):
            errors.add("warehouse_id", "not found in store")
    method = body.get("payment_method")
    if method in (None, ""):
        errors.add("payment_method", "can't be blank")
    elif method not in PAYMENT_METHODS:
        errors.add("payment_method", "is invalid")
    weight = _required_int(body, "weight", errors)
    if weight is not None and weight < 0:
        errors.add("weight", "must be greater than or equal to 0")
    if body.get("postal_code") is not None and not isinstance(body["postal_code"], str):
        errors.add("postal_code", "must be a string")
    errors.raise_if_any()
    assert warehouse is not None and destination is not None and weight is not None
    found = quotes(app.data, warehouse, destination, str(method), weight)
    return json_response(non_paginated([
        views.courier_result(q.service, q.cost, weight, warehouse, app.data) for q in found
    ]))
