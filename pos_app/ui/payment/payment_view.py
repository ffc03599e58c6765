"""The screen the customer pays from: a big QR, the amount, and a status that confirms itself.

Designed for two readers at once: the customer a metre away (QR, total, store name, which
app to scan with) and the cashier (order number, status, copy/open link, cancel, next sale).
The order is polled by :class:`PaymentWatcher`; "PAID" is shown only when Scalev says so.

This module holds the screen's state and public API and watches the order. The rest is
split by concern: :mod:`~pos_app.ui.payment.payment_layout` places the widgets,
:mod:`~pos_app.ui.payment.payment_texts` renders the state and the words,
:mod:`~pos_app.ui.payment.payment_actions` runs the cashier's buttons; the QR tabs live in
:mod:`~pos_app.ui.payment.qr_tabs`, the per-method pages in
:mod:`~pos_app.ui.payment.method_pages`, the status pill and "done" panel in
:mod:`~pos_app.ui.payment.status`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from pos_app.api.errors import ApiError
from pos_app.api.models import Order
from pos_app.domain.cash import CashTender
from pos_app.domain.payment_methods import MethodKind
from pos_app.services.payment_instructions import Instructions, instructions_for
from pos_app.services.payment_watcher import CANCELED, OrderSource, PaymentWatcher, is_final
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.page_sizing import LaidOutWhileHidden
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.tasks import TaskSlots
from pos_app.ui.payment.payment_actions import PaymentActions
from pos_app.ui.payment.payment_layout import PaymentLayout
from pos_app.ui.payment.payment_texts import PaymentTexts
from pos_app.ui.payment.qr_tabs import ImageLoader

TASK_ROLES = ("watch", "check", "cancel", "code", "accounts")

# The bank accounts of a store for a transfer, as lines to read out (the app provides them
# from the payment-accounts route, or the owner's text from Settings).
AccountsSource = Callable[[int | None], Awaitable[tuple[str, ...]]]


class PaymentView(PaymentActions, PaymentTexts, PaymentLayout, RetranslateOnLanguageChange, QWidget):
    """Shows one order until it is paid or canceled. Call :meth:`stop` when closing it."""

    # camelCase like Qt's own signals, so they read naturally in connect() calls.
    newSaleRequested = Signal()
    orderCanceled = Signal(str)  # order pk
    paid = Signal(str)  # order pk
    switchMethodRequested = Signal(str, str)  # order pk, the new method
    printRequested = Signal(str)  # order pk: print its receipt
    whatsappRequested = Signal(str)  # order pk: send its receipt to the customer's WhatsApp
    codeChanged = Signal()  # the QR (or number) the customer should use changed

    def __init__(
        self,
        source: OrderSource,
        watcher_factory: Callable[[], PaymentWatcher] | None = None,
        parent: QWidget | None = None,
        *,
        image_loader: ImageLoader | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        accounts: AccountsSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentView")
        self._source = source
        self._watcher_factory = watcher_factory or (lambda: PaymentWatcher(source))
        self._image_loader = image_loader
        self._open_url = open_url
        self._accounts_source = accounts
        self._tasks = TaskSlots(*TASK_ROLES)
        self._order: Order | None = None
        self._store_name = ""
        self._customer_name = ""
        self._till_total: int | None = None
        self._cash: CashTender | None = None
        self._methods: tuple[str, ...] = ()  # the store's methods, for "change method"
        self._show_link_instead = False  # a VA customer asked for the link QR
        self._switch_menu: QMenu | None = None
        self._problem: ApiError | None = None  # polling trouble, cleared by the next answer
        self._message = ""  # result of the cashier's last action, in plain words
        self._confirming = False
        self._busy: set[str] = set()  # "check", "cancel", "transfer": no double submit
        self._announced: set[str] = set()  # signals already emitted for this order
        self._build()
        # Built before the window shows it: laid out at the window's size while hidden, so
        # its wrapped texts never ask for more room than they will need (see page_sizing).
        self._sizing = LaidOutWhileHidden(self)
        self.retranslate()
        self._render()

    # -- public API ----------------------------------------------------------------------

    def show_order(
        self,
        order: Order,
        *,
        store_name: str,
        customer_name: str = "",
        till_total: int | None = None,
        cash: CashTender | None = None,
        methods: tuple[str, ...] = (),
    ) -> None:
        """Show ``order`` and watch it until it is paid or canceled (stops any earlier watch).

        ``store_name`` and ``customer_name`` are those of the order as it was sent (never
        the store the cashier looks at now); ``till_total`` is the till's own sum, shown only
        to explain a different total from the server; ``cash`` the tender of a cash sale;
        ``methods`` the store's methods the cashier may switch an unpaid order to.
        """
        self.stop()
        self._order = order
        self._store_name = store_name
        self._customer_name = customer_name
        self._till_total = till_total
        self._cash = cash
        self._methods = methods
        self._show_link_instead = False
        self._problem = None
        self._message = ""
        self._announced.clear()
        self._url.setText(order.payment_url or "")
        self._url.setCursorPosition(0)
        if self._tabs.show_order(order):
            self._start("code", self._request_payment_info(order.id))
        if self.instructions().kind is MethodKind.BANK_TRANSFER and not self._settled():
            self._start("accounts", self._load_accounts(order.store_id))
        self.retranslate()
        self._render()
        if is_final(order):
            self._announce(order)
        elif self._watches():
            self._start("watch", self._watch(order.id))
        self.codeChanged.emit()

    def _request_print(self) -> None:
        if self._order is not None:
            self.printRequested.emit(self._order.id)

    def _request_whatsapp(self) -> None:
        if self._order is not None:
            self.whatsappRequested.emit(self._order.id)

    def transfer_accounts(self) -> tuple[str, ...]:
        return self._transfer_page.accounts_lines()

    def show_message(self, text: str) -> None:
        """The result of an action done elsewhere for this screen (a method switch)."""
        self._message = text
        self._render()

    def instructions(self) -> Instructions:
        """What the customer has to do for the order on screen (also for the customer display)."""
        if self._order is None:
            return Instructions(kind=MethodKind.OTHER, method="", amount=0)
        return instructions_for(self._order, cash=self._cash, till_total=self._till_total or 0)

    def active_code(self) -> str | None:
        """What the QR in front of the customer encodes right now (None: no QR is shown)."""
        if self._qr_stack.currentWidget() is not self._tabs:
            return None
        return self._tabs.active_code()

    def _settled(self) -> bool:
        return self.instructions().settled

    def _watches(self) -> bool:
        # COD and "no payment" are never paid at the till: polling them would never end.
        # A cash sale is watched until the server has taken its "paid" mark.
        return not self._settled() or self._cash is not None

    async def _load_accounts(self, store_id: int | None) -> None:
        if self._accounts_source is None:
            return
        accounts = await self._accounts_source(store_id)
        self._transfer_page.set_accounts(accounts)
        self.codeChanged.emit()

    def _show_link_qr(self) -> None:
        self._show_link_instead = True
        self._render()
        self.codeChanged.emit()

    def stop(self) -> None:
        """Stop polling and every pending request of this screen (call it on close)."""
        self._tasks.cancel_all()
        self._busy.clear()
        self._confirming = False

    async def aclose(self) -> None:
        """Stop, and wait until every task of this screen has really ended.

        ``stop()`` only asks tasks to end; a task resumed after the event loop stopped
        would fail, so whoever ends the loop (app quit, a test) awaits this first.
        """
        self.stop()
        await self._tasks.aclose()

    def order(self) -> Order | None:
        return self._order

    def total(self) -> int:
        """What the customer pays: the server's total; the till's only for a partial order."""
        order = self._order
        if order is not None and order.gross_revenue:
            return order.gross_revenue
        return self._till_total or 0

    # -- background work -----------------------------------------------------------------

    def _start(self, role: str, coro: Coroutine[Any, Any, None]) -> None:
        self._tasks[role].start(coro)

    def _running(self, role: str) -> bool:
        return self._tasks.running(role)

    async def _watch(self, order_pk: str) -> None:
        watcher = self._watcher_factory()
        try:
            await watcher.watch(order_pk, self._apply, self._on_problem)
        except ApiError as exc:
            # Waiting will not fix this (refused key, order gone): say so and stop polling.
            self._problem = None
            self._message = self.tr("Stopped checking the payment. {reason}").format(
                reason=error_message(exc)
            )
            self._render()

    def _on_problem(self, exc: ApiError) -> None:
        self._problem = exc
        self._render()

    def _apply(self, order: Order) -> None:
        """A fresh answer about the shown order (from polling, a check, or a cancel)."""
        if self._order is None or order.id != self._order.id:
            return  # a late answer about an order no longer on screen
        previous = self._order
        if order.payment_info.is_empty and not previous.payment_info.is_empty:
            # Keep a code fetched by the payment request even if this answer leaves it out.
            order = replace(
                order,
                payment_info=previous.payment_info,
                qr_string=previous.qr_string,
                qr_image_url=previous.qr_image_url,
            )
        if order == previous and self._problem is None:
            # The usual poll answer: nothing changed, so leave every widget alone. (Besides
            # saving work, PySide6 6.12 on Python 3.11 leaks a reference to None on every
            # Qt setter call, and a screen re-rendered every 3 s runs that count down.)
            return
        self._order = order
        self._problem = None
        self._tabs.show_method_code(order, initial=False)
        if is_final(order):
            self._end_pending_work()
        self._render()
        self._announce(order)
        self.codeChanged.emit()

    def _end_pending_work(self) -> None:
        """The order is paid or canceled: stop polling and close an open cancel question."""
        for role in ("watch", "check"):
            self._tasks[role].cancel()  # never the calling task itself
        if self._confirming:
            self._tasks["cancel"].cancel()  # closes the question: there is nothing left to cancel

    def _announce(self, order: Order) -> None:
        if order.is_paid and "paid" not in self._announced:
            self._announced.add("paid")
            self._new_sale_button.setFocus()
            self.paid.emit(order.id)
        elif order.status == CANCELED and "canceled" not in self._announced:
            self._announced.add("canceled")
            self._new_sale_button.setFocus()
            self.orderCanceled.emit(order.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
