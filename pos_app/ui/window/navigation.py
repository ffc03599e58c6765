"""Which page the till shows: the sale, the payment screen (for the sale's own order, or one
reopened from History), History, or a shift screen; and where Back (Esc) leads from each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget, QTabWidget, QWidget

from pos_app.api.models import Order
from pos_app.domain.cash import CashTender
from pos_app.domain.sale import SalePhase, SentOrder

if TYPE_CHECKING:
    from pos_app.ui.history.history_view import HistoryView
    from pos_app.ui.window.main_window import MainWindow

SALE_PAGE, PAYMENT_PAGE, HISTORY_PAGE = 0, 1, 2


class Navigation(QObject):
    def __init__(
        self,
        window: MainWindow,
        stack: QStackedWidget,
        history_factory: Callable[[], HistoryView],
        channels_factory: Callable[[], QWidget] | None,
    ) -> None:
        super().__init__(window)
        self._w = window
        self.stack = stack
        # Built on first use (F8): the till opens faster without it.
        self._history_factory = history_factory
        self._channels_factory = channels_factory
        self._history_view: HistoryView | None = None
        self.history_page: QTabWidget | None = None
        # The payment screen shows an order reopened from History; the sale waits behind it.
        self.payment_from_history = False

    # -- where we are ----------------------------------------------------------------------
    def on_sale_page(self) -> bool:
        return self.stack.currentIndex() == SALE_PAGE

    def showing_sale_payment(self) -> bool:
        return self.stack.currentIndex() == PAYMENT_PAGE

    def may_leave_sale_page(self) -> bool:
        """The shift screens may open over the sale, never over a payment being made."""
        return self.stack.currentIndex() != PAYMENT_PAGE or self.payment_from_history

    def add_page(self, page: QWidget) -> None:
        self.stack.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)

    def back_to_sale(self) -> None:
        self.stack.setCurrentIndex(SALE_PAGE)
        self._w.focus_scan()

    # -- History ---------------------------------------------------------------------------
    @property
    def history_view(self) -> HistoryView:
        """This till's sales; with the store's orders from every channel on a second tab."""
        if self._history_view is None:
            view = self._history_factory()
            view.reopenRequested.connect(self.reopen_from_history)
            view.printRequested.connect(
                lambda entry, order: self._w.receipts.print_receipt(entry.receipt, order)
            )
            view.backRequested.connect(self.go_back)
            # Cash found (or sent) from History is money already in the drawer: mark it paid.
            view.orderRecorded.connect(
                lambda entry: entry.is_cash and self._w.controller.cash_taken(entry.receipt)
            )
            page = QTabWidget(objectName="historyTabs")
            page.addTab(view, "")
            if self._channels_factory is not None:
                page.addTab(self._channels_factory(), "")
                page.currentChanged.connect(lambda index: self._channels_shown(page.widget(index)))
            self.stack.insertWidget(HISTORY_PAGE, page)
            self._history_view = view
            self.history_page = page
            self.retranslate()
        return self._history_view

    def show_history(self) -> None:
        if self.stack.currentIndex() == PAYMENT_PAGE and not self.payment_from_history:
            return  # the sale on the payment screen comes first
        history = self.history_view
        assert self.history_page is not None
        self.history_page.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.history_page)
        history.refresh()
        history.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _channels(self) -> QWidget | None:
        page = self.history_page
        return page.widget(1) if page is not None and page.count() > 1 else None

    def _channels_shown(self, widget: QWidget) -> None:
        if widget is self._channels():
            widget.set_store(self._w.store_id())  # type: ignore[attr-defined]
            widget.refresh()  # type: ignore[attr-defined]

    def set_day_cut(self, cut: time) -> None:
        channels = self._channels()
        if channels is not None:
            channels.set_day_cut(cut)  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        page = self.history_page
        if page is None:
            return
        page.setTabText(0, self.tr("This till"))
        if page.count() > 1:
            page.setTabText(1, self.tr("All channels today"))

    # -- the payment screen ------------------------------------------------------------------
    def show_payment(self, order: Order, sent: SentOrder) -> None:
        """The sale's own order: its store and customer are the ones that were sent."""
        self.payment_from_history = False
        self.show_order(order, sent.store_name, sent.customer_name, sent.till_total, sent.cash)

    def reopen_from_history(self, order: Order, entry) -> None:
        w = self._w
        w.controller.remember_receipt(order.id, entry.receipt)
        cash = CashTender(entry.tendered, entry.change or 0) if entry.tendered is not None else None
        self.show_order(order, entry.store_name, entry.customer_name, entry.total, cash)
        # The sale in progress (cart, customer) stays untouched behind the reopened QR.
        self.payment_from_history = True

    def order_switched(self, order: Order, entry) -> None:
        """The same sale continues with another payment method (a new server order)."""
        self.show_order(order, entry.store_name, entry.customer_name, entry.total, None)

    def show_order(
        self, order: Order, store_name: str, customer_name: str, till_total: int, cash: CashTender | None
    ) -> None:
        w = self._w
        methods = w.controller.store_methods if order.store_id in (None, w.store_id()) else ()
        w.payment_view.show_order(
            order,
            store_name=store_name,
            customer_name=customer_name,
            till_total=till_total,
            cash=cash,
            methods=methods if cash is None else (),
        )
        self.stack.setCurrentIndex(PAYMENT_PAGE)
        w.payment_view.setFocus(Qt.FocusReason.OtherFocusReason)
        w.customer_mirror.refresh()

    def leave_payment(self) -> None:
        if self.payment_from_history:
            self._w.payment_view.stop()
            self.show_history()
            self.payment_from_history = False
        else:
            self._w.new_sale()

    # -- Back (Esc) --------------------------------------------------------------------------
    def go_back(self) -> None:
        w = self._w
        screen = w.shift_menu.screen
        if screen is not None and self.stack.currentWidget() is screen:
            self.back_to_sale()
            return
        if self.stack.currentIndex() == HISTORY_PAGE:
            self.history_view.stop()
            self.back_to_sale()
            return
        if self.stack.currentIndex() == PAYMENT_PAGE:
            if self.payment_from_history or w.sale.phase in (SalePhase.DONE, SalePhase.CANCELED):
                self.leave_payment()
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus is w.product_pane.search and focus.text():
            focus.clear()
            return
        w.focus_scan()

    def stop(self) -> None:
        if self._history_view is not None:
            self._history_view.stop()

    async def aclose(self) -> None:
        if self._history_view is not None:
            await self._history_view.aclose()
        channels = self._channels()
        if channels is not None:
            await channels.aclose()  # type: ignore[attr-defined]
