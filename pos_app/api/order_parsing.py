"""JSON → the typed orders, order rows, status changes and payment request answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pos_app.api.errors import ResponseFormatError
from pos_app.api.models import Order, OrderLine, OrderStatusChange, OrderSummary
from pos_app.api.payment_parsing import parse_payment_info
from pos_app.api.wire import (
    as_object,
    opt_str,
    optional_money,
    optional_object,
    parse_items,
    req_str,
    text,
    timestamp,
    to_int,
)


def parse_order(item: object) -> Order:
    obj = as_object(item, "order")
    store = optional_object(obj.get("store"))
    customer = optional_object(obj.get("customer"))
    raw_info = obj.get("pg_payment_info")
    payment_info = dict(raw_info) if isinstance(raw_info, Mapping) else {}
    method = opt_str(obj.get("payment_method"))
    info = parse_payment_info(payment_info, method)
    lines = obj.get("orderlines")
    service = optional_object(obj.get("courier_service"))
    destination = optional_object(obj.get("destination_address"))

    def amount(key: str) -> int:
        return optional_money(obj, key, "order")

    return Order(
        id=req_str(obj, "id", "order"),
        order_id=req_str(obj, "order_id", "order"),
        status=req_str(obj, "status", "order"),
        payment_status=req_str(obj, "payment_status", "order"),
        payment_method=method,
        secret_slug=opt_str(obj.get("secret_slug")),
        public_order_url=opt_str(obj.get("public_order_url")),
        payment_url=opt_str(obj.get("payment_url")),
        qr_string=info.qr_string,
        qr_image_url=info.qr_image_url,
        pg_payment_info=payment_info,
        store_id=to_int(store.get("id")),
        store_unique_id=opt_str(store.get("unique_id")),
        store_name=opt_str(store.get("name")),
        customer_name=opt_str(customer.get("name")) or opt_str(obj.get("customer_name")),
        customer_phone=opt_str(customer.get("phone")) or opt_str(obj.get("customer_phone")),
        customer_email=opt_str(customer.get("email")) or opt_str(obj.get("customer_email")),
        product_price=amount("product_price"),
        shipping_cost=amount("shipping_cost"),
        other_income=amount("other_income"),
        gross_revenue=amount("gross_revenue"),
        metadata=dict(optional_object(obj.get("metadata"))),
        lines=parse_items(lines if isinstance(lines, list) else [], _order_line, "orderlines"),
        created_at=timestamp(obj.get("created_at")),
        payment_info=info,
        product_discount=amount("product_discount"),
        shipping_discount=amount("shipping_discount"),
        other_income_name=opt_str(obj.get("other_income_name")),
        payment_link_income=amount("payment_link_income"),
        unique_code_discount=amount("unique_code_discount"),
        paid_time=timestamp(obj.get("paid_time")),
        canceled_time=timestamp(obj.get("canceled_time")),
        courier_name=opt_str(optional_object(service.get("courier")).get("name")),
        courier_service_name=opt_str(service.get("name")),
        destination_district=opt_str(destination.get("subdistrict")),
        destination_city=opt_str(destination.get("city")),
    )


def _order_line(item: object) -> OrderLine:
    obj = as_object(item, "orderline")
    variant = obj.get("variant")
    variant_id = to_int(variant.get("id")) if isinstance(variant, Mapping) else to_int(variant)
    options = (opt_str(obj.get(f"variant_option{n}_value")) for n in (1, 2, 3))
    return OrderLine(
        product_name=text(obj.get("product_name")),
        variant_id=variant_id,
        sku=opt_str(obj.get("variant_sku")),
        quantity=to_int(obj.get("quantity")) or 0,
        item_type=opt_str(obj.get("item_type")),
        variant_price=optional_money(obj, "variant_price", "orderline"),
        product_price=optional_money(obj, "product_price", "orderline"),
        option_values=tuple(value for value in options if value),
        discount=optional_money(obj, "discount", "orderline"),
    )


def parse_order_summary(item: object) -> OrderSummary:
    obj = as_object(item, "order row")
    customer = optional_object(obj.get("customer"))
    return OrderSummary(
        id=req_str(obj, "id", "order row"),
        order_id=req_str(obj, "order_id", "order row"),
        status=req_str(obj, "status", "order row"),
        payment_status=req_str(obj, "payment_status", "order row"),
        customer_name=opt_str(obj.get("customer_name")) or opt_str(customer.get("name")),
        customer_phone=opt_str(obj.get("customer_phone")) or opt_str(customer.get("phone")),
        gross_revenue=optional_money(obj, "gross_revenue", "order row"),
        payment_url=opt_str(obj.get("payment_url")),
        metadata=dict(optional_object(obj.get("metadata"))),
        created_at=timestamp(obj.get("created_at")),
        payment_method=opt_str(obj.get("payment_method")),
        store_id=to_int(optional_object(obj.get("store")).get("id")) or to_int(obj.get("store_id")),
        paid_time=timestamp(obj.get("paid_time")),
        product_price=optional_money(obj, "product_price", "order row") if "product_price" in obj else None,
        product_discount=optional_money(obj, "product_discount", "order row"),
        shipping_cost=optional_money(obj, "shipping_cost", "order row"),
        other_income=optional_money(obj, "other_income", "order row"),
        payment_link_income=optional_money(obj, "payment_link_income", "order row"),
        unique_code_discount=optional_money(obj, "unique_code_discount", "order row"),
        discount_code_discount=optional_money(obj, "discount_code_discount", "order row"),
    )


def parse_status_change(item: object) -> OrderStatusChange:
    obj = as_object(item, "status change")
    return OrderStatusChange(
        id=req_str(obj, "id", "status change"),
        order_id=text(obj.get("order_id")),
        status=text(obj.get("status")),
        payment_status=text(obj.get("payment_status")),
    )


def parse_payment_payload(body: object) -> dict[str, Any]:
    # Manual methods answer {} and some gateways null; both mean "nothing to show".
    if body is None:
        return {}
    return dict(as_object(body, "payment payload"))


def change_of(changes: list[OrderStatusChange], order_pk: str, what: str) -> OrderStatusChange:
    for change in changes:
        if change.id == str(order_pk):
            return change
    if len(changes) == 1:  # a legacy id may come back in its other form
        return changes[0]
    raise ResponseFormatError(f"change-status did not report the {what} order")
