"""The drawer counted note by note: one box per denomination, the coins as one amount, a running total."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from pos_app.domain.shift import DENOMINATIONS, CashCount
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.shift.common import MoneyEdit, touch

_MAX_PIECES = 9_999

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PiecesEdit(QLineEdit):
    """How many notes of one value: digits only, empty counts as none.

    A line edit rather than a edit box: the arrows are too small to hit on a touch screen,
    and a styled QSpinBox without them collapses its text to nothing (Qt 6.12).
    """

    def __init__(self, parent: QWidget, *, objectName: str) -> None:
        super().__init__(parent, objectName=objectName)
        self.setValidator(QIntValidator(0, _MAX_PIECES, self))
        self.setMaxLength(len(str(_MAX_PIECES)))
        self.setAlignment(_RIGHT)
        self.setPlaceholderText("0")
        touch(self)

    def value(self) -> int:
        return int(self.text()) if self.text() else 0

    def setValue(self, pieces: int) -> None:
        self.setText(str(pieces) if pieces else "")


class DrawerCountForm(RetranslateOnLanguageChange, QWidget):
    """``shiftCount100000`` … ``shiftCount1000`` (pieces) and ``shiftCoins`` (rupiah)."""

    countChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftCountForm")
        self.pieces: dict[int, PiecesEdit] = {}
        self._row_totals: dict[int, PlainLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self._labels: dict[int, PlainLabel] = {}
        for row, denomination in enumerate(DENOMINATIONS):
            label = PlainLabel(self)
            label.setProperty("role", "amount")
            edit = PiecesEdit(self, objectName=f"shiftCount{denomination}")
            edit.setMinimumWidth(90)
            label.setBuddy(edit)
            total = PlainLabel(self)
            total.setAlignment(_RIGHT)
            total.setProperty("role", "amount")
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(total, row, 2)
            self.pieces[denomination] = edit
            self._row_totals[denomination] = total
            self._labels[denomination] = label
            edit.textChanged.connect(self._changed)
        row = len(DENOMINATIONS)
        self.coinsLabel = PlainLabel(self)
        self.coinsLabel.setProperty("role", "amount")
        self.coinsEdit = MoneyEdit(self, objectName="shiftCoins")
        self.coinsEdit.setMinimumWidth(90)
        self.coinsLabel.setBuddy(self.coinsEdit)
        grid.addWidget(self.coinsLabel, row, 0)
        grid.addWidget(self.coinsEdit, row, 1)
        self.coinsEcho = PlainLabel(self)
        self.coinsEcho.setAlignment(_RIGHT)
        self.coinsEcho.setProperty("role", "amount")
        grid.addWidget(self.coinsEcho, row, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.coinsEdit.textChanged.connect(self._changed)
        self.retranslate()
        self._show_totals()

    def retranslate(self) -> None:
        for denomination, label in self._labels.items():
            text = format_money(denomination)
            if denomination == 1_000:
                text = self.tr("{amount} (note or coin)").format(amount=text)
            label.setText(text + " ×")
            self.pieces[denomination].setAccessibleName(
                self.tr("Pieces of {amount}").format(amount=format_money(denomination))
            )
        self.coinsLabel.setText(self.tr("Other c&oins (total):"))
        self.coinsEdit.setAccessibleName(self.tr("Other coins, total in rupiah"))
        self.coinsEdit.setPlaceholderText("0")

    def count(self) -> CashCount | None:
        """The count, or None while the coins field holds something that is not an amount."""
        coins = 0 if self.coinsEdit.is_empty() else self.coinsEdit.amount()
        if coins is None:
            return None
        return CashCount.of({d: edit.value() for d, edit in self.pieces.items()}, coins=coins)

    def is_blank(self) -> bool:
        return self.coinsEdit.is_empty() and not any(edit.value() for edit in self.pieces.values())

    def clear(self) -> None:
        for edit in self.pieces.values():
            edit.blockSignals(True)
            edit.setValue(0)
            edit.blockSignals(False)
        self.coinsEdit.clear()  # also unmarks a wrong entry, and says the count changed
        self._changed()

    def _changed(self) -> None:
        self._show_totals()
        self.countChanged.emit()

    def _show_totals(self) -> None:
        for denomination, edit in self.pieces.items():
            self._row_totals[denomination].setText(format_money(denomination * edit.value()))
        coins = self.coinsEdit.amount()
        self.coinsEcho.setText(format_money(coins) if coins is not None else "")
