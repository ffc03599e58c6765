"""The drawer arithmetic: counts, the expected cash and its explanation, the difference."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.shift import (
    DENOMINATIONS,
    CashCount,
    CashMovement,
    ExpectedCash,
    MovementKind,
    Shift,
    expected_cash,
)

AT = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)


def movement(kind: MovementKind, amount: int, reason: str = "beli es batu") -> CashMovement:
    return CashMovement(
        id=1, shift_id="KASIR-01-S00001-abcdef", kind=kind, amount=amount, reason=reason, at=AT
    )


def test_acceptance_float_two_cash_sales_and_a_pay_out_expect_315_000():
    expected = expected_cash(
        200_000, cash_sales=90_000 + 45_000, movements=[movement(MovementKind.PAY_OUT, 20_000)]
    )
    assert expected.total == 315_000
    assert expected.difference(310_000) == -5_000
    assert expected.difference(315_000) == 0
    assert expected.difference(316_000) == 1_000


def test_explanation_names_every_part_that_moved_the_drawer():
    expected = ExpectedCash(opening_float=200_000, cash_sales=135_000, pay_outs=20_000)
    assert expected.explain("id") == (
        "Modal awal Rp 200.000 + Penjualan tunai Rp 135.000 − Kas keluar Rp 20.000 = Rp 315.000"
    )
    assert (
        expected.explain("en") == "Float Rp 200.000 + Cash sales Rp 135.000 − Pay-outs Rp 20.000 = Rp 315.000"
    )
    everything = ExpectedCash(
        100_000, cash_sales=50_000, cash_refunds=10_000, pay_ins=5_000, pay_outs=150_000
    )
    assert everything.explain("en") == (
        "Float Rp 100.000 + Cash sales Rp 50.000 − Cash refunds Rp 10.000 + Pay-ins Rp 5.000"
        " − Pay-outs Rp 150.000 = -Rp 5.000"
    )
    assert ExpectedCash(0).explain("en") == "Float Rp 0 = Rp 0"


@given(
    st.integers(0, 10**9), st.integers(0, 10**10), st.integers(0, 10**9),
    st.lists(st.tuples(st.sampled_from(list(MovementKind)), st.integers(1, 10**8)), max_size=8),
)  # fmt: skip
def test_expected_is_the_signed_sum_of_its_parts(float_, sales, refunds, moves):
    movements = [movement(kind, amount) for kind, amount in moves]
    expected = expected_cash(float_, cash_sales=sales, cash_refunds=refunds, movements=movements)
    assert expected.total == float_ + sales - refunds + sum(m.signed_amount for m in movements)
    assert expected.total == sum(part.signed_amount for part in expected.parts)
    assert expected.pay_ins - expected.pay_outs == sum(m.signed_amount for m in movements)


@pytest.mark.parametrize(
    "bad",
    [
        {"opening_float": -1},
        {"opening_float": 1.5},
        {"opening_float": True},
        {"opening_float": 0, "pay_outs": -5},
    ],
)
def test_expected_parts_are_whole_non_negative_rupiah(bad):
    with pytest.raises((TypeError, ValueError)):
        ExpectedCash(**bad)


def test_count_by_denomination_adds_notes_and_coins():
    count = CashCount.of({100_000: 3, 5_000: 1, 2_000: 2}, coins=1_000)
    assert count.total == 310_000
    assert count.pieces_of(100_000) == 3
    assert count.pieces_of(50_000) == 0
    assert [d for d, _ in count.pieces] == list(DENOMINATIONS)


def test_counts_compare_by_what_was_counted_not_by_entry_order():
    assert CashCount.of({5_000: 1, 100_000: 3}) == CashCount.of({100_000: 3, 5_000: 1, 20_000: 0})


@pytest.mark.parametrize(
    ("pieces", "coins"),
    [({500: 2}, 0), ({100_000: -1}, 0), ({100_000: 1.0}, 0), ({}, -100), ({}, True)],
)
def test_count_refuses_what_is_not_a_count(pieces, coins):
    with pytest.raises((TypeError, ValueError)):
        CashCount.of(pieces, coins=coins)


def test_count_refuses_one_denomination_twice():
    with pytest.raises(ValueError, match="twice"):
        CashCount(((10_000, 1), (10_000, 2)))


@given(
    st.lists(st.integers(0, 500), min_size=len(DENOMINATIONS), max_size=len(DENOMINATIONS)),
    st.integers(0, 10**6),
)
def test_count_total_is_exact(pieces, coins):
    count = CashCount.of(dict(zip(DENOMINATIONS, pieces, strict=True)), coins=coins)
    assert count.total == sum(d * n for d, n in zip(DENOMINATIONS, pieces, strict=True)) + coins


def test_movement_needs_a_positive_amount_a_reason_and_an_aware_time():
    assert movement(MovementKind.PAY_OUT, 20_000).signed_amount == -20_000
    assert movement(MovementKind.PAY_IN, 50_000).signed_amount == 50_000
    with pytest.raises(ValueError):
        movement(MovementKind.PAY_OUT, 0)
    with pytest.raises(ValueError, match="reason"):
        movement(MovementKind.PAY_IN, 1_000, reason="  ")
    with pytest.raises(ValueError, match="aware"):
        CashMovement(1, "s", MovementKind.PAY_IN, 1_000, "tukar uang kecil", datetime(2026, 11, 27, 10, 0))
    with pytest.raises(ValueError):
        CashMovement(1, "s", "withdrawal", 1_000, "?", AT)  # type: ignore[arg-type]


def test_shift_is_open_until_it_has_a_close_time():
    shift = Shift("KASIR-01-S00001-abcdef", "KASIR-01", 1, "Sari", 200_000, AT)
    assert shift.is_open
    with pytest.raises(ValueError, match="aware"):
        Shift("x", "KASIR-01", 1, "Sari", 200_000, datetime(2026, 11, 27, 10, 0))
