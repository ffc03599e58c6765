"""Closing a shift: every rupiah of the expected cash explained, the count, the difference and its note."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton

from pos_app.domain.report_export import report_lines
from pos_app.domain.sales_report import SaleState
from pos_app.domain.shift import CashCount, MovementKind
from pos_app.storage.shift_book import SHIFTS_FILE, ShiftBook
from pos_app.ui.common.async_dialogs import CONFIRM_CANCEL_BUTTON, CONFIRM_DIALOG, CONFIRM_OK_BUTTON
from pos_app.ui.shift.close_page import CloseShiftPage
from pos_app.ui.shift.shift_screen import ShiftScreen
from tests.helpers.waiting import wait_for
from tests.shifts.builders import wib
from tests.ui.shift.conftest import ARTIFACTS, child, cut_off, squeezed, too_small_to_touch


def acceptance_shift(till):
    """Float Rp 200.000, cash Rp 90.000 and Rp 45.000, a pay-out of Rp 20.000, one QRIS sale."""
    shift = till.book.open_shift("Sari", 200_000)
    till.sales.add(90_000, "cash", at=wib(2026, 11, 27, 9, 10), shift_id=shift.id, tendered=100_000)
    till.sales.add(45_000, "cash", at=wib(2026, 11, 27, 10, 20), shift_id=shift.id, tendered=50_000)
    till.clock.advance(hours=3)
    till.book.add_movement(MovementKind.PAY_OUT, 20_000, "Kas kecil: es batu", shift_id=shift.id)
    till.sales.add(60_000, "qris", at=wib(2026, 11, 27, 11, 30), shift_id=shift.id,
                   state=SaleState.UNPAID, server=SaleState.PAID)  # fmt: skip
    return shift


def confirm_box() -> QMessageBox | None:
    return _visible(CONFIRM_DIALOG)


async def answer(ok: bool) -> str:
    await wait_for(lambda: confirm_box() is not None, what="the confirmation")
    box = confirm_box()
    text = box.text()
    box.findChild(QPushButton, CONFIRM_OK_BUTTON if ok else CONFIRM_CANCEL_BUTTON).click()
    return text


@pytest.mark.asyncio
async def test_acceptance_count_short_note_close_and_the_report(qtbot, till, host, data_dir):
    shift = acceptance_shift(till)
    screen = ShiftScreen(till.reports, print_lines=till.printer, retry_after=None)
    window = host(screen)
    closed = []
    screen.shiftClosed.connect(closed.append)
    try:
        assert screen.show_close()
        page = screen.closePage
        # Every part of the sum on its own line, then the total.
        assert child(page, QLabel, "shiftExpectedFloat").text() == "Rp 200.000"
        assert child(page, QLabel, "shiftExpectedCashSales").text() == "Rp 135.000"
        assert child(page, QLabel, "shiftExpectedRefunds").text() == "Rp 0"
        assert child(page, QLabel, "shiftExpectedPayIns").text() == "Rp 0"
        assert child(page, QLabel, "shiftExpectedPayOuts").text() == "Rp 20.000"
        assert child(page, QLabel, "shiftExpected").text() == "Rp 315.000"
        assert "Kas kecil: es batu" in child(page, QLabel, "shiftExpectedMovements").text()
        difference = child(page, QLabel, "shiftDifference")
        assert difference.text() == "Difference: count the drawer or type the total."

        qtbot.keyClicks(child(page, QLineEdit, "shiftCounted"), "310000")
        assert difference.text() == "Short: -Rp 5.000 (less cash than expected)"
        assert difference.property("kind") == "error"
        assert child(page, QLabel, "shiftNoteHint").text() == "Required: say why the cash is short or over."

        # Without a note the screen says so before the book would refuse.
        await page.close_shift()
        assert confirm_box() is None and till.book.current() == shift
        assert child(page, QLabel, "shiftCloseMessage").text().startswith("Write a note")

        qtbot.keyClicks(child(page, QLineEdit, "shiftNote"), "kembalian lebih ke pembeli")
        assert not child(page, QLabel, "shiftCloseMessage").isVisible()  # answered
        assert child(page, QLabel, "shiftNoteHint").text() == "The note is printed on the shift report."
        assert too_small_to_touch(page) == [] and cut_off(page) == [] and squeezed(page) == []
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(ARTIFACTS / "shift-close.png"))

        task = page.close_shift()
        question = await answer(ok=True)
        await task
        assert question == (
            "Close shift #1 with Rp 310.000 counted? Short: -Rp 5.000 (less cash than expected)"
        )
        stored = till.book.get(shift.id)
        assert (stored.counted, stored.difference) == (310_000, -5_000)
        assert stored.note == "kembalian lebih ke pembeli"
        assert stored.count is None  # a typed total, no breakdown
        assert stored.expected.total == 315_000
        assert closed == [stored]

        # Then the shift's report: first from the journal, then with QRIS confirmed by the server.
        view = screen.reportView
        assert screen.currentWidget() is view
        await wait_for(lambda: view.report() is not None and view.report().statuses_refreshed, what="refresh")
        report = view.report()
        assert report.shift == stored and report.is_final
        assert [(m.group, m.count, m.paid, m.unpaid) for m in report.methods] == [
            ("cash", 2, 135_000, 0), ("qris", 1, 60_000, 0),
        ]  # fmt: skip
        assert child(view, QLabel, "reportState").text().startswith("Final")
        assert child(view, QLabel, "reportDifference").text() == "Short: -Rp 5.000 (less cash than expected)"

        await view.print_report()
        assert till.printer.printed == [report_lines(report, 48, "en")]
        exported = view.export_csv(data_dir / "shift.csv").read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(exported)))
        total = next(r for r in rows if r["section"] == "total")
        by_method = sum(int(r["gross"]) for r in rows if r["section"] == "method")
        assert by_method == int(total["gross"]) == 195_000
    finally:
        await screen.aclose()


@pytest.mark.asyncio
async def test_counting_by_denomination_records_the_breakdown(qtbot, till, host):
    shift = acceptance_shift(till)
    page = CloseShiftPage(till.reports)
    host(page)
    try:
        page.load()
        pieces = page.countForm.pieces
        qtbot.keyClicks(pieces[100_000], "3")
        qtbot.keyClicks(pieces[5_000], "2")
        qtbot.keyClicks(pieces[1_000], "4")
        qtbot.keyClicks(child(page, QLineEdit, "shiftCoins"), "1.000")
        assert child(page, QLineEdit, "shiftCounted").text() == "Rp 315.000"
        assert child(page, QLabel, "shiftDifference").text() == "Exact: the drawer matches"
        assert child(page, QLabel, "shiftNoteHint").text() == "Optional when the drawer matches."
        task = page.close_shift()
        await answer(ok=True)
        await task
        stored = till.book.get(shift.id)
        assert stored.count == CashCount.of({100_000: 3, 5_000: 2, 1_000: 4}, coins=1_000)
        assert (stored.counted, stored.difference, stored.note) == (315_000, 0, None)
    finally:
        await page.aclose()


@pytest.mark.asyncio
async def test_a_typed_total_wins_over_the_count_and_over_is_not_short(qtbot, till, host):
    shift = acceptance_shift(till)
    page = CloseShiftPage(till.reports)
    host(page)
    try:
        page.load()
        qtbot.keyClicks(page.countForm.pieces[100_000], "3")
        counted = child(page, QLineEdit, "shiftCounted")
        counted.selectAll()
        qtbot.keyClicks(counted, "320.000")
        difference = child(page, QLabel, "shiftDifference")
        assert difference.text() == "Over: +Rp 5.000 (more cash than expected)"
        assert difference.property("kind") == "warning"
        assert page.counted() == 320_000  # the typed total, not the count of Rp 300.000
        qtbot.keyClicks(child(page, QLineEdit, "shiftNote"), "uang pembeli tertinggal")
        task = page.close_shift()
        await answer(ok=True)
        await task
        stored = till.book.get(shift.id)
        assert (stored.counted, stored.count, stored.difference) == (320_000, None, 5_000)
    finally:
        await page.aclose()


@pytest.mark.asyncio
async def test_keep_counting_closes_nothing(qtbot, till, host):
    shift = acceptance_shift(till)
    page = CloseShiftPage(till.reports)
    host(page)
    try:
        page.load()
        page.countedEdit.setText("315000")
        task = page.close_shift()
        await answer(ok=False)
        await task
        assert till.book.current() == shift
        assert page.closeButton.isEnabled()
    finally:
        await page.aclose()


@pytest.mark.asyncio
async def test_a_pay_out_from_elsewhere_while_counting_is_shown_before_closing(qtbot, till, host, data_dir):
    shift = acceptance_shift(till)
    page = CloseShiftPage(till.reports)
    host(page)
    other = ShiftBook(data_dir / SHIFTS_FILE, "KASIR-01", clock=till.clock)
    try:
        page.load()
        page.countedEdit.setText("315000")
        other.add_movement(MovementKind.PAY_OUT, 10_000, "Setoran ke pemilik", shift_id=shift.id)
        task = page.close_shift()
        await answer(ok=True)
        await task
        assert till.book.current() == shift  # not closed on an old sum
        assert child(page, QLabel, "shiftCloseMessage").text().startswith("The expected cash changed")
        assert child(page, QLabel, "shiftExpected").text() == "Rp 305.000"
        assert child(page, QLabel, "shiftDifference").text().startswith("Over: +Rp 10.000")
    finally:
        other.close()
        await page.aclose()


@pytest.mark.asyncio
async def test_the_pay_out_button_adds_to_the_sum(qtbot, till, host):
    shift = acceptance_shift(till)
    page = CloseShiftPage(till.reports)
    host(page)
    try:
        page.load()
        task = page.record_movement()
        await wait_for(lambda: _visible("shiftMovementDialog") is not None, what="the pay-out dialog")
        dialog = _visible("shiftMovementDialog")
        child(dialog, QLineEdit, "shiftMovementAmount").setText("5.000")
        dialog.reasonCombo.setEditText("Parkir")
        child(dialog, QPushButton, "shiftMovementSave").click()
        await task
        assert [m.amount for m in till.book.movements(shift.id)] == [20_000, 5_000]
        assert child(page, QLabel, "shiftExpectedPayOuts").text() == "Rp 25.000"
        assert child(page, QLabel, "shiftExpected").text() == "Rp 310.000"
    finally:
        await page.aclose()


def test_without_an_open_shift_there_is_nothing_to_close(qtbot, till, host):
    page = CloseShiftPage(till.reports)
    host(page)
    assert not page.load()
    assert not page.closeButton.isEnabled()
    assert child(page, QLabel, "shiftCloseMessage").text().startswith("No shift is open on this till")


def _visible(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


@pytest.fixture(autouse=True)
def _no_dialog_left(qtbot):
    yield
    assert confirm_box() is None
