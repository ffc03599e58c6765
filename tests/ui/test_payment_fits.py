"""Issue 13 for the payment screen: every method's page and every outcome fits 1024x768 and
1366x768 in Indonesian and English, with "New sale" always on screen.

One walk per size and language through the real window against the training server: QRIS
waiting, in conflict and paid; a virtual account and its link QR; a bank transfer with the
store's accounts, then canceled; a shop payment code; an invoice; an e-wallet; a payment
link whose total the server changed (the note under the total); the cash step and a cash
sale; a sale with nothing to pay; a poll the server refused; and a lost connection.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.languages import install_language
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, child, choose_store, fill_customer, scan
from tests.ui.screen_check import LANGUAGES, SIZES, ScreenCheck, size_id
from tests.ui.test_getting_paid import BATIK, DAPUR, KOPI, OLEH, choose_method, dialog_named, store_of

# Long enough to wrap on the payment screen, as real names of families and shops do.
LONG_NAME = "Raden Ayu Sekar Kinasih Wulandari Pramesti"


async def back_to_till(window) -> None:
    window.activateWindow()
    await wait_for(window.isActiveWindow, what="the till active again")


async def pay_with(
    qtbot, window, server, store_id: int, method: str, name: str = "Rina Kartikasari", *, shown: bool = True
) -> None:
    """A one-line digital sale in ``store_id`` sent with ``method``; with ``shown`` (and not
    cash, which asks first) it waits for the payment screen."""
    if window.payment_view.isVisible():
        window.payment_view.newSaleRequested.emit()  # paid, or left open in History
        await wait_for(lambda: not window.payment_view.isVisible(), what="back to the sale")
    await choose_store(window, store_id)
    sku = store_of(server, store_id).digital_variants()[0].sku

    def scanned() -> bool:
        # The catalog of a store switched to may still be loading: scan again until it is in.
        if len(window.sale.cart) == 0:
            scan(qtbot, window, sku)
        return len(window.sale.cart) == 1

    await wait_for(scanned, what=f"{sku} in the cart")
    fill_customer(qtbot, window, name=name)
    choose_method(window, method)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    if shown and method != "cash":
        await wait_for(window.payment_view.isVisible, what=f"the {method} payment screen")


def status_of(window) -> str:
    return child(window, QWidget, "paymentStatus").property("state")


def last_order(server) -> str:
    return server.orders()[-1]["id"]


def new_sale_on_screen(window) -> bool:
    button = child(window.payment_view, QPushButton, "newSaleButton")
    shown = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    return button.isVisible() and window.rect().contains(shown)


async def walk_payment_screens(qtbot, server, tmp_path, size, language) -> ScreenCheck:
    check = ScreenCheck(size, language)
    async with cashier_window(server, tmp_path) as window:
        install_language(QApplication.instance(), language)
        window.resize(*size)

        async def look(name: str) -> None:
            await check.look(name, window, window.payment_view)
            if not new_sale_on_screen(window):
                check.problems.append(f"{name} ({language}, {size_id(size)}): New sale is not on screen")

        await pay_with(qtbot, window, server, KOPI, "qris", LONG_NAME)
        await wait_for(lambda: child(window, QWidget, "methodQr").isVisible(), what="the QRIS code")
        await look("payment-qris-waiting")
        server.mark_paid(last_order(server), "conflict")
        await wait_for(lambda: status_of(window) == "conflict", what="conflict")
        await look("payment-conflict")
        server.mark_paid(last_order(server))
        # A conflict is polled slowly: ask now, as the cashier would.
        qtbot.mouseClick(child(window, QPushButton, "checkPaymentButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: status_of(window) == "paid", what="paid")
        await look("payment-qris-paid")

        await pay_with(qtbot, window, server, KOPI, "va_bca")
        await look("payment-va-waiting")
        qtbot.mouseClick(child(window, QPushButton, "showLinkQrButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: child(window, QWidget, "paymentQr").isVisible(), what="the link QR")
        await look("payment-va-link")

        await pay_with(qtbot, window, server, KOPI, "bank_transfer")
        accounts = child(window, QLabel, "bankAccounts")
        number = store_of(server, KOPI).payment_accounts[0].account_number
        await wait_for(lambda: number in accounts.text(), what="the store's accounts")
        await look("payment-transfer-accounts")
        qtbot.mouseClick(child(window, QPushButton, "cancelOrderButton"), Qt.MouseButton.LeftButton)
        box = await dialog_named("confirmDialog")
        qtbot.mouseClick(child(box, QPushButton, "confirmOkButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: status_of(window) == "canceled", what="canceled")
        await back_to_till(window)
        await look("payment-canceled")

        await pay_with(qtbot, window, server, BATIK, "alfamart")
        await wait_for(lambda: any(c.isdigit() for c in child(window, QLabel, "paymentCode").text()),
                       what="the payment code")  # fmt: skip
        await look("payment-code")
        await pay_with(qtbot, window, server, BATIK, "bank_transfer", LONG_NAME)
        await wait_for(lambda: child(window, QLabel, "paymentTotalNote").isVisible(), what="unique code")
        await look("payment-transfer-unique-code")
        await pay_with(qtbot, window, server, BATIK, "invoice")
        await wait_for(lambda: child(window, QWidget, "methodQr").isVisible(), what="the invoice code")
        await look("payment-invoice")

        await pay_with(qtbot, window, server, DAPUR, "ovo")
        await wait_for(lambda: child(window, QWidget, "methodQr").isVisible(), what="the OVO code")
        await look("payment-ewallet")
        await pay_with(qtbot, window, server, DAPUR, "payment_link", LONG_NAME)
        await wait_for(lambda: child(window, QLabel, "paymentTotalNote").isVisible(), what="the fee note")
        await look("payment-link-fee")

        await pay_with(qtbot, window, server, OLEH, "cash")
        cash = await dialog_named("cashDialog")
        await check.look("cash-step-empty", cash)
        qtbot.keyClicks(child(cash, QLineEdit, "cashTendered"), "1000000")
        await check.look("cash-step-typed", cash)
        qtbot.mouseClick(child(cash, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="the cash sale done")
        await back_to_till(window)
        await look("payment-cash")
        await pay_with(qtbot, window, server, OLEH, "no_payment")
        await look("payment-nothing-to-pay")

        # The server refuses a poll for good (gone, not allowed): checking stops and says why.
        server.faults.fail_next(1, method="GET", path="/v3/orders/*", status=404)
        await pay_with(qtbot, window, server, KOPI, "qris")
        await wait_for(lambda: child(window, QLabel, "actionMessage").isVisible(), what="stopped checking")
        await look("payment-stopped")
        # The connection goes and stays away (last: the faults outlive this screen).
        server.faults.fail_next(10_000, method="GET", path="/v3/orders/*", status=503)
        await pay_with(qtbot, window, server, KOPI, "va_bca", LONG_NAME)
        await wait_for(lambda: child(window, QLabel, "connectionProblem").isVisible(), what="offline")
        await look("payment-offline")
        # The other language on a screen already shown: every text is set again.
        other = "en" if language == "id" else "id"
        install_language(QApplication.instance(), other)
        await look(f"payment-offline-then-{other}")
    return check


@pytest.mark.asyncio
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
async def test_every_payment_screen_fits(qtbot, server, tmp_path, size, language):
    check = await walk_payment_screens(qtbot, server, tmp_path, size, language)
    check.assert_clean()
