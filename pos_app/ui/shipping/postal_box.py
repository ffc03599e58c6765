"""The postal-code box: five digits to type or pick, wide enough to show them whole beside
its drop-down arrow (ui.common.touch_combo)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QSize
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QWidget

from pos_app.ui.common.touch_combo import ARROW_WIDTH, TouchComboBox

SAMPLE = "00000"  # the widest a postal code gets


class PostalCodeBox(TouchComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Enter must not append what was typed to the list of choices.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}")))

    def _width(self) -> int:
        # Five digits, the text cursor and a little air, the field's padding and borders (the
        # style sheet's 8 px and 2 px when focused), and the arrow: never clipped. Measured
        # with the font the style sheet gives, so asked for again after polish.
        text = self.fontMetrics().horizontalAdvance(SAMPLE) + 16
        return text + 2 * (8 + 2) + ARROW_WIDTH

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._width()), hint.height())
