"""A combo box whose drop-down a finger can hit, with an arrow that stays inside its border.

The app's style sheet gives combo boxes a rounded border and padding but the native arrow
button is then drawn half outside that border (clipped). Styling the drop-down removes the
native arrow, and a style-sheet arrow needs an image file; this box styles its drop-down as
a 40 px touch area and draws the arrow itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

ARROW_WIDTH = 40  # px: the part of the box that opens the list, wide enough for a fingertip
_STYLE = f"""
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: top right; width: {ARROW_WIDTH}px;
    border: none; border-left: 1px solid #c5ccd6; border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
QComboBox::drop-down:pressed, QComboBox::drop-down:on {{ background: #eef1f5; }}
QComboBox::down-arrow {{ image: none; width: 0; height: 0; }}
QComboBox QAbstractItemView::item {{ min-height: 44px; padding: 0 8px; }}
"""


class TouchComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.setStyleSheet(_STYLE)

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
