"""Sellable items (variants or bundle options) as a filterable table.

Filtering lives in the model rather than a QSortFilterProxyModel: a proxy calls back
into Python once per row, which is too slow for 30,000 variants per keystroke, while a
list comprehension over pre-folded texts is not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from pos_app.domain.cart import SellableItem
from pos_app.domain.search import matching_rows
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.roles import ObjectRole, SortRole

Index = QModelIndex | QPersistentModelIndex

NAME, SKU, PRICE = range(3)


class SellableModel(QAbstractTableModel):
    def __init__(self, thumbnails: Callable[[str], QIcon | None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._items: list[SellableItem] = []
        self._texts: list[str] = []
        self._visible: list[int] = []
        self._query = ""
        self._thumbnails = thumbnails

    # -- content -------------------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._items, self._texts, self._visible = [], [], []
        self.endResetModel()

    def replace_all(self, items: Sequence[SellableItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [item.search_text for item in self._items]
        self._visible = matching_rows(self._texts, self._query)
        self.endResetModel()

    def append(self, items: Sequence[SellableItem]) -> None:
        """Add a freshly loaded page; rows matching the current search appear at the end."""
        start = len(self._items)
        self._items.extend(items)
        new_texts = [item.search_text for item in items]
        self._texts.extend(new_texts)
        new_rows = [start + row for row in matching_rows(new_texts, self._query)]
        if new_rows:
            first = len(self._visible)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self._visible.extend(new_rows)
            self.endInsertRows()

    def set_query(self, query: str) -> None:
        if query == self._query:
            return
        self._query = query
        self.beginResetModel()
        self._visible = matching_rows(self._texts, query)
        self.endResetModel()

    @property
    def total_count(self) -> int:
        return len(self._items)

    def all_items(self) -> list[SellableItem]:
        return list(self._items)

    def item_at(self, row: int) -> SellableItem:
        return self._items[self._visible[row]]

    def thumbnail_changed(self, url: str) -> None:
        rows = [r for r, i in enumerate(self._visible) if self._items[i].image_url == url]
        for row in rows:
            index = self.index(row, NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Item"), self.tr("SKU"), self.tr("Price"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        item = self._items[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return item.name
            if column == SKU:
                return item.sku
            return format_money(item.price)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and self._thumbnails and item.image_url:
            return self._thumbnails(item.image_url)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = self.tr("physical") if item.is_physical else self.tr("digital")
            return plain_tooltip(f"{item.name} ({kind})\n{item.sku}  {format_money(item.price)}".rstrip())
        if role == ObjectRole:
            return item
        if role == SortRole:
            return (item.name.casefold(), item.sku, item.price)[column]
        return None
