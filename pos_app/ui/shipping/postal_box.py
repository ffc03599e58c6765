"""The postal-code box: five digits to type or pick, with a drop-down arrow a finger can hit.

The app's style sheet gives every combo box a border and padding but no drop-down rule, so
Qt draws the native arrow button half outside the rounded border (clipped). Styling the
drop-down removes the native arrow, and a style sheet arrow needs an image file; this box
styles its drop-down as a 40 px touch area and draws the arrow itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QRegularExpression, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

ARROW_WIDTH = 40  # px: the part of the box that opens the list, wide enough for a fingertip
SAMPLE = "00000"  # the widest a postal code gets
_STYLE = f"""
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: top right; width: {ARROW_WIDTH}px;
    border: none; border-left: 1px solid #c5ccd6; border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
QComboBox::drop-down:pressed, QComboBox::drop-down:on {{ background: #eef1f5; }}
QComboBox::down-arrow {{ image: none; width: 0; height: 0; }}
QComboBox QAbstractItemView::item {{ min-height: 44px; padding: 0 8px; }}
"""


class PostalCodeBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Enter must not append what was typed to the list of choices.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}")))
        self.setStyleSheet(_STYLE)

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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        area = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        if area.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#344054") if self.isEnabled() else QColor("#98a2b3"))
        centre = QRectF(area).center()
        half, depth = 6.0, 6.0  # a 12x6 px triangle: plainly an arrow at arm's length
        painter.drawPolygon(
            QPolygonF(
                [
                    centre + QPointF(-half, -depth / 2),
                    centre + QPointF(half, -depth / 2),
                    centre + QPointF(0, depth / 2),
                ]
            )
        )
