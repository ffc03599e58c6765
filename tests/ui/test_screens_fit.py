"""Issue 13: every screen is fully usable at 1024x768 and 1366x768, in Indonesian and English.

One walk per size and language through the sale page, the payment screen of each kind, the
shipping, cash and help dialogs, History, the shift screens, every Settings page and the
welcome: no text wider than its widget, no table scrolling sideways, nothing a cashier
touches under 44 px, no window larger than the screen (tests.ui.screen_check).
Screenshots of each screen go to tests/artifacts/ (the README shows the 1024x768 ones).
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QWidget

from pos_app.languages import install_language
from pos_app.ui.settings.welcome_dialog import WelcomeDialog
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, child, choose_store, fill_customer, scan
from tests.ui.screen_check import SIZES, ScreenCheck
from tests.ui.test_getting_paid import choose_method, dialog_named
from tests.ui.test_shipping_checkout import shipping_dialog

KOPI = 4127


async def back_to_till(window) -> None:
    window.activateWindow()
    await wait_for(window.isActiveWindow, what="the till active again")


async def walk_everything(qtbot, server, tmp_path, size, language) -> list[str]:
    async with cashier_window(server, tmp_path) as window:
        install_language(QApplication.instance(), language)
        window.resize(*size)
        walk = ScreenCheck(size, language)
        kopi = next(s for s in server.data.stores if s.id == KOPI)
        await choose_store(window, kopi.id)
        await walk.look("sale-empty", window)
        for variant in (kopi.digital_variants() + kopi.physical_variants())[:12]:
            scan(qtbot, window, variant.sku)
        fill_customer(qtbot, window)
        await walk.look("sale-cart", window)
        scan(qtbot, window, "TIDAK-ADA-DI-KATALOG-1234567890")
        await walk.look("sale-unknown-sku", window)

        qtbot.keyClick(window, Qt.Key.Key_F1)
        help_box = await dialog_named("shortcutsHelp")
        help_box.resize(min(help_box.width(), size[0]), min(help_box.height(), size[1]))
        await walk.look("help", help_box)
        help_box.close()
        await back_to_till(window)

        qtbot.keyClick(window, Qt.Key.Key_F5)
        await wait_for(lambda: shipping_dialog() is not None, what="shipping dialog")
        dialog = shipping_dialog()
        assert dialog.width() <= size[0] and dialog.height() <= size[1], "the dialog fits the screen"
        await walk.look("shipping", dialog)
        dialog.reject()
        await back_to_till(window)

        # A digital sale paid by VA, then the other payment screens.
        window.new_sale()
        scan(qtbot, window, kopi.digital_variants()[0].sku)
        fill_customer(qtbot, window)
        for method, screen in (("qris", "payment-qris"), ("va_bca", "payment-va"),
                               ("bank_transfer", "payment-transfer")):  # fmt: skip
            choose_method(window, method)
            qtbot.keyClick(window, Qt.Key.Key_F12)
            await wait_for(window.payment_view.isVisible, what=screen)
            await walk.look(screen, window)
            if method == "qris":
                server.mark_paid(server.orders()[-1]["id"])
                await wait_for(lambda: child(window, QWidget, "paymentStatus").property("status") == "paid",
                               what="paid")  # fmt: skip
                await walk.look("payment-paid", window)
            window.payment_view.newSaleRequested.emit()  # New sale: paid or left open in History
            scan(qtbot, window, kopi.digital_variants()[0].sku)
            fill_customer(qtbot, window)

        choose_method(window, "cash")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        cash = await dialog_named("cashDialog")
        await walk.look("cash-step", cash)
        cash.reject()
        await back_to_till(window)

        qtbot.keyClick(window, Qt.Key.Key_F8)
        await wait_for(lambda: window.history_view.model.rowCount() > 0, what="history")
        await walk.look("history", window)
        window.go_back()

        window.shift_menu.close_shift()
        await walk.look("shift-close", window)
        window.shift_menu.day_report()
        await wait_for(lambda: window.shift_menu.screen.reportView.report() is not None, what="report")
        await walk.look("day-report", window)
        window.back_to_sale()

        await back_to_till(window)
        qtbot.keyClick(window, Qt.Key.Key_F10)
        settings = await dialog_named("settingsDialog")
        tabs = child(settings, QTabWidget, "settingsTabs")
        for index, page in enumerate(("connection", "counter", "receipts", "support")):
            tabs.setCurrentIndex(index)
            await walk.look(f"settings-{page}", settings)
        settings.reject()
        await back_to_till(window)

        welcome = WelcomeDialog(window)
        welcome.show()
        await walk.look("welcome", welcome)
        welcome.close()
        return walk.problems


@pytest.mark.asyncio
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_screen_fits(qtbot, server, tmp_path, size, language):
    problems = await walk_everything(qtbot, server, tmp_path, size, language)
    assert not problems, "\n".join(problems)


@pytest.mark.asyncio
async def test_a_twelve_line_cart_shows_every_name_and_every_total_at_1024(qtbot, server, tmp_path):
    kopi = next(s for s in server.data.stores if s.id == KOPI)
    async with cashier_window(server, tmp_path) as window:
        window.resize(1024, 768)
        await choose_store(window, kopi.id)
        items = (kopi.digital_variants() + kopi.physical_variants())[:12]
        for variant in items:
            scan(qtbot, window, variant.sku)
        await asyncio.sleep(0.05)
        view = window.cart_pane.view
        model = view.model()
        for row in range(model.rowCount()):
            line = window.sale.cart.lines[row]
            shown = view.shown_name(row)
            assert shown == line.item.name or (len(shown.replace("…", "")) >= 20 and "…" in shown), shown
            total = model.index(row, model.total_column).data()
            width = view.fontMetrics().horizontalAdvance(total)
            assert width <= view.columnWidth(model.total_column) - 8, f"{total!r} is cut"
        assert view.horizontalScrollBar().maximum() == 0


@pytest.mark.asyncio
async def test_switching_language_translates_the_messages_on_screen(qtbot, server, tmp_path):
    kopi = next(s for s in server.data.stores if s.id == KOPI)
    async with cashier_window(server, tmp_path) as window:
        install_language(QApplication.instance(), "en")
        await choose_store(window, kopi.id)
        scan(qtbot, window, "NO-SUCH-SKU")
        message = child(window, QLabel, "scanMessage")
        assert message.text().startswith("Unknown SKU")
        child(window, QPushButton, "parkSaleButton").click()  # nothing to park: a notice in the banner
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(notice.isVisible, what="the notice")
        english_notice = notice.text()
        assert english_notice
        install_language(QApplication.instance(), "id")
        await asyncio.sleep(0)
        assert "tidak dikenal" in message.text(), message.text()
        assert notice.text() != english_notice and notice.isVisible(), notice.text()
        assert "LATIHAN" in child(window, QLabel, "trainingBanner").text()
