"""Labels for every screen: plain text always, and a wrapping label that claims its height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False, minimum: float = 0) -> QFont:
    """Sizes relative to the desktop font, so a large-font setting makes everything larger."""
    font = QFont(widget.font())
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(base * factor, minimum))
    font.setBold(bold)
    return font


class PlainLabel(QLabel):
    """A label that never interprets its text as HTML.

    QLabel guesses rich text by default, so a product, store, courier or customer name such
    as ``<span style='font-size:72pt'>LUNAS</span>`` would be drawn as markup. Everything we
    show is data or our own plain sentences.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


class WrappingLabel(PlainLabel):
    """A word-wrapped label that claims the height its wrapped text needs.

    A plain wrapped QLabel reports its one-line height as its minimum, so in a narrow
    window the layout squeezes it and neighbours overlap the second line. A boxed message
    gets its room from ``setContentsMargins``, not style-sheet padding: QLabel leaves
    padding out of every size it reports, so the box would clip its own text.
    """

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent, objectName=name)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A style sheet rule chosen by a property ([kind="error"]: bold, padding, a border)
        # arrives after setText(): measure again with the font and margins it brings.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.ContentsRectChange):
            self._claim_height()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim_height()

    def _claim_height(self) -> None:
        # Measured by hand: QLabel.heightForWidth() never answers less than the minimum
        # height, so it cannot tell when the text got shorter again.
        needed = 0
        if self.text():
            area = self.contentsRect()
            text = self.fontMetrics().boundingRect(
                QRect(0, 0, max(area.width(), 1), 100_000), Qt.TextFlag.TextWordWrap, self.text()
            )
            needed = text.height() + (self.height() - area.height())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
