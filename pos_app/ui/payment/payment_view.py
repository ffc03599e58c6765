"""The screen the customer pays from: a big QR, the amount, and a status that confirms itself.

Designed for two readers at once: the customer a metre away (QR, total, store name, which
app to scan with) and the cashier (order number, status, copy/open link, cancel, next sale).
The order is polled by :class:`PaymentWatcher`; "PAID" is shown only when Scalev says so.

This module composes the screen, watches the order and runs the cashier's actions; the QR
tabs live in :mod:`pos_app.ui.payment.qr_tabs`, the status pill and the "done" panel in
:mod:`pos_app.ui.payment.status`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.api.errors import ApiError, RateLimitedError
from pos_app.api.models import Order
from pos_app.domain.cash import CashTender
from pos_app.domain.payment_methods import MethodKind
from pos_app.domain.total_difference import (
    DISCOUNT_CODE,
    OTHER_INCOME,
    PAYMENT_LINK_FEE,
    UNEXPLAINED,
    UNIQUE_CODE,
    explain_total,
)
from pos_app.services.payment_instructions import Instructions, instructions_for
from pos_app.services.payment_watcher import CANCELED, OrderSource, PaymentWatcher, is_final
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.labels import PlainLabel, WrappingLabel, scaled_font
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.tasks import TaskSlots
from pos_app.ui.payment.labels import payment_label
from pos_app.ui.payment.method_pages import PaymentCodePage, SettledPage, TransferPage, VirtualAccountPage
from pos_app.ui.payment.payment_actions import PaymentActions
from pos_app.ui.payment.qr_tabs import ImageLoader, PaymentQrTabs
from pos_app.ui.payment.status import (
    CANCELED_STATE,
    FINAL_STATES,
    PAID,
    PAYMENT_STYLE,
    PaymentDonePanel,
    PaymentStatusPill,
    payment_state,
)

TASK_ROLES = ("watch", "check", "cancel", "code", "accounts")

# The bank accounts of a store for a transfer, as lines to read out (the app provides them
# from the payment-accounts route, or the owner's text from Settings).
AccountsSource = Callable[[int | None], Awaitable[tuple[str, ...]]]


class PaymentView(PaymentActions, RetranslateOnLanguageChange, QWidget):
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
        self.retranslate()
        self._render()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(PAYMENT_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._frame = QFrame(self, objectName="paymentFrame")
        outer.addWidget(self._frame)
        # The QR gets the whole height on the left (bigger is easier to scan from a
        # distance); everything the cashier reads or clicks stacks on the right.
        root = QHBoxLayout(self._frame)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(32)
        root.addLayout(self._build_qr_column(), 13)
        info = self._build_info_column()
        info.addSpacing(12)
        info.addLayout(self._build_link_row())
        info.addSpacing(12)
        info.addLayout(self._build_button_row())
        root.addLayout(info, 9)

    def _build_qr_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self._qr_stack = QStackedWidget(self, objectName="qrArea")
        self._tabs = PaymentQrTabs(self, image_loader=self._image_loader, start=self._start)
        self._tabs.currentChanged.connect(self._render_hint)
        self._tabs.currentChanged.connect(lambda _index: self.codeChanged.emit())
        self._va_page = VirtualAccountPage(self)
        self._va_page.showLinkQr.connect(self._show_link_qr)
        self._code_page = PaymentCodePage(self)
        self._transfer_page = TransferPage(self)
        self._transfer_page.received.connect(self._on_transfer_received)
        self._settled_page = SettledPage(self)
        self._done = PaymentDonePanel(self)
        for page in (self._tabs, self._va_page, self._code_page, self._transfer_page, self._settled_page):
            self._qr_stack.addWidget(page)
        self._qr_stack.addWidget(self._done)
        column.addWidget(self._qr_stack, 1)
        self._scan_hint = WrappingLabel(self, "scanHint")
        self._scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scan_hint.setFont(scaled_font(self, 1.25))
        column.addWidget(self._scan_hint)
        return column

    def _build_info_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        self._store_label = WrappingLabel(self, "storeName")
        self._store_label.setFont(scaled_font(self, 1.4, bold=True, minimum=13))
        self._customer_label = WrappingLabel(self, "paymentCustomer")
        self._customer_label.setFont(scaled_font(self, 1.1))
        self._order_caption = self._caption()
        self._order_number = PlainLabel(self, objectName="orderNumber")
        self._order_number.setFont(scaled_font(self, 2.3, bold=True, minimum=22))
        self._order_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._total_caption = self._caption()
        self._total_label = PlainLabel(self, objectName="paymentTotal")
        self._total_label.setFont(scaled_font(self, 3.0, bold=True, minimum=28))
        self._total_note = WrappingLabel(self, "paymentTotalNote")
        self._method_name = WrappingLabel(self, "paymentMethodName")
        self._method_name.setFont(scaled_font(self, 1.2, bold=True))

        self._status = PaymentStatusPill(self)
        self._problem_label = WrappingLabel(self, "connectionProblem")
        self._problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message_label = WrappingLabel(self, "actionMessage")
        self._check_button = self._button("checkPaymentButton", self._on_check_clicked)
        self._check_keys = self._shortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self._check_button)

        column.addWidget(self._store_label)
        column.addWidget(self._customer_label)
        column.addSpacing(12)
        for widget in (self._order_caption, self._order_number):
            column.addWidget(widget)
        column.addSpacing(12)
        for widget in (self._total_caption, self._total_label, self._total_note, self._method_name):
            column.addWidget(widget)
        column.addSpacing(24)
        column.addWidget(self._status)
        column.addWidget(self._problem_label)
        column.addStretch(1)
        column.addWidget(self._message_label)
        column.addWidget(self._check_button)
        return column

    def _build_link_row(self) -> QGridLayout:
        row = QGridLayout()
        row.setHorizontalSpacing(8)
        self._url_caption = self._caption()
        self._url = QLineEdit(self, objectName="paymentUrl")
        self._url.setReadOnly(True)  # selectable and copyable, never editable
        self._url.setMinimumHeight(36)
        self._copy_button = self._button("copyUrlButton", self._copy_url)
        self._open_button = self._button("openUrlButton", self._open_payment_url)
        self._print_button = self._button("printReceiptButton", self._request_print)
        self._print_keys = self._shortcut(QKeySequence(QKeySequence.StandardKey.Print), self._print_button)
        self._whatsapp_button = self._button("whatsappReceiptButton", self._request_whatsapp)
        row.setVerticalSpacing(6)
        row.addWidget(self._url_caption, 0, 0, 1, 2)
        row.addWidget(self._url, 1, 0, 1, 2)
        row.addWidget(self._copy_button, 2, 0)
        row.addWidget(self._open_button, 2, 1)
        row.addWidget(self._print_button, 3, 0)
        row.addWidget(self._whatsapp_button, 3, 1)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(2000)
        self._copied_timer.timeout.connect(self.retranslate)
        return row

    def _build_button_row(self) -> QVBoxLayout:
        # The main action gets a row of its own: its text never has to squeeze beside others.
        column = QVBoxLayout()
        column.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(12)
        self._cancel_button = self._button("cancelOrderButton", self._on_cancel_clicked)
        self._switch_button = self._button("switchMethodButton", self._on_switch_clicked)
        self._new_sale_button = self._button("newSaleButton", self.newSaleRequested.emit)
        self._new_sale_keys = self._shortcut(QKeySequence("Ctrl+N"), self._new_sale_button)
        self._new_sale_button.setFont(scaled_font(self, 1.2, bold=True))
        self._new_sale_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self._cancel_button)
        row.addWidget(self._switch_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self._new_sale_button)
        return column

    def _shortcut(self, keys: QKeySequence, button: QPushButton) -> QShortcut:
        # A QShortcut rather than button.setShortcut(): QAbstractButton.setText() replaces
        # the button's shortcut with the text's mnemonic, so retranslating would drop it.
        shortcut = QShortcut(keys, self)
        shortcut.activated.connect(lambda: self._press(button))
        return shortcut

    @staticmethod
    def _press(button: QPushButton) -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    def _caption(self) -> QLabel:
        label = PlainLabel(self, objectName="caption")
        label.setFont(scaled_font(self, 1.05))
        return label

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self, objectName=name)
        button.setMinimumHeight(44)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False: slot())
        return button

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

    # -- presentation --------------------------------------------------------------------

    def _render(self) -> None:
        """Bring widgets in line with the state (texts come from :meth:`retranslate`)."""
        instructions = self.instructions()
        state = payment_state(self._order, settled=instructions.settled)
        set_style_property(self._frame, "state", state)
        self._status.show_state(state, self._order.payment_status if self._order is not None else "")
        self._done.show_state(state)
        final = state in FINAL_STATES
        self._qr_stack.setCurrentWidget(self._done if final else self._page_for(instructions))
        for page in (self._va_page, self._code_page, self._transfer_page, self._settled_page):
            page.show_instructions(instructions)
        self._scan_hint.setVisible(not final and self._qr_stack.currentWidget() is self._tabs)
        open_order = not final and self._order is not None
        # COD and "no payment" need nothing more: Cancel stays possible, checking does not.
        self._cancel_button.setVisible(open_order and instructions.cash is None)
        self._check_button.setVisible(open_order and not instructions.settled)
        self._switch_button.setVisible(open_order and bool(self._other_methods()))
        self._cancel_button.setEnabled("cancel" not in self._busy and not self._confirming)
        self._switch_button.setEnabled(not self._confirming and not self._busy)
        self._transfer_page.received_button.setEnabled("transfer" not in self._busy and not self._confirming)
        self._check_button.setEnabled("check" not in self._busy)
        has_url = bool(self._url.text())
        self._print_button.setEnabled(self._order is not None)
        self._whatsapp_button.setEnabled(self._order is not None)
        self._copy_button.setEnabled(has_url)
        self._open_button.setEnabled(has_url)
        self.retranslate()

    def _page_for(self, instructions: Instructions) -> QWidget:
        kind = instructions.kind
        if instructions.settled:
            return self._settled_page
        if kind is MethodKind.VIRTUAL_ACCOUNT and not self._show_link_instead:
            return self._va_page
        if kind is MethodKind.RETAIL:
            return self._code_page
        if kind is MethodKind.BANK_TRANSFER:
            return self._transfer_page
        return self._tabs

    def retranslate(self) -> None:
        """Set every visible text (again after a language switch)."""
        order = self._order
        state = payment_state(order, settled=self._settled())
        self._tabs.retranslate()
        self._render_hint()
        self._store_label.setText(self._store_name)
        self._order_caption.setText(self.tr("Order"))
        self._order_number.setText(order.order_id if order else "")
        self._total_caption.setText(
            {
                PAID: self.tr("Total paid"),
                CANCELED_STATE: self.tr("Total"),
            }.get(state, self.tr("Total to pay"))
        )
        self._total_label.setText(format_money(self.total()))
        note = self._total_note_text()
        self._total_note.setText(note)
        self._total_note.setVisible(bool(note))
        self._customer_label.setText(
            self.tr("Customer: {name}").format(name=self._customer_name) if self._customer_name else ""
        )
        self._customer_label.setVisible(bool(self._customer_name))
        method = "cash" if self._cash is not None else (order.payment_method if order is not None else None)
        self._method_name.setText(payment_label(method) if method else "")
        self._status.retranslate(state, cash=self._cash is not None)
        self._done.retranslate(state)
        self._problem_label.setText(self._problem_text())
        self._problem_label.setVisible(self._problem is not None and state not in FINAL_STATES)
        self._message_label.setText(self._message)
        self._message_label.setVisible(bool(self._message))
        self._url_caption.setText(self.tr("Payment link"))
        if not self._copied_timer.isActive():
            self._copy_button.setText(self.tr("Copy link"))
        self._open_button.setText(self.tr("Open"))
        self._check_button.setText(
            self.tr("Checking…")
            if "check" in self._busy
            else self.tr("Check payment now ({shortcut})").format(shortcut=self._keys_text(self._check_keys))
        )
        self._cancel_button.setText(
            self.tr("Canceling…") if "cancel" in self._busy else self.tr("Cancel order")
        )
        self._switch_button.setText(self.tr("Change method"))
        self._print_button.setText(
            self.tr("Print receipt ({shortcut})").format(shortcut=self._keys_text(self._print_keys))
        )
        self._whatsapp_button.setText(self.tr("Receipt to WhatsApp"))
        self._new_sale_button.setText(
            self.tr("New sale ({shortcut})").format(shortcut=self._keys_text(self._new_sale_keys))
        )
        self._retranslate_accessibility()

    def _retranslate_accessibility(self) -> None:
        self.setAccessibleName(self.tr("Payment"))
        self._store_label.setAccessibleName(self.tr("Store"))
        self._order_number.setAccessibleName(self.tr("Order number"))
        self._total_label.setAccessibleName(self.tr("Total to pay"))
        self._total_note.setAccessibleName(self.tr("Why the total differs"))
        self._method_name.setAccessibleName(self.tr("Payment method"))
        self._customer_label.setAccessibleName(self.tr("Customer"))
        self._problem_label.setAccessibleName(self.tr("Connection status"))
        self._message_label.setAccessibleName(self.tr("Message"))
        self._url.setAccessibleName(self.tr("Payment link"))
        self._copy_button.setAccessibleName(self.tr("Copy payment link"))
        self._open_button.setAccessibleName(self.tr("Open payment link in the browser"))
        self._check_button.setAccessibleName(self.tr("Check payment now"))
        self._cancel_button.setAccessibleName(self.tr("Cancel order"))
        self._switch_button.setAccessibleName(self.tr("Pay this order with another method"))
        self._print_button.setAccessibleName(self.tr("Print the receipt"))
        self._whatsapp_button.setAccessibleName(self.tr("Send the receipt to the customer's WhatsApp"))
        self._new_sale_button.setAccessibleName(self.tr("New sale"))
        self._scan_hint.setAccessibleName(self.tr("How to pay"))

    def _render_hint(self) -> None:
        self._scan_hint.setText(self._tabs.scan_hint())
        for page in (self._va_page, self._code_page, self._transfer_page, self._settled_page):
            page.retranslate()

    def total(self) -> int:
        """What the customer pays: the server's total; the till's only for a partial order."""
        order = self._order
        if order is not None and order.gross_revenue:
            return order.gross_revenue
        return self._till_total or 0

    def _total_note_text(self) -> str:
        order = self._order
        if order is None or not order.gross_revenue or self._till_total is None:
            return ""
        difference = explain_total(
            self._till_total,
            order.gross_revenue,
            payment_link_income=order.payment_link_income,
            unique_code_discount=order.unique_code_discount,
            other_income=order.other_income,
        )
        if difference is None:
            return ""
        reasons = {
            PAYMENT_LINK_FEE: self.tr("payment-link fee"),
            UNIQUE_CODE: self.tr("unique payment code"),
            OTHER_INCOME: self.tr("other charges"),
            DISCOUNT_CODE: self.tr("discount code"),
            UNEXPLAINED: self.tr("set by the server"),
        }
        parts = ", ".join(
            f"{reasons[reason]} {'+' if amount > 0 else '−'}{format_money(abs(amount))}"
            for reason, amount in difference.parts
        )
        return self.tr("The till counted {till}; the server charges {server} ({parts}).").format(
            till=format_money(difference.till_total),
            server=format_money(difference.server_total),
            parts=parts,
        )

    def _problem_text(self) -> str:
        if isinstance(self._problem, RateLimitedError):
            return self.tr("The server is busy – still checking, a little less often…")
        if self._problem is not None:
            return self.tr("Connection lost – still checking…")
        return ""

    @staticmethod
    def _keys_text(shortcut: QShortcut) -> str:
        return shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
