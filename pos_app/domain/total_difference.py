"""Why the server's total differs from the till's sum, in parts a cashier can read out.

The server is the truth for money: ``gross_revenue`` is what the customer pays. It differs
from cart + shipping when Scalev adds a payment-link fee (``payment_link_income``), a unique
code (``unique_code_discount``), other income, or a discount the till did not know about.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.money import Rupiah

PAYMENT_LINK_FEE = "payment_link_fee"
UNIQUE_CODE = "unique_code"
OTHER_INCOME = "other_income"
DISCOUNT_CODE = "discount_code"
UNEXPLAINED = "unexplained"


@dataclass(frozen=True, slots=True)
class TotalDifference:
    till_total: Rupiah
    server_total: Rupiah
    parts: tuple[tuple[str, Rupiah], ...]  # (reason, signed amount), adding up to the difference

    @property
    def amount(self) -> Rupiah:
        return self.server_total - self.till_total


def explain_total(
    till_total: Rupiah,
    server_total: Rupiah,
    *,
    payment_link_income: Rupiah = 0,
    unique_code_discount: Rupiah = 0,
    other_income: Rupiah = 0,
    discount_code_discount: Rupiah = 0,
) -> TotalDifference | None:
    """None when the totals agree; else the known reasons and whatever remains unexplained."""
    if server_total == till_total:
        return None
    known = [
        (PAYMENT_LINK_FEE, payment_link_income),
        # A unique code is written as a discount: it lowers the total.
        (UNIQUE_CODE, -unique_code_discount),
        (OTHER_INCOME, other_income),
        (DISCOUNT_CODE, -discount_code_discount),
    ]
    parts = [(reason, amount) for reason, amount in known if amount]
    rest = (server_total - till_total) - sum(amount for _reason, amount in parts)
    if rest:
        parts.append((UNEXPLAINED, rest))
    return TotalDifference(till_total, server_total, tuple(parts))
