"""A receipt (struk): what one slip shows, built once from explicit values.

The ESC/POS bytes, the PDF, the system-printer page and the WhatsApp text are all views of
one ``Receipt``, so they cannot disagree. The caller (the sale flow) fills it from the
journal entry and the server's order; nothing here reads storage or the API.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from pos_app.domain.money import Rupiah

# Hosts where a plain-http link is acceptable: the training server runs on loopback.
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _check_amount(name: str, value: object, *, minimum: int = 0) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be whole rupiah (int), got {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiptItem:
    """One line as sold: the product with its variant, or the bundle with its price option."""

    name: str
    quantity: int
    unit_price: Rupiah

    def __post_init__(self) -> None:
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) or self.quantity < 1:
            raise ValueError(f"quantity must be a whole number of at least 1, got {self.quantity!r}")
        _check_amount("unit_price", self.unit_price)

    @property
    def total(self) -> Rupiah:
        return self.quantity * self.unit_price


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiptShipping:
    courier: str  # "JNE"
    service: str  # "Reguler"
    district: str  # "Kebayoran Baru, Jakarta Selatan"
    cost: Rupiah

    def __post_init__(self) -> None:
        _check_amount("shipping cost", self.cost)


@dataclass(frozen=True, slots=True, kw_only=True)
class Receipt:
    """Everything a slip prints. Texts are data: printed as they are, never as markup.

    ``total`` is the server's ``gross_revenue``. When it differs from
    ``subtotal - discount + shipping`` the slip shows the difference on its own line
    (:attr:`extra_charge`) so that the printed numbers add up.
    """

    store_name: str
    receipt_number: str  # ours: KASIR-01-000123
    order_number: str  # the server's order_id (261127KQWZTRB); "" while it is not known
    issued_at: datetime  # naive = already shop time; aware = converted to the shop clock
    terminal: str
    items: Sequence[ReceiptItem]
    total: Rupiah
    payment_method: str  # display name, e.g. "Tunai" or "QRIS"
    paid: bool
    discount: Rupiah = 0
    shipping: ReceiptShipping | None = None
    cash_tendered: Rupiah | None = None  # set for cash sales only
    customer_name: str = ""
    payment_url: str | None = None
    public_order_url: str | None = None
    header: str = ""  # the owner's free text above the lines (address, phone, ...)
    footer: str = ""  # the owner's free text at the bottom (thanks, return policy, ...)

    def __post_init__(self) -> None:
        items = tuple(self.items)
        if not all(isinstance(item, ReceiptItem) for item in items):
            raise TypeError("items must be ReceiptItem values")
        # Kept as a tuple, whatever sequence the caller passed, so the receipt cannot change.
        object.__setattr__(self, "items", items)
        _check_amount("total", self.total)
        _check_amount("discount", self.discount)
        if self.cash_tendered is not None:
            _check_amount("cash_tendered", self.cash_tendered, minimum=self.total)

    @property
    def subtotal(self) -> Rupiah:
        return sum(item.total for item in self.items)

    @property
    def shipping_cost(self) -> Rupiah:
        return self.shipping.cost if self.shipping is not None else 0

    @property
    def extra_charge(self) -> Rupiah:
        """What the server's total adds (a fee, > 0) or takes off (< 0) beyond our own sum."""
        return self.total - (self.subtotal - self.discount + self.shipping_cost)

    @property
    def is_cash(self) -> bool:
        return self.cash_tendered is not None

    @property
    def change(self) -> Rupiah | None:
        return None if self.cash_tendered is None else self.cash_tendered - self.total

    @property
    def qr_data(self) -> str | None:
        return choose_qr_data(
            paid=self.paid, payment_url=self.payment_url, public_order_url=self.public_order_url
        )


def is_printable_link(url: str | None) -> bool:
    """Only https links (or loopback http, the training server) go on a slip."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme == "https":
        return bool(host)
    return parts.scheme == "http" and host in _LOOPBACK_HOSTS


def choose_qr_data(*, paid: bool, payment_url: str | None, public_order_url: str | None) -> str | None:
    """The link the slip's QR code holds.

    Unpaid: the payment page, so the buyer can pay by scanning the paper (the public order
    page, which also offers payment, when there is no payment link). Paid: the public order
    page only; a paid slip must never invite a second payment.
    """
    candidates = (public_order_url,) if paid else (payment_url, public_order_url)
    for url in candidates:
        if is_printable_link(url):
            return url
    return None


def shop_time(moment: datetime) -> datetime:
    """``moment`` on the shop clock (the computer's local time), without a zone."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)
