"""Order objects: building them from a validated request, payment payloads, state changes.

Money follows §3.2: totals on the order are decimal strings, line money is numbers, and the
list rows mix both. Everything here works on plain dicts, which is what gets stored.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Any

from pos_app.sandbox import ids
from pos_app.sandbox.model import SeedData, Store, Variant
from pos_app.sandbox.order_validation import ValidOrder
from pos_app.sandbox.views import origin_address

EWALLETS = frozenset({"ovo", "dana", "shopeepay", "linkaja", "gopay"})
_VA_PREFIX = {"va_bca": "38165", "va_bni": "8808", "va_bri": "26215", "va_mandiri": "88908",
              "va_permata": "8214"}
# Methods whose payment goes through a gateway (and so get a provider and a reference).
GATEWAY = frozenset({"qris", "card", "invoice", "alfamart"}) | EWALLETS
STATUS_TIMES = ("draft", "pending", "confirmed", "canceled")


def dec(value: float) -> str:
    """Decimal-string money as Scalev writes it: ``"306000"``, or two decimals if needed."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def payment_fee(method: str | None, gross: float) -> int:
    """Invented but plausible gateway fees; manual methods cost the merchant nothing."""
    if method == "qris":
        return round(gross * 0.007)
    if method and method.startswith("va_"):
        return 4000
    if method in EWALLETS:
        return round(gross * 0.015)
    return {"card": round(gross * 0.029) + 2000, "invoice": 4500, "alfamart": 5000}.get(
        method or "", 0)


# --- payment payloads (§4.12) ---------------------------------------------------------------

def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def _crc16(data: str) -> str:
    crc = 0xFFFF
    for byte in data.encode():
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def qris_string(merchant: str, city: str, amount: float, reference: str) -> str:
    """A dynamic QRIS payload in EMVCo TLV form with a valid CRC; tag 54 carries the amount."""
    merchant_id = hashlib.sha1(merchant.encode()).hexdigest()[:10].upper()
    payload = "".join((
        _tlv("00", "01"),
        _tlv("01", "12"),  # dynamic QR: one amount, one order
        _tlv("26", _tlv("00", "ID.CO.QRIS.WWW") + _tlv("01", "936009140000" + merchant_id[:6])
             + _tlv("02", "ID" + merchant_id) + _tlv("03", "UME")),
        _tlv("52", "5812"),
        _tlv("53", "360"),
        _tlv("54", dec(amount)),
        _tlv("58", "ID"),
        _tlv("59", merchant.upper()[:25]),
        _tlv("60", city.upper()[:15]),
        _tlv("62", _tlv("01", reference[:25])),
    )) + "6304"
    return payload + _crc16(payload)


def payment_info(method: str | None, order: dict[str, Any], city: str) -> dict[str, Any]:
    name = order["customer"]["name"]
    gross = float(order["gross_revenue"])
    if method == "qris":
        return {"qr_string": qris_string(order["store"]["name"], city, gross, order["order_id"])}
    if method and method.startswith("va_"):
        prefix = _VA_PREFIX.get(method, "9999")
        number = prefix + "".join(secrets.choice("0123456789") for _ in range(16 - len(prefix)))
        return {"payment_method": {"virtual_account": {"channel_properties": {
            "virtual_account_number": number, "customer_name": name}}}}
    if method in EWALLETS:
        return {"actions": [
            {"url_type": "WEB", "url": order["public_order_url"] + "/ewallet"},
            {"url_type": "DEEPLINK", "url": f"{method}://pay?reference={order['order_id']}"},
        ]}
    if method == "card":
        return {"redirect_url": order["public_order_url"] + "/card"}
    if method == "invoice":
        return {"invoice_url": order["public_order_url"] + "/invoice"}
    if method == "alfamart":
        code = "TKO" + "".join(secrets.choice("0123456789") for _ in range(9))
        return {"payment_method": {"over_the_counter": {"channel_properties": {
            "payment_code": code, "customer_name": name}}}}
    return {}


def _reference(method: str | None) -> str | None:
    if method == "qris":
        return f"qr_{uuid.uuid4()}"
    if method and method.startswith("va_"):
        return f"va_{uuid.uuid4()}"
    if method in GATEWAY:
        return f"pg_{uuid.uuid4()}"
    return None


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


def build_order(valid: ValidOrder, data: SeedData, base_url: str, now_ts: float) -> dict[str, Any]:
    now = ids.iso(now_ts)
    assert now is not None
    body, store, ship = valid.body, valid.store, valid.shipping
    lines = _lines(valid, now)
    product_price = sum(line["product_price"] for line in lines)
    product_discount = body.get("product_discount") or 0
    shipping_cost = ship.quote.cost if ship else 0
    shipping_discount = body.get("shipping_discount") or 0
    other_income = body.get("other_income") or 0
    gross = product_price - product_discount + shipping_cost - shipping_discount + other_income
    fee = payment_fee(valid.payment_method, gross)
    product_weight = sum(line["weight"] for line in lines if line["item_type"] == "physical")
    slug = ids.secret_slug()
    public_url = f"{base_url}/order/public/{slug}"
    order: dict[str, Any] = {
        "id": ids.uuid7(now_ts),
        "order_id": ids.order_number(now_ts),
        "secret_slug": slug,
        "public_order_url": public_url,
        "payment_url": public_url + "/success",
        "status": "pending",
        "payment_status": "unpaid",
        "payment_method": valid.payment_method,
        "epayment_provider": "xendit" if valid.payment_method in GATEWAY
        or (valid.payment_method or "").startswith("va_") else None,
        "pg_reference_id": _reference(valid.payment_method),
        "pg_payment_info": {},
        "pg_paid_info": None,
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
        "product_price": dec(product_price),
        "product_discount": dec(product_discount),
        "shipping_cost": dec(shipping_cost),
        "shipping_discount": dec(shipping_discount),
        "shipping_fee": dec(shipping_cost),
        "shipping_fee_discount": dec(shipping_discount),
        "other_income": dec(other_income),
        "other_income_name": body.get("other_income_name"),
        "payment_link_income": "0",
        "unique_code_discount": "0",
        "discount_code_discount": "0",
        "discount_code_code": None,
        "gross_revenue": dec(gross),
        "payment_fee": dec(fee),
        "scalev_fee": "0",
        "net_revenue": dec(gross - fee),
        "total_weight": dec(product_weight + valid.weight_bump),
        "product_weight": dec(product_weight),
        "weight_bump": dec(valid.weight_bump),
        "tax_rate": None,
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
        "notes": body.get("notes"),
        "metadata": _metadata(body, store),
        "tags": [],
        "is_probably_spam": bool(body.get("is_probably_spam", False)),
        "platform": "scalev",
    }
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
    city = _merchant_city(store, data)
    order["pg_payment_info"] = payment_info(valid.payment_method, order, city)
    return order


def _merchant_city(store: Store, data: SeedData) -> str:
    warehouse = data.warehouse(store.warehouse_ids[0])
    loc = data.location(warehouse.location_id) if warehouse else None
    return loc.city_name.removeprefix("Kota ").removeprefix("Kabupaten ") if loc else "Jakarta"


# --- state changes --------------------------------------------------------------------------

def set_payment_status(order: dict[str, Any], status: str, now_ts: float) -> None:
    """What the gateway callback does: paid/settled also confirm a pending order."""
    now = ids.iso(now_ts)
    if order["payment_status"] == status:
        return
    order["payment_status"] = status
    order["payment_status_history"].append({"status": status, "time": now, "by": None})
    if status in ("paid", "settled"):
        order["paid_time"] = order["paid_time"] or now
        if order["payment_method"] == "payment_link":
            # The buyer picked a concrete method on the payment page (CL-PM).
            order["payment_method"] = "qris"
        order["pg_paid_info"] = {"paid_amount": num(float(order["gross_revenue"])),
                                 "paid_at": now, "payment_method": order["payment_method"]}
        if order["status"] in ("draft", "pending"):
            set_status(order, "confirmed", now_ts)
    elif status == "unpaid":
        order["unpaid_time"] = now
        order["paid_time"] = None
        order["pg_paid_info"] = None
    order["last_updated_at"] = now


def set_status(order: dict[str, Any], status: str, now_ts: float) -> None:
    now = ids.iso(now_ts)
    if order["status"] == status:
        return
    order["status"] = status
    order["status_history"].append({"status": status, "time": now, "by": None})
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
