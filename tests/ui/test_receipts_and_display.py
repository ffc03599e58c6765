"""Issue 12 in the real window: receipts on a loopback ESC/POS printer, Print again, WhatsApp,
and the customer display following the sale."""

from __future__ import annotations

import urllib.parse

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.domain.sale import SalePhase
from pos_app.languages import install_language
from pos_app.settings import AppSettings, SettingsStore
from tests.helpers.escpos_reader import read_escpos
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.qr import decode_widget
from tests.helpers.waiting import wait_for
from tests.ui.cashier import ARTIFACTS, cashier_window, child, choose_store, fill_customer, scan
from tests.ui.test_getting_paid import (
    cart_of,
    choose_method,
    dialog_named,
    only_order,
    price,
    sell,
    store_of,
)

KOPI, OLEH = 4127, 4162


async def jobs(printer: FakePrinter, count: int, timeout: float = 10) -> list[bytes]:
    await wait_for(lambda: len(printer.jobs) >= count, timeout=timeout, what=f"{count} print job(s)")
    return printer.jobs


@pytest.mark.asyncio
async def test_a_paid_sale_prints_its_lines_total_order_link_and_cut(qtbot, server, tmp_path):
    with FakePrinter() as printer:
        async with cashier_window(server, tmp_path, receipt_printer=printer.spec, receipt_width=48) as window:
            store = await sell(qtbot, window, server, KOPI, "qris", items=2)
            order = only_order(server)
            # Unpaid, printed on demand: its QR is the payment link.
            qtbot.keyClick(window.payment_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
            unpaid = read_escpos((await jobs(printer, 1))[0])
            assert unpaid.qr_data == [order["payment_url"]]
            server.mark_paid(order["id"])
            await wait_for(lambda: window.sale.phase is SalePhase.DONE, what="paid")
            # Paid: the slip comes out by itself, with the order page in its QR.
            slip = read_escpos((await jobs(printer, 2))[1])
            text = slip.text
            assert order["order_id"] in text
            for variant in store.digital_variants()[:2]:
                assert variant.fullname[:20] in text.replace("\n", " ")
            total = int(order["gross_revenue"])
            assert f"Rp {total:,}".replace(",", ".") in text and "LUNAS" in text
            assert slip.qr_data == [order["public_order_url"]]
            assert slip.cuts >= 1 and not slip.drawer_pulses  # no drawer for a QRIS sale
            assert window.app_context.journal.entries()[0].receipt_printed


@pytest.mark.asyncio
async def test_a_reprint_from_history_asks_the_server_and_prints_from_the_journal_when_offline(
    qtbot, server, tmp_path
):
    with FakePrinter() as printer:
        async with cashier_window(server, tmp_path, receipt_printer=printer.spec) as window:
            await sell(qtbot, window, server, KOPI, "qris")
            order = only_order(server)
            server.mark_paid(order["id"])
            await jobs(printer, 1)  # printed by itself once paid
            [entry] = window.app_context.journal.entries()
            qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            await wait_for(lambda: window.sale.phase is SalePhase.EDITING, what="next sale")
            window.pages.show_history()
            history = window.history_view
            await wait_for(lambda: history.select_receipt(entry.receipt), what="the sale listed")
            reprint = child(history, QPushButton, "historyPrint")
            await wait_for(reprint.isEnabled, what="print enabled")

            # Online: the slip is the server's order, paid, with the order page in its QR.
            qtbot.mouseClick(reprint, Qt.MouseButton.LeftButton)
            again = read_escpos((await jobs(printer, 2))[1])
            assert again.qr_data == [order["public_order_url"]]
            assert "LUNAS" in again.text and order["order_id"] in again.text
            assert not again.drawer_pulses

            # Offline: it still comes out, from the journal, and the cashier is told why it may
            # say less than the server would.
            await wait_for(reprint.isEnabled, what="print enabled again")
            server.faults.fail_next(20, method="GET", path=f"/v3/orders/{order['id']}", status=503)
            qtbot.mouseClick(reprint, Qt.MouseButton.LeftButton)
            offline = read_escpos((await jobs(printer, 3, timeout=30))[2])
            assert order["order_id"] in offline.text and "LUNAS" in offline.text
            message = child(history, QLabel, "historyMessage").text()
            assert "could not be checked" in message


@pytest.mark.asyncio
async def test_a_cash_sale_opens_the_drawer(qtbot, server, tmp_path):
    price(server, OLEH, 90_000)
    with FakePrinter() as printer:
        async with cashier_window(server, tmp_path, receipt_printer=printer.spec) as window:
            await cart_of(qtbot, window, server, OLEH)
            fill_customer(qtbot, window)
            choose_method(window, "cash")
            qtbot.keyClick(window, Qt.Key.Key_F12)
            dialog = await dialog_named("cashDialog")
            qtbot.mouseClick(child(dialog, QPushButton, "cashQuick1"), Qt.MouseButton.LeftButton)
            qtbot.mouseClick(child(dialog, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
            slip = read_escpos((await jobs(printer, 1))[0])
            assert slip.drawer_pulses and "Tunai" in slip.text
            assert slip.index("drawer") < slip.index("cut")
            # The till speaks English here; the slip the customer keeps speaks Indonesian.
            assert child(window, QLabel, "paymentMethodName").text() == "Cash"
            assert "Pembayaran" in slip.text and "Cash" not in slip.text


@pytest.mark.asyncio
async def test_printer_down_keeps_the_sale_and_print_again_works_once_it_is_back(qtbot, server, tmp_path):
    printer = FakePrinter()
    printer.start()
    spec = printer.spec
    printer.stop()  # switched off before the sale
    async with cashier_window(server, tmp_path, receipt_printer=spec) as window:
        await sell(qtbot, window, server, OLEH, "no_payment")
        assert window.sale.phase is SalePhase.DONE  # the sale does not wait for the printer
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(lambda: notice.isVisible() and "offline" in notice.text(), timeout=15,
                       what="printer offline said")  # fmt: skip
        assert "saved" in notice.text()
        assert not window.app_context.journal.entries()[0].receipt_printed
        printer.start()
        try:
            again = child(window, QPushButton, "noticeAction")
            assert again.isVisible() and again.text() == "Print again"
            qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
            await jobs(printer, 1)
            await wait_for(lambda: window.app_context.journal.entries()[0].receipt_printed, what="printed")
        finally:
            printer.stop()


@pytest.mark.asyncio
async def test_whatsapp_opens_a_wa_me_link_with_the_number_and_the_order_link(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        opened: list[QUrl] = []
        window.receipts._open_url = opened.append
        await cart_of(qtbot, window, server, KOPI)
        fill_customer(qtbot, window, phone="0812-3456-7890")
        choose_method(window, "qris")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        qtbot.mouseClick(child(window, QPushButton, "whatsappReceiptButton"), Qt.MouseButton.LeftButton)
        [url] = opened
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        assert text.startswith("https://wa.me/6281234567890?text=")
        message = urllib.parse.unquote(text.split("text=", 1)[1])
        assert only_order(server)["payment_url"] in message
        assert " " not in text  # URL-encoded


@pytest.mark.asyncio
async def test_the_customer_display_follows_the_sale_to_lunas(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if s.id == KOPI)
    async with cashier_window(server, tmp_path, customer_display=True) as window:
        install_language(QApplication.instance(), "en")  # the display stays Indonesian
        display = window.customer_mirror.display
        assert display is not None and display.isVisible() and display.objectName() == "customerDisplay"
        await choose_store(window, store.id)
        display.resize(1024, 768)
        display.grab().save(str(ARTIFACTS / "customer-window-idle.png"))
        for variant in store.digital_variants()[:2]:
            scan(qtbot, window, variant.sku)
        lines = display.shown_lines()
        assert [name for _qty, name, _total in lines] == [v.fullname for v in store.digital_variants()[:2]]
        total = sum(v.price for v in store.digital_variants()[:2])
        assert child(display, QLabel, "customerTotal").text() == "Rp " + f"{total:,}".replace(",", ".")
        display.grab().save(str(ARTIFACTS / "customer-window-cart.png"))
        assert QApplication.focusWidget() is window.product_pane.scan  # the till keeps the keyboard

        fill_customer(qtbot, window)
        choose_method(window, "qris")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        active = window.payment_view.active_code()
        assert active is not None
        qr = child(display, QWidget, "customerQr")
        await wait_for(lambda: decode_widget(qr) == [active], what="customer QR")
        display.grab().save(str(ARTIFACTS / "customer-window-qr.png"))
        server.mark_paid(only_order(server)["id"])
        await wait_for(lambda: "LUNAS" in display.grab().toImage().text() or display.state() == "paid",
                       what="LUNAS on the customer display")  # fmt: skip
        assert "LUNAS" in child(display, QLabel, "customerDoneTitle").text()
        display.grab().save(str(ARTIFACTS / "customer-window-paid.png"))


def shown_on(display: QWidget, name: str) -> str | None:
    """The text of the customer window's label ``name`` while it is on screen, else None."""
    label = child(display, QLabel, name)
    return label.text() if label.isVisibleTo(display) else None


def rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


def save_screenshot(display: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert display.grab().save(str(ARTIFACTS / name))


async def customer_display_at_payment(qtbot, window, server, store_id: int, method: str) -> QWidget:
    """The customer window of a till with ``customer_display=True``, once ``method`` is chosen
    and the sale sent (the payment screen, or the cash dialog, is up)."""
    display = window.customer_mirror.display
    assert display is not None and display.isVisible()
    display.resize(1024, 768)
    await cart_of(qtbot, window, server, store_id)
    fill_customer(qtbot, window)
    choose_method(window, method)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    return display


@pytest.mark.asyncio
async def test_the_customer_window_shows_the_va_number_to_transfer_to(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path, customer_display=True) as window:
        display = await customer_display_at_payment(qtbot, window, server, KOPI, "va_bca")
        await wait_for(window.payment_view.isVisible, what="payment screen")
        order = only_order(server)
        number = order["pg_payment_info"]["payment_method"]["virtual_account"]["channel_properties"][
            "virtual_account_number"
        ]
        await wait_for(lambda: display.state() == "payment", what="payment on the customer window")
        shown = shown_on(display, "customerVaNumber")
        assert shown is not None and shown.replace(" ", "") == number and " " in shown  # in groups
        assert "BCA" in (shown_on(display, "customerMethod") or "")
        assert child(display, QLabel, "customerTotal").text() == rupiah(int(order["gross_revenue"]))
        # Only what applies to a VA: no QR, no bank accounts, no cash.
        assert not child(display, QWidget, "customerQr").isVisibleTo(display)
        for name in ("customerBankAccounts", "customerCashTendered", "customerCashChange"):
            assert shown_on(display, name) is None, name
        save_screenshot(display, "customer-window-va.png")


@pytest.mark.asyncio
async def test_the_customer_window_shows_the_bank_accounts_for_a_transfer(qtbot, server, tmp_path):
    store = store_of(server, KOPI)
    accounts = [a for a in store.payment_accounts if a.is_active and a.account_number]
    assert accounts
    async with cashier_window(server, tmp_path, customer_display=True) as window:
        display = await customer_display_at_payment(qtbot, window, server, KOPI, "bank_transfer")
        await wait_for(window.payment_view.isVisible, what="payment screen")
        number = accounts[0].account_number
        await wait_for(lambda: number in (shown_on(display, "customerBankAccounts") or ""),
                       what="accounts on the customer window")  # fmt: skip
        shown = shown_on(display, "customerBankAccounts")
        assert shown == "\n".join(window.payment_view.transfer_accounts())  # the cashier's very lines
        for account in accounts:
            assert f"{account.account_number} a.n. {account.account_holder}" in shown
        assert shown_on(display, "customerAccountsCaption")
        order = only_order(server)
        assert child(display, QLabel, "customerTotal").text() == rupiah(int(order["gross_revenue"]))
        assert shown_on(display, "customerVaNumber") is None
        save_screenshot(display, "customer-window-transfer.png")


@pytest.mark.asyncio
async def test_the_customer_window_shows_cash_tendered_and_change_then_lunas(qtbot, server, tmp_path):
    price(server, OLEH, 90_000)
    async with cashier_window(server, tmp_path, customer_display=True) as window:
        # The server takes the "paid" mark only on the third try (seconds later): meanwhile the
        # customer sees what was handed over and what comes back.
        server.faults.fail_next(2, method="POST", path="/v3/orders/change-status", status=503)
        display = await customer_display_at_payment(qtbot, window, server, OLEH, "cash")
        dialog = await dialog_named("cashDialog")
        qtbot.keyClicks(child(dialog, QLineEdit, "cashTendered"), "100.000")
        qtbot.mouseClick(child(dialog, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        await wait_for(lambda: shown_on(display, "customerCashTendered") == "Rp 100.000",
                       what="cash tendered on the customer window")  # fmt: skip
        assert shown_on(display, "customerCashChange") == "Rp 10.000"
        assert shown_on(display, "customerCashCaption") and shown_on(display, "customerChangeCaption")
        assert child(display, QLabel, "customerTotal").text() == "Rp 90.000"
        assert shown_on(display, "customerStatus") is None  # no "waiting for payment" for cash
        # The customer reads Indonesian, whatever language the cashier's screen speaks.
        assert child(window, QLabel, "paymentMethodName").text() == "Cash"
        assert shown_on(display, "customerMethod") == "Tunai"
        save_screenshot(display, "customer-window-cash.png")
        await wait_for(lambda: display.state() == "paid", timeout=15, what="LUNAS once the mark lands")
        assert "LUNAS" in child(display, QLabel, "customerDoneTitle").text()


@pytest.mark.asyncio
async def test_saving_settings_keeps_the_customer_display_the_configuration_forces_on(
    qtbot, server, tmp_path
):
    # AppConfig.customer_display opens the customer window whatever the settings file says;
    # the file here says off, and saving Settings must not close the window.
    saved = AppSettings(base_url=server.base_url, training_mode=True, customer_display=False)
    SettingsStore(tmp_path / "config").save(saved)
    async with cashier_window(server, tmp_path, customer_display=True) as window:
        display = window.customer_mirror.display
        assert display is not None and display.isVisible()
        window.activateWindow()
        await wait_for(window.isActiveWindow, what="till active")
        qtbot.keyClick(window, Qt.Key.Key_F10)
        dialog = await dialog_named("settingsDialog")
        assert not child(dialog, QCheckBox, "customerDisplayCheck").isChecked()
        qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: not dialog.isVisible(), what="settings saved")
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(lambda: notice.isVisible() and "Settings saved" in notice.text(), what="applied")
        assert window.customer_mirror.display is display and display.isVisible()
        # ... and it still follows the sale.
        store = await cart_of(qtbot, window, server, KOPI)
        names = [name for _qty, name, _total in display.shown_lines()]
        assert names == [store.digital_variants()[0].fullname]


async def save_settings_with_customer_display(qtbot, window, on: bool) -> None:
    window.activateWindow()
    await wait_for(window.isActiveWindow, what="till active")
    qtbot.keyClick(window, Qt.Key.Key_F10)
    dialog = await dialog_named("settingsDialog")
    child(dialog, QCheckBox, "customerDisplayCheck").setChecked(on)
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    await wait_for(lambda: not dialog.isVisible(), what="settings saved")


@pytest.mark.asyncio
async def test_without_the_configuration_the_settings_turn_the_customer_display_on_and_off(
    qtbot, server, tmp_path
):
    SettingsStore(tmp_path / "config").save(AppSettings(base_url=server.base_url, training_mode=True))
    async with cashier_window(server, tmp_path) as window:
        assert window.customer_mirror.display is None
        await save_settings_with_customer_display(qtbot, window, True)
        mirror = window.customer_mirror
        await wait_for(lambda: mirror.display is not None and mirror.display.isVisible(), what="shown")
        display = mirror.display
        await save_settings_with_customer_display(qtbot, window, False)
        await wait_for(lambda: not display.isVisible(), what="hidden by the settings")
