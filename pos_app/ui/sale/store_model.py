"""Stores as a list with logo and name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from pos_app.api.models import Store
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.roles import ObjectRole, SortRole

Index = QModelIndex | QPersistentModelIndex

LOGO_SIZE = QSize(32, 32)
ROW_SIZE = QSize(1, 52)  # narrow: the list gives each row its own width, so long names wrap
_BADGE_COLOURS = ("#0f766e", "#b54708", "#0e7090", "#6941c6", "#c11574", "#3e4784")
_badges: dict[str, QIcon] = {}


def initial_badge(name: str) -> QIcon:
    """A store without a logo (or before it loads) gets its first letter in a coloured
    square of the logo's size, so every name starts at the same place."""
    letter = (name.strip()[:1] or "?").upper()
    colour = _BADGE_COLOURS[sum(map(ord, name)) % len(_BADGE_COLOURS)]
    key = letter + colour
    if key not in _badges:
        pixmap = QPixmap(LOGO_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRect(0, 0, LOGO_SIZE.width(), LOGO_SIZE.height()), 6, 6)
        font = QFont()
        font.setPixelSize(18)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), letter)
        painter.end()
        _badges[key] = QIcon(pixmap)
    return _badges[key]


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
            return plain_tooltip(f"{store.name}\n{store.domain}" if store.domain else store.name)
        if role == Qt.ItemDataRole.SizeHintRole:
            return ROW_SIZE
        if role == Qt.ItemDataRole.DecorationRole:
            logo = self._logos(store.logo_url) if self._logos and store.logo_url else None
            return logo or initial_badge(store.name)
        if role in (ObjectRole,):
            return store
        if role == SortRole:
            return store.name.casefold()
        return None
