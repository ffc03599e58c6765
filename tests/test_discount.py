"""The order discount as a cashier types it (issue 11): an amount or a percentage of the subtotal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.domain.discount import Discount, DiscountError, parse_discount


@pytest.mark.parametrize(
    ("typed", "subtotal", "amount"),
    [
        ("10%", 90_000, 9_000),
        (" 10 % ", 90_000, 9_000),
        ("10%", 12_345, 1_235),  # 1.234,5: half a rupiah rounds up, not to even
        ("12,5%", 10_001, 1_250),  # 1.250,125
        ("12.5%", 10_001, 1_250),
        ("15%", 12_345, 1_852),  # 1.851,75
        ("2,5%", 1_010, 25),  # 25,25
        ("100%", 90_000, 90_000),  # the whole subtotal is allowed
        ("5.000", 90_000, 5_000),
        ("Rp 5.000", 90_000, 5_000),
        ("5000", 90_000, 5_000),
        ("90.000", 90_000, 90_000),
    ],
)
def test_discount_in_rupiah(typed, subtotal, amount):
    discount = parse_discount(typed)
    assert discount is not None
    assert discount.of(subtotal) == amount


@pytest.mark.parametrize("typed", ["", "   ", "0", "0%", "0,0%", "Rp 0"])
def test_an_empty_or_zero_discount_is_no_discount(typed):
    assert parse_discount(typed) is None


@pytest.mark.parametrize("typed", ["101%", "100,5%", "250%"])
def test_more_than_100_percent_is_too_large(typed):
    with pytest.raises(DiscountError) as caught:
        parse_discount(typed)
    assert caught.value.problem == "too_large"


@pytest.mark.parametrize(("typed", "subtotal"), [("100.000", 90_000), ("90.001", 90_000), ("1", 0)])
def test_an_amount_above_the_subtotal_is_too_large(typed, subtotal):
    discount = parse_discount(typed)
    assert discount is not None
    with pytest.raises(DiscountError) as caught:
        discount.of(subtotal)
    assert caught.value.problem == "too_large"


@pytest.mark.parametrize(
    "typed", ["abc", "-5.000", "%10", "10%%", "1000%", "5k", "10 persen", "1.2.3,4%", "½"]
)
def test_garbage_is_invalid(typed):
    with pytest.raises(DiscountError) as caught:
        parse_discount(typed)
    assert caught.value.problem == "invalid"


def test_the_text_is_written_the_indonesian_way():
    assert Discount(percent=Decimal("12.5")).text == "12,5%"
    assert Discount(percent=Decimal("10")).text == "10%"
    assert Discount(amount=5_000).text == "5000"
