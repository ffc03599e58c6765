"""``pg_payment_info`` → :class:`PaymentInfo`, for every payload shape we know of.

Keys depend on the method *and* the provider (§4.12, §8.13): Xendit nests VA numbers and
retail payment codes in ``payment_method.*.channel_properties`` and lists e-wallet links
in ``actions``; its older APIs put ``account_number``/``payment_code`` at the top and
``actions`` in a dict; SingaPay normalises everything to flat keys; Midtrans lists
``va_numbers``. Unknown shapes give an empty ``PaymentInfo`` (with ``raw`` kept), never
an error: the buyer can still be sent to the order's ``payment_url``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pos_app.api.models import PaymentInfo
from pos_app.api.wire import opt_str, optional_object


def _first(*values: object) -> str | None:
    for value in values:
        found = opt_str(value)
        if found:
            return found.strip() or None
    return None


def _path(obj: Mapping[str, Any], *keys: str) -> object:
    """``obj[k1][k2]…`` or None when any step is missing."""
    value: object = obj
    for key in keys:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _actions(value: object) -> dict[str, str]:
    """url_type → url of the e-wallet actions, in either of Xendit's forms."""
    found: dict[str, str] = {}
    if isinstance(value, list):
        for action in value:
            if not isinstance(action, Mapping):
                continue
            url = _first(action.get("url"))
            kind = _first(action.get("url_type"), action.get("name"))
            if url and kind:
                found.setdefault(kind.upper(), url)
    elif isinstance(value, Mapping):  # legacy e-wallet charge: named checkout URLs
        for kind, key in (("WEB", "desktop_web_checkout_url"), ("MOBILE", "mobile_web_checkout_url"),
                          ("DEEPLINK", "mobile_deeplink_checkout_url")):
            url = _first(value.get(key))
            if url:
                found[kind] = url
    return found


def _midtrans_va(value: object) -> tuple[str | None, str | None]:
    if isinstance(value, list):
        for item in value:
            if isinstance(item, Mapping) and _first(item.get("va_number")):
                return _first(item.get("va_number")), _first(item.get("bank"))
    return None, None


def _bank_from_method(method: str | None) -> str | None:
    if method and method.startswith("va_"):
        return method.removeprefix("va_").upper()
    return None


def parse_payment_info(value: object, method: str | None = None) -> PaymentInfo:
    """Read a ``pg_payment_info`` payload; ``method`` (the order's) fills in the VA bank."""
    raw = dict(value) if isinstance(value, Mapping) else {}
    pm = optional_object(raw.get("payment_method"))
    va = optional_object(pm.get("virtual_account"))
    otc = optional_object(pm.get("over_the_counter"))
    qr = optional_object(pm.get("qr_code"))
    actions = _actions(raw.get("actions"))
    midtrans_va, midtrans_bank = _midtrans_va(raw.get("va_numbers"))
    return PaymentInfo(
        qr_string=_first(raw.get("qr_string"), _path(qr, "channel_properties", "qr_string"),
                         raw.get("qrString")),
        qr_image_url=_first(raw.get("qr_image_url"), raw.get("qr_url")),
        va_number=_first(raw.get("va_number"),
                         _path(va, "channel_properties", "virtual_account_number"),
                         raw.get("account_number") if raw.get("bank_code") else None,
                         midtrans_va, raw.get("permata_va_number"), raw.get("vaNumber")),
        va_name=_first(raw.get("va_name"), raw.get("name") if raw.get("bank_code") else None),
        bank_code=_first(raw.get("bank_code"), va.get("channel_code"), midtrans_bank,
                         _bank_from_method(method)),
        payment_code=_first(raw.get("payment_code"),
                            _path(otc, "channel_properties", "payment_code")),
        web_url=_first(actions.get("WEB"), actions.get("MOBILE")),
        deeplink_url=_first(raw.get("deeplink_url"), actions.get("DEEPLINK"),
                            actions.get("DEEPLINK-REDIRECT")),
        invoice_url=_first(raw.get("invoice_url")),
        redirect_url=_first(raw.get("redirect_url")),
        payment_url=_first(raw.get("payment_url"), raw.get("paymentUrl")),
        customer_name=_first(_path(va, "channel_properties", "customer_name"),
                             _path(otc, "channel_properties", "customer_name"),
                             raw.get("customer_name")),
        gateway=_first(raw.get("payment_gateway")),
        reference_id=_first(raw.get("reference_id")),
        raw=raw,
    )
