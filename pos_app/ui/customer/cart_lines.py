"""The cart as the shopper sees it: the newest lines at the bottom, the one just scanned lit.

Built for a scan every few hundred milliseconds: a fixed pool of row widgets placed by
hand (no layout over the whole list, so a changed text relayouts only its own row), and
only texts that changed are set again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.style import set_style_property
from pos_app.ui.customer import texts
from pos_app.ui.customer.prompt import CustomerLine
from pos_app.ui.customer.style import ScaledFonts
from pos_app.ui.customer.texts import DisplayLanguage

LINE_PIXELS = 30  # the lines' type at 1024×768; read from 1.5 m
ROW_SPACING = 1.55  # row height in lines of text: room for the highlight to breathe


class ElidedLabel(PlainLabel):
    """One line of plain text that ends in "…" when too long, instead of widening the window."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, objectName=name)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setAccessibleName(text)
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)


class CartLineRow(QWidget):
    """``2×   Kopi Gayo 250 gr   Rp 90.000``."""

    def __init__(self, parent: QWidget, fonts: ScaledFonts) -> None:
        super().__init__(parent, objectName="customerLine")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 20, 0)
        layout.setSpacing(18)
        self.quantity = PlainLabel(self, objectName="customerLineQuantity")
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.name = ElidedLabel(self, "customerLineName")
        self.total = PlainLabel(self, objectName="customerLineTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        fonts.add(self.quantity, LINE_PIXELS, bold=True)
        fonts.add(self.name, LINE_PIXELS)
        fonts.add(self.total, LINE_PIXELS, bold=True)
        layout.addWidget(self.quantity)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.total)
        self.fit_quantity_column()

    def fit_quantity_column(self) -> None:
        # Wide enough for "999×", so names start in one column whatever the quantities.
        self.quantity.setFixedWidth(self.quantity.fontMetrics().horizontalAdvance("999×") + 4)

    def show_line(self, line: CustomerLine, *, fresh: bool) -> None:
        quantity = f"{line.quantity}×"
        if self.quantity.text() != quantity:
            self.quantity.setText(quantity)
        self.name.set_full_text(line.name)
        total = format_money(line.line_total)
        if self.total.text() != total:
            self.total.setText(total)
        set_style_property(self, "fresh", fresh)


def visible_window(count: int, capacity: int, focus: int | None) -> tuple[int, int]:
    """Which lines ``[start, end)`` fit in ``capacity`` rows, newest at the bottom.

    When the lines do not all fit, one row says how many are hidden above (and, when the
    line just scanned is an older one, another says how many are below), so the shopper
    always sees the line whose quantity just changed.
    """
    if count <= capacity:
        return 0, count
    bottom_start = count - max(1, capacity - 1)
    if focus is None or focus >= bottom_start:
        return bottom_start, count
    end = focus + 1
    start = end - max(1, capacity - 2)
    if start <= 0:
        return 0, max(end, capacity - 1)
    return start, end


class CartLinesArea(QWidget):
    """The list of lines; it fills its height with as many rows as fit."""

    def __init__(self, parent: QWidget, fonts: ScaledFonts, language: DisplayLanguage) -> None:
        super().__init__(parent, objectName="customerLines")
        self._fonts = fonts
        self._language = language
        self._lines: Sequence[CustomerLine] = ()
        self._focus: int | None = None
        self._rows: list[CartLineRow] = []
        self._above = self._marker("customerMoreLines")
        self._below = self._marker("customerMoreLinesBelow")

    def _marker(self, name: str) -> PlainLabel:
        label = PlainLabel(self, objectName=name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fonts.add(label, 22, bold=True)
        label.hide()
        return label

    def row_height(self) -> int:
        return round(self._fonts.pixels(LINE_PIXELS) * ROW_SPACING) + 8

    def capacity(self) -> int:
        return max(3, self.height() // self.row_height())

    def set_lines(self, lines: Sequence[CustomerLine], focus: int | None) -> None:
        """Show ``lines``; ``focus`` is the line the last scan touched (highlighted)."""
        self._lines = lines
        self._focus = focus
        self._fill()

    def shown_lines(self) -> list[tuple[str, str, str]]:
        """(quantity, full name, line total) of the rows on screen, top to bottom."""
        return [
            (row.quantity.text(), row.name.full_text(), row.total.text())
            for row in self._rows
            if not row.isHidden()
        ]

    def fonts_changed(self) -> None:
        for row in self._rows:
            row.fit_quantity_column()
        self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fill()

    def _row(self, index: int) -> CartLineRow:
        while len(self._rows) <= index:
            row = CartLineRow(self, self._fonts)
            row.hide()
            self._rows.append(row)
        return self._rows[index]

    def _fill(self) -> None:
        lines = self._lines
        start, end = visible_window(len(lines), self.capacity(), self._focus)
        height, width = self.row_height(), self.width()
        slot = 0
        if start > 0:
            self._place_marker(self._above, texts.MORE_ABOVE, start, slot, height)
            slot += 1
        else:
            self._above.hide()
        for offset, index in enumerate(range(start, end)):
            row = self._row(offset)
            row.show_line(lines[index], fresh=index == self._focus)
            row.setGeometry(0, slot * height, width, height)
            row.show()
            slot += 1
        for row in self._rows[end - start :]:
            row.hide()
        if end < len(lines):
            self._place_marker(self._below, texts.MORE_BELOW, len(lines) - end, slot, height)
        else:
            self._below.hide()

    def _place_marker(self, label: PlainLabel, source: str, count: int, slot: int, height: int) -> None:
        text = self._language.text(source, count=count)
        if label.text() != text:
            label.setText(text)
        label.setGeometry(0, slot * height, self.width(), height)
        label.show()
