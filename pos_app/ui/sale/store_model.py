"""Stores as a list with logo and name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from pos_app.api.models import Store
from pos_app.ui.common.roles import ObjectRole, SortRole

Index = QModelIndex | QPersistentModelIndex


class StoreListModel(QAbstractListModel):
    def __init__(self, logos: Callable[[str], QIcon | None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._stores: list[Store] = []
        self._logos = logos

    def set_stores(self, stores: Sequence[Store]) -> None:
        self.beginResetModel()
        self._stores = list(stores)
        self.endResetModel()

    def append(self, stores: Sequence[Store]) -> None:
        if not stores:
            return
        first = len(self._stores)
        self.beginInsertRows(QModelIndex(), first, first + len(stores) - 1)
        self._stores.extend(stores)
        self.endInsertRows()

    def stores(self) -> list[Store]:
        return list(self._stores)

    def row_of(self, store_id: int) -> int | None:
        for row, store in enumerate(self._stores):
            if store.id == store_id:
                return row
        return None

    def logo_changed(self, url: str) -> None:
        for row, store in enumerate(self._stores):
            if store.logo_url == url:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stores)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._stores):
            return None
        store = self._stores[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return store.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return store.domain or store.name
        if role == Qt.ItemDataRole.DecorationRole and self._logos and store.logo_url:
            return self._logos(store.logo_url)
        if role in (ObjectRole,):
            return store
        if role == SortRole:
            return store.name.casefold()
        return None
