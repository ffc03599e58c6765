"""Order routes that change orders: change-status, delete, duplicate, training pay."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pos_app.sandbox import orders
from pos_app.sandbox.api_orders import order_or_404
from pos_app.sandbox.app import (
    ORDER_STATUSES,
    PAYMENT_STATUSES,
    SandboxApp,
    StateConflict,
    StatusDetails,
)
from pos_app.sandbox.http_types import (
    ApiError,
    Errors,
    Request,
    Response,
    ValidationFailed,
    json_response,
    not_found,
)
from pos_app.sandbox.order_validation import PAYMENT_METHODS, is_int
from pos_app.sandbox.pagination import non_paginated
from pos_app.sandbox.shipping import quotes


def _conflict(exc: StateConflict) -> ApiError:
    return ApiError(409, {"error": str(exc), "error_code": "conflict"})


def _ids(body: dict[str, Any], app: SandboxApp, errors: Errors) -> list[str]:
    raw = body.get("ids")
    if not isinstance(raw, list) or not raw:
        errors.add("ids", "can't be blank" if not raw else "must be a list")
        return []
    found = []
    for i, value in enumerate(raw):
        key = str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""
        if not key or app.db.get(key) is None:
            errors.add(f"ids[{i}]", "not found")
        else:
            found.append(key)
    return found


def _method_for(app: SandboxApp, store_id: int, value: object, errors: Errors) -> str | None:
    """A payment method the order's store accepts, or None (with an error) otherwise."""
    if value is None:
        return None
    if not isinstance(value, str) or value not in PAYMENT_METHODS:
        errors.add("payment_method", "is invalid")
        return None
    store = app.data.store(store_id)
    if store is None or value not in store.payment_methods:
        errors.add("payment_method", "is not enabled for this store")
        return None
    return value


def _transfer(body: dict[str, Any], errors: Errors) -> dict[str, Any]:
    """Manual bank-transfer details of a change-status or duplicate body (§4.13)."""
    found: dict[str, Any] = {}
    for name in orders.TRANSFER_FIELDS:
        value = body.get(name)
        if value is None:
            continue
        if name == "financial_entity_id":
            if not is_int(value):
                errors.add(name, "must be an integer")
                continue
        elif not isinstance(value, str):
            errors.add(name, "must be a string")
            continue
        elif name == "transfer_time":
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                errors.add(name, "is not a valid ISO-8601 date-time")
                continue
        found[name] = value
    return found


def change_status(app: SandboxApp, req: Request) -> Response:
    """Bulk status change. With ``payment_status: "paid"`` the merchant marks the orders
    paid (a bank transfer arrived, cash taken): ``paid_time`` is recorded, a pending order
    is confirmed, and an optional ``payment_method`` (one the store accepts) and transfer
    details are kept on the order. Paying a canceled order is a 409."""
    body = req.json_object()
    errors = Errors()
    pks = _ids(body, app, errors)
    status, payment_status = body.get("status"), body.get("payment_status")
    if status is None and payment_status is None:
        errors.add("status", "can't be blank")
    if status is not None and status not in ORDER_STATUSES:
        errors.add("status", "is invalid")
    if payment_status is not None and payment_status not in PAYMENT_STATUSES:
        errors.add("payment_status", "is invalid")
    by = body.get("by")
    if by is not None and not isinstance(by, str):
        errors.add("by", "must be a string")
    method = None
    stores = {order["store"]["id"] for order in map(app.db.get, pks) if order is not None}
    for store_id in sorted(stores):
        method = _method_for(app, store_id, body.get("payment_method"), errors)
    transfer = _transfer(body, errors)
    errors.raise_if_any()
    details = StatusDetails(by=by if isinstance(by, str) else None, payment_method=method,
                            transfer=transfer)
    try:
        changed = app.change_status(pks, status, payment_status, details)
    except StateConflict as exc:
        raise _conflict(exc) from None
    return json_response(non_paginated([orders.status_row(o) for o in changed]))


def delete(app: SandboxApp, req: Request) -> Response:
    body = req.json_object()
    errors = Errors()
    pks = _ids(body, app, errors)
    errors.raise_if_any()
    try:
        app.delete_orders(pks)
    except StateConflict as exc:
        raise _conflict(exc) from None
    return json_response(non_paginated(pks))


def _shipping_cost(app: SandboxApp, order: dict[str, Any], method: str | None,
                   errors: Errors) -> float:
    """The original courier's price for ``method``: COD costs more, and a courier that
    cannot collect cash cannot carry a COD duplicate."""
    service = order.get("courier_service")
    if not service:
        return 0.0
    warehouse = app.data.warehouse(order["warehouse"]["id"])
    destination = app.data.location(order["destination_address"]["location"])
    assert warehouse is not None and destination is not None
    grams = int(float(order["total_weight"]))
    offered = {q.service.id: q.cost for q in quotes(app.data, warehouse, destination,
                                                   method or "", grams)}
    if service["id"] not in offered:
        errors.add("payment_method", "cannot be used with the order's courier service")
        return 0.0
    return float(offered[service["id"]])


def duplicate(app: SandboxApp, req: Request, order_id: str) -> Response:
    """``POST /v3/orders/{id}/duplicate``: the same sale as a new order (new ids, number and
    payment request), typically with another ``payment_method``; the original is canceled.
    A paid original is a 409."""
    original = order_or_404(app, order_id)
    body = req.json_object(required=False)
    errors = Errors()
    method = original["payment_method"]
    if body.get("payment_method") is not None:
        method = _method_for(app, original["store"]["id"], body["payment_method"], errors)
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        errors.add("metadata", "must be an object")
    transfer = _transfer(body, errors)
    cost = _shipping_cost(app, original, method, errors) if not errors else 0.0
    errors.raise_if_any()
    try:
        copy = app.duplicate_order(order_id, method, metadata, cost, transfer)
    except StateConflict as exc:
        raise _conflict(exc) from None
    return json_response(copy)


def training_pay(app: SandboxApp, req: Request, order_id: str) -> Response:
    """Training only: the gateway's "paid" callback for any method, by order id or by the
    order number a cashier reads out (what ``python -m pos_app.sandbox pay`` sends)."""
    body = req.json_object(required=False)
    status = body.get("payment_status", "paid")
    if status not in PAYMENT_STATUSES:
        raise ValidationFailed({"payment_status": ["is invalid"]})
    pk = order_id if app.db.get(order_id) is not None else app.db.pk_by_number(order_id)
    if pk is None:
        raise not_found("Order not found")
    order = app.set_payment_status(pk, status)
    assert order is not None
    return json_response(order)
