"""What each canonical payment method (§5 of the contract) means at a counter.

Each method is paid differently: QRIS is scanned, a virtual account is read out, a bank
transfer is confirmed by the cashier, COD is paid to the courier later, "no payment" is done
at once. Scalev has no cash code: cash is recorded as one of the store's manual methods
chosen by the owner, then marked paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

CASH = "cash"  # our own code in the method list; never sent to the server


class MethodKind(StrEnum):
    QRIS = "qris"
    VIRTUAL_ACCOUNT = "va"
    EWALLET = "ewallet"
    INVOICE = "invoice"  # the gateway's hosted invoice page
    CARD = "card"  # a card payment page (redirect)
    RETAIL = "retail"  # a payment code for a shop counter (Alfamart)
    PAYMENT_LINK = "payment_link"
    BANK_TRANSFER = "bank_transfer"
    COD = "cod"
    NO_PAYMENT = "no_payment"
    CASH = "cash"
    OTHER = "other"


EWALLETS = frozenset({"ovo", "dana", "shopeepay", "linkaja", "gopay"})
# Recorded with one of these when the customer pays cash at the till (owner's choice).
CASH_CARRIERS = ("no_payment", "bank_transfer", "cod")
# Nothing is left to pay at the till once the order exists.
SETTLED_AT_CREATION = frozenset({"cod", "no_payment"})
# The cashier confirms that the money arrived.
CONFIRMED_BY_CASHIER = frozenset({"bank_transfer"})


def method_kind(code: str | None) -> MethodKind:
    if not code:
        return MethodKind.OTHER
    if code.startswith("va_"):
        return MethodKind.VIRTUAL_ACCOUNT
    if code in EWALLETS:
        return MethodKind.EWALLET
    if code == "alfamart":
        return MethodKind.RETAIL
    try:
        return MethodKind(code)
    except ValueError:
        return MethodKind.OTHER


def is_gateway(code: str | None) -> bool:
    """Paid through a payment gateway, which tells Scalev (and so the till) when it is paid."""
    return method_kind(code) in (
        MethodKind.QRIS,
        MethodKind.VIRTUAL_ACCOUNT,
        MethodKind.EWALLET,
        MethodKind.INVOICE,
        MethodKind.CARD,
        MethodKind.RETAIL,
        MethodKind.PAYMENT_LINK,
    )


def cash_carrier(store_methods: Sequence[str], preferred: str | None = None) -> str | None:
    """The store's method that records a cash sale, or None when cash cannot be offered.

    The owner's choice wins when the store accepts it; otherwise the first of ``no_payment``
    and ``bank_transfer`` the store accepts (never COD by default: it means "the courier
    collects", which a cash sale at the till is not).
    """
    if preferred in CASH_CARRIERS and preferred in store_methods:
        return preferred
    return next((code for code in ("no_payment", "bank_transfer") if code in store_methods), None)
