"""Today's orders of the store from every channel: the counter's and the web shop's side by side.

Rows come from ``GET /v3/orders`` (store filter, the business day's window on the server's
clock); an order is the counter's when its ``metadata`` carries our receipt number. Nothing
here is in the journal, so offline the pane says so, keeps what it showed, and fills in when
the server answers again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.api.errors import ApiError
from pos_app.api.models import PAID_STATUSES, OrderSummary
from pos_app.domain.business_day import DEFAULT_DAY_CUT, business_day, day_bounds
from pos_app.domain.sales_report import method_group, method_group_label
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.page_sizing import LaidOutWhileHidden
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.roles import ObjectRole, SortRole
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.history.order_table import order_table
from pos_app.ui.shift.common import report_language

RECEIPT_KEY = "pos_receipt_no"  # what checkout writes into every counter order's metadata
RETRY_AFTER = 30.0
TIME, ORDER, CHANNEL, CUSTOMER, METHOD, STATUS, TOTAL = range(7)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_BOLD = QFont()
_BOLD.setBold(True)
Index = QModelIndex | QPersistentModelIndex


class OrdersClient(Protocol):
    """The part of :class:`pos_app.api.client.ScalevClient` this pane uses."""

    def iter_orders(
        self, *, store_id: int | None = None, since: datetime | None = None, until: datetime | None = None
    ) -> AsyncIterator[OrderSummary]: ...

    def server_now(self) -> datetime: ...


def is_counter_order(order: OrderSummary) -> bool:
    return bool(order.metadata.get(RECEIPT_KEY))


@dataclass(frozen=True, slots=True)
class ChannelTotals:
    count: int = 0
    gross: int = 0  # canceled orders left out, as in the day report
    paid: int = 0


def channel_totals(orders: Sequence[OrderSummary], counter: bool) -> ChannelTotals:
    live = [o for o in orders if is_counter_order(o) == counter and o.status != "canceled"]
    paid = sum(o.gross_revenue for o in live if o.payment_status in PAID_STATUSES)
    return ChannelTotals(len(live), sum(o.gross_revenue for o in live), paid)


class ChannelOrdersModel(QAbstractTableModel):
    def __init__(self, parent: QWidget, tz: tzinfo) -> None:
        super().__init__(parent)
        self._orders: list[OrderSummary] = []
        self._tz = tz

    def set_orders(self, orders: Sequence[OrderSummary]) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def orders(self) -> list[OrderSummary]:
        return list(self._orders)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Order"), self.tr("Channel"), self.tr("Customer"), self.tr("Method"),
                self.tr("Status"), self.tr("Total"))[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        order = self._orders[index.row()]
        column = index.column()
        if role == ObjectRole:
            return order
        if role == SortRole:
            if column == TIME:
                return order.created_at.timestamp() if order.created_at else 0.0
            return order.gross_revenue if column == TOTAL else self._text(order, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TOTAL:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == CHANNEL and is_counter_order(order):
            return _BOLD  # the counter's own orders stand out in a list that is mostly the web's
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(order, column)
        return None

    def _text(self, order: OrderSummary, column: int) -> str:
        if column == TIME:
            return order.created_at.astimezone(self._tz).strftime("%H.%M") if order.created_at else ""
        if column == ORDER:
            return order.order_id
        if column == CHANNEL:
            return self.tr("Kasir") if is_counter_order(order) else self.tr("Online")
        if column == CUSTOMER:
            return order.customer_name or ""
        if column == METHOD:
            group = method_group(order.payment_method or "")
            if group == "other":  # payment_link, invoice, card …: the code says more than "Other"
                return order.payment_method or ""
            return method_group_label(group, report_language())
        if column == STATUS:
            if order.status == "canceled":
                return self.tr("Canceled")
            return self.tr("Paid") if order.payment_status in PAID_STATUSES else self.tr("Unpaid")
        return format_money(order.gross_revenue)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._orders:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._orders) - 1, 6))


class OtherChannelsView(RetranslateOnLanguageChange, QWidget):
    """``otherChannelsView``: the table ``otherChannelsTable``, the totals per channel in
    ``otherChannelsSummary`` and the state (loading, offline, checked at) in ``otherChannelsState``.

    Call :meth:`refresh` when the tab is shown; :meth:`set_store` when the cashier switches
    store. Await :meth:`aclose` before the loop ends.
    """

    def __init__(
        self,
        client: OrdersClient,
        parent: QWidget | None = None,
        *,
        tz: tzinfo,
        day_cut: time = DEFAULT_DAY_CUT,
        store_id: int | None = None,
        retry_after: float | None = RETRY_AFTER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("otherChannelsView")
        self._client, self._tz, self._cut = client, tz, day_cut
        self._store_id = store_id
        self._retry_after = retry_after
        self._state: tuple[str, object] = ("idle", None)
        self._day: date | None = None
        self._load = TaskSlot("other channels")
        self._retry = TaskSlot("other channels retry")
        self.model = ChannelOrdersModel(self, tz)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.title = PlainLabel(self, objectName="paneTitle")
        self.state = WrappingLabel(self, "otherChannelsState")
        self.summary = WrappingLabel(self, "otherChannelsSummary")
        self.refreshButton = QPushButton(self, objectName="otherChannelsRefresh")
        self.refreshButton.setMinimumHeight(44)
        self.table = order_table(self, "otherChannelsTable", self.proxy, TIME)
        self.table.setWordWrap(True)  # a channel's own customer names may be long
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refreshButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refreshButton.clicked.connect(lambda: self.refresh())
        # A second tab is laid out only when first shown: until then its wrapped labels would
        # measure at a stale width and make the window grow past the monitor.
        self._sizing = LaidOutWhileHidden(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Orders from all channels today"))
        self.refreshButton.setText(self.tr("&Refresh"))
        self.table.setAccessibleName(self.tr("Today's orders of the counter and the web shop"))
        self.model.retranslate()
        self._show_state()
        self._show_summary()

    # --- loading -------------------------------------------------------------------------

    def set_store(self, store_id: int | None) -> asyncio.Task | None:
        self._store_id = store_id
        self.model.set_orders([])
        self._show_summary()
        return self.refresh()

    def set_day_cut(self, cut: time) -> None:
        self._cut = cut

    def orders(self) -> list[OrderSummary]:
        return self.model.orders()

    def refresh(self) -> asyncio.Task | None:
        """Load today's orders of the store; a newer call replaces a running one."""
        self._retry.cancel()
        if self._store_id is None:
            self._set_state("no_store")
            return None
        store_id = self._store_id
        self._set_state("loading")
        self.refreshButton.setEnabled(False)
        return self._load.start_latest(lambda: self._fetch(store_id), self._loaded, self._failed)

    async def _fetch(self, store_id: int) -> tuple[date, list[OrderSummary]]:
        day = business_day(self._client.server_now(), self._cut, self._tz)
        since, until = day_bounds(day, self._cut, self._tz)
        return day, [o async for o in self._client.iter_orders(store_id=store_id, since=since, until=until)]

    def _loaded(self, result: tuple[date, list[OrderSummary]]) -> None:
        self._day, orders = result
        self.model.set_orders(orders)
        self.refreshButton.setEnabled(True)
        self._set_state("loaded", self._client.server_now())
        self._show_summary()

    def _failed(self, error: ApiError) -> None:
        self.refreshButton.setEnabled(True)
        self._set_state("offline", error)
        if self._retry_after is not None:
            delay = self._retry_after

            async def retry() -> None:
                await asyncio.sleep(delay)
                self.refresh()

            self._retry.start(retry())

    # --- words ---------------------------------------------------------------------------

    def _set_state(self, state: str, detail: object = None) -> None:
        self._state = (state, detail)
        self._show_state()

    def _show_state(self) -> None:
        state, detail = self._state
        texts = {
            "idle": "",
            "no_store": self.tr("Choose a store to see its orders."),
            "loading": self.tr("Loading today's orders from the server…"),
        }
        if state == "loaded" and isinstance(detail, datetime):
            text = self.tr("Orders of {day}, checked at {time}.").format(
                day=self._day.strftime("%d/%m/%Y") if self._day else "",
                time=detail.astimezone(self._tz).strftime("%H.%M"),
            )
        elif state == "offline" and isinstance(detail, ApiError):
            text = self.tr("Offline: {reason} The list fills in when the server answers.").format(
                reason=error_message(detail)
            )
        else:
            text = texts.get(state, "")
        self.state.setText(text)
        set_style_property(self.state, "kind", "error" if state == "offline" else "")

    def _show_summary(self) -> None:
        orders = self.model.orders()
        counter, online = channel_totals(orders, True), channel_totals(orders, False)
        line = self.tr("{channel} – orders: {count}, total {gross}, paid {paid}")
        self.summary.setText("\n".join(
            line.format(channel=name, count=t.count, gross=format_money(t.gross), paid=format_money(t.paid))
            for name, t in ((self.tr("Kasir"), counter), (self.tr("Online"), online))
        ))  # fmt: skip

    async def aclose(self) -> None:
        await self._retry.aclose()
        await self._load.aclose()
