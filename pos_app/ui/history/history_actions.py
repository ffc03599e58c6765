"""Reopen, cancel, copy and print the order picked in the history: one action at a time.

A mixin of :class:`~pos_app.ui.history.history_view.HistoryView`. Unfinished sales (never a
known order) have their own actions in :mod:`~pos_app.ui.history.unfinished`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication

from pos_app.api.errors import ApiError, ConflictError
from pos_app.storage.journal import JournalEntry, JournalState
from pos_app.ui.common.cancel_order import ask_to_cancel, cancel_order
from pos_app.ui.common.error_text import error_message
from pos_app.ui.history.history_model import CANCELED, RowState

if TYPE_CHECKING:
    from pos_app.ui.history.history_view import HistoryView

    _Base = HistoryView
else:
    _Base = object


class HistoryOrderActions(_Base):
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

    def _print_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.has_order and not self._action_busy:
            self._action.start(self._reprint(entry))

    async def _reprint(self, entry: JournalEntry) -> None:
        """Print the slip again from the server's order: whether it is paid now (and so which QR
        it carries), its total and its courier are the server's, not what this till once knew."""
        assert entry.order_pk is not None
        number = entry.order_number or entry.receipt
        self._set_action_busy(True)
        self._say(lambda: self.tr("Printing the receipt of order {number}…").format(number=number))
        order = None
        try:
            order = await self._client.get_order(entry.order_pk)
        except ApiError as exc:
            # Offline the slip still comes out, from this till's record; the cashier is told.
            self._say(lambda exc=exc: self.tr(
                "Order {number} could not be checked with the server, so the receipt shows this "
                "till's record. {reason}").format(number=number, reason=error_message(exc)),
                "warning")  # fmt: skip
        finally:
            self._set_action_busy(False)
        if order is not None:
            self._apply_order(entry.receipt, order)
            self._say(str)
        self.printRequested.emit(entry, order)
