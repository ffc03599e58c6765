"""What the customer has to do to pay an order, worked out once for every screen.

The cashier's payment screen, the customer display and the receipt all show the same
instructions, so they come from this one place (no Qt): the method's own code (a QRIS
string, an e-wallet, invoice or card page), the payment link, a virtual-account number, a
shop payment code, or nothing at all for methods settled at creation (COD, no payment,
cash). Links are only ever the safe ones (``https``, or loopback ``http`` in training).
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.api.models import Order
from pos_app.domain.cash import CashTender
from pos_app.domain.links import safe_link
from pos_app.domain.payment_methods import SETTLED_AT_CREATION, MethodKind, is_gateway, method_kind


@dataclass(frozen=True, slots=True)
class Instructions:
    kind: MethodKind
    method: str
    amount: int  # the server's total
    method_code: str | None = None  # what the method's QR encodes (QRIS string or a page URL)
    link: str | None = None  # the order's payment page (payment_url), as a second choice
    va_number: str | None = None
    bank_code: str | None = None  # "bca" for va_bca
    payment_code: str | None = None  # Alfamart
    qr_image_url: str | None = None  # a QRIS code sent only as an image
    cash: CashTender | None = None

    @property
    def settled(self) -> bool:
        """Nothing is left to pay at the till (COD: the courier collects; no payment; cash)."""
        return self.cash is not None or self.method in SETTLED_AT_CREATION

    @property
    def needs_payment_request(self) -> bool:
        """A gateway order with nothing to show yet: ask ``POST /v3/orders/{id}/payment`` once."""
        if not is_gateway(self.method) or self.kind is MethodKind.PAYMENT_LINK:
            return False
        return not (self.method_code or self.va_number or self.payment_code or self.qr_image_url)

    @property
    def active_code(self) -> str | None:
        """The code the customer should scan first: the method's own, else the payment link."""
        return self.method_code or self.link


def instructions_for(order: Order, *, cash: CashTender | None = None, till_total: int = 0) -> Instructions:
    method = order.payment_method or ""
    kind = MethodKind.CASH if cash is not None else method_kind(method)
    info = order.payment_info
    method_code: str | None = None
    if kind is MethodKind.QRIS:
        method_code = order.qr_string or info.qr_string
    elif kind is MethodKind.EWALLET:
        method_code = safe_link(info.web_url) or safe_link(info.deeplink_url) or safe_link(info.payment_url)
    elif kind is MethodKind.INVOICE:
        method_code = safe_link(info.invoice_url) or safe_link(info.payment_url)
    elif kind is MethodKind.CARD:
        method_code = safe_link(info.redirect_url) or safe_link(info.payment_url)
    return Instructions(
        kind=kind,
        method=method,
        amount=order.gross_revenue or till_total,
        method_code=method_code,
        link=safe_link(order.payment_url),
        va_number=info.va_number if kind is MethodKind.VIRTUAL_ACCOUNT else None,
        bank_code=method.removeprefix("va_") if kind is MethodKind.VIRTUAL_ACCOUNT else None,
        payment_code=info.payment_code if kind is MethodKind.RETAIL else None,
        qr_image_url=safe_link(order.qr_image_url or info.qr_image_url) if kind is MethodKind.QRIS else None,
        cash=cash,
    )


def group_digits(number: str, size: int = 4) -> str:
    """``3816512345678901`` → ``3816 5123 4567 8901``: read out and typed without slips."""
    digits = "".join(number.split())
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))
