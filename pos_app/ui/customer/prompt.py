"""What the customer display is told to show: plain data, no Qt.

The main window turns the sale (cart, payment method, server instructions) into these
values; the display only renders them, so it cannot disagree with the till.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CustomerLine:
    """One cart line as the shopper reads it: ``2 × Kopi Gayo 250 gr   Rp 90.000``."""

    name: str
    quantity: int
    line_total: int  # whole rupiah


@dataclass(frozen=True, slots=True)
class PaymentPrompt:
    """What the shopper needs to pay; every optional part is shown only when it is set.

    ``qr_data`` is the exact text of the cashier's active QR (a QRIS string or an https
    link), so both screens show one code. ``store_name`` replaces the heading when given;
    ``None`` keeps the store shown by the last ``show_idle``/``show_cart``.
    """

    amount: int
    method_name: str
    qr_data: str | None = None
    va_number: str | None = None
    bank_name: str | None = None
    payment_code: str | None = None  # retail outlet (Alfamart)
    bank_accounts: tuple[str, ...] = ()  # "BCA 1234567890 a.n. Toko Nusantara", one per account
    cash_tendered: int | None = None
    cash_change: int | None = None
    note: str = ""  # e.g. "Bayar ke kurir saat barang tiba" for COD
    store_name: str | None = None


def group_digits(code: str, size: int = 4) -> str:
    """``8808123456789012`` → ``8808 1234 5678 9012``: how banks print a VA number.

    Read from 1.5 m and typed into a banking app, four-digit groups are what people
    compare by eye. Anything that is not all digits (a code with letters, or a number the
    server already spaced) is shown as it came.
    """
    compact = "".join(code.split())
    if not compact.isdigit():
        return code.strip()
    return " ".join(compact[i : i + size] for i in range(0, len(compact), size))


def is_web_link(qr_data: str) -> bool:
    """A link is opened by the phone camera; anything else (QRIS) by a bank or e-wallet app."""
    return qr_data.lower().startswith(("https://", "http://"))


def item_count(lines: Sequence[CustomerLine]) -> int:
    return sum(line.quantity for line in lines)


def changed_line(previous: Sequence[CustomerLine], lines: Sequence[CustomerLine]) -> int | None:
    """Index of the line the last scan touched, to highlight it; ``None`` after a removal.

    The display only gets whole carts, so the touched line is the last one that was not
    in the previous cart: a new product, or one whose quantity went up.
    """
    before = Counter(previous)
    touched = None
    for index, line in enumerate(lines):
        if before[line] > 0:
            before[line] -= 1
        else:
            touched = index
    return touched
