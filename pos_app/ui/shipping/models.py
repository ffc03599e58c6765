"""Qt item models for the shipping dialog: districts, warehouses and courier quotes.

Each model holds domain objects from ``pos_app.api.models`` and answers a raw-value
``SortRole`` so sorting never compares display strings ("Rp 9.000" > "Rp 10.000" as text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from pos_app.api.models import CourierQuote, Location, Page, WarehouseOption
from pos_app.services.shipping import (
    cheapest_and_fastest,
    courier_label,
    etd_sort_key,
    location_label,
    parse_etd,
)
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.roles import ObjectRole, SortRole

__all__ = [
    "CourierTableModel",
    "LocationListModel",
    "ObjectRole",
    "RawSortProxy",
    "SortRole",
    "WarehouseTableModel",
]

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_TIP = Qt.ItemDataRole.ToolTipRole


class LocationListModel(QAbstractListModel):
    """Districts found for one query, one page of 25 at a time.

    The view asks for more through ``canFetchMore``/``fetchMore`` when it scrolls near the
    end; the model only says so (``more_wanted``), and the dialog, which owns the async work,
    answers with :meth:`append_page`.
    """

    more_wanted = Signal(str, str)  # query, cursor

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Location] = []
        self._query = ""
        self._cursor: str | None = None
        self._has_next = False
        self._loading_more = False

    @property
    def query(self) -> str:
        return self._query

    def locations(self) -> list[Location]:
        return list(self._rows)

    def set_page(self, query: str, page: Page[Location]) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = list(page.items)
        self._set_paging(page)
        self.endResetModel()

    def append_page(self, query: str, page: Page[Location]) -> None:
        if query != self._query:
            return  # a page of an older query
        known = {loc.id for loc in self._rows}
        fresh = [loc for loc in page.items if loc.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._set_paging(page)

    def more_failed(self) -> None:
        """Let the view ask again on its next scroll to the end."""
        self._loading_more = False

    def clear(self) -> None:
        self.set_page("", Page(items=()))

    def _set_paging(self, page: Page[Location]) -> None:
        # Without a cursor there is no way to ask for the next page, whatever has_next says.
        self._has_next = bool(page.has_next and page.next_cursor)
        self._cursor = page.next_cursor
        self._loading_more = False

    def row_of(self, location_id: int) -> int | None:
        for row, loc in enumerate(self._rows):
            if loc.id == location_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        loc = self._rows[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return location_label(loc)
        if role == _TIP:
            return plain_tooltip(location_label(loc))
        if role == ObjectRole:
            return loc
        if role == SortRole:
            return location_label(loc).casefold()
        return None

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._has_next and not self._loading_more

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent) or self._cursor is None:
            return
        self._loading_more = True
        self.more_wanted.emit(self._query, self._cursor)


class _TableModel(QAbstractTableModel):
    """Rows of one object type, translated headers, and the roles every table answers.

    Every table says its column titles in ``headers()``. A table without one is refused
    when its class is defined rather than when a view first counts its columns. (Not an
    ``abc.abstractmethod``: Shiboken's metaclass does not combine reliably with ``ABCMeta``,
    and creating a Qt object skips the abstract-method check anyway.)
    """

    headers: Callable[[], list[str]]  # the column titles, in the current language

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "headers", None)):
            raise TypeError(f"{cls.__name__} must define headers()")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def header_tips(self) -> list[str]:
        return []

    def column_alignment(self, column: int) -> Qt.AlignmentFlag:
        """Where a column's texts sit; its header title sits the same way, over them."""
        return _LEFT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # A right-aligned title would sit under the sort arrow (the style sheet draws it at
            # the section's right end), so titles of right-aligned columns are centred.
            return _LEFT if self.column_alignment(section) == _LEFT else _CENTER
        texts = self.headers() if role == _DISPLAY else self.header_tips() if role == _TIP else []
        return texts[section] if 0 <= section < len(texts) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _replace(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def object_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class WarehouseTableModel(_TableModel):
    NAME, CITY, DISTANCE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Warehouse"), self.tr("City"), self.tr("Distance")]

    def set_warehouses(self, warehouses: Sequence[WarehouseOption]) -> None:
        self._replace(warehouses)

    def warehouses(self) -> list[WarehouseOption]:
        return list(self._rows)

    def row_of(self, warehouse_id: int) -> int | None:
        for row, w in enumerate(self._rows):
            if w.id == warehouse_id:
                return row
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        w: WarehouseOption | None = self.object_at(index.row()) if index.isValid() else None
        if w is None:
            return None
        col = index.column()
        if role == ObjectRole:
            return w
        if role == SortRole:
            if col == self.DISTANCE:
                return w.distance_km if w.distance_km is not None else float("inf")
            return (w.name if col == self.NAME else _city(w)).casefold()
        if role == _DISPLAY:
            if col == self.NAME:
                return w.name
            if col == self.CITY:
                return _city(w)
            if w.distance_km is None:
                return self.tr("unknown")
            return self.tr("%1 km").replace("%1", f"{w.distance_km:.1f}".replace(".", ","))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.column_alignment(col)
        return None

    def column_alignment(self, column: int) -> Qt.AlignmentFlag:
        return _RIGHT if column == self.DISTANCE else _LEFT


def _city(w: WarehouseOption) -> str:
    return ", ".join(part for part in (w.city, w.province) if part)


class CourierTableModel(_TableModel):
    COURIER, SERVICE, PRICE, ETD, COD, BADGE = range(6)

    _CHEAP_BG = QColor("#d8f3dc")
    _FAST_BG = QColor("#dbe9ff")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cheapest: int | None = None
        self._fastest: int | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Courier"),
            self.tr("Service"),
            self.tr("Cost"),
            self.tr("Delivery"),
            self.tr("COD"),
            "",  # the badge speaks for itself
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr("Courier company"),
            self.tr("Courier service"),
            self.tr("Shipping cost for this cart"),
            self.tr("Estimated delivery time in days, as the courier gives it"),
            self.tr("Cash on delivery possible"),
            self.tr("Cheapest and fastest choice"),
        ]

    def set_quotes(self, quotes: Sequence[CourierQuote]) -> None:
        self.beginResetModel()
        self._rows = list(quotes)
        self._cheapest, self._fastest = cheapest_and_fastest(self._rows)
        self.endResetModel()

    def quotes(self) -> list[CourierQuote]:
        return list(self._rows)

    def cheapest_id(self) -> int | None:
        return self._cheapest

    def fastest_id(self) -> int | None:
        return self._fastest

    def badges(self, quote: CourierQuote) -> list[str]:
        marks = []
        if quote.courier_service_id == self._cheapest:
            marks.append(self.tr("Cheapest"))
        if quote.courier_service_id == self._fastest:
            marks.append(self.tr("Fastest"))
        return marks

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        q: CourierQuote | None = self.object_at(index.row()) if index.isValid() else None
        if q is None:
            return None
        col = index.column()
        if role == ObjectRole:
            return q
        if role == SortRole:
            return self._sort_value(q, col)
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(q, col)
        if role == _TIP and col in (self.COURIER, self.SERVICE):
            return plain_tooltip(courier_label(q))  # the whole name, where the column cuts it with "…"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.column_alignment(col)
        if col == self.BADGE and q.courier_service_id in (self._cheapest, self._fastest):
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._CHEAP_BG if q.courier_service_id == self._cheapest else self._FAST_BG
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1b4332") if q.courier_service_id == self._cheapest else QColor("#0b3d91")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if col == self.PRICE and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def column_alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == self.PRICE:
            return _RIGHT
        if column in (self.ETD, self.COD):
            return _CENTER
        return _LEFT

    def _display(self, q: CourierQuote, col: int) -> str:
        if col == self.COURIER:
            return q.courier_name
        if col == self.SERVICE:
            return q.service_name
        if col == self.PRICE:
            return format_money(q.cost)
        if col == self.ETD:
            return self.etd_text(q.etd)
        if col == self.COD:
            return self.tr("Yes") if q.is_cod else self.tr("No")
        return " · ".join(self.badges(q))

    def etd_text(self, etd: str) -> str:
        """ "2-3 days", "1 day", "1-3 hours": one wording whatever the courier sent."""
        parsed = parse_etd(etd)
        if parsed is None:
            return etd.strip() or "–"
        span = str(parsed.low) if parsed.low == parsed.high else f"{parsed.low}-{parsed.high}"
        if parsed.unit == "hour":
            text = self.tr("1 hour") if span == "1" else self.tr("%1 hours")
        else:
            text = self.tr("1 day") if span == "1" else self.tr("%1 days")
        return text.replace("%1", span)

    def _sort_value(self, q: CourierQuote, col: int) -> Any:
        if col == self.PRICE:
            return q.cost
        if col == self.ETD:
            best, worst = etd_sort_key(q.etd)
            return best * 10_000_000 + worst  # one int: QVariant round-trips it unchanged
        if col == self.COD:
            return int(q.is_cod)
        if col == self.BADGE:
            # Marked rows first: cheapest and fastest, then cheapest, then fastest.
            return (q.courier_service_id != self._cheapest) * 1 + (q.courier_service_id != self._fastest) * 2
        text = q.courier_name if col == self.COURIER else q.service_name
        return text.casefold()


class RawSortProxy(QSortFilterProxyModel):
    """Sorts on ``SortRole`` only; equal keys keep the source order (stable for the cashier)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a = left.data(SortRole)
        b = right.data(SortRole)
        if a is None or b is None or a == b:
            return left.row() < right.row()
        return bool(a < b)
