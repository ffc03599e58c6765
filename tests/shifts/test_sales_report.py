"""What the shift and day reports count, and where each order lands."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from pos_app.domain.sales_report import (
    ReportKind,
    SaleRecord,
    day_report,
    method_group,
    method_group_label,
    shift_expected_cash,
    shift_report,
)
from pos_app.domain.shift import CashCount, ExpectedCash
from tests.shifts.builders import JAKARTA, open_shift, pay_out, sale, wib

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def acceptance_sales() -> list[SaleRecord]:
    return [
        sale(90_000, tendered=100_000, change=10_000),
        sale(45_000, tendered=50_000, change=5_000),
        sale(60_000, "qris"),
    ]


def test_acceptance_expected_cash_and_per_method_totals():
    shift = open_shift(200_000)
    expected = shift_expected_cash(shift, acceptance_sales(), [pay_out(20_000)])
    assert expected == ExpectedCash(200_000, cash_sales=135_000, pay_outs=20_000)
    assert expected.total == 315_000
    assert expected.difference(310_000) == -5_000

    report = shift_report(
        shift, acceptance_sales(), [pay_out(20_000)], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True
    )
    assert [(m.group, m.count, m.paid, m.unpaid) for m in report.methods] == [
        ("cash", 2, 135_000, 0),
        ("qris", 1, 60_000, 0),
    ]
    assert report.sales_count == 3
    assert report.gross == report.paid == 195_000
    assert sum(m.total for m in report.methods) == report.gross
    assert report.drawers[0].expected.total == 315_000
    assert not report.is_final  # the shift is still open: an interim report


def test_gross_is_paid_plus_unpaid_and_canceled_orders_stand_apart():
    sales = [
        sale(100_000, "qris", discount=10_000),
        sale(50_000, "va_bca", "unpaid", discount=5_000),
        sale(30_000, "cod", "canceled", discount=3_000),
    ]
    report = shift_report(open_shift(), sales, [], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True)
    assert report.sales_count == 2
    assert (report.gross, report.paid, report.unpaid) == (150_000, 100_000, 50_000)
    assert report.discounts == 15_000  # the canceled order's discount was never given
    assert [s.total for s in report.unpaid_sales] == [50_000]
    assert [s.total for s in report.canceled_sales] == [30_000]
    assert report.canceled_total == 30_000
    assert [m.group for m in report.methods] == ["qris", "va_bca"]


def test_cash_counts_once_the_money_was_taken_even_before_the_server_knows():
    sales = [
        # Taken offline: the order is still unpaid on the server, but the money is in the drawer.
        sale(40_000, state="unpaid", tendered=50_000, change=10_000),
        # Rung up as cash but the buyer walked away before paying: nothing in the drawer.
        sale(25_000, state="unpaid"),
        # Paid, then canceled and handed back: in and out again.
        sale(70_000, state="canceled", tendered=70_000, change=0),
        # Canceled before any money changed hands.
        sale(15_000, state="canceled"),
    ]
    expected = shift_expected_cash(open_shift(100_000), sales, [])
    assert (expected.cash_sales, expected.cash_refunds) == (110_000, 70_000)
    assert expected.total == 140_000


def test_the_drawer_expects_the_cash_taken_not_a_unique_code_the_server_added():
    # Cash carried by a bank transfer in a store that adds a unique code: the server's order
    # says Rp 90.163, the customer handed over Rp 100.000 and got Rp 10.000 back.
    sales = [sale(90_163, tendered=100_000, change=10_000)]
    expected = shift_expected_cash(open_shift(200_000), sales, [])
    assert expected.cash_sales == 90_000 and expected.total == 290_000
    assert expected.difference(290_000) == 0  # a correct count is no shortage


def test_a_shift_report_takes_only_its_own_sales_and_movements():
    other = replace(pay_out(9_000), shift_id="KASIR-01-S00002-fedcba")
    sales = [sale(10_000), sale(99_000, shift_id="KASIR-01-S00002-fedcba"), sale(5_000, shift_id=None)]
    report = shift_report(
        open_shift(), sales, [pay_out(1_000), other], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True
    )
    assert [s.total for s in report.sales] == [10_000]
    assert [m.amount for m in report.movements] == [1_000]
    assert report.drawers[0].expected.total == 200_000 + 10_000 - 1_000


def test_a_closed_shift_shows_what_was_recorded_at_its_close():
    recorded = ExpectedCash(200_000, cash_sales=135_000, pay_outs=20_000)
    closed = replace(
        open_shift(),
        closed_at=wib(2026, 11, 27, 16, 0),
        expected=recorded,
        counted=310_000,
        count=CashCount.of({100_000: 3, 5_000: 2}),
        difference=-5_000,
        note="kurang kembalian",
    )
    # A cash sale canceled after the close must not rewrite the closed drawer.
    later = [*acceptance_sales()[:1], sale(45_000, state="canceled", tendered=45_000)]
    report = shift_report(
        closed, later, [pay_out(20_000)], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True
    )
    drawer = report.drawers[0]
    assert drawer.expected is recorded
    assert (drawer.counted, drawer.difference) == (310_000, -5_000)
    assert report.is_final
    stale = shift_report(closed, later, [], tz=JAKARTA, generated_at=NOW, statuses_refreshed=False)
    assert not stale.is_final


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("cash", "cash"),
        ("qris", "qris"),
        ("va_bca", "va_bca"),
        ("va_mandiri", "va_mandiri"),
        ("ovo", "ewallet"),
        ("gopay", "ewallet"),
        ("bank_transfer", "bank_transfer"),
        ("cod", "cod"),
        ("payment_link", "other"),
        ("no_payment", "other"),
        ("", "other"),
        ("va_", "other"),
        ("QRIS", "qris"),
    ],
)
def test_method_groups(code, group):
    assert method_group(code) == group


def test_group_labels_in_both_languages():
    assert method_group_label("cash", "id") == "Tunai"
    assert method_group_label("cash", "en") == "Cash"
    assert method_group_label("va_bca", "id") == "VA BCA"
    assert method_group_label("va_sahabat_sampoerna", "en") == "VA Sahabat Sampoerna"
    assert method_group_label("va_newbank", "en") == "VA NEWBANK"


def test_method_rows_follow_the_counter_order_with_va_banks_together():
    codes = ["other_thing", "cod", "bank_transfer", "dana", "va_mandiri", "va_bca", "qris", "cash"]
    sales = [sale(1_000, code) for code in codes]
    report = shift_report(open_shift(), sales, [], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True)
    assert [m.group for m in report.methods] == [
        "cash", "qris", "va_bca", "va_mandiri", "ewallet", "bank_transfer", "cod", "other",
    ]  # fmt: skip


def test_day_report_cut_at_0400_puts_a_0230_sale_in_the_previous_day():
    late = sale(80_000, at=wib(2026, 11, 28, 2, 30))
    evening = sale(20_000, at=wib(2026, 11, 27, 21, 0))
    morning = sale(30_000, at=wib(2026, 11, 28, 4, 0))
    sales = [late, evening, morning]

    def report(day: date, cut: time):
        return day_report(
            day, cut, JAKARTA, sales, [open_shift()], [], generated_at=NOW, statuses_refreshed=True
        )

    assert [s.total for s in report(date(2026, 11, 27), time(4, 0)).sales] == [20_000, 80_000]
    assert [s.total for s in report(date(2026, 11, 28), time(4, 0)).sales] == [30_000]
    assert [s.total for s in report(date(2026, 11, 27), time(0, 0)).sales] == [20_000]
    assert [s.total for s in report(date(2026, 11, 28), time(0, 0)).sales] == [80_000, 30_000]
    day = report(date(2026, 11, 27), time(4, 0))
    assert day.kind is ReportKind.DAY
    assert (day.start, day.end) == (wib(2026, 11, 27, 4, 0), wib(2026, 11, 28, 4, 0))


def test_day_report_has_a_drawer_per_shift_and_the_days_movements():
    # A night shift from the 26th into the 27th, then an afternoon shift.
    first = open_shift(200_000, at=wib(2026, 11, 26, 22, 0))
    second = replace(open_shift(150_000, at=wib(2026, 11, 27, 16, 0)), id="KASIR-01-S00002-fedcba", number=2)
    sales = [sale(10_000), sale(20_000, shift_id=second.id, at=wib(2026, 11, 27, 17, 0))]
    before_midnight = pay_out(7_000, at=wib(2026, 11, 26, 23, 0))
    movements = [pay_out(5_000), before_midnight]
    report = day_report(
        date(2026, 11, 27), time(0, 0), JAKARTA, sales, [second, first], movements,
        generated_at=NOW, statuses_refreshed=True,
    )  # fmt: skip
    assert [d.shift.number for d in report.drawers] == [1, 2]
    assert [d.expected.total for d in report.drawers] == [200_000 + 10_000 - 5_000 - 7_000, 150_000 + 20_000]
    # The drawer is the whole shift's; the day's list of movements is the day's.
    assert [m.amount for m in report.movements] == [5_000]
    assert report.shift is None
    assert report.gross == 30_000


def test_sale_records_refuse_unusable_values():
    with pytest.raises(ValueError, match="aware"):
        sale(1_000, at=datetime(2026, 11, 27, 10, 0))
    with pytest.raises(ValueError):
        sale(1_000, state="refunded")
    with pytest.raises(TypeError):
        sale(10.5)  # type: ignore[arg-type]
