"""The report service: the book and the journal together, provisional until the server answered."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, date, time

import pytest

from pos_app.domain.report_export import report_lines
from pos_app.domain.sales_report import ReportKind, SaleState
from pos_app.domain.shift import CashCount, MovementKind
from pos_app.services.shift_reports import (
    RefreshResult,
    ShiftReports,
    print_report,
    report_file_stem,
    save_csv,
)
from pos_app.storage.shift_book import SHIFTS_FILE, ShiftBook
from tests.services.shift_fakes import Clock, FakeSales, PrinterHook
from tests.shifts.builders import JAKARTA, wib


@pytest.fixture
def clock() -> Clock:
    return Clock(wib(2026, 11, 27, 8, 0))


@pytest.fixture
def book(data_dir, clock):
    b = ShiftBook(data_dir / SHIFTS_FILE, "KASIR-01", clock=clock)
    yield b
    b.close()


@pytest.fixture
def sales() -> FakeSales:
    return FakeSales()


@pytest.fixture
def reports(book, sales, clock) -> ShiftReports:
    return ShiftReports(book, sales, tz=JAKARTA, clock=clock)


def acceptance_day(book, sales, clock):
    """Float Rp 200.000, cash Rp 90.000 and Rp 45.000, pay-out Rp 20.000, one QRIS sale."""
    shift = book.open_shift("Sari", 200_000)
    sales.add(90_000, "cash", at=wib(2026, 11, 27, 9, 15), shift_id=shift.id, tendered=100_000)
    sales.add(45_000, "cash", at=wib(2026, 11, 27, 10, 5), shift_id=shift.id, tendered=50_000)
    clock.advance(hours=3)
    book.add_movement(MovementKind.PAY_OUT, 20_000, "Kas kecil: es batu", shift_id=shift.id)
    qris = sales.add(
        60_000, "qris", at=wib(2026, 11, 27, 11, 30), shift_id=shift.id,
        state=SaleState.UNPAID, server=SaleState.PAID,
    )  # fmt: skip
    return shift, qris


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.asyncio
async def test_acceptance_close_short_and_the_refreshed_report(reports, book, sales, clock, tmp_path):
    shift, qris = acceptance_day(book, sales, clock)
    expected = reports.expected_cash(shift)
    assert expected.total == 315_000
    assert reports.cash_sales_count(shift) == 2
    clock.advance(hours=5)
    closed = book.close_shift(shift.id, CashCount.of({100_000: 3, 10_000: 1}), expected, "uang receh hilang")
    assert (closed.counted, closed.difference, closed.note) == (310_000, -5_000, "uang receh hilang")

    offline = reports.shift_report(shift.id)
    assert not offline.statuses_refreshed and not offline.is_final
    methods = [(m.group, m.paid, m.unpaid) for m in offline.methods]
    assert methods == [("cash", 135_000, 0), ("qris", 0, 60_000)]

    refreshed = await reports.refreshed_shift_report(shift.id)
    assert sales.asked == [[qris.receipt]]  # only the unpaid sale is asked about
    assert refreshed.refresh == RefreshResult(checked=1, unchecked=0)
    report = refreshed.report
    assert report.statuses_refreshed and report.is_final
    assert [(m.group, m.count, m.paid, m.unpaid) for m in report.methods] == [
        ("cash", 2, 135_000, 0),
        ("qris", 1, 60_000, 0),
    ]
    # The per-method totals are the journal's, sale by sale.
    for method in report.methods:
        journal = [r for r in sales.records.values() if r.method == method.group]
        assert method.total == sum(r.total for r in journal)
    assert report.drawers[0].expected.total == 315_000
    assert report.drawers[0].difference == -5_000

    path = save_csv(report, tmp_path / f"{report_file_stem(report)}.csv")
    assert path.name == "laporan-shift-KASIR-01-1-2026-11-27.csv"
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the mark to read UTF-8
    rows = csv_rows(data.decode("utf-8-sig"))
    total = next(r for r in rows if r["section"] == "total")
    for column in ("count", "gross", "paid", "unpaid", "discount"):
        by_sale = sum(int(r[column] or 0) for r in rows if r["section"] == "sale")
        by_method = sum(int(r[column] or 0) for r in rows if r["section"] == "method")
        assert by_sale == by_method == int(total[column]), column
    assert int(total["gross"]) == report.gross == 195_000
    assert next(r for r in rows if r["section"] == "report")["state"] == "final"

    printer = PrinterHook()
    lines = await print_report(report, printer, columns=32)
    assert printer.printed == [lines] == [report_lines(report, 32, "id")]
    assert max(map(len, lines)) <= 32


@pytest.mark.asyncio
async def test_offline_the_report_stays_provisional_and_fills_in_later(reports, book, sales, clock):
    shift, _ = acceptance_day(book, sales, clock)
    sales.online = False
    first = await reports.refreshed_shift_report(shift.id)
    assert first.refresh is not None and first.refresh.unchecked == 1 and not first.refresh.complete
    assert not first.report.statuses_refreshed
    assert first.report.unpaid == 60_000

    sales.online = True
    second = await reports.refreshed_shift_report(shift.id)
    assert second.report.statuses_refreshed and second.report.unpaid == 0
    assert not second.report.is_final  # the drawer is still open: an interim report


@pytest.mark.asyncio
async def test_a_source_that_raises_offline_counts_as_unchecked(reports, book, sales, clock):
    shift, _ = acceptance_day(book, sales, clock)
    sales.raise_error = True
    result = await reports.refreshed_shift_report(shift.id)
    assert result.refresh is not None
    assert (result.refresh.checked, result.refresh.unchecked) == (0, 1)
    assert result.refresh.error is sales.error
    assert not result.report.statuses_refreshed


@pytest.mark.asyncio
async def test_a_sale_made_during_the_refresh_keeps_the_report_provisional(reports, book, sales, clock):
    shift, _ = acceptance_day(book, sales, clock)
    sales.gate = asyncio.Event()
    task = asyncio.ensure_future(reports.refreshed_shift_report(shift.id))
    await asyncio.sleep(0.01)
    sales.add(30_000, "va_bca", at=wib(2026, 11, 27, 11, 45), shift_id=shift.id, state=SaleState.UNPAID)
    sales.gate.set()
    result = await task
    assert result.refresh is not None and result.refresh.complete
    assert not result.report.statuses_refreshed  # the new VA sale was never asked about


@pytest.mark.asyncio
async def test_nothing_unpaid_means_nothing_to_ask(reports, book, sales):
    shift = book.open_shift("Sari", 100_000)
    sales.add(25_000, "cash", at=wib(2026, 11, 27, 9, 0), shift_id=shift.id)
    result = await reports.refreshed_shift_report(shift.id)
    assert result.refresh is None and sales.asked == []
    assert result.report.statuses_refreshed
    assert reports.shift_report(shift.id).statuses_refreshed


@pytest.mark.asyncio
async def test_a_day_cut_at_four_puts_a_half_past_two_sale_in_the_previous_day(book, sales, clock):
    reports = ShiftReports(book, sales, tz=JAKARTA, clock=clock, day_cut=time(4, 0))
    clock.now = wib(2026, 11, 27, 18, 0)
    shift = book.open_shift("Budi", 150_000)
    evening = sales.add(80_000, "cash", at=wib(2026, 11, 27, 21, 0), shift_id=shift.id)
    late = sales.add(35_000, "qris", at=wib(2026, 11, 28, 2, 30), shift_id=shift.id)
    morning = sales.add(20_000, "cash", at=wib(2026, 11, 28, 4, 10), shift_id=None)
    clock.now = wib(2026, 11, 28, 5, 0)

    assert reports.business_day_of(late.created_at) == date(2026, 11, 27)
    assert reports.today() == date(2026, 11, 28)
    friday = reports.day_report(date(2026, 11, 27))
    assert friday.kind is ReportKind.DAY and friday.day_cut == time(4, 0)
    assert {s.receipt for s in friday.sales} == {evening.receipt, late.receipt}
    assert friday.day_is_over and friday.open_shifts == (shift,)
    assert not friday.is_final  # Budi's drawer is not counted yet
    saturday = reports.day_report(date(2026, 11, 28))
    assert [s.receipt for s in saturday.sales] == [morning.receipt]
    # The open shift crosses the cut: both days show its whole drawer, with every cash sale.
    assert saturday.drawers[0].expected.cash_sales == 80_000 == friday.drawers[0].expected.cash_sales

    reports.set_day_cut(time(0, 0))
    midnight_cut = reports.day_report(date(2026, 11, 28))
    assert {s.receipt for s in midnight_cut.sales} == {late.receipt, morning.receipt}
    with pytest.raises(ValueError):
        reports.set_day_cut(time(4, 0, tzinfo=UTC))
    assert reports.day_cut == time(0, 0)


@pytest.mark.asyncio
async def test_the_day_report_refreshes_the_unpaid_sales_of_the_day(reports, book, sales, clock):
    _, qris = acceptance_day(book, sales, clock)
    elsewhere = sales.add(
        40_000, "va_bni", at=wib(2026, 11, 26, 15, 0), shift_id=None, state=SaleState.UNPAID
    )
    result = await reports.refreshed_day_report(date(2026, 11, 27))
    assert sales.asked == [[qris.receipt]]  # not the other day's order
    assert result.report.statuses_refreshed and result.report.paid == 195_000
    assert sales.records[elsewhere.receipt].state is SaleState.UNPAID
    assert report_file_stem(result.report) == "laporan-harian-2026-11-27"
    assert report_file_stem(result.report, "en") == "report-day-2026-11-27"


def test_a_failed_save_leaves_no_file(reports, book, sales, clock, tmp_path):
    shift, _ = acceptance_day(book, sales, clock)
    missing = tmp_path / "no-such-folder" / "report.csv"
    with pytest.raises(OSError):
        save_csv(reports.shift_report(shift.id), missing)
    assert not missing.exists()
    target = tmp_path / "report.csv"
    save_csv(reports.shift_report(shift.id), target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert target.read_text(encoding="utf-8-sig").startswith("section,shift,receipt")
