"""A clear button a finger can hit, for line edits on a touch monitor.

``QLineEdit.setClearButtonEnabled(True)`` draws a 22x18 px button: fine for a mouse, too small
for a cashier's finger. ``add_clear_button`` puts a 36x36 px button inside the field's right
edge instead, and behaves like Qt's own: shown only while there is text (and the field is
editable), never takes the keyboard focus (Tab goes on to the next field), and a click
clears the field and emits ``textEdited("")``, so a search field refreshes as if the cashier
had deleted the text by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLineEdit, QToolButton

SIZE = 36  # px: a fingertip, and still inside a 44 px field
_GAP = 4  # px between the button and the field's right border
_DOT = 22  # px: the drawn circle; the rest of the button is touch area around it
_IDLE = QColor("#98a2b3")
_PRESSED = QColor("#475467")


class ClearButton(QToolButton):
    """The button itself; ``add_clear_button`` creates and places it."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.setObjectName(f"{field.objectName() or 'field'}Clear")
        self.setFixedSize(SIZE, SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # like Qt's: keyboard users select and delete
        self.setCursor(Qt.CursorShape.ArrowCursor)  # not the field's text cursor
        self.clicked.connect(self._clear)
        field.textChanged.connect(self._update_visibility)
        field.installEventFilter(self)
        self._retranslate()
        self._update_visibility()

    def _clear(self) -> None:
        field = self._field
        if field.text():
            field.clear()
            field.textEdited.emit("")  # what Qt's clear button does: listeners see a user edit
        field.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next search at once

    def _update_visibility(self, *_args: object) -> None:
        self.setVisible(bool(self._field.text()) and not self._field.isReadOnly())

    def place(self) -> None:
        """At the field's right edge, centred in its height (again after every resize)."""
        field = self._field
        self.move(field.width() - SIZE - _GAP, (field.height() - SIZE) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field:
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self.place()
            elif kind == QEvent.Type.ReadOnlyChange:
                self._update_visibility()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Clear"))
        self.setAccessibleName(self.tr("Clear"))

    def paintEvent(self, _event: QPaintEvent) -> None:
        # Drawn rather than a scaled icon: crisp at any size and screen scale, and no style
        # draws a frame or hover box around it inside the field.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QRectF(self.rect()).center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_PRESSED if self.isDown() else _IDLE)
        painter.drawEllipse(centre, _DOT / 2, _DOT / 2)
        pen = QPen(QColor("white"), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        arm = _DOT / 5
        painter.drawLine(centre + QPointF(-arm, -arm), centre + QPointF(arm, arm))
        painter.drawLine(centre + QPointF(-arm, arm), centre + QPointF(arm, -arm))


def add_clear_button(field: QLineEdit) -> ClearButton:
    """Give ``field`` a finger-sized clear button in place of Qt's small one.

    The text stops short of the button whether or not it shows, so the text never jumps
    when the first character is typed.
    """
    field.setClearButtonEnabled(False)
    button = ClearButton(field)
    margins = field.textMargins()
    margins.setRight(margins.right() + SIZE)
    field.setTextMargins(margins)
    button.place()
    return button
