"""Order routes that read or create: create, read, payment request, actions, list."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pos_app.sandbox import orders
from pos_app.sandbox.app import ORDER_STATUSES, PAYMENT_STATUSES, SandboxApp
from pos_app.sandbox.http_types import (
    ApiError,
    Errors,
    Request,
    Response,
    json_response,
    not_found,
)
from pos_app.sandbox.order_validation import PAYMENT_METHODS
from pos_app.sandbox.orders_db import Keyset, OrderFilter
from pos_app.sandbox.pagination import encode_cursor, envelope, fingerprint, page_size, read_cursor

SEARCH_FIELDS = ("order_id", "customer_phone", "customer_name", "customer_email")


def order_or_404(app: SandboxApp, order_id: str) -> dict[str, Any]:
    order = app.get_order(order_id)
    if order is None:
        raise not_found("Order not found")
    return order


def create(app: SandboxApp, req: Request) -> Response:
    return json_response(app.create_order(req.json_object()))


def get(app: SandboxApp, req: Request, order_id: str) -> Response:
    return json_response(order_or_404(app, order_id))


def check_payment(app: SandboxApp, req: Request, order_id: str) -> Response:
    return json_response(order_or_404(app, order_id))


def actions(app: SandboxApp, req: Request, order_id: str) -> Response:
    order = order_or_404(app, order_id)
    types = {line["item_type"] for line in order["orderlines"]}
    return json_response({
        "id": order["id"],
        "order_id": order["order_id"],
        "is_physical_product_present": "physical" in types,
        "is_digital_product_present": bool(types & {"digital", "license", "subscription"}),
        "is_lms_product_present": "course" in types,
        "public_order_url": order["public_order_url"],
        "payment_url": order["payment_url"],
    })


def create_payment(app: SandboxApp, req: Request, order_id: str) -> Response:
    order = order_or_404(app, order_id)
    if order["status"] == "canceled":
        raise ApiError(400, {"error": "Order is canceled", "error_code": "order_canceled"})
    order = app.request_payment(order_id) or order
    return json_response(order["pg_payment_info"] or {})


def _time(query: dict[str, str], name: str, errors: Errors) -> float | None:
    raw = query.get(name)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        errors.add(name, "is not a valid ISO-8601 date-time")
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _choices(query: dict[str, str], name: str, allowed: tuple[str, ...] | frozenset[str],
             errors: Errors) -> list[str]:
    values = [v for v in query.get(name, "").split(",") if v]
    if any(v not in allowed for v in values):
        errors.add(name, "is invalid")
    return values


def list_orders(app: SandboxApp, req: Request) -> Response:
    q = req.query
    errors = Errors()
    field = q.get("search_field") or "order_id"
    if field not in SEARCH_FIELDS:
        errors.add("search_field", "is invalid")
    store_id = None
    if q.get("store_id"):
        if q["store_id"].isdigit():
            store_id = int(q["store_id"])
        else:
            errors.add("store_id", "must be an integer")
    flt = OrderFilter(
        search=q.get("search") or None,
        search_field=field,
        payment_status=_choices(q, "payment_status", PAYMENT_STATUSES, errors),
        status=_choices(q, "status", ORDER_STATUSES, errors),
        payment_method=_choices(q, "payment_method", PAYMENT_METHODS, errors),
        store_id=store_id,
        draft_since=_time(q, "draft_time_since", errors),
        draft_until=_time(q, "draft_time_until", errors),
    )
    size = page_size(q)
    errors.raise_if_any()
    fp = fingerprint("orders", q)
    cursor = read_cursor(q, fp)
    after = before = None
    if cursor is not None:
        direction, payload = cursor
        bound = _keyset(payload)
        after, before = (bound, None) if direction == "next" else (None, bound)
    page = app.list_orders(flt, size, after=after, before=before)
    tag_ids = app.db.tag_ids({t for o in page.orders for t in o["tags"]})
    return json_response(envelope(
        [orders.list_row(o, tag_ids) for o in page.orders],
        size,
        has_next=page.has_next,
        has_previous=page.has_previous,
        next_cursor=_cursor(page.last, fp) if page.has_next else None,
        previous_cursor=_cursor(page.first, fp) if page.has_previous else None,
    ))


def _cursor(bound: Keyset | None, fp: str) -> str:
    assert bound is not None
    return encode_cursor({"t": bound[0], "s": bound[1]}, fp)


def _keyset(payload: dict[str, Any]) -> Keyset:
    ts, seq = payload.get("t"), payload.get("s")
    if not isinstance(ts, int | float) or isinstance(ts, bool) \
            or not isinstance(seq, int) or isinstance(seq, bool):
        raise ApiError(400, {"error": "Invalid cursor", "error_code": "invalid_cursor"})
    return float(ts), seq
