"""Opening a shift in one step, and pay-ins and pay-outs with their reasons."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from pos_app.domain.shift import MovementKind
from pos_app.ui.shift.movement_dialog import CashMovementDialog, ask_movement
from pos_app.ui.shift.open_page import OpenShiftPage, ask_open_shift
from tests.helpers.waiting import wait_for
from tests.shifts.builders import JAKARTA
from tests.ui.shift.conftest import ARTIFACTS, child, cut_off, squeezed, too_small_to_touch


def open_page(qtbot, till, **options) -> OpenShiftPage:
    page = OpenShiftPage(till.book, tz=JAKARTA, **options)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.parametrize("typed", ["200000", "200.000", "Rp 200.000"])
def test_the_float_is_read_the_way_cashiers_write_it(qtbot, till, typed):
    page = open_page(qtbot, till)
    opened = []
    page.shiftOpened.connect(opened.append)
    qtbot.keyClicks(child(page, QLineEdit, "shiftCashier"), "Sari")
    qtbot.keyClicks(child(page, QLineEdit, "shiftFloat"), typed)
    qtbot.mouseClick(child(page, QPushButton, "shiftOpenButton"), Qt.MouseButton.LeftButton)
    shift = till.book.current()
    assert shift is not None and opened == [shift]
    assert (shift.cashier, shift.opening_float) == ("Sari", 200_000)


def test_enter_in_the_float_opens_the_shift(qtbot, till):
    page = open_page(qtbot, till, cashier="Budi")
    page.refresh()
    assert page.floatEdit.hasFocus() or not page.isActiveWindow()
    qtbot.keyClicks(page.floatEdit, "150.000")
    qtbot.keyClick(page.floatEdit, Qt.Key.Key_Return)
    assert till.book.current().opening_float == 150_000


def test_wrong_input_is_explained_and_nothing_is_opened(qtbot, till):
    page = open_page(qtbot, till)
    message = child(page, QLabel, "shiftOpenError")
    page.open_shift()
    assert message.isVisible() and message.text() == "Enter the cashier's name."
    page.cashierEdit.setText("Sari")
    page.open_shift()
    assert message.text() == "Enter the starting cash, or 0 if the drawer is empty."
    page.floatEdit.setText("dua ratus ribu")
    assert page.floatEdit.property("invalid") == "true"
    page.open_shift()
    assert "must be an amount in rupiah" in message.text()
    assert till.book.current() is None
    qtbot.keyClicks(page.floatEdit, "x")  # typing again clears the old complaint
    assert not message.isVisible()
    page.floatEdit.setText("0")
    page.open_shift()
    assert till.book.current().opening_float == 0  # an empty drawer is a valid float


def test_a_second_shift_is_refused_saying_who_opened_the_first_and_when(qtbot, till):
    till.clock.advance(minutes=5)
    first = till.book.open_shift("Sari", 200_000)
    page = open_page(qtbot, till, cashier="Budi")
    page.refresh()  # told at once, before anything is typed
    message = child(page, QLabel, "shiftOpenError")
    expected = "Shift #1 (KASIR-01) is already open: opened by Sari on 27/11/2026 08.05."
    assert message.text().startswith(expected)
    page.floatEdit.setText("100000")
    page.open_shift()
    assert message.text().startswith(expected) and message.property("kind") == "error"
    assert till.book.current() == first


def test_the_open_screen_at_1024_by_768(qtbot, till, host):
    page = OpenShiftPage(till.book, tz=JAKARTA, cashier="Sari")
    window = host(page)
    page.refresh()
    page.floatEdit.setText("200.000")
    qtbot.wait(20)
    assert too_small_to_touch(page) == []
    assert cut_off(page) == [] and squeezed(page) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "shift-open.png"))


@pytest.mark.asyncio
async def test_a_sale_without_a_shift_opens_one_in_one_step(qtbot, till):
    task = asyncio.ensure_future(ask_open_shift(None, till.book, tz=JAKARTA, cashier="Sari"))
    await wait_for(lambda: _dialog("shiftOpenDialog") is not None, what="the open dialog")
    dialog = _dialog("shiftOpenDialog")
    child(dialog, QLineEdit, "shiftFloat").setText("Rp 200.000")
    child(dialog, QPushButton, "shiftOpenButton").click()
    shift = await asyncio.wait_for(task, 5)
    assert shift is not None and shift == till.book.current()

    # Canceled: no shift, no dialog left behind.
    till.clock.advance(hours=1)
    till.book.close_shift(shift.id, 200_000, till.reports.expected_cash(shift), "")
    task = asyncio.ensure_future(ask_open_shift(None, till.book, tz=JAKARTA))
    await wait_for(lambda: _dialog("shiftOpenDialog") is not None, what="the open dialog")
    child(_dialog("shiftOpenDialog"), QPushButton, "shiftOpenCancel").click()
    assert await asyncio.wait_for(task, 5) is None
    assert till.book.current() is None


def _dialog(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


# --- pay-ins and pay-outs ----------------------------------------------------------------------


def test_a_pay_out_with_a_common_reason_goes_into_the_book(qtbot, till):
    shift = till.book.open_shift("Sari", 200_000)
    dialog = CashMovementDialog(till.book, shift)
    qtbot.addWidget(dialog)
    recorded = []
    dialog.movementRecorded.connect(recorded.append)
    reasons = child(dialog, QComboBox, "shiftMovementReason")
    assert child(dialog, QPushButton, "shiftMovementOut").isChecked()
    assert [reasons.itemText(i) for i in range(reasons.count())] == [
        "Petty cash", "Handed to the owner", "Buying change",
    ]  # fmt: skip
    qtbot.keyClicks(child(dialog, QLineEdit, "shiftMovementAmount"), "20.000")
    reasons.setCurrentIndex(0)
    child(dialog, QPushButton, "shiftMovementSave").click()
    [movement] = till.book.movements(shift.id)
    assert (movement.kind, movement.amount, movement.reason) == (MovementKind.PAY_OUT, 20_000, "Petty cash")
    assert recorded == [movement] and dialog.recorded() == movement


def test_a_pay_in_needs_an_amount_and_a_reason_and_keeps_typed_text(qtbot, till):
    shift = till.book.open_shift("Sari", 200_000)
    dialog = CashMovementDialog(till.book, shift, kind=MovementKind.PAY_IN)
    qtbot.addWidget(dialog)
    dialog.show()
    message = child(dialog, QLabel, "shiftMovementError")
    dialog.save()
    assert message.text() == "Enter an amount above Rp 0, for example 20.000."
    dialog.amountEdit.setText("50000")
    dialog.save()
    assert message.text().startswith("Say why the cash goes in or out")
    dialog.reasonCombo.setEditText("Tukar uang receh di bank")
    qtbot.mouseClick(dialog.outButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.inButton, Qt.MouseButton.LeftButton)
    assert dialog.reasonCombo.currentText() == "Tukar uang receh di bank"  # switching kept it
    dialog.save()
    [movement] = till.book.movements(shift.id)
    assert (movement.kind, movement.amount, movement.reason) == (
        MovementKind.PAY_IN, 50_000, "Tukar uang receh di bank",
    )  # fmt: skip


def test_a_dialog_left_open_across_the_close_records_nothing(qtbot, till):
    shift = till.book.open_shift("Sari", 200_000)
    dialog = CashMovementDialog(till.book, shift)
    qtbot.addWidget(dialog)
    till.book.close_shift(shift.id, 200_000, till.reports.expected_cash(shift), "")
    till.book.open_shift("Budi", 100_000)
    dialog.amountEdit.setText("10.000")
    dialog.reasonCombo.setEditText("Parkir")
    dialog.save()
    assert child(dialog, QLabel, "shiftMovementError").text() == (
        "Shift #1 (KASIR-01) is closed now, so nothing was recorded."
    )
    assert till.book.movements(shift.id) == [] and till.book.movements(till.book.current().id) == []
    assert dialog.recorded() is None


@pytest.mark.asyncio
async def test_ask_movement_is_awaited_without_a_nested_loop(qtbot, till):
    shift = till.book.open_shift("Sari", 200_000)
    task = asyncio.ensure_future(ask_movement(None, till.book, shift))
    await wait_for(lambda: _dialog("shiftMovementDialog") is not None, what="the pay-out dialog")
    dialog = _dialog("shiftMovementDialog")
    assert too_small_to_touch(dialog) == []
    child(dialog, QLineEdit, "shiftMovementAmount").setText("15000")
    child(dialog, QComboBox, "shiftMovementReason").setEditText("Beli es batu")
    child(dialog, QPushButton, "shiftMovementSave").click()
    movement = await asyncio.wait_for(task, 5)
    assert movement is not None and movement.reason == "Beli es batu"
