"""A way out for every sale that never became a known order: look up again, resend, abandon.

``unknown`` sales may exist on the server (the answer was lost); ``unsent`` and ``created``
ones provably do not. Looking up never sends; resending looks up first and sends the very
payload that was recorded; abandoning keeps the sale with the cashier's reason and stops
every future lookup of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from pos_app.api.errors import ApiError
from pos_app.services.checkout_outcomes import (
    CheckoutBusy,
    CheckoutResult,
    OutcomeUnknown,
    RecoveryKind,
    RecoveryOutcome,
)
from pos_app.storage.journal import ABANDONABLE, SENDABLE, JournalEntry, JournalState, JournalStateError
from pos_app.ui.common.async_dialogs import ask_text, confirm
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.money_format import format_money

if TYPE_CHECKING:
    from pos_app.ui.history.history_view import HistoryView

LOOKABLE = (JournalState.CREATED, JournalState.SENT, JournalState.UNKNOWN)


class UnfinishedCheckout(Protocol):
    async def look_up_again(self, receipt: str) -> RecoveryOutcome: ...

    async def resend(self, receipt: str) -> CheckoutResult: ...

    def abandon(self, receipt: str, reason: str) -> JournalEntry: ...


class UnfinishedSaleActions(QObject):
    def __init__(self, view: HistoryView, checkout: UnfinishedCheckout) -> None:
        super().__init__(view)
        self._view = view
        self._checkout = checkout
        self.look_up_button = QPushButton(view, objectName="historyLookUp")
        self.resend_button = QPushButton(view, objectName="historyResend")
        self.abandon_button = QPushButton(view, objectName="historyAbandon")
        self.look_up_button.clicked.connect(lambda: self._start(self.look_up))
        self.resend_button.clicked.connect(lambda: self._start(self.resend))
        self.abandon_button.clicked.connect(lambda: self._start(self.abandon))

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.look_up_button, self.resend_button, self.abandon_button]

    def retranslate(self) -> None:
        self.look_up_button.setText(self.tr("&Look up again"))
        self.look_up_button.setAccessibleName(self.tr("Look the selected sale up on the server again"))
        self.resend_button.setText(self.tr("Re&send"))
        self.resend_button.setAccessibleName(self.tr("Send the selected sale again"))
        self.abandon_button.setText(self.tr("A&bandon…"))
        self.abandon_button.setAccessibleName(self.tr("Give up the selected sale, with a reason"))

    def update(self, entry: JournalEntry | None, idle: bool) -> None:
        state = entry.state if entry is not None else None
        self.look_up_button.setEnabled(idle and state in LOOKABLE)
        self.resend_button.setEnabled(idle and state in SENDABLE)
        self.abandon_button.setEnabled(idle and state in ABANDONABLE)
        for button in self.buttons:
            button.setVisible(state in SENDABLE or state in ABANDONABLE)

    def _start(self, action: Callable[[JournalEntry], object]) -> None:
        entry = self._view.selected_entry()
        if entry is not None and not self._view.action_busy:
            self._view.start_action(action(entry))  # type: ignore[arg-type]

    # -- the three actions ---------------------------------------------------------------------
    async def look_up(self, entry: JournalEntry) -> None:
        receipt = entry.receipt
        self._view.say(lambda: self.tr("Looking up sale {receipt} on the server…").format(receipt=receipt))
        with self._view.busy():
            try:
                outcome = await self._checkout.look_up_again(receipt)
            except CheckoutBusy:
                self._view.say(lambda: self.tr("Sale {receipt} is being sent right now.").format(
                    receipt=receipt), "warning")  # fmt: skip
                return
        self._view.entry_changed(outcome.entry)
        if outcome.kind is RecoveryKind.ADOPTED:
            self._view.orderRecorded.emit(outcome.entry)
            number = outcome.entry.order_number or ""
            self._view.say(lambda: self.tr("Found on the server as order {number}; recorded.").format(
                number=number), "ok")  # fmt: skip
        elif outcome.kind is RecoveryKind.UNREACHABLE:
            self._view.say(lambda: self.tr("The server cannot be reached. Try again later."), "error")
        elif outcome.kind is RecoveryKind.NOT_SENT:
            self._view.say(lambda: self.tr(
                "Sale {receipt} was never sent: no order exists. Resend it or abandon it."
            ).format(receipt=receipt), "warning")  # fmt: skip
        else:
            self._view.say(lambda: self.tr(
                "Sale {receipt} is not on the server. Resend it or abandon it."
            ).format(receipt=receipt), "warning")  # fmt: skip

    async def resend(self, entry: JournalEntry) -> None:
        receipt = entry.receipt
        with self._view.busy():
            ok = await confirm(
                self._view,
                self.tr("Resend sale"),
                self.tr("Send sale {receipt} again?").format(receipt=receipt),
                informative_text=self.tr(
                    "{store} · {customer} · {total}. It is looked up on the server first and "
                    "sent only if it is not there."
                ).format(
                    store=entry.store_name, customer=entry.customer_name, total=format_money(entry.total)
                ),
                ok_text=self.tr("Resend"),
                cancel_text=self.tr("Keep as it is"),
            )
        if not ok:
            return
        self._view.say(lambda: self.tr("Sending sale {receipt}…").format(receipt=receipt))
        with self._view.busy():
            try:
                result = await self._checkout.resend(receipt)
            except OutcomeUnknown:
                self._view.say(lambda: self.tr(
                    "Still no answer for sale {receipt}. Nothing was lost; try again later."
                ).format(receipt=receipt), "error")  # fmt: skip
                self._view.reload()
                return
            except (CheckoutBusy, JournalStateError):
                self._view.reload()
                self._view.say(lambda: self.tr("Sale {receipt} was settled meanwhile.").format(
                    receipt=receipt), "warning")  # fmt: skip
                return
            except ApiError as exc:
                self._view.reload()
                self._view.say(lambda exc=exc: self.tr("Sale {receipt} was not sent. {reason}").format(
                    receipt=receipt, reason=error_message(exc)), "error")  # fmt: skip
                return
        self._view.entry_changed(result.entry)
        self._view.orderRecorded.emit(result.entry)
        number = result.order.order_id
        self._view.say(lambda: self.tr("Sale {receipt} is order {number}.").format(
            receipt=receipt, number=number), "ok")  # fmt: skip
        self._view.reopenRequested.emit(result.order, result.entry)

    async def abandon(self, entry: JournalEntry) -> None:
        receipt = entry.receipt
        with self._view.busy():
            reason = await ask_text(
                self._view,
                self.tr("Abandon sale"),
                self.tr("Why is sale {receipt} ({customer}, {total}) given up?").format(
                    receipt=receipt, customer=entry.customer_name, total=format_money(entry.total)
                ),
                ok_text=self.tr("Abandon sale"),
                cancel_text=self.tr("Keep it"),
                suggestions=(
                    self.tr("Customer left without paying"),
                    self.tr("Entered by mistake"),
                    self.tr("Sold again as a new sale"),
                ),
            )
        if reason is None:
            return
        try:
            abandoned = self._checkout.abandon(receipt, reason)
        except (CheckoutBusy, JournalStateError):
            self._view.reload()
            self._view.say(lambda: self.tr("Sale {receipt} was settled meanwhile.").format(
                receipt=receipt), "warning")  # fmt: skip
            return
        self._view.entry_changed(abandoned)
        self._view.say(lambda: self.tr("Sale {receipt} abandoned: {reason}").format(
            receipt=receipt, reason=reason), "ok")  # fmt: skip
