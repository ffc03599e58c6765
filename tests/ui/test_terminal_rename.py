"""A counter renamed in Settings: the next sale and the next shift carry the new name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from pos_app.domain.sales_report import shift_expected_cash
from pos_app.settings import AppSettings, SettingsStore
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, checkout_button, child, choose_store, fill_customer, scan


def settings_dialog():
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "settingsDialog"]
    shown = [w for w in shown if w.isVisible()]
    return shown[0] if shown else None


@pytest.mark.asyncio
async def test_a_terminal_renamed_in_settings_names_the_next_sale_and_shift(qtbot, server, tmp_path):
    SettingsStore(tmp_path / "config").save(AppSettings(training_mode=True))  # no key needed
    async with cashier_window(server, tmp_path) as window:
        book = window.app_context.shifts
        shift = book.current()
        assert shift is not None and shift.terminal == "KASIR-01"
        window.activateWindow()
        await wait_for(window.isActiveWindow, what="the window active")
        qtbot.keyClick(window, Qt.Key.Key_F10)
        await wait_for(lambda: settings_dialog() is not None, what="settings opened")
        dialog = settings_dialog()
        name = child(dialog, QLineEdit, "terminalNameEdit")
        name.clear()
        qtbot.keyClicks(name, "KASIR-DEPAN")
        qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: settings_dialog() is None, what="settings saved")
        window.activateWindow()
        await wait_for(window.isActiveWindow, what="the window active again")

        store = server.data.stores[0]
        await choose_store(window, store.id)
        scan(qtbot, window, store.digital_variants()[0].sku)
        fill_customer(qtbot, window)
        await wait_for(checkout_button(window).isEnabled, what="checkout enabled")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, timeout=20, what="payment screen")

        [order] = server.orders()
        assert order["metadata"]["pos_terminal"] == "KASIR-DEPAN"
        assert order["metadata"]["pos_receipt_no"].startswith("KASIR-DEPAN-")
        [entry] = window.app_context.journal.list()
        assert entry.terminal == "KASIR-DEPAN" and entry.receipt.startswith("KASIR-DEPAN-")
        # The shift open before the rename took the sale (no second shift was asked for)…
        assert entry.shift_id == shift.id and book.current() == shift
        # …and once it is closed, the next one opens under the new name.
        book.close_shift(shift.id, 0, shift_expected_cash(shift, [], []), "")
        assert book.open_shift("Tester", 0).terminal == "KASIR-DEPAN"
