"""Pay-in or pay-out: cash into or out of the drawer without a sale, always with a reason."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.shift import CashMovement, MovementKind, Shift
from pos_app.storage.shift_book import NoOpenShiftError, ShiftBook, ShiftClosedError
from pos_app.storage.sqlite_util import StorageError
from pos_app.ui.common.async_dialogs import wait_finished
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.shift.common import SHIFT_STYLE, MoneyEdit, auto_default, primary, set_kind, shift_name, touch

log = logging.getLogger(__name__)

_REASON_MAX = 120


class CashMovementDialog(RetranslateOnLanguageChange, QDialog):
    """Records one pay-in or pay-out in ``shift`` through :meth:`ShiftBook.add_movement`.

    Passing the shift the screen showed means a dialog left open across a close cannot put
    its cash into the next shift: the book refuses, and the dialog says so.
    """

    movementRecorded = Signal(object)  # CashMovement

    def __init__(
        self,
        book: ShiftBook,
        shift: Shift,
        parent: QWidget | None = None,
        *,
        kind: MovementKind = MovementKind.PAY_OUT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftMovementDialog")
        self._book = book
        self._shift = shift
        self._error = ""
        self._recorded: CashMovement | None = None
        self._build()
        self.retranslate()
        (self.inButton if kind is MovementKind.PAY_IN else self.outButton).setChecked(True)
        self._fill_reasons()
        # Roomy to start with, but never a fixed minimum: an explicit minimum width would
        # override the layout's, and a longer text (a language, the ✓) would be cut.
        hint = self.sizeHint()
        self.resize(max(hint.width(), 560), hint.height())

    def _build(self) -> None:
        self.setStyleSheet(SHIFT_STYLE)
        self.heading = WrappingLabel(self, "shiftMovementHeading")
        self.inButton = QPushButton(self, objectName="shiftMovementIn", checkable=True)
        self.outButton = QPushButton(self, objectName="shiftMovementOut", checkable=True)
        self.kinds = QButtonGroup(self)
        self.kinds.setExclusive(True)
        self.kinds.addButton(self.inButton)
        self.kinds.addButton(self.outButton)
        self.amountLabel = PlainLabel(self)
        self.amountEdit = MoneyEdit(self, objectName="shiftMovementAmount")
        self.reasonLabel = PlainLabel(self)
        self.reasonCombo = TouchComboBox(self, objectName="shiftMovementReason", editable=True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reasonCombo.lineEdit().setMaxLength(_REASON_MAX)
        self.amountLabel.setBuddy(self.amountEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.message = WrappingLabel(self, "shiftMovementError")
        self.message.setProperty("role", "banner")
        self.message.hide()
        self.saveButton = primary(QPushButton(self, objectName="shiftMovementSave", default=True))
        self.cancelButton = QPushButton(self, objectName="shiftMovementCancel")
        touch(self.inButton, self.outButton, self.reasonCombo, self.cancelButton)
        auto_default(self.inButton, self.outButton, self.saveButton, self.cancelButton)

        kinds = QHBoxLayout()
        kinds.addWidget(self.inButton, 1)
        kinds.addWidget(self.outButton, 1)
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.addWidget(self.amountLabel, 0, 0)
        form.addWidget(self.amountEdit, 0, 1)
        form.addWidget(self.reasonLabel, 1, 0)
        form.addWidget(self.reasonCombo, 1, 1)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.saveButton)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(kinds)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.kinds.buttonToggled.connect(lambda *_: (self._fill_reasons(), self._show_kinds()))
        self.saveButton.clicked.connect(self.save)
        self.cancelButton.clicked.connect(self.reject)
        self.amountEdit.textEdited.connect(lambda _text: self._set_error(""))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pay-in / pay-out"))
        self.heading.setText(
            self.tr("Cash into or out of the drawer without a sale, in {shift}.").format(
                shift=shift_name(self._shift)
            )
        )
        self._show_kinds()
        self.amountLabel.setText(self.tr("&Amount:"))
        self.amountEdit.setAccessibleName(self.tr("Amount"))
        self.amountEdit.setPlaceholderText(self.tr("for example 20.000"))
        self.reasonLabel.setText(self.tr("&Reason:"))
        self.reasonCombo.setAccessibleName(self.tr("Reason"))
        self.reasonCombo.lineEdit().setPlaceholderText(self.tr("Choose or type why"))
        self.saveButton.setText(self.tr("Re&cord"))
        self.saveButton.setAccessibleName(self.tr("Record the pay-in or pay-out"))
        self.cancelButton.setText(self.tr("Cancel"))
        self._fill_reasons()
        self._show_error()

    def _show_kinds(self) -> None:
        # The chosen kind is marked in words, not only by its colour and border. (Not in bold:
        # a bold state is drawn wider than the button was sized for, and the text was cut.)
        for button, text in (
            (self.inButton, self.tr("Pay-&in: cash into the drawer")),
            (self.outButton, self.tr("Pay-o&ut: cash out of the drawer")),
        ):
            button.setText(("✓ " if button.isChecked() else "") + text)

    def kind(self) -> MovementKind:
        return MovementKind.PAY_IN if self.inButton.isChecked() else MovementKind.PAY_OUT

    def _reasons(self, kind: MovementKind) -> list[str]:
        if kind is MovementKind.PAY_IN:
            return [self.tr("Buying change"), self.tr("Cash from the owner")]
        return [self.tr("Petty cash"), self.tr("Handed to the owner"), self.tr("Buying change")]

    def _fill_reasons(self) -> None:
        # The typed text stays: switching the kind must not throw away what was written.
        typed = self.reasonCombo.currentText()
        self.reasonCombo.blockSignals(True)
        self.reasonCombo.clear()
        self.reasonCombo.addItems(self._reasons(self.kind()))
        self.reasonCombo.setCurrentIndex(-1)
        self.reasonCombo.setEditText(typed)
        self.reasonCombo.blockSignals(False)

    def save(self) -> None:
        amount = self.amountEdit.amount()
        reason = " ".join(self.reasonCombo.currentText().split())
        if amount is None or amount <= 0:
            self._set_error("amount")
            self.amountEdit.setFocus()
            return
        if not reason:
            self._set_error("reason")
            self.reasonCombo.setFocus()
            return
        try:
            movement = self._book.add_movement(self.kind(), amount, reason, shift_id=self._shift.id)
        except (ShiftClosedError, NoOpenShiftError):
            self._set_error("closed")
            return
        except (StorageError, sqlite3.Error, OSError):
            log.exception("could not record a pay-in or pay-out")
            self._set_error("not_saved")
            return
        self._recorded = movement
        self.movementRecorded.emit(movement)
        self.accept()

    def recorded(self) -> CashMovement | None:
        return self._recorded

    def _set_error(self, code: str) -> None:
        self._error = code
        self._show_error()

    def _show_error(self) -> None:
        texts = {
            "amount": lambda: self.tr("Enter an amount above Rp 0, for example 20.000."),
            "reason": lambda: self.tr("Say why the cash goes in or out, for example petty cash."),
            "closed": lambda: self.tr("{shift} is closed now, so nothing was recorded.").format(
                shift=shift_name(self._shift)
            ),
            "not_saved": lambda: self.tr("It could not be saved on this computer. Try again."),
        }
        text = texts[self._error]() if self._error in texts else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_kind(self.message, "error" if text else "")


async def ask_movement(
    parent: QWidget | None, book: ShiftBook, shift: Shift, *, kind: MovementKind = MovementKind.PAY_OUT
) -> CashMovement | None:
    """Show the dialog without nesting an event loop; the recorded movement, or None."""
    dialog = CashMovementDialog(book, shift, parent, kind=kind)
    try:
        await wait_finished(dialog)
        return dialog.recorded()
    finally:
        dialog.deleteLater()
