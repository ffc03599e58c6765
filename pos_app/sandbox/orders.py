"""Order objects: building them from a validated request, payment payloads, state changes.

Money follows §3.2: totals on the order are decimal strings, line money is numbers, and the
list rows mix both. Everything here works on plain dicts, which is what gets stored.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

from pos_app.sandbox import ids
from pos_app.sandbox.model import SeedData, Store, Variant
from pos_app.sandbox.order_validation import ValidOrder

# EWALLETS, GATEWAY and qris_string lived here before payments.py: still importable here.
from pos_app.sandbox.payments import EWALLETS as EWALLETS
from pos_app.sandbox.payments import GATEWAY as GATEWAY
from pos_app.sandbox.payments import (
    amount_text,
    has_gateway,
    payment_fee,
    payment_info,
    reference,
    unique_code,
)
from pos_app.sandbox.payments import qris_string as qris_string
from pos_app.sandbox.views import origin_address

STATUS_TIMES = ("draft", "pending", "confirmed", "canceled")


def dec(value: float) -> str:
    """Decimal-string money as Scalev writes it: ``"306000"``, or two decimals if needed."""
    return amount_text(value)


def num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


# --- building -------------------------------------------------------------------------------

def _allocate(total: int, lines: list[tuple[Variant, int]]) -> list[tuple[float, int]]:
    """(unit price, line total) pairs spreading a bundle price over its lines.

    Shares follow the lines' list prices; one line (preferably of quantity 1) absorbs the
    rounding so the line totals add up to the bundle price exactly.
    """
    list_total = sum(v.price * q for v, q in lines) or 1
    totals = [total * v.price // list_total * q for v, q in lines]
    absorber = max((i for i, (_, q) in enumerate(lines) if q == 1), default=len(lines) - 1)
    totals[absorber] = total - (sum(totals) - totals[absorber])
    return [(t / q if t % q else t // q, t) for t, (_, q) in zip(totals, lines, strict=True)]


def _line(variant: Variant, qty: int, unit: float, line_total: float, now: str,
          bundle_option: str | None) -> dict[str, Any]:
    return {
        "id": ids.uuid7(),
        "product_name": variant.product_name,
        "variant": variant.id,
        "variant_sku": variant.sku,
        "variant_option1_value": variant.option1_value,
        "quantity": qty,
        "item_type": variant.item_type,
        "pricing_type": "one_time",
        "currency": "IDR",
        "variant_price": num(unit),
        "product_price": num(line_total),
        "discount": 0,
        "weight": variant.weight * qty,
        "tax_rate": 0,
        "is_inventory": variant.is_physical,
        "inserted_at": now,
        # Sandbox extra: which bundle price option a line came from (None for plain variants).
        "bundle_price_option_unique_id": bundle_option,
    }


def _lines(valid: ValidOrder, now: str) -> list[dict[str, Any]]:
    lines = []
    for item in valid.items:
        if item.variant is not None:
            price = item.variant.price
            lines.append(_line(item.variant, item.quantity, price, price * item.quantity, now,
                               None))
            continue
        assert item.bundle is not None and item.option is not None
        parts = [(bl.variant, bl.quantity) for bl in item.bundle.lines]
        shares = _allocate(item.option.price, parts)
        for (variant, per_bundle), (unit, line_total) in zip(parts, shares, strict=True):
            lines.append(_line(variant, per_bundle * item.quantity, unit,
                               line_total * item.quantity, now, item.option.unique_id))
    return lines


def _metadata(body: dict[str, Any], store: Store) -> dict[str, Any]:
    """The request's metadata, plus the store domain Scalev adds (as in the §7.7 example)."""
    metadata = dict(body.get("metadata") or {})
    if store.custom_domain:
        metadata.setdefault("custom_domain_full_url", store.custom_domain["full_url"])
    return metadata


def _customer(body: dict[str, Any], now: str) -> dict[str, Any]:
    key = body.get("customer_phone") or body.get("customer_email") or body["customer_name"]
    return {
        "id": 700000 + int(hashlib.sha1(key.encode()).hexdigest()[:5], 16),
        "name": body["customer_name"],
        "phone": body.get("customer_phone"),
        "email": body.get("customer_email"),
        "status": "active",
        "created_at": now,
        "last_updated_at": now,
    }


def _money_keys() -> dict[str, Any]:
    # Placeholders in the §4.10 key order; ``set_totals`` fills them in.
    keys = ("product_price", "product_discount", "shipping_cost", "shipping_discount",
            "shipping_fee", "shipping_fee_discount", "other_income")
    return {**dict.fromkeys(keys, "0"), "other_income_name": None,
            "payment_link_income": "0", "unique_code_discount": "0",
            "discount_code_discount": "0", "discount_code_code": None, "gross_revenue": "0",
            "payment_fee": "0", "scalev_fee": "0", "net_revenue": "0", "total_weight": "0",
            "product_weight": "0", "weight_bump": "0"}


def _identity(base_url: str, now_ts: float, method: str | None) -> dict[str, Any]:
    """Fresh ids, links and gateway reference of a new order."""
    slug = ids.secret_slug()
    public_url = f"{base_url}/order/public/{slug}"
    return {
        "id": ids.uuid7(now_ts),
        "order_id": ids.order_number(now_ts),
        "secret_slug": slug,
        "public_order_url": public_url,
        "payment_url": public_url + "/success",
        "status": "pending",
        "payment_status": "unpaid",
        "payment_method": method,
        "epayment_provider": "xendit" if has_gateway(method) else None,
        "pg_reference_id": reference(method),
        "pg_payment_info": {},
        "pg_paid_info": None,
    }


def _timeline(now: str) -> dict[str, Any]:
    return {
        "status_history": [{"status": "pending", "time": now, "by": None}],
        "payment_status_history": [],
        "draft_time": now,
        "pending_time": now,
        "unpaid_time": now,
        "paid_time": None,
        "confirmed_time": None,
        "canceled_time": None,
        "created_at": now,
        "last_updated_at": now,
    }


def set_totals(order: dict[str, Any], store: Store, *, product_discount: float,
               shipping_cost: float, shipping_discount: float, other_income: float,
               weight_bump: int) -> None:
    """Fill in the order's money as Scalev computes it, which is not the till's sum:

    * ``payment_link`` orders carry the store's ``payment_link_fee`` as
      ``payment_link_income``, added to ``gross_revenue`` (the buyer pays it);
    * stores with ``is_unique_code`` knock a unique code of a few hundred rupiah off
      ``bank_transfer`` orders as ``unique_code_discount`` (subtracted: the buyer pays a
      little less, and the merchant can match the transfer by its odd amount).
    """
    lines = order["orderlines"]
    method = order["payment_method"]
    product_price = sum(line["product_price"] for line in lines)
    before = product_price - product_discount + shipping_cost - shipping_discount + other_income
    link_income = store.payment_link_fee if method == "payment_link" else 0
    code = unique_code(before + link_income) if store.is_unique_code \
        and method == "bank_transfer" else 0
    gross = before + link_income - code
    fee = payment_fee(method, gross)
    product_weight = sum(line["weight"] for line in lines if line["item_type"] == "physical")
    order.update({
        "product_price": dec(product_price),
        "product_discount": dec(product_discount),
        "shipping_cost": dec(shipping_cost),
        "shipping_discount": dec(shipping_discount),
        "shipping_fee": dec(shipping_cost),
        "shipping_fee_discount": dec(shipping_discount),
        "other_income": dec(other_income),
        "payment_link_income": dec(link_income),
        "unique_code_discount": dec(code),
        "gross_revenue": dec(gross),
        "payment_fee": dec(fee),
        "net_revenue": dec(gross - fee),
        "total_weight": dec(product_weight + weight_bump),
        "product_weight": dec(product_weight),
        "weight_bump": dec(weight_bump),
    })


def build_order(valid: ValidOrder, data: SeedData, base_url: str, now_ts: float) -> dict[str, Any]:
    now = ids.iso(now_ts)
    assert now is not None
    body, store, ship = valid.body, valid.store, valid.shipping
    lines = _lines(valid, now)
    order: dict[str, Any] = {
        **_identity(base_url, now_ts, valid.payment_method),
        "store": {"id": store.id, "unique_id": store.unique_id, "uuid": store.uuid,
                  "name": store.name},
        "customer": _customer(body, now),
        "destination_address": None,
        "origin_address": None,
        "warehouse": None,
        "courier_service": None,
        "shipment_provider_code": None,
        "shipment_receipt": None,
        "shipment_status": None,
        "awb_status": "unavailable",
        "awb_ca_status": "unavailable",
        "orderlines": lines,
        "total_quantity": sum(line["quantity"] for line in lines),
        **_money_keys(),
        "tax_rate": None,
        **_timeline(now),
        "notes": body.get("notes"),
        "metadata": _metadata(body, store),
        "tags": [],
        "is_probably_spam": bool(body.get("is_probably_spam", False)),
        "platform": "scalev",
    }
    order["other_income_name"] = body.get("other_income_name")
    set_totals(order, store, product_discount=body.get("product_discount") or 0,
               shipping_cost=ship.quote.cost if ship else 0,
               shipping_discount=body.get("shipping_discount") or 0,
               other_income=body.get("other_income") or 0, weight_bump=valid.weight_bump)
    if ship is not None:
        w, loc, service = ship.warehouse, ship.location, ship.quote.service
        order["destination_address"] = {
            "id": 1_200_000 + secrets.randbelow(8_000_000),
            "name": body["customer_name"], "phone": body.get("customer_phone"),
            "address": ship.address, "subdistrict": loc.subdistrict_name, "city": loc.city_name,
            "province": loc.province_name, "postal_code": ship.postal_code, "location": loc.id,
        }
        order["origin_address"] = origin_address(w, data)
        order["warehouse"] = {"id": w.id, "name": w.name, "contact_name": w.contact_name,
                              "contact_phone": w.contact_phone}
        order["courier_service"] = {
            "id": service.id, "code": service.code, "name": service.name,
            "courier": {"id": service.courier_id, "code": service.courier_code,
                        "name": service.courier_name, "courier_type": "delivery",
                        "is_pickup": False},
        }
        order["shipment_provider_code"] = body.get("shipment_provider_code") or service.provider
    order["pg_payment_info"] = payment_info(valid.payment_method, order,
                                            merchant_city(store, data))
    return order


def duplicate_order(original: dict[str, Any], store: Store, data: SeedData, base_url: str,
                    now_ts: float, method: str | None, metadata: dict[str, Any] | None,
                    shipping_cost: float) -> dict[str, Any]:
    """A new order with the original's lines, customer and shipping, for ``method``.

    ``shipping_cost`` is the quote for the new method (COD costs more); ``metadata``
    replaces the original's when given.
    """
    now = ids.iso(now_ts)
    assert now is not None
    copy: dict[str, Any] = json.loads(json.dumps(original))
    for line in copy["orderlines"]:
        line["id"] = ids.uuid7(now_ts)
        line["inserted_at"] = now
    for key in TRANSFER_FIELDS:
        copy.pop(key, None)
    order = {**copy, **_identity(base_url, now_ts, method), **_timeline(now), "tags": []}
    if metadata is not None:
        order["metadata"] = _metadata({"metadata": metadata}, store)
    set_totals(order, store, product_discount=float(copy["product_discount"]),
               shipping_cost=shipping_cost, shipping_discount=float(copy["shipping_discount"]),
               other_income=float(copy["other_income"]), weight_bump=int(copy["weight_bump"]))
    order["pg_payment_info"] = payment_info(method, order, merchant_city(store, data))
    return order


def merchant_city(store: Store, data: SeedData) -> str:
    warehouse = data.warehouse(store.warehouse_ids[0])
    loc = data.location(warehouse.location_id) if warehouse else None
    return loc.city_name.removeprefix("Kota ").removeprefix("Kabupaten ") if loc else "Jakarta"


# --- state changes --------------------------------------------------------------------------

# Bank-transfer details ``change-status`` may record with a manual payment (§4.13).
TRANSFER_FIELDS = ("payment_account_holder", "payment_account_number", "financial_entity_id",
                   "transfer_time", "transferproof_url")


def set_payment_status(order: dict[str, Any], status: str, now_ts: float, *,
                       by: str | None = None, method: str | None = None,
                       manual: bool = False) -> None:
    """Change the payment status; paid/settled also confirm a pending order.

    ``manual`` is the merchant marking it (``change-status``): the method stays what it
    was unless ``method`` says otherwise, and there is no gateway receipt. Otherwise it is
    the gateway's callback: a ``payment_link`` order turns into the method the buyer used.
    """
    now = ids.iso(now_ts)
    if method is not None:
        order["payment_method"] = method
    if order["payment_status"] == status:
        return
    order["payment_status"] = status
    order["payment_status_history"].append({"status": status, "time": now, "by": by})
    if status in ("paid", "settled"):
        order["paid_time"] = order["paid_time"] or now
        if not manual:
            if order["payment_method"] == "payment_link":
                # The buyer picked a concrete method on the payment page (CL-PM).
                order["payment_method"] = "qris"
            order["pg_paid_info"] = {"paid_amount": num(float(order["gross_revenue"])),
                                     "paid_at": now, "payment_method": order["payment_method"]}
        if order["status"] in ("draft", "pending"):
            set_status(order, "confirmed", now_ts, by=by)
    elif status == "unpaid":
        order["unpaid_time"] = now
        order["paid_time"] = None
        order["pg_paid_info"] = None
    order["last_updated_at"] = now


def set_status(order: dict[str, Any], status: str, now_ts: float, *, by: str | None = None) -> None:
    now = ids.iso(now_ts)
    if order["status"] == status:
        return
    order["status"] = status
    order["status_history"].append({"status": status, "time": now, "by": by})
    if f"{status}_time" in order:
        order[f"{status}_time"] = now
    order["last_updated_at"] = now


def is_paid(order: dict[str, Any]) -> bool:
    return order["payment_status"] in ("paid", "settled")


def status_row(order: dict[str, Any]) -> dict[str, Any]:
    """The per-order item of the change-status answer (§7.7 void example)."""
    return {key: order[key] for key in
            ("id", "order_id", "status", "payment_status", "public_order_url", "payment_url")}


def list_row(order: dict[str, Any], tag_ids: dict[str, int]) -> dict[str, Any]:
    """An ``OrderList`` row: most money as numbers, a few totals still decimal strings."""
    def n(key: str) -> int | float:
        return num(float(order[key]))

    customer = order["customer"]
    return {
        "id": order["id"],
        "order_id": order["order_id"],
        "secret_slug": order["secret_slug"],
        "public_order_url": order["public_order_url"],
        "payment_url": order["payment_url"],
        "status": order["status"],
        "payment_status": order["payment_status"],
        "payment_method": order["payment_method"],
        "store": {"id": order["store"]["id"], "unique_id": order["store"]["unique_id"],
                  "name": order["store"]["name"]},
        "customer": {"name": customer["name"], "phone": customer["phone"],
                     "email": customer["email"]},
        "product_price": n("product_price"),
        "product_discount": n("product_discount"),
        "shipping_cost": n("shipping_cost"),
        "shipping_discount": n("shipping_discount"),
        "other_income": n("other_income"),
        "payment_link_income": n("payment_link_income"),
        "unique_code_discount": n("unique_code_discount"),
        "payment_fee": n("payment_fee"),
        "scalev_fee": n("scalev_fee"),
        "net_revenue": n("net_revenue"),
        "total_weight": n("total_weight"),
        "gross_revenue": order["gross_revenue"],
        "discount_code_discount": order["discount_code_discount"],
        "net_payment_revenue": dec(float(order["gross_revenue"]) - float(order["payment_fee"])),
        "total_quantity": order["total_quantity"],
        "tags": [{"id": tag_ids[name], "name": name} for name in order["tags"]],
        "metadata": order["metadata"],
        "draft_time": order["draft_time"],
        "paid_time": order["paid_time"],
        "canceled_time": order["canceled_time"],
        "created_at": order["created_at"],
        "last_updated_at": order["last_updated_at"],
    }
