"""The cart as a table whose quantity column is editable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.domain.cart import Cart, CartLine, QuantityError, SellableItem
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.roles import ObjectRole, SortRole

Index = QModelIndex | QPersistentModelIndex

ITEM, KIND, QTY, PRICE, TOTAL = range(5)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class CartModel(QAbstractTableModel):
    cartChanged = Signal()
    editRefused = Signal()  # an edit arrived while the sale is locked (being sent, paid…)

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
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cart)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Item"), self.tr("Type"), self.tr("Qty"), self.tr("Price"), self.tr("Total"))[section]

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole and column == QTY:
            return line.quantity
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (PRICE, TOTAL):
                return _RIGHT
            if column in (QTY, KIND):
                return _CENTER
        if role == ObjectRole:
            return line
        if role == SortRole:
            return (line.item.name, line.item.is_physical, line.quantity, line.item.price, line.total)[column]
        return None

    def _display(self, line: CartLine, column: int) -> str:
        if column == ITEM:
            return line.item.name
        if column == KIND:
            return self.tr("Physical") if line.item.is_physical else self.tr("Digital")
        if column == QTY:
            return str(line.quantity)
        if column == PRICE:
            return format_money(line.item.price)
        return format_money(line.total)

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
