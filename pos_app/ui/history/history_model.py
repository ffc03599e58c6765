"""The day's sales as a table: receipt, order number, customer, total and what became of it.

Rows are journal entries (what this till knows for certain); a payment status fetched from
the server is kept beside them and wins when known, because the journal only learns about
a payment when something asks the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from pos_app.api.models import PAID_STATUSES
from pos_app.domain.payment_methods import SETTLED_AT_CREATION
from pos_app.storage.journal import JournalEntry, JournalState, sent_again_as
from pos_app.ui.common.money_format import format_money, format_time
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.roles import ObjectRole, SortRole
from pos_app.ui.payment.labels import payment_label

Index = QModelIndex | QPersistentModelIndex

TIME, RECEIPT, ORDER, STORE, CUSTOMER, METHOD, TOTAL, STATUS = range(8)
COLUMN_COUNT = 8

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

CANCELED = "canceled"
CONFLICT = "conflict"
UNPAID = "unpaid"


class RowState(IntEnum):
    """What the cashier needs to know about a sale; the value is also its sort order
    (things that need a look first, finished ones last)."""

    ATTENTION = 0  # the gateway reports a payment conflict
    REJECTED = 1
    UNKNOWN = 2  # sent, no answer: reconciliation is looking for it
    UNSENT = 3
    SENDING = 4
    WAITING = 5  # an order waiting for the customer's payment
    SETTLED = 6  # nothing to pay at the till: COD (the courier collects) or "no payment"
    PAID = 7
    CANCELED = 8
    ABANDONED = 9  # given up by the cashier, with a reason


@dataclass(frozen=True, slots=True)
class LiveStatus:
    """The order's status as the server last reported it."""

    payment_status: str
    status: str


_JOURNAL_STATES = {
    JournalState.CREATED: RowState.UNSENT,  # written but never handed to the network
    JournalState.SENT: RowState.SENDING,
    JournalState.CONFIRMED: RowState.WAITING,
    JournalState.PAID: RowState.PAID,
    JournalState.CANCELED: RowState.CANCELED,
    JournalState.REJECTED: RowState.REJECTED,
    JournalState.UNSENT: RowState.UNSENT,
    JournalState.UNKNOWN: RowState.UNKNOWN,
    JournalState.ABANDONED: RowState.ABANDONED,
}

# Calm, readable on white, and never the only carrier of meaning (the words say it too).
_COLOURS = {
    RowState.ATTENTION: QColor("#b42318"),
    RowState.REJECTED: QColor("#b42318"),
    RowState.UNKNOWN: QColor("#b54708"),
    RowState.UNSENT: QColor("#b54708"),
    RowState.SENDING: QColor("#1849a9"),
    RowState.WAITING: QColor("#1d3b5c"),
    RowState.PAID: QColor("#067647"),
    RowState.CANCELED: QColor("#667085"),
    RowState.ABANDONED: QColor("#667085"),
    RowState.SETTLED: QColor("#067647"),
}


_STATES_WITH_REASON = (RowState.UNSENT, RowState.CANCELED, RowState.ABANDONED)


def method_name(entry: JournalEntry) -> str:
    """How the sale is paid, as the cashier names it (cash is recorded with another method)."""
    return payment_label("cash" if entry.is_cash else entry.payment_method)


def row_state(entry: JournalEntry, live: LiveStatus | None = None) -> RowState:
    """The journal's state, overridden by what the server said when it said something."""
    if live is not None and entry.has_order:
        if live.payment_status in PAID_STATUSES:
            return RowState.PAID
        if live.status == CANCELED:
            return RowState.CANCELED
        if live.payment_status == CONFLICT:
            return RowState.ATTENTION
        if live.payment_status == UNPAID:
            return RowState.WAITING
    state = _JOURNAL_STATES[entry.state]
    if state is RowState.WAITING and entry.payment_method in SETTLED_AT_CREATION and not entry.is_cash:
        return RowState.SETTLED
    return state


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []
        self._rows: dict[str, int] = {}  # receipt -> row
        # Kept across reloads (another day, another search): a receipt names one sale forever.
        self._live: dict[str, LiveStatus] = {}

    # -- changes ---------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {entry.receipt: row for row, entry in enumerate(self._entries)}
        self.endResetModel()

    def update_entry(self, entry: JournalEntry) -> None:
        """Replace the row of ``entry.receipt`` with a newer journal entry (if shown)."""
        row = self._rows.get(entry.receipt)
        if row is None:
            return
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def update_status(self, receipt: str, payment_status: str, status: str) -> None:
        """Record what the server says about the order of ``receipt``."""
        live = LiveStatus(payment_status, status)
        if self._live.get(receipt) == live:
            return
        self._live[receipt] = live
        row = self._rows.get(receipt)
        if row is not None:
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, STATUS))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._entries) - 1, STATUS))

    # -- reading ---------------------------------------------------------------------------
    def entries(self) -> list[JournalEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> JournalEntry:
        return self._entries[row]

    def row_of(self, receipt: str) -> int | None:
        return self._rows.get(receipt)

    def live_status(self, receipt: str) -> LiveStatus | None:
        return self._live.get(receipt)

    def state_of(self, entry: JournalEntry) -> RowState:
        return row_state(entry, self._live.get(entry.receipt))

    def state_text(self, entry: JournalEntry) -> str:
        state = self.state_of(entry)
        if state is RowState.PAID:
            return self.tr("Paid")
        if state is RowState.WAITING and entry.is_cash:
            return self.tr("Cash received – recording…")
        if state is RowState.WAITING:
            return self.tr("Waiting for payment")
        if state is RowState.CANCELED:
            return self.tr("Canceled")
        if state is RowState.ATTENTION:
            return self.tr("Payment needs attention")
        if state is RowState.REJECTED:
            return self.tr("Rejected: {reason}").format(reason=entry.reason or entry.last_error or "")
        if state is RowState.UNSENT:
            return self.tr("Not sent")
        if state is RowState.SENDING:
            return self.tr("Sending…")
        if state is RowState.ABANDONED:
            if (successor := sent_again_as(entry.reason)) is not None:
                return self.tr("Sent again as {receipt}").format(receipt=successor)
            return self.tr("Abandoned: {reason}").format(reason=entry.reason or "")
        if state is RowState.SETTLED:
            if entry.payment_method == "cod":
                return self.tr("COD: paid to the courier")
            return self.tr("No payment needed")
        return self.tr("Unknown – being checked")

    def plain_state_texts(self) -> tuple[str, ...]:
        """Every status that carries no reason: the status column is made wide enough for these."""
        return (
            self.tr("Paid"), self.tr("Waiting for payment"), self.tr("Cash received – recording…"),
            self.tr("Canceled"), self.tr("Payment needs attention"), self.tr("Not sent"),
            self.tr("Sending…"), self.tr("COD: paid to the courier"), self.tr("No payment needed"),
            self.tr("Unknown – being checked"),
        )  # fmt: skip

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Time"),
                self.tr("Receipt"),
                self.tr("Order no."),
                self.tr("Store"),
                self.tr("Customer"),
                self.tr("Method"),
                self.tr("Total"),
                self.tr("Status"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == TOTAL else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == ObjectRole:
            return entry
        if role == SortRole:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == TOTAL else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return _COLOURS[self.state_of(entry)]
        if role == Qt.ItemDataRole.FontRole and column == STATUS and self.state_of(entry) is RowState.PAID:
            font = QFont()  # built here: a QFont needs the QGuiApplication to exist
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(entry, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(entry, column)
        return None

    def _display(self, entry: JournalEntry, column: int) -> str:
        if column == TIME:
            return format_time(entry.created_at)  # the day is chosen above the table
        if column == RECEIPT:
            return entry.receipt
        if column == STORE:
            return entry.store_name
        if column == METHOD:
            return method_name(entry)
        if column == ORDER:
            return entry.order_number or "–"
        if column == CUSTOMER:
            if not entry.customer_phone:
                return entry.customer_name
            return f"{entry.customer_name} · {entry.customer_phone}"
        if column == TOTAL:
            return format_money(entry.amount)
        return self.state_text(entry)

    def _sort_value(self, entry: JournalEntry, column: int) -> object:
        # Raw values, so "Rp 9.000" sorts below "Rp 10.000" and 09.59 before 10.00.
        if column == TIME:
            return entry.created_at.timestamp()
        if column == RECEIPT:
            return entry.seq
        if column == ORDER:
            return entry.order_number or ""
        if column == CUSTOMER:
            return f"{entry.customer_name.casefold()} {entry.customer_phone}"
        if column == STORE:
            return entry.store_name.casefold()
        if column == METHOD:
            return method_name(entry).casefold()
        if column == TOTAL:
            return entry.amount
        return int(self.state_of(entry))

    def _tooltip(self, entry: JournalEntry, column: int) -> str | None:
        if column == STATUS:
            details = [self.state_text(entry)]
            if entry.field_errors:
                details += [f"{field}: {', '.join(msgs)}" for field, msgs in entry.field_errors.items()]
            elif entry.reason and self.state_of(entry) in _STATES_WITH_REASON:
                details.append(entry.reason)
            return "\n".join(details)
        if column == CUSTOMER:
            return f"{entry.customer_name}\n{entry.customer_phone}"
        if column in (STORE, METHOD):
            return self._display(entry, column)  # the cell may end in "…" on a narrow screen
        if column == ORDER and entry.payment_url:
            return entry.payment_url
        return None


class HistorySortProxy(QSortFilterProxyModel):
    """Sorts on :data:`SortRole` (raw values), never on the display strings."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
