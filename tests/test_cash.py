"""Cash at the till (issue 11): quick amounts, change, and the store method that carries cash."""

from __future__ import annotations

import pytest

from pos_app.domain.cash import NotEnoughCash, change_for, quick_amounts
from pos_app.domain.payment_methods import cash_carrier


@pytest.mark.parametrize(
    ("total", "amounts"),
    [
        # exact, next 5.000, next 10.000, next 50.000 = next 100.000 (once)
        (90_000, [90_000, 95_000, 100_000]),
        (87_500, [87_500, 90_000, 100_000]),
        (123_456, [123_456, 125_000, 130_000, 150_000, 200_000]),
        # a total on a note: "above" is the next note, never the exact amount twice
        (100_000, [100_000, 105_000, 110_000, 150_000, 200_000]),
        (5_000, [5_000, 10_000, 50_000, 100_000]),
        (99_999, [99_999, 100_000]),
        (1, [1, 5_000, 10_000, 50_000, 100_000]),
    ],
)
def test_quick_amounts_are_exact_then_the_next_notes_above(total, amounts):
    assert quick_amounts(total) == amounts


@pytest.mark.parametrize("total", [1, 4_999, 5_000, 12_345, 49_000, 50_001, 99_999, 100_000, 1_234_567])
def test_quick_amounts_never_repeat_never_fall_short_and_start_exact(total):
    amounts = quick_amounts(total)
    assert amounts[0] == total
    assert len(amounts) == len(set(amounts))
    assert amounts == sorted(amounts)
    assert all(amount > total for amount in amounts[1:])
    assert all(amount % 5_000 == 0 for amount in amounts[1:])


def test_change_is_what_is_left_and_less_than_the_total_is_refused():
    assert change_for(90_000, 100_000) == 10_000
    assert change_for(90_000, 90_000) == 0
    with pytest.raises(NotEnoughCash):
        change_for(90_000, 89_999)


KOPI = ["qris", "bank_transfer", "va_bca", "payment_link", "cod"]
BATIK = ["bank_transfer", "invoice", "va_bni", "card", "alfamart"]
OLEH = ["bank_transfer", "cod", "no_payment"]
DAPUR = ["qris", "payment_link", "ovo", "dana", "shopeepay", "gopay"]


@pytest.mark.parametrize(
    ("methods", "preferred", "carrier"),
    [
        (OLEH, "", "no_payment"),  # default: no payment first
        (OLEH, None, "no_payment"),
        (OLEH, "bank_transfer", "bank_transfer"),  # the owner's choice
        (OLEH, "cod", "cod"),
        (BATIK, "", "bank_transfer"),  # no "no payment": bank transfer
        (BATIK, "no_payment", "bank_transfer"),  # the choice is not accepted by this store
        (KOPI, "", "bank_transfer"),  # never COD by default
        (KOPI, "cod", "cod"),
        (KOPI, "qris", "bank_transfer"),  # not a manual method: ignored
        (DAPUR, "", None),  # gateways only: cash cannot be offered
        (DAPUR, "no_payment", None),
        (["cod"], "", None),
    ],
)
def test_cash_carrier_is_the_owners_choice_else_no_payment_else_bank_transfer(methods, preferred, carrier):
    assert cash_carrier(methods, preferred) == carrier
