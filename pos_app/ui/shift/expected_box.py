"""The expected cash as a sum the cashier can check: one line per part, then the pay-ins and pay-outs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QWidget

from pos_app.domain.shift import (
    CASH_LABELS,
    MOVEMENT_LABELS,
    CashMovement,
    CashPartKey,
    ExpectedCash,
    Language,
    MovementKind,
)
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.shift.common import report_language

MOVEMENT_LINES = 4  # more would push the count off a 768-pixel screen; the report lists them all

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PART_NAMES = {
    CashPartKey.FLOAT: "shiftExpectedFloat",
    CashPartKey.CASH_SALES: "shiftExpectedCashSales",
    CashPartKey.CASH_REFUNDS: "shiftExpectedRefunds",
    CashPartKey.PAY_INS: "shiftExpectedPayIns",
    CashPartKey.PAY_OUTS: "shiftExpectedPayOuts",
}
_MINUS = frozenset({CashPartKey.CASH_REFUNDS, CashPartKey.PAY_OUTS})


class ExpectedCashBox(RetranslateOnLanguageChange, QGroupBox):
    """Float + cash sales − refunds + pay-ins − pay-outs = ``shiftExpected``, every part shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftExpectedBox")
        self._expected: ExpectedCash | None = None
        self._movements: tuple[CashMovement, ...] = ()
        self._cash_sales = 0
        self._tz: tzinfo | None = None
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self.parts: dict[CashPartKey, PlainLabel] = {}
        self._names: dict[CashPartKey, PlainLabel] = {}
        for row, key in enumerate(_PART_NAMES):
            sign = PlainLabel("" if key is CashPartKey.FLOAT else ("−" if key in _MINUS else "+"), self)
            name = PlainLabel(self)
            name.setProperty("role", "amount")
            amount = PlainLabel(self, objectName=_PART_NAMES[key])
            amount.setAlignment(_RIGHT)
            amount.setProperty("role", "amount")
            self._grid.addWidget(sign, row, 0)
            self._grid.addWidget(name, row, 1)
            self._grid.addWidget(amount, row, 2)
            self.parts[key], self._names[key] = amount, name
        rule = QFrame(self, frameShape=QFrame.Shape.HLine)
        self._grid.addWidget(rule, len(_PART_NAMES), 0, 1, 3)
        self.totalName = PlainLabel(self)
        self.totalName.setProperty("role", "total")
        self.total = PlainLabel(self, objectName="shiftExpected")
        self.total.setProperty("role", "total")
        self.total.setAlignment(_RIGHT)
        row = len(_PART_NAMES) + 1
        self._grid.addWidget(PlainLabel("=", self), row, 0)
        self._grid.addWidget(self.totalName, row, 1)
        self._grid.addWidget(self.total, row, 2)
        self.movementLines = PlainLabel(self, objectName="shiftExpectedMovements")
        self.movementLines.setProperty("role", "hint")
        self.movementLines.setWordWrap(True)
        self._grid.addWidget(self.movementLines, row + 1, 1, 1, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Expected cash in the drawer"))
        self._show()

    def show_expected(
        self, expected: ExpectedCash | None, movements: Sequence[CashMovement], cash_sales: int, tz: tzinfo
    ) -> None:
        self._expected, self._movements = expected, tuple(movements)
        self._cash_sales, self._tz = cash_sales, tz
        self._show()

    def _show(self) -> None:
        language = report_language()
        counts = {
            CashPartKey.CASH_SALES: self._cash_sales,
            CashPartKey.PAY_INS: sum(1 for m in self._movements if m.kind is MovementKind.PAY_IN),
            CashPartKey.PAY_OUTS: sum(1 for m in self._movements if m.kind is MovementKind.PAY_OUT),
        }
        for key, name in self._names.items():
            text = CASH_LABELS[key][language]
            if counts.get(key):
                text += f" ({counts[key]})"
            name.setText(text)
        self.totalName.setText(CASH_LABELS["expected"][language])
        expected = self._expected
        for part in expected.parts if expected is not None else ():
            self.parts[part.key].setText(format_money(part.amount))
        if expected is None:
            for label in self.parts.values():
                label.setText("–")
        self.total.setText(format_money(expected.total) if expected is not None else "–")
        self.setAccessibleDescription(expected.explain(language) if expected is not None else "")
        self.movementLines.setText("\n".join(self._movement_lines(language)))
        self.movementLines.setVisible(bool(self._movements))

    def _movement_lines(self, language: Language) -> list[str]:
        tz = self._tz
        lines = []
        for m in self._movements[-MOVEMENT_LINES:]:
            when = m.at.astimezone(tz).strftime("%H.%M") if tz is not None else ""
            label = MOVEMENT_LABELS[m.kind][language]
            lines.append(f"{when} {label} {format_money(m.amount)}: {m.reason}")
        hidden = len(self._movements) - MOVEMENT_LINES
        if hidden > 0:
            lines.insert(0, self.tr("… and {count} earlier (see the shift report)").format(count=hidden))
        return lines

