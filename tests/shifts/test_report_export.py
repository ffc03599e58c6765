"""The report on paper and as CSV: widths, alignment, and rows that add up."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.money import format_rupiah
from pos_app.domain.report_export import CSV_COLUMNS, report_csv, report_lines
from pos_app.domain.sales_report import SalesReport, day_report, shift_report
from pos_app.domain.shift import DENOMINATIONS, CashCount, CashMovement, ExpectedCash, MovementKind, Shift
from tests.shifts.builders import JAKARTA, SHIFT_ID, open_shift, pay_out, sale, wib

NOW = datetime(2026, 11, 27, 9, 6, tzinfo=UTC)
SUMMED = ("count", "gross", "paid", "unpaid", "discount", "canceled")


def closed_acceptance_shift() -> Shift:
    return replace(
        open_shift(200_000),
        closed_at=wib(2026, 11, 27, 16, 5),
        expected=ExpectedCash(200_000, cash_sales=135_000, pay_outs=20_000),
        counted=310_000,
        count=CashCount.of({100_000: 3, 5_000: 2}),
        difference=-5_000,
        note="kembalian salah",
    )


def acceptance_report(*, refreshed: bool = True) -> SalesReport:
    sales = [sale(90_000, tendered=100_000, change=10_000), sale(45_000), sale(60_000, "qris")]
    return shift_report(
        closed_acceptance_shift(),
        sales,
        [pay_out(20_000)],
        tz=JAKARTA,
        generated_at=NOW,
        statuses_refreshed=refreshed,
    )


def rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return list(reader)


def column_sum(table: list[dict[str, str]], section: str, column: str) -> int:
    return sum(int(row[column]) for row in table if row["section"] == section)


def the(table: list[dict[str, str]], section: str, item: str = "") -> dict[str, str]:
    [row] = [r for r in table if r["section"] == section and (not item or r["item"] == item)]
    return row


def assert_csv_adds_up(report: SalesReport) -> None:
    table = rows(report_csv(report))
    total = the(table, "total")
    expected_totals = {
        "count": report.sales_count,
        "gross": report.gross,
        "paid": report.paid,
        "unpaid": report.unpaid,
        "discount": report.discounts,
        "canceled": report.canceled_total,
    }
    for column in SUMMED:
        assert int(total[column]) == expected_totals[column], column
        assert column_sum(table, "sale", column) == expected_totals[column], column
        if column != "canceled":
            assert column_sum(table, "method", column) == expected_totals[column], column
    for drawer in report.drawers:
        mine = [r for r in table if r["section"] == "cash" and r["shift"] == drawer.shift.id]
        parts = sum(int(r["amount"]) for r in mine if r["item"] not in ("expected", "counted", "difference"))
        assert (
            parts == int(next(r["amount"] for r in mine if r["item"] == "expected")) == drawer.expected.total
        )
    assert column_sum(table, "movement", "amount") == sum(m.signed_amount for m in report.movements)


def test_acceptance_csv_rows_add_up_to_the_report():
    report = acceptance_report()
    assert_csv_adds_up(report)
    table = rows(report_csv(report))
    assert [(r["item"], r["count"], r["gross"]) for r in table if r["section"] == "method"] == [
        ("cash", "2", "135000"),
        ("qris", "1", "60000"),
    ]
    assert the(table, "cash", "expected")["amount"] == "315000"
    assert the(table, "cash", "counted")["amount"] == "310000"
    difference = the(table, "cash", "difference")
    assert (difference["amount"], difference["note"]) == ("-5000", "kembalian salah")
    assert the(table, "report")["state"] == "final"
    assert the(table, "movement")["note"] == "beli kantong plastik"


def test_csv_marks_a_report_made_before_the_statuses_were_refreshed():
    assert the(rows(report_csv(acceptance_report(refreshed=False))), "report")["state"] == "provisional"


def test_csv_quotes_text_a_spreadsheet_would_run_as_a_formula():
    hostile = replace(sale(1_000), store_name='=HYPERLINK("http://x","klik")')
    report = shift_report(open_shift(), [hostile], [], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True)
    assert the(rows(report_csv(report)), "sale")["store"] == '\'=HYPERLINK("http://x","klik")'


@pytest.mark.parametrize("columns", [32, 48])
def test_acceptance_printout_fits_and_right_aligns_money(columns):
    lines = report_lines(acceptance_report(), columns)
    assert all(len(line) <= columns for line in lines)
    assert "Selisih" + "-Rp 5.000".rjust(columns - len("Selisih")) in lines
    assert "= Kas seharusnya" + "Rp 315.000".rjust(columns - len("= Kas seharusnya")) in lines
    assert "Tunai (2)" + "Rp 135.000".rjust(columns - len("Tunai (2)")) in lines
    assert "QRIS (1)" + "Rp 60.000".rjust(columns - len("QRIS (1)")) in lines
    assert "Catatan: kembalian salah" in lines
    assert not any("SEMENTARA" in line for line in lines)


def test_printout_says_when_it_is_not_final_and_speaks_english():
    lines = report_lines(acceptance_report(refreshed=False), 32, "en")
    assert lines[0].strip() == "SHIFT REPORT"
    assert "*** PROVISIONAL ***" in [line.strip() for line in lines]
    assert any(line.startswith("Difference") and line.endswith("-Rp 5.000") for line in lines)
    still_open = shift_report(open_shift(), [], [], tz=JAKARTA, generated_at=NOW, statuses_refreshed=True)
    assert "Shift masih buka" in [line.strip() for line in report_lines(still_open, 32)]


def test_a_day_report_is_final_only_after_the_day_with_every_drawer_counted():
    def report(shifts, generated_at):
        return day_report(
            date(2026, 11, 27),
            time(4, 0),
            JAKARTA,
            [],
            shifts,
            [],
            generated_at=generated_at,
            statuses_refreshed=True,
        )

    after = wib(2026, 11, 28, 4, 0)
    assert report([closed_acceptance_shift()], after).is_final
    during = report([closed_acceptance_shift()], wib(2026, 11, 28, 3, 59))
    assert not during.is_final
    assert "Hari belum selesai" in [line.strip() for line in report_lines(during, 32)]
    still_open = report([closed_acceptance_shift(), open_shift(at=wib(2026, 11, 27, 20, 0))], after)
    assert not still_open.is_final
    assert "Shift masih buka" in [line.strip() for line in report_lines(still_open, 32)]
    assert "Hari belum selesai" not in [line.strip() for line in report_lines(still_open, 32)]


def test_day_printout_has_a_drawer_per_shift():
    second = replace(open_shift(150_000, at=wib(2026, 11, 27, 16, 0)), id="KASIR-01-S00002-fedcba", number=2)
    report = day_report(
        date(2026, 11, 27), time(4, 0), JAKARTA, [sale(10_000)], [closed_acceptance_shift(), second], [],
        generated_at=NOW, statuses_refreshed=True,
    )  # fmt: skip
    lines = report_lines(report, 48)
    assert lines[0].strip() == "LAPORAN HARIAN"
    assert "KAS - Shift #1 KASIR-01 (Sari)" in lines
    assert "KAS - Shift #2 KASIR-01 (Sari)" in lines
    assert any(line.startswith("Sampai") and line.endswith("28-11-2026 04:00") for line in lines)


def test_too_narrow_paper_is_refused():
    with pytest.raises(ValueError, match="columns"):
        report_lines(acceptance_report(), 16)


# --- any report: random sales, names and notes ----------------------------------------------

METHODS = ["cash", "qris", "va_bca", "va_bri", "ovo", "bank_transfer", "cod", "payment_link", "weird"]
people_text = st.text(min_size=1, max_size=90).filter(str.strip)


@st.composite
def sales_records(draw):
    total = draw(st.integers(0, 50_000_000))
    return replace(
        sale(
            total,
            draw(st.sampled_from(METHODS)),
            draw(st.sampled_from(["paid", "unpaid", "canceled"])),
            at=wib(2026, 11, 27, 8, 0) + timedelta(minutes=draw(st.integers(0, 600))),
            discount=draw(st.integers(0, 1_000_000)),
            tendered=draw(st.none() | st.just(total)),
            change=0,
        ),
        store_name=draw(st.text(max_size=40)),
        order_number=draw(st.none() | st.text(max_size=30)),
    )


@st.composite
def shifts(draw):
    shift = replace(open_shift(draw(st.integers(0, 10_000_000))), cashier=draw(people_text))
    if draw(st.booleans()):
        count = CashCount.of(
            dict(
                zip(DENOMINATIONS, draw(st.lists(st.integers(0, 999), min_size=7, max_size=7)), strict=True)
            ),
            coins=draw(st.integers(0, 99_999)),
        )
        expected = ExpectedCash(shift.opening_float, cash_sales=draw(st.integers(0, 10**9)))
        shift = replace(
            shift,
            closed_at=wib(2026, 11, 27, 20, 0),
            expected=expected,
            counted=count.total,
            count=count,
            difference=expected.difference(count.total),
            note=draw(st.none() | people_text),
        )
    return shift


movements = st.lists(
    st.builds(
        CashMovement,
        id=st.integers(1, 1000),
        shift_id=st.just(SHIFT_ID),
        kind=st.sampled_from(list(MovementKind)),
        amount=st.integers(1, 10**8),
        reason=people_text,
        at=st.just(wib(2026, 11, 27, 12, 0)),
    ),
    max_size=4,
)


@settings(max_examples=150)
@given(
    shift=shifts(),
    sales=st.lists(sales_records(), max_size=25),
    moves=movements,
    refreshed=st.booleans(),
    day=st.booleans(),
    columns=st.sampled_from([24, 32, 42, 48]),
    language=st.sampled_from(["id", "en"]),
)
def test_any_report_fits_the_paper_and_its_csv_adds_up(
    shift, sales, moves, refreshed, day, columns, language
):
    if day:
        report = day_report(
            date(2026, 11, 27), time(4, 0), JAKARTA, sales, [shift], moves,
            generated_at=NOW, statuses_refreshed=refreshed,
        )  # fmt: skip
    else:
        report = shift_report(shift, sales, moves, tz=JAKARTA, generated_at=NOW, statuses_refreshed=refreshed)
    lines = report_lines(report, columns, language)
    assert all(len(line) <= columns and "\n" not in line for line in lines)
    gross = format_rupiah(report.gross)
    assert any(line.endswith(gross) and len(line) == columns for line in lines)
    assert_csv_adds_up(report)
    assert sum(m.total for m in report.methods) == report.gross
    assert sum(m.count for m in report.methods) == report.sales_count
