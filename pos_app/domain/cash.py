"""Cash at the till: quick amounts a customer hands over, and the change."""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.money import Rupiah

# Notes customers hand over; the quick buttons offer the next of each above the total.
QUICK_STEPS = (5_000, 10_000, 50_000, 100_000)


def round_up(amount: Rupiah, step: Rupiah) -> Rupiah:
    return -(-amount // step) * step


def quick_amounts(total: Rupiah) -> list[Rupiah]:
    """Exact amount first, then the next Rp 5.000 / 10.000 / 50.000 / 100.000 above the total."""
    amounts = [total]
    for step in QUICK_STEPS:
        above = round_up(total, step)
        if above == total:
            above += step  # "the next note above": exact is already the first button
        if above not in amounts:
            amounts.append(above)
    return sorted(amounts)


class NotEnoughCash(ValueError):
    """Less than the total was handed over."""


def change_for(total: Rupiah, tendered: Rupiah) -> Rupiah:
    if tendered < total:
        raise NotEnoughCash(f"tendered {tendered} is less than the total {total}")
    return tendered - total


@dataclass(frozen=True, slots=True)
class CashTender:
    """What the customer handed over and the change given back."""

    tendered: Rupiah
    change: Rupiah
