"""Rupiah amounts as plain integers.

Scalev sends money as JSON numbers in some places and as decimal strings in others
(``"306000"``, ``"306000.00"``). Everything is turned into whole rupiah here, at the
boundary, so no float ever reaches a total.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Rupiah = int

_WIRE_DECIMAL = re.compile(r"^[+-]?\d+(\.\d+)?$")


def money_from_wire(value: object) -> Rupiah:
    """Whole rupiah from a JSON number or a decimal string as the API sends them.

    The wire format uses ``.`` as the decimal separator. Rupiah has no minor unit in
    practice, so a fractional part is rounded half up rather than rejected.
    """
    if isinstance(value, bool) or value is None:
        raise ValueError(f"not a money value: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        # repr() gives the shortest string that round-trips, so 11000.0 -> "11000.0".
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.strip()
        if not _WIRE_DECIMAL.match(text):
            raise ValueError(f"not a decimal string: {value!r}")
        amount = Decimal(text)
    else:
        raise ValueError(f"not a money value: {value!r}")
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def optional_money_from_wire(value: object) -> Rupiah:
    """Like :func:`money_from_wire`, but a missing or null field is zero."""
    if value is None or value == "":
        return 0
    return money_from_wire(value)


_TYPED_AMOUNT = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$")


def parse_rupiah(text: str) -> Rupiah:
    """Parse what a cashier types or reads: ``1500000``, ``1.500.000``, ``Rp 1.500.000``.

    Indonesian convention: ``.`` groups thousands and ``,`` starts decimals, so
    ``1.500`` is fifteen hundred.
    """
    cleaned = text.strip()
    if cleaned[:2].lower() == "rp":
        cleaned = cleaned[2:]
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "").lstrip(".")
    if not _TYPED_AMOUNT.match(cleaned):
        raise ValueError(f"not a rupiah amount: {text!r}")
    whole, _, fraction = cleaned.replace(".", "").partition(",")
    try:
        amount = Decimal(f"{whole}.{fraction or '0'}")
    except InvalidOperation as exc:  # pragma: no cover - the pattern already guards this
        raise ValueError(f"not a rupiah amount: {text!r}") from exc
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_rupiah(amount: Rupiah) -> str:
    """``Rp 1.234.567``; negative amounts as ``-Rp 5.000``.

    The one rupiah formatter: the screen (``ui.common.money_format``), receipts rendered on a
    worker thread, reports and plain-Python tests all use it.
    """
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amount must be whole rupiah (int), got {type(amount).__name__}")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")
