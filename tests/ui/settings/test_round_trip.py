"""Every counter, receipt and display setting goes from the dialog into settings.json and back."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from pos_app.credentials import MemoryCredentialStore
from pos_app.settings import AppSettings, SettingsStore
from pos_app.ui.settings.hooks import SettingsHooks
from pos_app.ui.settings.settings_dialog import SettingsDialog, open_settings
from tests.helpers.waiting import wait_for
from tests.ui.settings.conftest import URL, checker, show_page


async def shown_dialog() -> SettingsDialog:
    await wait_for(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), what="dialog")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    return dialog


def pick(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, (combo.objectName(), data)
    combo.setCurrentIndex(index)


def retype(qtbot, field: QWidget, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClicks(field, line)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


@pytest.mark.asyncio
async def test_every_new_setting_round_trips(qtbot, till, hooks: SettingsHooks, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config", system_language=lambda: "id")
    credentials = MemoryCredentialStore({URL: "sk_good"})
    task = asyncio.ensure_future(open_settings(till, store.load(), credentials, checker(), hooks=hooks))
    dialog = await shown_dialog()

    counter = dialog.counterPage
    show_page(dialog, counter)
    pick(counter.dayCutCombo, "04:00")
    pick(counter.cashMethodCombo, "cod")
    retype(qtbot, counter.walkInNameEdit, "Pembeli toko")
    retype(qtbot, counter.transferAccountsEdit, "BCA 1234567890 a.n. Toko Nusantara\nBNI 987654 a.n. Budi")

    receipts = dialog.receiptsPage
    show_page(dialog, receipts)
    pick(receipts.printerEditor.kindCombo, "usb")
    retype(qtbot, receipts.printerEditor.fields.vendorEdit, "04b8")
    retype(qtbot, receipts.printerEditor.fields.productEdit, "0202")
    pick(receipts.receiptWidthCombo, 48)
    click(qtbot, receipts.openDrawerCheck)
    click(qtbot, receipts.autoPrintCheck)
    retype(qtbot, receipts.receiptHeaderEdit, "Toko Nusantara\nJl. Merdeka 17, Bandung")
    retype(qtbot, receipts.receiptFooterEdit, "Terima kasih!")
    display = receipts.displayGroup
    click(qtbot, display.customerDisplayCheck)
    pick(display.customerDisplayScreenCombo, "HDMI-2")
    click(qtbot, display.customerDisplayWindowedCheck)

    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    saved = await asyncio.wait_for(task, 5)
    expected = AppSettings(
        day_cut="04:00",
        cash_method="cod",
        walk_in_name="Pembeli toko",
        transfer_accounts_text="BCA 1234567890 a.n. Toko Nusantara\nBNI 987654 a.n. Budi",
        receipt_printer="usb://04b8:0202",
        receipt_width=48,
        open_drawer=False,
        auto_print=False,
        receipt_header="Toko Nusantara\nJl. Merdeka 17, Bandung",
        receipt_footer="Terima kasih!",
        customer_display=True,
        customer_display_screen="HDMI-2",
        customer_display_windowed=True,
    )
    assert saved == expected
    store.save(saved)
    assert SettingsStore(tmp_path / "config").load() == expected


OWNER = AppSettings(
    base_url="http://127.0.0.1:8765",
    default_store_id=4127,
    terminal_name="KASIR-02",
    language="en",
    cash_method="bank_transfer",
    walk_in_name="",
    transfer_accounts_text="BCA 1234567890 a.n. Toko Nusantara",
    receipt_printer="serial://COM3?baudrate=19200",
    receipt_width=48,
    auto_print=False,
    open_drawer=False,
    receipt_header="Toko Nusantara",
    receipt_footer="Terima kasih",
    customer_display=True,
    customer_display_screen="HDMI-1",
    customer_display_windowed=True,
    day_cut="05:30",
    last_store_id=3288,
    window_geometry="AdnQywADAAA=",
)
# Values no list in the dialog offers: a hand-edited file, a screen unplugged today.
HAND_EDITED = replace(OWNER, cash_method="qris", day_cut="04:15", customer_display_screen="DP-3")


@pytest.mark.parametrize("settings", [AppSettings(), OWNER, HAND_EDITED], ids=["defaults", "owner", "edited"])
def test_the_dialog_shows_what_is_saved_and_save_keeps_it(qtbot, make_dialog, settings: AppSettings) -> None:
    credentials = MemoryCredentialStore({settings.base_url: "sk_good"})
    dialog = make_dialog(settings, credentials)
    counter, receipts = dialog.counterPage, dialog.receiptsPage
    assert counter.dayCutCombo.currentText() == settings.day_cut
    assert counter.cashMethodCombo.currentData() == settings.cash_method
    assert counter.walkInNameEdit.text() == settings.walk_in_name
    assert counter.transferAccountsEdit.toPlainText() == settings.transfer_accounts_text
    assert receipts.printerEditor.specEdit.text() == settings.receipt_printer
    assert receipts.receiptWidthCombo.currentData() == settings.receipt_width
    assert receipts.openDrawerCheck.isChecked() is settings.open_drawer
    assert receipts.autoPrintCheck.isChecked() is settings.auto_print
    assert receipts.receiptHeaderEdit.toPlainText() == settings.receipt_header
    assert receipts.receiptFooterEdit.toPlainText() == settings.receipt_footer
    display = receipts.displayGroup
    assert display.customerDisplayCheck.isChecked() is settings.customer_display
    assert display.customerDisplayScreenCombo.currentData() == settings.customer_display_screen
    assert display.customerDisplayWindowedCheck.isChecked() is settings.customer_display_windowed
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.result_settings() == settings  # nothing changes behind the owner's back


def test_labels_say_what_the_codes_mean(make_dialog) -> None:
    dialog = make_dialog(HAND_EDITED, MemoryCredentialStore({HAND_EDITED.base_url: "sk_good"}))
    methods = dialog.counterPage.cashMethodCombo
    assert [methods.itemText(i) for i in range(methods.count())] == [
        "Automatic: No payment, else Bank transfer", "No payment", "Bank transfer",
        "Cash on delivery (COD)", "QRIS",
    ]  # fmt: skip
    screens = dialog.receiptsPage.displayGroup.customerDisplayScreenCombo
    assert [screens.itemText(i) for i in range(screens.count())] == [
        "Second screen (automatic)", "HDMI-1", "HDMI-2", "DP-3 (not connected)",
    ]  # fmt: skip
    assert dialog.counterPage.cashMethodHint.text().startswith(
        "Scalev has no cash method: a cash sale is recorded with this method and marked paid"
    )


def test_an_empty_walk_in_name_means_a_name_is_required(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    counter = dialog.counterPage
    assert counter.walkInNameEdit.text() == "Pelanggan umum"
    counter.walkInNameEdit.clear()
    assert counter.walkInNameEdit.placeholderText() == "Empty: the cashier must type a name"
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.result_settings() == AppSettings(walk_in_name="")


def test_the_customer_display_choices_follow_its_switch(qtbot, make_dialog) -> None:
    display = make_dialog().receiptsPage.displayGroup
    assert not display.customerDisplayScreenCombo.isEnabled()
    display.customerDisplayCheck.setChecked(True)
    assert display.customerDisplayScreenCombo.isEnabled()
    assert display.customerDisplayWindowedCheck.isEnabled()
