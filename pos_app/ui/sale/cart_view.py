"""The cart table a cashier can work with one finger: − / + and remove on every line.

The buttons are painted, not widgets per row, and every change still goes through the model,
so the sale decides whether it is allowed. Names stay readable at 1024 px: whole on two
lines or shortened in the middle, where the variant at the end survives.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIntValidator, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pos_app.ui.common.cells import (
    PADDING,
    CellDelegate,
    NameDelegate,
    TwoLineDelegate,
    centred,
    paint_button,
    scaled,
    text_colour,
)
from pos_app.ui.common.fitted_text import fit_lines
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.touch import flick_to_scroll, touch_rows
from pos_app.ui.sale.cart_model import ITEM, KIND, QTY, REMOVE, TOTAL, CartModel
from pos_app.ui.window.scan_router import QUANTITY_FIELD_PROPERTY

Index = QModelIndex | QPersistentModelIndex

MAX_QUANTITY = 9999
ROW_HEIGHT = 52  # two lines of a name, and buttons a finger hits
BUTTON = 40
_KIND_WIDTH = 30
_QTY_WIDTH = 2 * BUTTON + 48
_REMOVE_WIDTH = BUTTON + 8
_LARGEST_TOTAL = "Rp 99.999.999"
_INK = QColor("#101828")
_REMOVE_INK = QColor("#b42318")
_PHYSICAL = QColor("#b54708")
_DIGITAL = QColor("#0e7090")


def stepper_rects(cell: QRect) -> tuple[QRect, QRect, QRect]:
    """The − button, the number and the + button inside a quantity cell."""
    top = cell.top() + (cell.height() - BUTTON) // 2
    minus = QRect(cell.left() + 2, top, BUTTON, BUTTON)
    plus = QRect(cell.right() - 1 - BUTTON, top, BUTTON, BUTTON)
    number = QRect(minus.right() + 1, cell.top(), plus.left() - minus.right() - 1, cell.height())
    return minus, number, plus


def remove_rect(cell: QRect) -> QRect:
    return centred(cell, BUTTON)


def _editable(index: Index) -> bool:
    return bool(index.model().flags(index.siblingAtColumn(QTY)) & Qt.ItemFlag.ItemIsEditable)


class KindDelegate(CellDelegate):
    """A one-letter badge: orange for a parcel that needs shipping, blue for digital."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.paint_background(painter, option, index)
        line = index.data(ObjectRole)
        if line is None:
            return
        rect = centred(option.rect, 22)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_PHYSICAL if line.item.is_physical else _DIGITAL)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setFont(scaled(option.font, 1.0, bold=True))
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data() or ""))
        painter.restore()


class QuantityDelegate(CellDelegate):
    """− quantity +; a double click on the number or Enter types a quantity (digits only,
    marked so the scan router keeps barcodes out of it)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.paint_background(painter, option, index)
        minus, number, plus = stepper_rects(option.rect)
        editable = _editable(index)
        line = index.data(ObjectRole)
        paint_button(painter, minus, "−", option.font, _INK, editable and line.quantity > 1)
        paint_button(painter, plus, "+", option.font, _INK, editable)
        painter.save()
        painter.setFont(scaled(option.font, 1.0, bold=True))
        painter.setPen(text_colour(option))
        painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), str(index.data() or ""))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(1, MAX_QUANTITY, editor))
        editor.setProperty(QUANTITY_FIELD_PROPERTY, True)
        editor.setAccessibleName(self.tr("Quantity"))
        editor.setObjectName("quantityEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(stepper_rects(option.rect)[1].adjusted(1, 4, -1, -4))


class RemoveDelegate(CellDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.paint_background(painter, option, index)
        paint_button(painter, remove_rect(option.rect), "✕", option.font, _REMOVE_INK, _editable(index))


class CartView(QTableView):
    """The cart's table: touch buttons on each line, the keyboard as before (+ − Del Enter)."""

    def __init__(self, model: CartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartView")
        self.setModel(model)
        self._cart = model
        delegates = (
            (KIND, KindDelegate(self)),
            (ITEM, NameDelegate(self)),
            (QTY, QuantityDelegate(self)),
            (TOTAL, TwoLineDelegate(lambda index: model.unit_text(index.data(ObjectRole)), self)),
            (REMOVE, RemoveDelegate(self)),
        )
        for column, delegate in delegates:
            self.setItemDelegateForColumn(column, delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Not AnyKeyPressed: a barcode scanned while the cart has the focus must never
        # start editing a quantity with its first digit. Enter or a double click edits.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        touch_rows(self, ROW_HEIGHT)
        flick_to_scroll(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._size_columns()

    def _size_columns(self) -> None:
        # Fixed widths from the font: sizing to contents lags a new row and walks every line.
        total = QFontMetrics(scaled(self._cell_font(), 1.0, bold=True)).horizontalAdvance(_LARGEST_TOTAL)
        widths = ((KIND, _KIND_WIDTH), (QTY, _QTY_WIDTH), (TOTAL, total + 2 * PADDING + 8),
                  (REMOVE, _REMOVE_WIDTH))  # fmt: skip
        header = self.horizontalHeader()
        for column, width in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_columns()

    def _cell_font(self) -> QFont:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return QFont(option.font)  # a copy: the option's own font dies with the option

    def shown_name(self, row: int) -> str:
        """The product name as this row shows it now: whole, or shortened in the middle."""
        index = self._cart.index(row, ITEM)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        width = NameDelegate.name_rect(option, index).width()
        return fit_lines(str(index.data() or ""), option.font, width, 2)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and self._tapped(index, point):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _tapped(self, index: QModelIndex, point) -> bool:
        cell = self.visualRect(index)
        if index.column() == QTY:
            minus, _number, plus = stepper_rects(cell)
            if minus.contains(point) or plus.contains(point):
                self._cart.change_quantity(index.row(), -1 if minus.contains(point) else +1)
                return True
        if index.column() == REMOVE and remove_rect(cell).contains(point):
            row = index.row()
            if self._cart.remove(row) is not None and self._cart.rowCount():
                self.setCurrentIndex(self._cart.index(min(row, self._cart.rowCount() - 1), ITEM))
            return True
        return False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A quick second tap on − or + is a second tap (its release counts it), not "edit".
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() in (QTY, REMOVE):
            number = stepper_rects(self.visualRect(index))[1]
            if index.column() == REMOVE or not number.contains(event.position().toPoint()):
                event.accept()
                return
        super().mouseDoubleClickEvent(event)
