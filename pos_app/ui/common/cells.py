"""Painting table cells for a counter: names on two lines, touch buttons, a second small line.

Painted by delegates rather than widgets per row, so a long cart or catalog scrolls and
repaints as fast as a plain table.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pos_app.ui.common.fitted_text import WRAP, fit_lines

Index = QModelIndex | QPersistentModelIndex

PADDING = 6
MUTED = QColor("#667085")
_BUTTON_FILL = QColor("#f2f4f7")
_BUTTON_OFF = QColor("#f9fafb")
_BUTTON_EDGE = QColor("#c5ccd6")


def centred(cell: QRect, side: int) -> QRect:
    return QRect(cell.center().x() - side // 2 + 1, cell.center().y() - side // 2 + 1, side, side)


def text_rect(cell: QRect) -> QRect:
    return cell.adjusted(PADDING, 2, -PADDING, -2)


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """The style sheet gives pixel sizes, a default font point sizes: scale whichever is set."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(round(font.pixelSize() * factor))
    else:
        result.setPointSizeF(font.pointSizeF() * factor)
    result.setBold(bold)
    return result


def text_colour(option: QStyleOptionViewItem) -> QColor:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    return option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)


def paint_button(painter: QPainter, rect: QRect, glyph: str, font: QFont, ink: QColor, enabled: bool) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_BUTTON_EDGE)
    painter.setBrush(_BUTTON_FILL if enabled else _BUTTON_OFF)
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
    painter.setFont(scaled(font, 1.4, bold=True))
    painter.setPen(ink if enabled else _BUTTON_EDGE)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), glyph)
    painter.restore()


class CellDelegate(QStyledItemDelegate):
    def paint_background(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Selection and alternate colours as the style draws them, without text or icon."""
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        plain.icon = QIcon()
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)


class NameDelegate(CellDelegate):
    """The full name on up to two lines, shortened in the middle only when it must be; the
    item's picture (DecorationRole) before it when the view has an icon size."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.paint_background(painter, option, index)
        rect = self.name_rect(option, index)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon) and not icon.isNull():
            side = option.decorationSize.height()
            icon.paint(painter, QRect(option.rect.left() + PADDING, option.rect.center().y() - side // 2 + 1,
                                      side, side))  # fmt: skip
        painter.save()
        painter.setFont(option.font)
        painter.setPen(text_colour(option))
        text = fit_lines(str(index.data() or ""), option.font, rect.width(), 2)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter) | WRAP, text)
        painter.restore()

    @staticmethod
    def name_rect(option: QStyleOptionViewItem, index: Index) -> QRect:
        rect = text_rect(option.rect)
        widget = option.widget
        if widget is not None and not widget.iconSize().isEmpty():  # type: ignore[attr-defined]
            rect.setLeft(rect.left() + widget.iconSize().width() + PADDING)  # type: ignore[attr-defined]
        return rect


class TwoLineDelegate(CellDelegate):
    """A bold value, right-aligned; a small grey second line under it when there is one
    (``second_line(index)``): "2 × Rp 125.000" under a line total, the SKU under a price."""

    def __init__(self, second_line, parent=None) -> None:
        super().__init__(parent)
        self._second_line = second_line

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.paint_background(painter, option, index)
        rect = text_rect(option.rect)
        right = int(Qt.AlignmentFlag.AlignRight)
        value = str(index.data() or "")
        small = self._second_line(index)
        painter.save()
        painter.setPen(text_colour(option))
        painter.setFont(scaled(option.font, 1.0, bold=True))
        if not small:
            painter.drawText(rect, right | int(Qt.AlignmentFlag.AlignVCenter), value)
        else:
            half = rect.height() // 2
            painter.drawText(rect.adjusted(0, 0, 0, -half), right | int(Qt.AlignmentFlag.AlignBottom), value)
            font = scaled(option.font, 0.85)
            painter.setFont(font)
            painter.setPen(MUTED)
            lower = rect.adjusted(0, half, 0, 0)
            shown = painter.fontMetrics().elidedText(small, Qt.TextElideMode.ElideMiddle, lower.width())
            painter.drawText(lower, right | int(Qt.AlignmentFlag.AlignTop), shown)
        painter.restore()
