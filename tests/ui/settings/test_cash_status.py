"""Settings names what a cash sale becomes in the store on the till, and why cash is missing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pos_app.credentials import MemoryCredentialStore
from pos_app.settings import AppSettings
from pos_app.ui.settings.counter_page import StoreMethods
from pos_app.ui.settings.settings_dialog import SettingsDialog
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, child, choose_store
from tests.ui.settings.conftest import ARTIFACTS, SCREEN_AREA, URL, checker, show_page
from tests.ui.settings.test_round_trip import pick
from tests.ui.test_getting_paid import dialog_named


@pytest.fixture
def dialog_for(qtbot, till, hooks):
    def make(store: StoreMethods | None, cash_method: str = "") -> SettingsDialog:
        dialog = SettingsDialog(
            AppSettings(cash_method=cash_method), MemoryCredentialStore({URL: "sk_good"}), checker(), till,
            hooks=hooks, store=store,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.fit_to(SCREEN_AREA)
        show_page(dialog, dialog.counterPage)
        return dialog

    return make


def test_a_store_without_a_manual_method_is_told_why_cash_is_missing(dialog_for) -> None:
    dialog = dialog_for(StoreMethods("Toko <b>Kopi</b>", ("qris", "va_bca")))
    counter = dialog.counterPage
    status = counter.cashMethodStatus
    assert dialog.grab().save(str(ARTIFACTS / "settings-cash-unavailable.png"))
    assert status.isVisible() and status.property("kind") == "warning"
    assert "Cash cannot be offered in Toko <b>Kopi</b>" in status.text()  # the name, as typed
    for method in ("No payment", "Bank transfer", "Cash on delivery (COD)"):
        assert method in status.text()


def test_the_status_follows_the_choice(dialog_for) -> None:
    counter = dialog_for(StoreMethods("Kopi Nusantara", ("qris", "bank_transfer", "cod"))).counterPage
    status = counter.cashMethodStatus
    assert status.text() == "In Kopi Nusantara, cash sales are recorded as Bank transfer."
    assert status.property("kind") == "ok"
    pick(counter.cashMethodCombo, "cod")
    assert status.text() == "In Kopi Nusantara, cash sales are recorded as Cash on delivery (COD)."
    pick(counter.cashMethodCombo, "no_payment")  # not accepted there: the automatic choice
    assert status.text() == "In Kopi Nusantara, cash sales are recorded as Bank transfer."


def test_without_a_store_nothing_is_claimed(dialog_for) -> None:
    assert not dialog_for(None).counterPage.cashMethodStatus.isVisible()


@pytest.mark.asyncio
async def test_settings_opened_from_the_till_speak_of_its_store(qtbot, server, tmp_path) -> None:
    store = next(s for s in server.data.stores if "no_payment" in s.payment_methods)
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        await wait_for(lambda: window.controller.store_methods, what="the store's methods")
        window.activateWindow()
        await wait_for(window.isActiveWindow, what="window active")
        qtbot.keyClick(window, Qt.Key.Key_F10)
        dialog = await dialog_named("settingsDialog")
        status = child(dialog, QLabel, "cashMethodStatus")
        assert status.text() == f"In {store.name}, cash sales are recorded as No payment."
        dialog.reject()
