"""Issue 13 for the shift screens: opening (as a page and as the one-step dialog at checkout),
pay-in / pay-out, the close with its count and difference, the shift report and the day
report fit 1024x768 and 1366x768 in Indonesian and English.

One walk per size and language in the real window against the training server, through a
day with cash, QRIS, an unpaid VA and a canceled order, several pay-ins and pay-outs with
long reasons, a short drawer, and a second shift still open when the day report is read.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from pos_app.domain.shift import MovementKind
from pos_app.languages import install_language
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, child
from tests.ui.screen_check import LANGUAGES, SIZES, ScreenCheck, size_id
from tests.ui.test_getting_paid import KOPI, OLEH, dialog_named
from tests.ui.test_payment_fits import LONG_NAME, back_to_till, last_order, pay_with

LONG_REASON = "Beli galon air minum dan kantong plastik untuk toko"


async def confirm_box() -> None:
    box = await dialog_named("confirmDialog")
    box.findChild(QPushButton, "confirmOkButton").click()


async def walk_shift(qtbot, server, tmp_path, size, language) -> ScreenCheck:
    check = ScreenCheck(size, language)
    async with cashier_window(server, tmp_path, open_shift=False) as window:
        install_language(QApplication.instance(), language)
        window.resize(*size)
        book = window.app_context.shifts

        # The open page from the shift menu, empty and then refused.
        window.shift_menu.open_shift()
        screen = window.shift_menu.screen
        await wait_for(screen.openPage.isVisible, what="the open page")
        await check.look("shift-open", window, screen)
        child(screen, QLineEdit, "shiftCashier").clear()
        qtbot.mouseClick(child(screen, QPushButton, "shiftOpenButton"), Qt.MouseButton.LeftButton)
        await check.look("shift-open-refused", window, screen)
        qtbot.mouseClick(child(screen, QPushButton, "shiftOpenCancel"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: not screen.isVisible(), what="back to the sale")

        # The first sale opens the shift in one step.
        await pay_with(qtbot, window, server, OLEH, "cash")
        opening = await dialog_named("shiftOpenDialog")
        await check.look("shift-open-dialog", opening)
        child(opening, QLineEdit, "shiftCashier").setText(LONG_NAME[:40])
        qtbot.keyClicks(child(opening, QLineEdit, "shiftFloat"), "200.000")
        qtbot.mouseClick(child(opening, QPushButton, "shiftOpenButton"), Qt.MouseButton.LeftButton)
        cash = await dialog_named("cashDialog")
        qtbot.mouseClick(child(cash, QPushButton, "cashQuick0"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(child(cash, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="the cash sale")
        await back_to_till(window)
        await pay_with(qtbot, window, server, KOPI, "qris")
        server.mark_paid(last_order(server))
        await pay_with(qtbot, window, server, KOPI, "va_bca")
        await pay_with(qtbot, window, server, KOPI, "bank_transfer")
        qtbot.mouseClick(child(window, QPushButton, "cancelOrderButton"), Qt.MouseButton.LeftButton)
        await confirm_box()
        await wait_for(lambda: window.payment_view.order().status == "canceled", what="canceled")
        await back_to_till(window)
        window.payment_view.newSaleRequested.emit()

        # Pay-in / pay-out, then more of them than the close page lists.
        window.shift_menu.movement(MovementKind.PAY_OUT)
        movement = await dialog_named("shiftMovementDialog")
        await check.look("shift-movement", movement)
        qtbot.keyClicks(child(movement, QLineEdit, "shiftMovementAmount"), "35.000")
        child(movement, QComboBox, "shiftMovementReason").setEditText(LONG_REASON)
        qtbot.mouseClick(child(movement, QPushButton, "shiftMovementSave"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: not movement.isVisible(), what="recorded")
        await back_to_till(window)
        for amount, kind in ((50_000, MovementKind.PAY_IN), (20_000, MovementKind.PAY_OUT),
                             (15_000, MovementKind.PAY_OUT), (100_000, MovementKind.PAY_IN)):  # fmt: skip
            book.add_movement(kind, amount, LONG_REASON)

        # The close: counted, short, and explained.
        window.shift_menu.close_shift()
        page = screen.closePage
        await wait_for(page.isVisible, what="the close page")
        await check.look("shift-close-empty", window, screen)
        for denomination, pieces in ((100_000, "3"), (50_000, "1"), (20_000, "2"), (1_000, "7")):
            qtbot.keyClicks(child(page, QLineEdit, f"shiftCount{denomination}"), pieces)
        qtbot.keyClicks(child(page, QLineEdit, "shiftCoins"), "2.500")
        await check.look("shift-close-short", window, screen)
        qtbot.keyClicks(child(page, QLineEdit, "shiftNote"), LONG_REASON)
        qtbot.mouseClick(child(page, QPushButton, "shiftCloseButton"), Qt.MouseButton.LeftButton)
        await confirm_box()
        report = screen.reportView
        await wait_for(lambda: report.isVisible() and report.report() is not None
                       and report.report().shift is not None, what="the shift report")  # fmt: skip
        await back_to_till(window)
        await check.look("shift-report", window, screen)

        # The day report with the closed shift and a second one still open.
        book.open_shift("Dewi", 150_000)
        window.shift_menu.day_report()
        await wait_for(lambda: report.report() is not None and report.report().shift is None, what="day")
        await check.look("day-report-two-drawers", window, screen)
        report.scroll.verticalScrollBar().setValue(report.scroll.verticalScrollBar().maximum())
        await check.look("day-report-end", window, screen)
        # The other language on the screen already shown: every text is set again.
        other = "en" if language == "id" else "id"
        install_language(QApplication.instance(), other)
        await check.look(f"day-report-then-{other}", window, screen)
        window.shift_menu.close_shift()  # Dewi's shift
        await check.look(f"shift-close-then-{other}", window, screen)
        window.back_to_sale()
    return check


@pytest.mark.asyncio
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
async def test_shift_screens_fit(qtbot, server, tmp_path, size, language):
    check = await walk_shift(qtbot, server, tmp_path, size, language)
    check.assert_clean()
