"""The order history pane: today's sales (or another day's), searchable, with what became of them.

The rows come from the local journal, so the list works offline and shows sales that never
reached the server. Payment status is then asked from the server, one order at a time with
a pause, because the API key's budget (100 requests per 10 s) is shared with checkout and
payment polling on every till of the shop.

The pane is split by concern: :mod:`~pos_app.ui.history.history_layout` builds it,
:mod:`~pos_app.ui.history.history_actions` reopens and cancels orders,
:mod:`~pos_app.ui.history.unfinished` settles sales that never became a known order.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine, Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget

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
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.history.history_actions import HistoryOrderActions
from pos_app.ui.history.history_layout import HistoryLayout
from pos_app.ui.history.history_model import STORE, HistoryModel, HistorySortProxy, RowState, method_name
from pos_app.ui.history.unfinished import UnfinishedSaleActions

DATE_DEBOUNCE = 0.4  # seconds: stepping through days with the arrow keys asks once


class HistoryView(HistoryOrderActions, HistoryLayout, RetranslateOnLanguageChange, QWidget):
    """Call :meth:`refresh` when the pane is shown, and await :meth:`aclose` before the loop ends."""

    # The fresh order and its journal entry (store, customer and the till's total).
    reopenRequested = Signal(object, object)
    printRequested = Signal(object, object)  # JournalEntry and the fresh Order (None offline)
    orderRecorded = Signal(object)  # JournalEntry of an unfinished sale now known as an order
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
        # Most tills sell for one store: a column repeating its name only takes the customer's room.
        self.table.setColumnHidden(STORE, len({entry.store_id for entry in entries}) < 2)
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
        self.print_button.setEnabled(idle and entry is not None and entry.has_order)

    def _update_summary(self, *_: object) -> None:
        entries = self.model.entries()
        paid = [e for e in entries if self.model.state_of(e) is RowState.PAID]
        self.summary.setText(
            self.tr("Orders: {count} · Paid: {paid} · Received: {amount}").format(
                count=len(entries), paid=len(paid), amount=format_money(sum(e.amount for e in paid))
            )
        )
        # What came in, by how it was paid. Only paid orders: a waiting QRIS order counted here
        # would make the drawer and the bank statement disagree with this line at closing time.
        totals: dict[str, int] = {}
        for entry in paid:
            name = method_name(entry)
            totals[name] = totals.get(name, 0) + entry.amount
        per_method = "  ·  ".join(f"{name} {format_money(amount)}" for name, amount in sorted(totals.items()))
        self.methods_summary.setText(self.tr("Received by method: {totals}").format(totals=per_method))
        self.methods_summary.setVisible(bool(totals))

    def _say(self, text: Callable[[], str], kind: str = "") -> None:
        # Kept as a callable so that a language switch re-renders the current message.
        self._message = text
        self._empty_hint = False
        self._show_message(text, kind)

    def _show_message(self, text: Callable[[], str], kind: str) -> None:
        self.message.setText(text())
        self.message.setVisible(bool(self.message.text()))
        set_style_property(self.message, "kind", kind)
