"""The cart as a table: a type marker, the name, the quantity (editable), the line total and a
remove column; the unit price rides along in the tooltip and under the total."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.domain.cart import Cart, CartLine, QuantityError, SellableItem
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.roles import ObjectRole, SortRole

Index = QModelIndex | QPersistentModelIndex

KIND, ITEM, QTY, TOTAL, REMOVE = range(5)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class CartModel(QAbstractTableModel):
    cartChanged = Signal()
    editRefused = Signal()  # an edit arrived while the sale is locked (being sent, paid…)

    total_column = TOTAL

    def __init__(
        self, cart: Cart | None = None, parent=None, *, may_edit: Callable[[], bool] = lambda: True
    ) -> None:
        super().__init__(parent)
        self.cart = cart or Cart()
        self.may_edit = may_edit  # the sale decides, not the view that has the focus

    def _editable(self) -> bool:
        if self.may_edit():
            return True
        self.editRefused.emit()
        return False

    # -- changes ---------------------------------------------------------------------------
    def add(self, item: SellableItem, quantity: int = 1) -> int | None:
        if not self._editable():
            return None
        before = len(self.cart)
        row = self.cart.add(item, quantity)
        if len(self.cart) > before:
            self.beginInsertRows(QModelIndex(), row, row)
            self.endInsertRows()
        else:
            self._row_changed(row)
        self.cartChanged.emit()
        return row

    def change_quantity(self, row: int, delta: int) -> None:
        if not self._editable():
            return
        line = self.cart.lines[row]
        new_quantity = line.quantity + delta
        if new_quantity < 1:
            return  # removing is its own action (Del), never a side effect of "-"
        self.cart.set_quantity(row, new_quantity)
        self._row_changed(row)
        self.cartChanged.emit()

    def remove(self, row: int) -> CartLine | None:
        if not self._editable():
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self.cart.remove(row)
        self.endRemoveRows()
        self.cartChanged.emit()
        return line

    def set_cart(self, cart: Cart) -> None:
        self.beginResetModel()
        self.cart = cart
        self.endResetModel()
        self.cartChanged.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self.cart.clear()
        self.endResetModel()
        self.cartChanged.emit()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, REMOVE))

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cart)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", self.tr("Item"), self.tr("Qty"), self.tr("Total"), "")[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == QTY and self.may_edit():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.cart):
            return None
        line = self.cart.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(line, column))
        if role == Qt.ItemDataRole.EditRole and column == QTY:
            return line.quantity
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == TOTAL:
                return _RIGHT
            if column in (QTY, KIND, REMOVE):
                return _CENTER
        if role == ObjectRole:
            return line
        if role == SortRole:
            return (line.item.is_physical, line.item.name, line.quantity, line.total, 0)[column]
        return None

    def _display(self, line: CartLine, column: int) -> str:
        if column == ITEM:
            return line.item.name
        if column == KIND:
            # One letter in a badge: the word would take a whole column at 1024 px.
            if line.item.is_physical:
                return self.tr("P", "physical item marker")
            return self.tr("D", "digital item marker")
        if column == QTY:
            return str(line.quantity)
        if column == TOTAL:
            return format_money(line.total)
        return ""

    def kind_text(self, line: CartLine) -> str:
        return self.tr("Physical: needs shipping") if line.item.is_physical else self.tr("Digital")

    def unit_text(self, line: CartLine) -> str:
        """Under the line total when more than one: "2 × Rp 125.000"."""
        return f"{line.quantity} × {format_money(line.item.price)}" if line.quantity > 1 else ""

    def _spoken(self, line: CartLine, column: int) -> str:
        if column == KIND:
            return self.kind_text(line)
        if column == REMOVE:
            return self.tr("Remove {name}").format(name=line.item.name)
        if column == TOTAL and line.quantity > 1:
            return f"{format_money(line.total)}, {self.unit_text(line)}"
        return self._display(line, column)

    def _tooltip(self, line: CartLine, column: int) -> str:
        if column == REMOVE:
            return self.tr("Remove this line (Delete)")
        if column == QTY:
            return self.tr("− and + change the quantity; double-click to type it")
        return f"{line.item.name}\n{format_money(line.item.price)} · {self.kind_text(line)}"

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != QTY or role != Qt.ItemDataRole.EditRole:
            return False
        if not self._editable():
            return False
        try:
            quantity = int(str(value).strip())
            self.cart.set_quantity(index.row(), quantity)
        except (ValueError, QuantityError):
            return False
        self._row_changed(index.row())
        self.cartChanged.emit()
        return True
