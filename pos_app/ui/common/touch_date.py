"""A date field whose calendar button a finger can hit, with its arrow inside the border.

The same trouble as combo boxes (see :mod:`pos_app.ui.common.touch_combo`): with the app's
rounded field border the native drop-down of a calendar date field is a 16-px strip drawn
half outside the border. This field styles the drop-down as a 40 px touch area, like
``TouchComboBox``, and draws the arrow itself (a style-sheet arrow would need an image file).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QDateEdit

from pos_app.ui.common.touch_combo import ARROW_WIDTH

_STYLE = f"""
QDateEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: top right; width: {ARROW_WIDTH}px;
    border: none; border-left: 1px solid #c5ccd6; border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
QDateEdit::drop-down:pressed, QDateEdit::drop-down:on {{ background: #eef1f5; }}
QDateEdit::down-arrow {{ image: none; width: 0; height: 0; }}
"""


class TouchDateEdit(QDateEdit):
    """A ``QDateEdit`` with its calendar popup on."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setCalendarPopup(True)
        self.setStyleSheet(_STYLE)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#344054") if self.isEnabled() else QColor("#98a2b3"))
        # The drop-down is the right ARROW_WIDTH px from the border in (see _STYLE).
        centre = QRectF(self.width() - ARROW_WIDTH, 0, ARROW_WIDTH, self.height()).center()
        half, depth = 6.0, 6.0  # as TouchComboBox's arrow
        painter.drawPolygon(
            QPolygonF(
                [
                    centre + QPointF(-half, -depth / 2),
                    centre + QPointF(half, -depth / 2),
                    centre + QPointF(0, depth / 2),
                ]
            )
        )
