"""Dialogs that can be awaited from a coroutine without stopping the app.

``QMessageBox.exec()`` and the static ``QMessageBox.question()`` run a nested Qt event loop;
under qasync that freezes every other task (payment polling, catalog loading) until the
dialog closes, and can deadlock. Here the box is shown with ``open()`` and the coroutine
awaits a future that the box's ``finished`` signal resolves.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget


async def wait_finished(dialog: QDialog) -> int:
    """Show ``dialog`` with ``open()`` and wait for its result code without nesting a Qt loop.

    If the awaiting task is cancelled the dialog closes with it: no orphan question stays
    on screen.
    """
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(on_finished)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(on_finished)
        if dialog.isVisible():
            dialog.reject()


CONFIRM_DIALOG = "confirmDialog"
CONFIRM_OK_BUTTON = "confirmOkButton"
CONFIRM_CANCEL_BUTTON = "confirmCancelButton"


async def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    ok_text: str,
    cancel_text: str,
    informative_text: str = "",
    default_ok: bool = False,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """Ask a yes/no question; True only when the OK button was clicked.

    Escape, closing the window and the cancel button all answer False. The safe answer is
    the default button unless ``default_ok``, so a cashier's stray Enter never confirms a
    destructive action. If the awaiting task is cancelled the box closes with it.
    The box has objectName ``confirmDialog`` and its buttons ``confirmOkButton`` and
    ``confirmCancelButton`` (tests and other screens find them by those names).
    """
    box = QMessageBox(parent)
    box.setObjectName(CONFIRM_DIALOG)
    box.setIcon(icon)
    box.setWindowTitle(title)
    # The question may quote an order number or a customer's name: data, never markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative_text:
        box.setInformativeText(informative_text)
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName(CONFIRM_OK_BUTTON)
    ok.setAccessibleName(ok_text)
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName(CONFIRM_CANCEL_BUTTON)
    cancel.setAccessibleName(cancel_text)
    box.setDefaultButton(ok if default_ok else cancel)
    box.setEscapeButton(cancel)

    try:
        await wait_finished(box)
        return box.clickedButton() is ok
    finally:
        box.deleteLater()


ASK_TEXT_DIALOG = "askTextDialog"


async def ask_text(
    parent: QWidget | None,
    title: str,
    label: str,
    *,
    ok_text: str,
    cancel_text: str,
    suggestions: tuple[str, ...] = (),
) -> str | None:
    """Ask for a short text (a reason, a label); None when cancelled or left empty.

    ``suggestions`` fill an editable list, so the usual answers are one key away and any
    other answer can still be typed. The dialog has objectName ``askTextDialog``.
    """
    dialog = QInputDialog(parent)
    dialog.setObjectName(ASK_TEXT_DIALOG)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(ok_text)
    dialog.setCancelButtonText(cancel_text)
    dialog.setAccessibleName(title)
    if suggestions:
        dialog.setComboBoxItems(list(suggestions))
        dialog.setComboBoxEditable(True)
        dialog.setTextValue("")
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)

    try:
        result = await wait_finished(dialog)
        text = dialog.textValue().strip()
        return text if result == QInputDialog.DialogCode.Accepted and text else None
    finally:
        dialog.deleteLater()
