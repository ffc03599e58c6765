"""An order discount as the cashier types it: an amount (``5.000``) or a share (``10%``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain.money import Rupiah, parse_rupiah

_PERCENT = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*$")


class DiscountError(ValueError):
    """Not a discount, or more than the subtotal."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem  # "invalid" | "too_large"


@dataclass(frozen=True, slots=True)
class Discount:
    amount: Rupiah | None = None
    percent: Decimal | None = None

    def of(self, subtotal: Rupiah) -> Rupiah:
        """The discount in rupiah on ``subtotal``; never more than the subtotal."""
        if self.percent is not None:
            value = int((Decimal(subtotal) * self.percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        else:
            value = self.amount or 0
        if value > subtotal:
            raise DiscountError("too_large")
        return value

    @property
    def text(self) -> str:
        if self.percent is not None:
            return f"{self.percent.normalize():f}%".replace(".", ",")
        return f"{self.amount}"


def parse_discount(text: str) -> Discount | None:
    """``None`` for an empty field; raises :class:`DiscountError` for anything unreadable."""
    text = text.strip()
    if not text:
        return None
    match = _PERCENT.match(text)
    if match:
        percent = Decimal(match.group(1).replace(",", "."))
        if percent > 100:
            raise DiscountError("too_large")
        return Discount(percent=percent) if percent else None
    try:
        amount = parse_rupiah(text)
    except ValueError as exc:
        raise DiscountError("invalid") from exc
    return Discount(amount=amount) if amount else None
