"""Close a shift: the expected cash explained line by line, the count, the difference and its note."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.shift import CashCount, ExpectedCash, MovementKind, Shift
from pos_app.services.shift_reports import ShiftReports
from pos_app.storage.shift_book import NoteRequiredError, ShiftClosedError, StaleExpectationError
from pos_app.storage.sqlite_util import StorageError
from pos_app.ui.common.async_dialogs import confirm
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.shift.common import (
    SHIFT_STYLE,
    MoneyEdit,
    auto_default,
    difference_text,
    primary,
    set_kind,
    shop_time,
    touch,
)
from pos_app.ui.shift.count_form import DrawerCountForm
from pos_app.ui.shift.difference_note import DifferenceNote
from pos_app.ui.shift.expected_box import ExpectedCashBox
from pos_app.ui.shift.movement_dialog import ask_movement

log = logging.getLogger(__name__)


class CloseShiftPage(RetranslateOnLanguageChange, QWidget):
    """``shiftCounted`` (the total), ``shiftDifference`` (live) and ``shiftCloseButton``.

    Call :meth:`load` when the page is shown. The count fills ``shiftCounted``; typing a
    total there instead is recorded as a total without the breakdown. Whichever was edited
    last is what the drawer held.
    """

    shiftClosed = Signal(object)  # the closed Shift
    canceled = Signal()

    def __init__(self, reports: ShiftReports, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftClosePage")
        self._reports = reports
        self._shift: Shift | None = None
        self._expected: ExpectedCash | None = None
        self._message: tuple[str, str] = ("", "")
        self._task = TaskSlot("close shift")
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.setStyleSheet(SHIFT_STYLE)
        self.title = PlainLabel(self, objectName="paneTitle")
        self.subtitle = WrappingLabel(self, "shiftCloseSubtitle")
        self.subtitle.setProperty("role", "hint")
        self.expectedBox = ExpectedCashBox(self)
        self.movementButton = QPushButton(self, objectName="shiftMovementButton")
        self.countGroup = QGroupBox(self, objectName="shiftCountGroup")
        self.countForm = DrawerCountForm(self.countGroup)
        self.countedLabel = PlainLabel(self.countGroup)
        self.countedLabel.setProperty("role", "total")
        self.countedEdit = MoneyEdit(self.countGroup, objectName="shiftCounted")
        self.countedLabel.setBuddy(self.countedEdit)
        self.countedHint = WrappingLabel(self.countGroup, "shiftCountedHint")
        self.countedHint.setProperty("role", "hint")
        self.differenceNote = DifferenceNote(self)
        self.noteEdit = self.differenceNote.noteEdit
        self.message = WrappingLabel(self, "shiftCloseMessage")
        self.message.setProperty("role", "banner")
        self.message.hide()
        self.backButton = QPushButton(self, objectName="shiftCloseBack")
        self.closeButton = primary(QPushButton(self, objectName="shiftCloseButton"))
        touch(self.movementButton, self.backButton)
        self.closeButton.setMinimumWidth(220)
        auto_default(self.movementButton, self.backButton, self.closeButton)

        counted = QHBoxLayout()
        counted.addWidget(self.countedLabel, 1)
        counted.addWidget(self.countedEdit, 1)
        count_layout = QVBoxLayout(self.countGroup)
        count_layout.addWidget(self.countForm)
        count_layout.addLayout(counted)
        count_layout.addWidget(self.countedHint)
        count_layout.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.expectedBox)
        left.addWidget(self.movementButton)
        left.addSpacing(6)
        left.addWidget(self.differenceNote)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addWidget(self.countGroup, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.backButton)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.countForm.countChanged.connect(self._count_changed)
        for edited in (self.countForm.countChanged, self.countedEdit.textEdited, self.noteEdit.textEdited):
            edited.connect(self._input_changed)
        self.countedEdit.textChanged.connect(lambda _text: self._show_difference())
        self.movementButton.clicked.connect(lambda: self.record_movement())
        self.backButton.clicked.connect(self.canceled)
        self.closeButton.clicked.connect(lambda: self.close_shift())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Close shift"))
        self._show_title()
        self.movementButton.setText(self.tr("&Pay-in / pay-out…"))
        self.movementButton.setAccessibleName(self.tr("Record a pay-in or pay-out before closing"))
        self.countGroup.setTitle(self.tr("Count the drawer"))
        self.countedLabel.setText(self.tr("Counted cash:"))
        self.countedEdit.setAccessibleName(self.tr("Counted cash, total"))
        # Short: the field is narrow at 1024 px, and the hint under it says the rest.
        self.countedEdit.setPlaceholderText(self.tr("or type the total"))
        self.countedHint.setText(self.tr("Filled in from the count above, or type the total you counted."))
        self.backButton.setText(self.tr("Back"))
        self.closeButton.setText(self.tr("&Close shift"))
        self.closeButton.setAccessibleName(self.tr("Close the shift; it cannot be changed afterwards"))
        self._show_difference()
        self._show_message()

    def _show_title(self) -> None:
        shift = self._shift
        if shift is None:
            self.title.setText(self.tr("Close shift"))
        else:
            self.title.setText(self.tr("Close shift #{number} ({terminal})").format(
                number=shift.number, terminal=shift.terminal))  # fmt: skip
        self.subtitle.setText(
            ""
            if shift is None
            else self.tr("Cashier {cashier}, opened {time}. A closed shift cannot be changed.").format(
                cashier=shift.cashier, time=shop_time(shift.opened_at, self._reports.tz)
            )
        )

    # --- loading --------------------------------------------------------------------------

    def load(self, shift: Shift | None = None) -> bool:
        """Show ``shift`` (default: this till's open shift) with a fresh expectation and count."""
        shift = shift if shift is not None else self._reports.book.current()
        self._shift = shift if shift is not None and shift.is_open else None
        self.countForm.clear()
        self.countedEdit.clear()
        self.differenceNote.clear()
        self._set_message("" if self._shift else "no_shift", "" if self._shift else "warning")
        self.closeButton.setEnabled(self._shift is not None)
        self.movementButton.setEnabled(self._shift is not None)
        self._load_expected()
        self._show_title()
        self.countForm.pieces[100_000].setFocus()
        return self._shift is not None

    def _load_expected(self) -> None:
        shift = self._shift
        self._expected = self._reports.expected_cash(shift) if shift is not None else None
        movements = self._reports.book.movements(shift.id) if shift is not None else []
        sales = self._reports.cash_sales_count(shift) if shift is not None else 0
        self.expectedBox.show_expected(self._expected, movements, sales, self._reports.tz)
        self._show_difference()

    def shift(self) -> Shift | None:
        return self._shift

    def expected(self) -> ExpectedCash | None:
        return self._expected

    # --- the count ------------------------------------------------------------------------

    def _count_changed(self) -> None:
        count = self.countForm.count()
        self.countedEdit.set_amount(None if count is None or self.countForm.is_blank() else count.total)

    def _input_changed(self) -> None:
        # A complaint about the count or the note is answered by editing them.
        if self._message[0] in ("no_count", "bad_count", "note"):
            self._set_message("", "")

    def counted(self) -> CashCount | int | None:
        """What the book records: the count when the total came from it, else the typed total."""
        total = self.countedEdit.amount()
        if total is None:
            return None
        count = self.countForm.count()
        if count is not None and count.total == total and not self.countForm.is_blank():
            return count
        return total

    def difference(self) -> int | None:
        total = self.countedEdit.amount()
        return None if total is None or self._expected is None else self._expected.difference(total)

    def _show_difference(self) -> None:
        self.differenceNote.set_difference(self.difference())

    # --- actions --------------------------------------------------------------------------

    def record_movement(self) -> asyncio.Task | None:
        if self._shift is None or self._task.running:
            return None
        return self._task.start(self._record_movement(self._shift))

    async def _record_movement(self, shift: Shift) -> None:
        kind = MovementKind.PAY_OUT
        if await ask_movement(self, self._reports.book, shift, kind=kind) is not None:
            self._load_expected()
            self._set_message("", "")

    def close_shift(self) -> asyncio.Task | None:
        if self._shift is None or self._task.running:
            return None
        return self._task.start(self._close(self._shift))

    async def _close(self, shift: Shift) -> None:
        counted, expected, difference = self.counted(), self._expected, self.difference()
        if counted is None or expected is None or difference is None:
            self._set_message("no_count" if self.countedEdit.is_empty() else "bad_count", "error")
            self.countedEdit.setFocus()
            return
        note = self.differenceNote.note()
        if difference and not note:
            self._set_message("note", "error")  # before the book refuses it
            self.noteEdit.setFocus()
            return
        words, _kind = difference_text(difference)
        question = self.tr("Close shift #{number} with {counted} counted? {difference}").format(
            number=shift.number, counted=format_money(expected.total + difference), difference=words
        )
        self.closeButton.setEnabled(False)
        try:
            sure = await confirm(
                self,
                self.tr("Close shift"),
                question,
                informative_text=self.tr("A closed shift cannot be changed."),
                ok_text=self.tr("Close shift"),
                cancel_text=self.tr("Keep counting"),
            )
            if sure:
                self._close_in_book(shift, counted, expected, note)
        finally:
            self.closeButton.setEnabled(self._shift is not None)

    def _close_in_book(
        self, shift: Shift, counted: CashCount | int, expected: ExpectedCash, note: str
    ) -> None:
        if self._reports.expected_cash(shift) != expected:
            # A sale, pay-in or pay-out landed while the cashier counted: show the new sum first.
            self._load_expected()
            self._set_message("stale", "warning")
            return
        try:
            closed = self._reports.book.close_shift(shift.id, counted, expected, note)
        except StaleExpectationError:
            self._load_expected()
            self._set_message("stale", "warning")
            return
        except NoteRequiredError:
            self._set_message("note", "error")
            return
        except ShiftClosedError:
            self._set_message("already_closed", "error")
            self._shift = None
            return
        except (StorageError, sqlite3.Error, OSError):
            log.exception("could not close shift %s", shift.id)
            self._set_message("not_saved", "error")
            return
        self._shift = None
        self._set_message("", "")
        self.shiftClosed.emit(closed)

    def _set_message(self, code: str, kind: str) -> None:
        self._message = (code, kind)
        self._show_message()

    def _show_message(self) -> None:
        code, kind = self._message
        texts = {
            "no_shift": lambda: self.tr("No shift is open on this till, so there is nothing to close."),
            "no_count": lambda: self.tr("Count the drawer, or type the counted total, before closing."),
            "bad_count": lambda: self.tr(
                "The counted cash must be an amount in rupiah, for example 310.000."
            ),
            "note": lambda: self.tr("Write a note saying why the cash is short or over, then close."),
            "stale": lambda: self.tr(
                "The expected cash changed while you counted. Check the new figures and press Close again."
            ),
            "already_closed": lambda: self.tr("This shift was already closed, on this or another window."),
            "not_saved": lambda: self.tr("The close could not be saved on this computer. Try again."),
        }
        text = texts[code]() if code in texts else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_kind(self.message, kind)

    async def aclose(self) -> None:
        await self._task.aclose()
