"""Payment methods as they are really paid: gateway payloads (§4.12), fees and references.

Every URL handed out here is on the order's public page, i.e. plain http on the training
server's own loopback address, so a trainee (or the app's QR code) can open all of them.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Any

EWALLETS = frozenset({"ovo", "dana", "shopeepay", "linkaja", "gopay"})
_VA_PREFIX = {"va_bca": "38165", "va_bni": "8808", "va_bri": "26215", "va_mandiri": "88908",
              "va_permata": "8214", "va_bsi": "9347", "va_cimb": "8059"}
# Methods whose payment goes through a gateway (and so get a provider and a reference).
GATEWAY = frozenset({"qris", "card", "invoice", "alfamart"}) | EWALLETS
# Never paid by the buyer alone: the merchant confirms them (change-status) or the courier
# or marketplace settles them.
MANUAL = frozenset({"bank_transfer", "cod", "no_payment", "marketplace"})


def is_virtual_account(method: str | None) -> bool:
    return bool(method) and str(method).startswith("va_")


def has_gateway(method: str | None) -> bool:
    """The order gets a gateway provider, reference and payload (§4.12)."""
    return method in GATEWAY or is_virtual_account(method)


def pays_by_itself(method: str | None) -> bool:
    """A buyer can complete this payment without the merchant: what training auto-pay may
    simulate. ``payment_link`` counts: the buyer picks a gateway method on its page."""
    return has_gateway(method) or method == "payment_link"


def payment_fee(method: str | None, gross: float) -> int:
    """Invented but plausible gateway fees; manual methods cost the merchant nothing."""
    if method == "qris":
        return round(gross * 0.007)
    if is_virtual_account(method):
        return 4000
    if method in EWALLETS:
        return round(gross * 0.015)
    return {"card": round(gross * 0.029) + 2000, "invoice": 4500, "alfamart": 5000}.get(
        method or "", 0)


def reference(method: str | None) -> str | None:
    if method == "qris":
        return f"qr_{uuid.uuid4()}"
    if is_virtual_account(method):
        return f"va_{uuid.uuid4()}"
    if method in GATEWAY:
        return f"pg_{uuid.uuid4()}"
    return None


def unique_code(cap: float) -> int:
    """Scalev's "kode unik": a few hundred rupiah knocked off a bank-transfer total, so the
    merchant can tell two transfers of the same amount apart. Never more than ``cap``."""
    return int(min(100 + secrets.randbelow(900), max(0, cap)))


# --- QRIS ---------------------------------------------------------------------------------

def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def crc16(data: str) -> str:
    crc = 0xFFFF
    for byte in data.encode():
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def amount_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def qris_string(merchant: str, city: str, amount: float, ref: str) -> str:
    """A dynamic QRIS payload in EMVCo TLV form with a valid CRC; tag 54 carries the amount."""
    merchant_id = hashlib.sha1(merchant.encode()).hexdigest()[:10].upper()
    payload = "".join((
        _tlv("00", "01"),
        _tlv("01", "12"),  # dynamic QR: one amount, one order
        _tlv("26", _tlv("00", "ID.CO.QRIS.WWW") + _tlv("01", "936009140000" + merchant_id[:6])
             + _tlv("02", "ID" + merchant_id) + _tlv("03", "UME")),
        _tlv("52", "5812"),
        _tlv("53", "360"),
        _tlv("54", amount_text(amount)),
        _tlv("58", "ID"),
        _tlv("59", merchant.upper()[:25]),
        _tlv("60", city.upper()[:15]),
        _tlv("62", _tlv("01", ref[:25])),
    )) + "6304"
    return payload + crc16(payload)


# --- gateway payloads ---------------------------------------------------------------------

def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


def payment_info(method: str | None, order: dict[str, Any], city: str) -> dict[str, Any]:
    """``pg_payment_info`` for ``method`` in the Xendit shapes of §4.12; ``{}`` for the
    manual methods and for ``payment_link`` (the buyer opens the order's ``payment_url``)."""
    name = order["customer"]["name"]
    gross = float(order["gross_revenue"])
    page = order["public_order_url"]
    if method == "qris":
        return {"qr_string": qris_string(order["store"]["name"], city, gross, order["order_id"])}
    if is_virtual_account(method):
        prefix = _VA_PREFIX.get(str(method), "9999")
        return {"payment_method": {"virtual_account": {"channel_properties": {
            "virtual_account_number": prefix + _digits(16 - len(prefix)),
            "customer_name": name}}}}
    if method in EWALLETS:
        # A training deeplink cannot open a real wallet app; it leads to the buyer's page.
        return {"actions": [
            {"action": "AUTH", "url_type": "WEB", "url": f"{page}/ewallet", "method": "GET"},
            {"action": "AUTH", "url_type": "DEEPLINK", "url": f"{page}/{method}-app",
             "method": "GET"},
        ]}
    if method == "card":
        return {"redirect_url": f"{page}/card"}
    if method == "invoice":
        return {"invoice_url": f"{page}/invoice"}
    if method == "alfamart":
        return {"payment_method": {"over_the_counter": {"channel_properties": {
            "payment_code": "TKO" + _digits(9), "customer_name": name}}}}
    return {}
