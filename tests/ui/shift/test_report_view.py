"""The report screen: a day or a shift, provisional until the server answered, printed and saved."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from datetime import date, time

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
)

from pos_app.domain.sales_report import SaleState
from pos_app.domain.shift import MovementKind
from pos_app.services.shift_reports import ShiftReports
from pos_app.ui.common.async_dialogs import CONFIRM_DIALOG, CONFIRM_OK_BUTTON
from pos_app.ui.shift.report_files import REPORT_FILE_DIALOG, paginate, write_report_pdf
from pos_app.ui.shift.report_view import ReportView
from tests.helpers.waiting import wait_for
from tests.shifts.builders import JAKARTA, wib
from tests.ui.shift.conftest import ARTIFACTS, child, cut_off, squeezed, too_small_to_touch


def late_night_day(till):
    """A shop that cuts its day at 04:00: Budi's evening shift runs past midnight."""
    reports = ShiftReports(till.book, till.sales, tz=JAKARTA, clock=till.clock, day_cut=time(4, 0))
    till.clock.now = wib(2026, 11, 27, 17, 0)
    shift = till.book.open_shift("Budi", 150_000)
    add = till.sales.add
    add(80_000, "cash", at=wib(2026, 11, 27, 19, 5), shift_id=shift.id, tendered=100_000, discount=5_000)
    add(125_000, "qris", at=wib(2026, 11, 27, 20, 40), shift_id=shift.id)
    add(47_500, "va_bca", at=wib(2026, 11, 27, 22, 15), shift_id=shift.id, state=SaleState.UNPAID,
        server=SaleState.PAID)  # fmt: skip
    add(99_000, "bank_transfer", at=wib(2026, 11, 27, 23, 0), shift_id=shift.id, state=SaleState.UNPAID)
    add(30_000, "cod", at=wib(2026, 11, 27, 23, 30), shift_id=shift.id, state=SaleState.CANCELED)
    late = add(35_000, "cash", at=wib(2026, 11, 28, 2, 30), shift_id=shift.id)
    till.clock.now = wib(2026, 11, 27, 21, 0)
    till.book.add_movement(MovementKind.PAY_OUT, 20_000, "Beli es batu", shift_id=shift.id)
    till.clock.now = wib(2026, 11, 28, 3, 0)
    return reports, shift, late


def view_of(qtbot, reports, **options) -> ReportView:
    view = ReportView(reports, **options)
    qtbot.addWidget(view)
    return view


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.mark.asyncio
async def test_a_day_cut_at_four_puts_the_half_past_two_sale_in_the_day_before(qtbot, till, host):
    reports, _, late = late_night_day(till)
    view = ReportView(reports, print_lines=till.printer, retry_after=None)
    window = host(view)
    try:
        await view.show_day(date(2026, 11, 27))
        report = view.report()
        assert late.receipt in {s.receipt for s in report.sales}
        assert child(view, QDateEdit, "reportDay").date().toPython() == date(2026, 11, 27)
        scopes = child(view, QComboBox, "reportScope")
        assert [scopes.itemText(i) for i in range(scopes.count())] == [
            "Whole day", "Shift #1 (KASIR-01), Budi, from 27/11/2026 17.00",
        ]  # fmt: skip

        assert table_rows(child(view, QTableWidget, "reportMethods")) == [
            ["Cash", "2", "Rp 115.000", "Rp 0", "Rp 115.000"],
            ["QRIS", "1", "Rp 125.000", "Rp 0", "Rp 125.000"],
            ["VA BCA", "1", "Rp 47.500", "Rp 0", "Rp 47.500"],
            ["Bank transfer", "1", "Rp 0", "Rp 99.000", "Rp 99.000"],
            ["Total", "5", "Rp 287.500", "Rp 99.000", "Rp 386.500"],
        ]
        assert child(view, QLabel, "reportGross").text() == "Rp 386.500"
        assert child(view, QLabel, "reportDiscounts").text() == "Rp 5.000"
        assert child(view, QLabel, "reportCanceledTotal").text() == "Rp 30.000"
        assert [row[0] for row in table_rows(child(view, QTableWidget, "reportUnpaid"))] == [
            s.receipt for s in report.unpaid_sales
        ]
        assert len(table_rows(child(view, QTableWidget, "reportCanceled"))) == 1
        assert child(view, QLabel, "reportExpected").text() == "Rp 245.000"  # 150 + 80 + 35 (cash) − 20
        state = child(view, QLabel, "reportState").text()
        # The transfer is still unpaid on the server: the statuses are final, the open drawer is not.
        assert state == (
            "Provisional: a shift is still open, its drawer not counted yet; the day is not over yet."
        )
        await asyncio.sleep(0.05)  # the refreshed report's layout settles
        assert too_small_to_touch(view) == [] and cut_off(view) == [] and squeezed(view) == []
        assert view.scroll.verticalScrollBar().maximum() > 0  # the rest is a scroll away, not cut
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(ARTIFACTS / "day-report.png"))

        # With the default cut the same sale is the next day's.
        midnight = ShiftReports(till.book, till.sales, tz=JAKARTA, clock=till.clock)
        assert late.receipt not in {s.receipt for s in midnight.day_report(date(2026, 11, 27)).sales}
    finally:
        await view.aclose()


@pytest.mark.asyncio
async def test_offline_the_report_says_so_and_fills_in_when_the_server_answers(qtbot, till):
    reports, shift, _ = late_night_day(till)
    till.sales.online = False
    view = view_of(qtbot, reports, retry_after=0.05)
    try:
        await view.show_shift(shift.id)
        state = child(view, QLabel, "reportState")
        assert state.text().startswith(
            "Provisional: 2 unpaid orders not checked with the server "
            "(The server cannot be reached. Check the internet connection); "
            "the report fills in when the server answers;"
        )
        assert view.report().unpaid == 146_500
        till.sales.online = True
        await wait_for(lambda: view.report().statuses_refreshed, what="the retry")
        assert view.report().unpaid == 99_000
        assert "unpaid orders" not in state.text()
    finally:
        await view.aclose()


@pytest.mark.asyncio
async def test_choosing_a_shift_or_another_day(qtbot, till):
    reports, shift, _ = late_night_day(till)
    view = view_of(qtbot, reports, retry_after=None)
    changes = []
    view.reportChanged.connect(changes.append)
    try:
        await view.show_day(date(2026, 11, 27))
        scopes = child(view, QComboBox, "reportScope")
        scopes.setCurrentIndex(1)
        scopes.activated.emit(1)
        await wait_for(lambda: changes[-1].shift is not None and changes[-1].statuses_refreshed, what="shift")
        assert changes[-1].shift.id == shift.id
        child(view, QDateEdit, "reportDay").setDate(date(2026, 11, 26))
        await wait_for(lambda: changes[-1].day == date(2026, 11, 26), what="the other day")
        assert changes[-1].sales == () and scopes.count() == 1
        assert child(view, QLabel, "reportNoDrawer").text() == "No shift was open in this period."
    finally:
        await view.aclose()


@pytest.mark.asyncio
async def test_print_needs_a_printer_and_says_when_it_failed(qtbot, till):
    reports, shift, _ = late_night_day(till)
    bare = view_of(qtbot, reports, retry_after=None)
    bare.show()
    try:
        await bare.show_shift(shift.id)
        assert not child(bare, QPushButton, "reportPrint").isEnabled()
        hint = child(bare, QLabel, "reportPrintHint")
        assert hint.isVisible() and hint.text() == "No receipt printer is set up; save a PDF instead."
        assert bare.print_report() is None
    finally:
        await bare.aclose()

    till.printer.fail = OSError("paper out")
    view = view_of(qtbot, reports, print_lines=till.printer, print_columns=32, retry_after=None)
    view.show()
    try:
        await view.show_shift(shift.id)
        assert not child(view, QLabel, "reportPrintHint").isVisible()
        await view.print_report()
        assert child(view, QLabel, "reportMessage").text() == "Printing failed: paper out"
        till.printer.fail = None
        await view.print_report()
        assert child(view, QLabel, "reportMessage").text() == "The report was sent to the printer."
        [lines] = till.printer.printed
        assert max(map(len, lines)) <= 32 and lines[0].strip() == "SHIFT REPORT"
    finally:
        await view.aclose()


@pytest.mark.asyncio
async def test_export_csv_through_the_file_dialog_and_replace_only_when_asked(qtbot, till, tmp_path):
    reports, _, _ = late_night_day(till)
    view = view_of(qtbot, reports, export_dir=tmp_path, retry_after=None)
    view.show()
    try:
        await view.show_day(date(2026, 11, 27))
        task = view.actions.choose_csv()
        dialog = await _file_dialog()
        assert dialog.selectedFiles() == [str(tmp_path / "report-day-2026-11-27.csv")]
        dialog.accept()
        await task
        path = tmp_path / "report-day-2026-11-27.csv"
        assert child(view, QLabel, "reportMessage").text() == f"Saved: {path}"
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        total = next(r for r in rows if r["section"] == "total")
        for column in ("count", "gross", "paid", "unpaid", "discount", "canceled"):
            sales = sum(int(r[column] or 0) for r in rows if r["section"] == "sale")
            assert sales == int(total[column]), column
        assert int(total["gross"]) == view.report().gross

        path.write_text("old", encoding="utf-8")
        task = view.actions.choose_csv()
        (await _file_dialog()).accept()
        await wait_for(lambda: _top(CONFIRM_DIALOG) is not None, what="replace question")
        assert _top(CONFIRM_DIALOG).text() == "report-day-2026-11-27.csv already exists. Replace it?"
        _top(CONFIRM_DIALOG).findChild(QPushButton, CONFIRM_OK_BUTTON).click()
        await task
        assert path.read_text(encoding="utf-8-sig").startswith("section,")
    finally:
        await view.aclose()


@pytest.mark.asyncio
async def test_save_pdf_writes_the_printout_on_a4_pages(qtbot, till, tmp_path):
    reports, shift, _ = late_night_day(till)
    view = view_of(qtbot, reports, retry_after=None)
    try:
        await view.show_shift(shift.id)
        path = view.save_pdf(tmp_path / "shift.pdf")
        data = path.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
        # A report longer than a page goes on to the next ones.
        for minute in range(60):
            till.sales.add(10_000 + minute, "va_bni", at=wib(2026, 11, 28, 0, minute), shift_id=shift.id,
                           state=SaleState.UNPAID)  # fmt: skip
        pages = write_report_pdf(reports.shift_report(shift.id), tmp_path / "long.pdf", "id")
        assert pages >= 2
        assert len(re.findall(rb"/Type\s*/Page\b", (tmp_path / "long.pdf").read_bytes())) == pages
        assert paginate([str(i) for i in range(130)], 60) == [
            [str(i) for i in range(60)], [str(i) for i in range(60, 120)], [str(i) for i in range(120, 130)],
        ]  # fmt: skip
        assert paginate([], 60) == [[]]
        with pytest.raises(OSError):
            view.save_pdf(tmp_path / "missing" / "shift.pdf")
        assert not (tmp_path / "missing").exists()
    finally:
        await view.aclose()


async def _file_dialog() -> QFileDialog:
    await wait_for(lambda: _top(REPORT_FILE_DIALOG) is not None, what="the file dialog")
    return _top(REPORT_FILE_DIALOG)


def _top(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)
