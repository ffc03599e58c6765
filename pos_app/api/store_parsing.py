"""JSON → the typed stores, their payment methods and their bank accounts."""

from __future__ import annotations

from collections.abc import Mapping

from pos_app.api.models import PaymentAccount, Store
from pos_app.api.wire import as_object, bad, flag, opt_str, optional_object, req_int, req_str, text, to_int


def parse_store(item: object) -> Store:
    obj = as_object(item, "store")
    domain = optional_object(obj.get("custom_domain"))
    return Store(
        id=req_int(obj, "id", "store"),
        unique_id=req_str(obj, "unique_id", "store"),
        name=text(obj.get("name")),
        logo_url=opt_str(obj.get("logo")),
        domain=opt_str(domain.get("full_url")),
        payment_methods=_codes(obj.get("payment_methods")),
    )


def parse_payment_method(item: object) -> str:
    # The contract expects bare codes; objects are tolerated in case the v3 item grows.
    if isinstance(item, str) and item:
        return item
    if isinstance(item, Mapping):
        for key in ("payment_method", "code", "name"):
            code = opt_str(item.get(key))
            if code:
                return code
    raise bad("payment method is neither a code nor an object with one")


def _codes(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(code for code in value if isinstance(code, str) and code)


def parse_payment_account(item: object) -> PaymentAccount:
    """An item of ``GET /v3/stores/{id}/payment-accounts``; the spec leaves the shape open,
    so the bank may come as a ``financial_entity`` object or as flat fields."""
    obj = as_object(item, "payment account")
    entity = optional_object(obj.get("financial_entity"))
    number = opt_str(obj.get("account_number")) or opt_str(obj.get("number"))
    if not number:
        raise bad("payment account has no account_number")
    return PaymentAccount(
        account_number=number,
        account_holder=text(obj.get("account_holder")) or text(obj.get("account_name"))
        or text(obj.get("holder_name")),
        bank_name=text(entity.get("name")) or text(obj.get("bank_name"))
        or text(entity.get("code")) or text(obj.get("bank_code")),
        bank_code=opt_str(entity.get("code")) or opt_str(obj.get("bank_code")),
        financial_entity_id=to_int(entity.get("id")) or to_int(obj.get("financial_entity_id")),
        id=to_int(obj.get("id")),
        unique_id=opt_str(obj.get("unique_id")),
        is_active=flag(obj.get("is_active"), True),
    )
