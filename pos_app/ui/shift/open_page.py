"""Open a shift: the cashier's name and the cash already in the drawer, in one step."""

from __future__ import annotations

import logging
import sqlite3
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.shift import Shift
from pos_app.storage.shift_book import ShiftAlreadyOpenError, ShiftBook
from pos_app.storage.sqlite_util import StorageError
from pos_app.ui.common.async_dialogs import wait_finished
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.shift.common import (
    SHIFT_STYLE,
    MoneyEdit,
    auto_default,
    primary,
    set_kind,
    shift_name,
    shop_time,
    touch,
)

log = logging.getLogger(__name__)

_NAME_MAX = 40


class OpenShiftPage(RetranslateOnLanguageChange, QWidget):
    """``shiftCashier``, ``shiftFloat`` and ``shiftOpenButton``; emits the new shift.

    ``tz`` is the shop's time zone (for "opened at" in messages). With ``cancelable`` a
    Cancel button emits :attr:`canceled` (a till that must not sell without a shift hides it).
    """

    shiftOpened = Signal(object)  # Shift
    canceled = Signal()

    def __init__(
        self,
        book: ShiftBook,
        parent: QWidget | None = None,
        *,
        tz: tzinfo,
        cashier: str = "",
        cancelable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftOpenPage")
        self._book = book
        self._tz = tz
        self._error: tuple[str, str] = ("", "")  # what went wrong, and the kind of the message
        self._open_shift: Shift | None = None
        self._build(cashier, cancelable)
        self.retranslate()

    def _build(self, cashier: str, cancelable: bool) -> None:
        self.setStyleSheet(SHIFT_STYLE)
        self.title = PlainLabel(self, objectName="paneTitle")
        self.intro = WrappingLabel(self, "shiftOpenIntro")
        self.intro.setProperty("role", "hint")
        self.cashierLabel = PlainLabel(self)
        self.cashierEdit = QLineEdit(cashier, self, objectName="shiftCashier", maxLength=_NAME_MAX)
        self.floatLabel = PlainLabel(self)
        self.floatEdit = MoneyEdit(self, objectName="shiftFloat")
        self.floatHint = WrappingLabel(self, "shiftFloatHint")
        self.floatHint.setProperty("role", "hint")
        for label in (self.cashierLabel, self.floatLabel):
            label.setProperty("role", "amount")
        self.cashierLabel.setBuddy(self.cashierEdit)
        self.floatLabel.setBuddy(self.floatEdit)
        self.message = WrappingLabel(self, "shiftOpenError")
        self.message.setProperty("role", "banner")
        self.message.hide()
        self.openButton = primary(QPushButton(self, objectName="shiftOpenButton", default=True))
        self.cancelButton = QPushButton(self, objectName="shiftOpenCancel")
        self.cancelButton.setVisible(cancelable)
        touch(self.cashierEdit, self.cancelButton)
        auto_default(self.openButton, self.cancelButton)

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.addWidget(self.cashierLabel, 0, 0)
        form.addWidget(self.cashierEdit, 0, 1)
        form.addWidget(self.floatLabel, 1, 0)
        form.addWidget(self.floatEdit, 1, 1)
        form.addWidget(self.floatHint, 2, 1)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancelButton)
        buttons.addWidget(self.openButton)

        card = QVBoxLayout()
        card.setSpacing(12)
        card.addWidget(self.title)
        card.addWidget(self.intro)
        card.addLayout(form)
        card.addWidget(self.message)
        card.addLayout(buttons)
        holder = QWidget(self, objectName="shiftOpenCard")
        holder.setLayout(card)
        holder.setMinimumWidth(520)
        holder.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.openButton.clicked.connect(self.open_shift)
        self.cancelButton.clicked.connect(self.canceled)
        self.cashierEdit.returnPressed.connect(self.floatEdit.setFocus)
        self.floatEdit.returnPressed.connect(self.open_shift)
        self.cashierEdit.textEdited.connect(self._clear_error)
        self.floatEdit.textEdited.connect(self._clear_error)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Open shift"))
        self.title.setText(self.tr("Open shift"))
        self.intro.setText(
            self.tr(
                "Count the cash in the drawer before the first sale. "
                "Every sale until the close belongs to this shift."
            )
        )
        self.cashierLabel.setText(self.tr("Cashier &name:"))
        self.cashierEdit.setAccessibleName(self.tr("Cashier name"))
        self.cashierEdit.setPlaceholderText(self.tr("Who is at the till"))
        self.floatLabel.setText(self.tr("Starting &cash:"))
        self.floatEdit.setAccessibleName(self.tr("Starting cash in the drawer"))
        self.floatEdit.setPlaceholderText(self.tr("for example 200.000"))
        self.floatHint.setText(self.tr("The notes and coins in the drawer now; 0 if it is empty."))
        self.openButton.setText(self.tr("&Open shift"))
        self.openButton.setAccessibleName(self.tr("Open the shift"))
        self.cancelButton.setText(self.tr("Cancel"))
        self.message.setAccessibleName(self.tr("Problem opening the shift"))
        self._show_error()

    # --- behaviour ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Say at once when this till already has an open shift (another window opened it)."""
        current = self._book.current()
        if current is not None:
            self._set_error("already_open", "warning", current)
        elif self._error[0] == "already_open":
            self._clear_error()
        (self.floatEdit if self.cashierEdit.text().strip() else self.cashierEdit).setFocus()

    def open_shift(self) -> None:
        name = " ".join(self.cashierEdit.text().split())
        amount = self.floatEdit.amount()
        if not name:
            self._set_error("no_name", "error")
            self.cashierEdit.setFocus()
            return
        if amount is None:
            self._set_error("no_float" if self.floatEdit.is_empty() else "bad_float", "error")
            self.floatEdit.setFocus()
            return
        try:
            shift = self._book.open_shift(name, amount)
        except ShiftAlreadyOpenError as exc:
            self._set_error("already_open", "error", exc.shift)
            return
        except (StorageError, sqlite3.Error, OSError):
            log.exception("could not open a shift")
            self._set_error("not_saved", "error")
            return
        self._clear_error()
        self.floatEdit.clear()
        self.shiftOpened.emit(shift)

    def _set_error(self, code: str, kind: str, shift: Shift | None = None) -> None:
        self._error = (code, kind)
        self._open_shift = shift
        self._show_error()

    def _clear_error(self) -> None:
        if self._error[0] != "already_open":
            self._set_error("", "")

    def _show_error(self) -> None:
        code, kind = self._error
        shift = self._open_shift
        texts = {
            "no_name": lambda: self.tr("Enter the cashier's name."),
            "no_float": lambda: self.tr("Enter the starting cash, or 0 if the drawer is empty."),
            "bad_float": lambda: self.tr(
                "The starting cash must be an amount in rupiah, for example 200.000."
            ),
            "not_saved": lambda: self.tr(
                "The shift could not be saved on this computer. "
                "Try again; if it keeps failing, restart Kasir."
            ),
        }
        if code == "already_open" and shift is not None:
            text = self.tr(
                "{shift} is already open: opened by {cashier} on {time}. Close it before opening a new one."
            )
            when = shop_time(shift.opened_at, self._tz)
            text = text.format(shift=shift_name(shift), cashier=shift.cashier, time=when)
        else:
            text = texts[code]() if code in texts else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_kind(self.message, kind)


async def ask_open_shift(
    parent: QWidget | None, book: ShiftBook, *, tz: tzinfo, cashier: str = ""
) -> Shift | None:
    """Show the open page in a dialog (never ``exec()``); the new shift, or None when canceled.

    For "a sale needs an open shift": the sale screen awaits this and goes on with the shift.
    """
    dialog = QDialog(parent, objectName="shiftOpenDialog")
    page = OpenShiftPage(book, dialog, tz=tz, cashier=cashier)
    dialog.setWindowTitle(page.title.text())
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page)
    opened: list[Shift] = []
    page.shiftOpened.connect(lambda shift: (opened.append(shift), dialog.accept()))
    page.canceled.connect(dialog.reject)
    page.refresh()
    try:
        await wait_finished(dialog)
        return opened[0] if opened else None
    finally:
        dialog.deleteLater()
