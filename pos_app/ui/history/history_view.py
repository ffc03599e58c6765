"""The order history pane: today's sales (or another day's), searchable, with what became of them.

The rows come from the local journal, so the list works offline and shows sales that never
reached the server. Payment status is then asked from the server, one order at a time with
a pause, because the API key's budget (100 requests per 10 s) is shared with checkout and
payment polling on every till of the shop.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable, Coroutine, Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.api.errors import ApiError, ConflictError
from pos_app.api.models import Order, OrderStatusChange
from pos_app.services.history_status import (
    LOOKUP_PAUSE,
    MAX_LOOKUPS,
    Checked,
    Checking,
    HistoryCheckout,
    HistoryClient,
    HistoryJournal,
    HistoryStatus,
    LookupFailed,
    RateLimited,
    RoundEvent,
)
from pos_app.storage.journal import JournalEntry, JournalState
from pos_app.ui.common.cancel_order import ask_to_cancel, cancel_order
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.money_format import DATE_FORMAT, format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.common.touch import touch_rows
from pos_app.ui.history.history_model import (
    CANCELED,
    CUSTOMER,
    STATUS,
    TIME,
    HistoryModel,
    HistorySortProxy,
    RowState,
    method_name,
)
from pos_app.ui.history.unfinished import UnfinishedSaleActions

DATE_DEBOUNCE = 0.4  # seconds: stepping through days with the arrow keys asks once

_STYLE = """
QLabel#historyMessage { color: #475467; padding: 2px 2px; }
QLabel#historyMessage[kind="error"] { color: #b42318; font-weight: 600; }
QLabel#historyMessage[kind="warning"] { color: #b54708; font-weight: 600; }
QLabel#historyMessage[kind="ok"] { color: #067647; }
QLabel#historySummary { color: #344054; }
QTableView#historyTable::item { padding: 4px 6px; }
"""


class HistoryView(RetranslateOnLanguageChange, QWidget):
    """Call :meth:`refresh` when the pane is shown, and await :meth:`aclose` before the loop ends."""

    # The fresh order and its journal entry (store, customer and the till's total).
    reopenRequested = Signal(object, object)
    printRequested = Signal(object)  # JournalEntry: print its receipt again
    backRequested = Signal()

    def __init__(
        self,
        journal: HistoryJournal,
        client: HistoryClient,
        checkout: HistoryCheckout,
        parent: QWidget | None = None,
        *,
        max_lookups: int = MAX_LOOKUPS,
        lookup_pause: float = LOOKUP_PAUSE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderHistory")
        self._journal = journal
        self._client = client
        self._status = HistoryStatus(
            journal, client, checkout, max_lookups=max_lookups, lookup_pause=lookup_pause
        )
        self._unfinished = UnfinishedSaleActions(self, checkout)
        self._round = TaskSlot()  # the status round: a new refresh cancels the old one
        self._action = TaskSlot()  # reopen / cancel: one at a time, never a double submit
        self._action_busy = False
        self._follow_today = True  # until the cashier picks another day
        self._message: Callable[[], str] = str
        self._empty_hint = False  # the message only says the list is empty
        self.model = HistoryModel(self)
        self.proxy = HistorySortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._wire()
        self.retranslate()
        self._reload()

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(_STYLE)
        self.title = PlainLabel(self, objectName="paneTitle")
        self.date_label = PlainLabel(self, objectName="historyDateLabel")
        self.date = QDateEdit(QDate.currentDate(), self, objectName="historyDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMinimumWidth(140)
        self.date_label.setBuddy(self.date)
        self.search_label = PlainLabel(self, objectName="historySearchLabel")
        self.search = QLineEdit(self, objectName="historySearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.refresh_button = QPushButton(self, objectName="historyRefresh")

        self.table = QTableView(self, objectName="historyTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the buttons instead of walking through its cells.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TIME, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        touch_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

        self.message = PlainLabel(self, objectName="historyMessage")
        self.message.setWordWrap(True)
        self.summary = PlainLabel(self, objectName="historySummary")
        self.reopen_button = QPushButton(self, objectName="historyReopen")
        self.copy_button = QPushButton(self, objectName="historyCopyLink")
        self.print_button = QPushButton(self, objectName="historyPrint")
        self.back_button = QPushButton(self, objectName="historyBack")
        self.methods_summary = PlainLabel(self, objectName="historyMethodTotals")
        self.methods_summary.setWordWrap(True)
        self.cancel_button = QPushButton(self, objectName="historyCancel")
        unfinished = self._unfinished.buttons
        buttons = (self.refresh_button, self.reopen_button, self.copy_button, self.print_button,
                   self.cancel_button, *unfinished)  # fmt: skip
        for button in buttons:
            button.setAutoDefault(True)  # Enter presses the focused button, not only Space

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.date_label)
        filters.addWidget(self.date)
        filters.addSpacing(12)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.refresh_button)
        totals = QHBoxLayout()
        totals.addWidget(self.summary)
        totals.addSpacing(16)
        totals.addWidget(self.methods_summary, 1)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.cancel_button)
        for button in unfinished:
            actions.addWidget(button)
        actions.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(totals)
        layout.addLayout(actions)

        order = (self.date, self.search, self.refresh_button, self.table, self.reopen_button,
                 self.copy_button, self.print_button, self.cancel_button, *unfinished)  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.date.dateChanged.connect(self._date_changed)
        self.search.textChanged.connect(lambda _text: self._reload())
        self.search.returnPressed.connect(self._focus_table)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        # activated = Enter on a row, or a double-click (on every desktop style we ship).
        self.table.activated.connect(lambda _index: self.reopen())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        for signal in (self.model.dataChanged, self.model.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.copy_button.clicked.connect(lambda: self.copy_link())
        self.print_button.clicked.connect(self._print_selected)
        self.back_button.clicked.connect(self.backRequested.emit)
        # Only while the focus is inside the pane: F5 belongs to other screens elsewhere.
        refresh_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_keys.activated.connect(lambda: self.refresh())
        find_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_keys.activated.connect(self._focus_search)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Order history"))
        self.title.setText(self.tr("Order history"))
        self.date_label.setText(self.tr("&Day:"))
        self.date.setAccessibleName(self.tr("Day to show"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Receipt, order number, customer name or phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search receipt, order number, customer name or phone"))
        self.refresh_button.setText(self.tr("&Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh payment status"))
        self.table.setAccessibleName(self.tr("Orders of the day"))
        self.reopen_button.setText(self.tr("Re&open QR (Enter)"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the payment QR of the selected order"))
        self.copy_button.setText(self.tr("Copy &link"))
        self.print_button.setText(self.tr("&Print receipt"))
        self.print_button.setAccessibleName(self.tr("Print the receipt of the selected sale again"))
        self.back_button.setText(self.tr("← Back to the sale (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the sale"))
        self.methods_summary.setAccessibleName(self.tr("Totals per payment method"))
        self.copy_button.setAccessibleName(self.tr("Copy the payment link of the selected order"))
        self.cancel_button.setText(self.tr("&Cancel order"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected unpaid order"))
        self._unfinished.retranslate()
        self.message.setAccessibleName(self.tr("Order history message"))
        self.summary.setAccessibleName(self.tr("Summary of the day"))
        self.model.retranslate()
        self._update_summary()
        self._show_message(self._message, self.message.property("kind") or "")

    # -- public actions ------------------------------------------------------------------
    def refresh(self) -> asyncio.Task:
        """Reload the day from the journal, then ask the server about unfinished orders."""
        if self._follow_today and self.date.date() != QDate.currentDate():
            # The till stayed open past midnight: "today" moved on.
            self.date.blockSignals(True)
            self.date.setDate(QDate.currentDate())
            self.date.blockSignals(False)
        self._reload()
        return self._round.start(self._check_statuses())

    def reopen(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._can_reopen(entry) and not self._action_busy:
            self._action.start(self._reopen(entry))

    def cancel_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._can_cancel(entry) and not self._action_busy:
            self._action.start(self._cancel(entry))

    def copy_link(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.payment_url:
            return
        QGuiApplication.clipboard().setText(entry.payment_url)
        number = entry.order_number or entry.receipt
        self._say(lambda: self.tr("Payment link of order {number} copied.").format(number=number), "ok")

    def selected_entry(self) -> JournalEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ObjectRole)

    def select_receipt(self, receipt: str) -> bool:
        row = self.model.row_of(receipt)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        return True

    def stop(self) -> None:
        """Cancel the status round and any pending action (closing, switching away)."""
        self._round.cancel()
        self._action.cancel()

    async def aclose(self) -> None:
        """Stop, and wait until the tasks have really ended (before the event loop stops)."""
        tasks = [t for t in (self._round.task, self._action.task) if t is not None]
        self.stop()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- for the actions of unfinished sales -----------------------------------------------
    @property
    def action_busy(self) -> bool:
        return self._action_busy

    def start_action(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._action.start(coro)

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """The action buttons are off while a question is open or a request runs."""
        self._set_action_busy(True)
        try:
            yield
        finally:
            self._set_action_busy(False)

    def say(self, text: Callable[[], str], kind: str = "") -> None:
        self._say(text, kind)

    def entry_changed(self, entry: JournalEntry) -> None:
        self.model.update_entry(entry)
        self._update_buttons()

    def reload(self) -> None:
        self._reload()

    # -- loading -------------------------------------------------------------------------
    def _reload(self) -> None:
        keep = self.selected_entry()
        day: date = self.date.date().toPython()
        entries = self._journal.list(day, self.search.text().strip() or None)
        self.model.set_entries(entries)
        if not (keep is not None and self.select_receipt(keep.receipt)) and entries:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if not entries:
            if self.search.text().strip():
                self._say(lambda: self.tr("No order of this day matches the search."))
            else:
                self._say(lambda: self.tr("No orders on this day."))
            self._empty_hint = True
        elif self._empty_hint:
            self._say(str)  # only the "nothing here" hint: other messages stay

    def _date_changed(self, day: QDate) -> None:
        self._follow_today = day == QDate.currentDate()
        self._reload()
        # Stepping through days with the arrow keys would otherwise ask the server each step.
        self._round.start(self._check_statuses(start_delay=DATE_DEBOUNCE))

    # -- the status round ----------------------------------------------------------------
    def _check_statuses(self, start_delay: float = 0.0) -> Coroutine[Any, Any, None]:
        return self._status.check(
            self._open_orders, self._apply_order, self._on_round, start_delay=start_delay
        )

    def _open_orders(self) -> list[JournalEntry]:
        return [
            e for e in self.model.entries()
            if e.has_order and e.state is JournalState.CONFIRMED
            and self.model.state_of(e) not in (RowState.PAID, RowState.CANCELED, RowState.SETTLED)
        ]  # fmt: skip

    def _on_round(self, event: RoundEvent) -> None:
        match event:
            case Checking(done, count):
                self._say(lambda: self.tr("Checking payment status… {done} of {count}").format(
                    done=done, count=count))  # fmt: skip
            case LookupFailed(exc):
                self._say(lambda: self.tr("Payment status not checked. {reason}").format(
                    reason=error_message(exc)), "error")  # fmt: skip
            case RateLimited(retrying=True):
                self._say(lambda: self.tr("Too many requests, will retry"), "warning")
            case RateLimited(retrying=False):
                self._say(lambda: self.tr("Too many requests. Press Refresh to try again."), "warning")
            case Checked(count, left, at):
                clock = at.strftime("%H.%M")
                if left:
                    self._say(lambda: self.tr(
                        "Checked {count} orders at {time}; press Refresh to check {left} more."
                    ).format(count=count, time=clock, left=left))  # fmt: skip
                else:
                    self._say(lambda: self.tr("Payment status checked at {time}.").format(time=clock))

    def _apply_order(self, receipt: str, order: Order | OrderStatusChange) -> None:
        """Show what the server said and settle the journal entry when the order is final."""
        self.model.update_status(receipt, order.payment_status, order.status)
        if (settled := self._status.settle(receipt, order)) is not None:
            self.model.update_entry(settled)

    # -- reopen and cancel ---------------------------------------------------------------
    def _can_reopen(self, entry: JournalEntry) -> bool:
        return entry.has_order and self.model.state_of(entry) is not RowState.CANCELED

    def _can_cancel(self, entry: JournalEntry) -> bool:
        # Only an order nobody has paid: a conflict may mean money arrived.
        return (
            entry.has_order
            and entry.state is JournalState.CONFIRMED
            and self.model.state_of(entry) is RowState.WAITING
        )

    async def _reopen(self, entry: JournalEntry) -> None:
        assert entry.order_pk is not None
        number = entry.order_number or entry.receipt
        order = await self._busy(
            self._client.get_order(entry.order_pk),
            lambda: self.tr("Opening order {number}…").format(number=number),
            lambda reason: self.tr("Order {number} could not be opened. {reason}").format(
                number=number, reason=reason),
        )  # fmt: skip
        if order is None:
            return
        self._apply_order(entry.receipt, order)
        if order.status == CANCELED:
            self._say(lambda: self.tr("Order {number} was canceled; there is nothing to pay.")
                      .format(number=number), "warning")  # fmt: skip
            return
        self._say(str)
        self.reopenRequested.emit(order, entry)

    async def _cancel(self, entry: JournalEntry) -> None:
        assert entry.order_pk is not None
        number = entry.order_number or entry.receipt
        with self.busy():
            ok = await ask_to_cancel(self, number=number, customer=entry.customer_name, total=entry.amount)
        current = self._journal.find(entry.receipt)
        if not ok or current is None or not self._can_cancel(current):
            return  # declined, or paid/canceled while the question was open
        self._say(lambda: self.tr("Canceling order {number}…").format(number=number))
        with self.busy():
            outcome = await cancel_order(self._client, entry.order_pk, number)
        if outcome.change is None:
            self._say(lambda failure=outcome.failure: failure, "error")
            if outcome.maybe_paid:
                self.refresh()  # most likely paid meanwhile: find out now
            return
        self._apply_order(entry.receipt, outcome.change)
        if outcome.change.status == CANCELED:
            self._say(lambda: self.tr("Order {number} canceled.").format(number=number), "ok")
        else:
            self._say(lambda: self.tr("The server did not cancel order {number}.").format(number=number),
                      "error")  # fmt: skip

    async def _busy(
        self,
        call: Coroutine[Any, Any, Any],
        doing: Callable[[], str],
        failed: Callable[[str], str],
    ) -> Any:
        """Run one server call with the action buttons off; None (and a message) on failure."""
        self._set_action_busy(True)
        self._say(doing)
        try:
            return await call
        except ApiError as exc:
            self._say(lambda exc=exc: failed(error_message(exc)), "error")
            if isinstance(exc, ConflictError):
                self.refresh()  # most likely paid meanwhile: find out now
            return None
        finally:
            self._set_action_busy(False)

    # -- presentation --------------------------------------------------------------------
    def _set_action_busy(self, busy: bool) -> None:
        self._action_busy = busy
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        entry = self.selected_entry()
        idle = not self._action_busy
        self.reopen_button.setEnabled(idle and entry is not None and self._can_reopen(entry))
        self.cancel_button.setEnabled(idle and entry is not None and self._can_cancel(entry))
        self._unfinished.update(entry, idle)
        self.copy_button.setEnabled(entry is not None and bool(entry.payment_url))
        self.print_button.setEnabled(entry is not None and entry.has_order)

    def _update_summary(self, *_: object) -> None:
        entries = self.model.entries()
        paid = [e for e in entries if self.model.state_of(e) is RowState.PAID]
        self.summary.setText(
            self.tr("Orders: {count} · Paid: {paid} · Received: {amount}").format(
                count=len(entries), paid=len(paid), amount=format_money(sum(e.amount for e in paid))
            )
        )
        # The day's sales by how they are paid (orders that exist and are not canceled).
        totals: dict[str, int] = {}
        for entry in entries:
            if entry.has_order and self.model.state_of(entry) is not RowState.CANCELED:
                name = method_name(entry)
                totals[name] = totals.get(name, 0) + entry.amount
        self.methods_summary.setText(
            "  ·  ".join(f"{name} {format_money(amount)}" for name, amount in sorted(totals.items()))
        )
        self.methods_summary.setVisible(bool(totals))

    def _print_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.has_order:
            self.printRequested.emit(entry)

    def _say(self, text: Callable[[], str], kind: str = "") -> None:
        # Kept as a callable so that a language switch re-renders the current message.
        self._message = text
        self._empty_hint = False
        self._show_message(text, kind)

    def _show_message(self, text: Callable[[], str], kind: str) -> None:
        self.message.setText(text())
        self.message.setVisible(bool(self.message.text()))
        set_style_property(self.message, "kind", kind)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
