"""The cashier window: stores | products | cart and customer, and the payment screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.api.models import Order
from pos_app.domain.business_day import parse_day_cut
from pos_app.domain.cash import CashTender
from pos_app.domain.sale import Action, Sale, SalePhase, SentOrder
from pos_app.printing.errors import PrinterError
from pos_app.services.receipts import ReceiptDesk, ReceiptSettings
from pos_app.services.shift_reports import ShiftReports
from pos_app.settings import AppSettings
from pos_app.storage.parked_sales import ParkedSales
from pos_app.ui.common.error_text import printer_error_message
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.style import STYLE_SHEET
from pos_app.ui.common.tasks import TaskGroup
from pos_app.ui.payment.payment_view import PaymentView
from pos_app.ui.sale.cart_model import CartModel
from pos_app.ui.sale.cart_pane import CartPane
from pos_app.ui.sale.customer_form import CustomerForm
from pos_app.ui.sale.product_pane import ProductPane
from pos_app.ui.sale.sale_controller import Notice, SaleController
from pos_app.ui.sale.store_pane import StorePane
from pos_app.ui.window.customer_mirror import CustomerMirror
from pos_app.ui.window.parking import Parking
from pos_app.ui.window.receipt_actions import ReceiptActions
from pos_app.ui.window.sale_page import build_sale_page
from pos_app.ui.window.sale_screen import SaleScreen
from pos_app.ui.window.scan_router import ScanRouter
from pos_app.ui.window.shift_menu import ShiftMenu
from pos_app.ui.window.shortcuts_help import ShortcutsHelp
from pos_app.ui.window.top_bar import TopBar

if TYPE_CHECKING:
    from pos_app.ui.history.history_view import HistoryView

SALE_PAGE, PAYMENT_PAGE, HISTORY_PAGE = 0, 1, 2


class MainWindow(RetranslateOnLanguageChange, QMainWindow):
    settingsRequested = Signal()

    def __init__(
        self,
        *,
        store_pane: StorePane,
        product_pane: ProductPane,
        payment_view: PaymentView,
        history_factory: Callable[[], HistoryView],
        channels_factory: Callable[[], QWidget] | None = None,
        controller_factory,
        training: bool,
        parked: ParkedSales | None = None,
        clock: Callable[[], datetime] | None = None,
        receipt_desk: ReceiptDesk | None = None,
        receipt_settings: Callable[[AppSettings], ReceiptSettings] | None = None,
        shift_reports: ShiftReports | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE_SHEET)
        self.training = training
        self._tasks = TaskGroup()
        self.store_pane = store_pane
        self.product_pane = product_pane
        self.customer_form = CustomerForm()
        self.payment_view = payment_view
        # Built on first use (F8): the till opens faster without it.
        self._history_factory = history_factory
        self._history_view: HistoryView | None = None
        self._history_page: QTabWidget | None = None
        self._channels_factory = channels_factory
        self._payment_from_history = False
        self.controller: SaleController = controller_factory(self)
        # The cart on screen is the sale's cart, and the sale says whether it may change.
        self.cart_model = CartModel(
            self.controller.sale.cart, parent=self, may_edit=lambda: self.sale.allows(Action.EDIT)
        )
        self.cart_pane = CartPane(self.cart_model)
        self.sale_screen = SaleScreen(self)
        self.customer_mirror = CustomerMirror(self)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.parking = Parking(self, parked)
        self.receipts = ReceiptActions(self, receipt_desk)
        self._receipt_settings = receipt_settings
        self.shift_menu = ShiftMenu(self, shift_reports, receipt_desk.print_lines if receipt_desk else None)

        self.top_bar = TopBar(training=training)
        self.training_banner = self.top_bar.training_banner
        self.notice = self.top_bar.notice
        self.offline_badge = self.top_bar.offline_badge
        self.parked_button = self.top_bar.parked_button
        self.history_button = self.top_bar.history_button
        self.shift_button = self.top_bar.shift_button
        self.settings_button = self.top_bar.settings_button
        self.shipping_button = QPushButton(objectName="shippingButton")
        self.checkout_button = QPushButton(objectName="checkoutButton")
        self.checkout_button.setDefault(False)
        self.checkout_button.setAutoDefault(False)
        self.set_aside_button = QPushButton(objectName="setAsideButton")
        self.set_aside_button.hide()
        self.park_button = QPushButton(objectName="parkSaleButton")
        self.settings_flow = None
        self.checkout_hint = PlainLabel(objectName="checkoutHint")
        self.checkout_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.checkout_hint.setWordWrap(True)

        self.stack = QStackedWidget(objectName="pages")
        self.stack.addWidget(
            build_sale_page(
                store_pane=self.store_pane,
                product_pane=self.product_pane,
                cart_pane=self.cart_pane,
                customer_form=self.customer_form,
                buttons=[
                    self.park_button,
                    self.shipping_button,
                    self.set_aside_button,
                    self.checkout_button,
                ],
                checkout_hint=self.checkout_hint,
            )
        )
        self.stack.addWidget(self.payment_view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.scan_router = ScanRouter(
            is_known_code=lambda code: self.product_pane.find_sku(code) is not None,
            submit_scan=self.scan_from_anywhere,
            scan_field=self.product_pane.scan,
            parent=self,
        )
        QApplication.instance().installEventFilter(self.scan_router)
        self.help = ShortcutsHelp(self)
        self._wire()
        self._shortcuts()
        self.retranslate()
        self.sale_screen.render(self.sale)
        self.resize(1280, 800)
        self.product_pane.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wire(self) -> None:
        c, screen = self.controller, self.sale_screen
        self.store_pane.storeChosen.connect(c.choose_store)
        c.storeRefused.connect(self._store_refused)
        c.saleChanged.connect(screen.render)
        self.product_pane.itemChosen.connect(screen.add_item)
        self.product_pane.lookupNeeded.connect(c.look_up_sku)
        c.skuLookedUp.connect(self.product_pane.lookup_answered)
        self.product_pane.pendingChanged.connect(screen.pending_scans_changed)
        self.cart_model.editRefused.connect(lambda: screen.refuse(Action.EDIT))
        self.cart_pane.discountEdited.connect(screen.discount_edited)
        c.paymentMethodsLoaded.connect(self.customer_form.set_payment_methods)
        c.catalogReset.connect(self.product_pane.set_catalog)
        c.catalogAppended.connect(self.product_pane.add_items)
        c.catalogLoading.connect(self.product_pane.set_loading)
        c.shippingChanged.connect(self.cart_pane.set_shipping)
        c.shippingChanged.connect(lambda _choice: screen.refresh())
        c.checkoutBusy.connect(lambda _busy: screen.refresh())
        c.notice.connect(self.show_notice)
        c.orderCreated.connect(self.show_payment)
        c.orderSwitched.connect(self._order_switched)
        c.switchFailed.connect(self.payment_view.show_message)
        c.settingsNeeded.connect(self.settingsRequested)
        c.storeChanged.connect(self._store_changed)
        c.connectionChanged.connect(self._connection_changed)
        self.store_pane.requestFailed.connect(c.note_failure)
        self.cart_model.cartChanged.connect(screen.cart_changed)
        self.cart_model.modelReset.connect(screen.refresh)
        self.customer_form.changed.connect(screen.customer_changed)
        self.customer_form.paymentMethodChanged.connect(screen.payment_method_changed)
        self.customer_form.phoneEdited.connect(
            lambda phone: self.customer_form.show_suggestions(c.known_customers(phone))
        )
        self.set_aside_button.clicked.connect(lambda: self.set_aside())
        self.park_button.clicked.connect(lambda: self._tasks.start(self.parking.park()))
        self.parked_button.clicked.connect(lambda: self._tasks.start(self.parking.resume()))
        # Lambdas drop the clicked(bool) argument the methods do not take.
        self.checkout_button.clicked.connect(lambda: self.checkout())
        self.shipping_button.clicked.connect(lambda: self.choose_shipping())
        self.top_bar.actionRequested.connect(self._notice_action)
        self.settings_button.clicked.connect(lambda: self.open_settings())
        self.settingsRequested.connect(self.open_settings)
        self.payment_view.newSaleRequested.connect(self._leave_payment)
        self.history_button.clicked.connect(lambda: self.show_history())
        self.shift_button.clicked.connect(lambda: self.shift_menu.show_menu())
        self.payment_view.paid.connect(self.controller.order_paid)
        self.payment_view.orderCanceled.connect(self.controller.order_canceled)
        mirror = self.customer_mirror
        for signal in (c.saleChanged, self.cart_model.cartChanged, self.cart_model.modelReset,
                       c.shippingChanged, self.cart_pane.discountEdited, self.payment_view.codeChanged,
                       c.storeChanged):  # fmt: skip
            signal.connect(mirror.refresh)
        c.saleChanged.connect(self._sale_phase_changed)
        self.payment_view.printRequested.connect(
            lambda order_pk: self.receipts.print_receipt(c.receipt_of(order_pk), self.payment_view.order())
        )
        self.payment_view.whatsappRequested.connect(
            lambda order_pk: self.receipts.send_whatsapp(c.receipt_of(order_pk), self.payment_view.order())
        )
        self.payment_view.switchMethodRequested.connect(
            lambda order_pk, method: self._tasks.start(c.switch_method(order_pk, method))
        )

    def _shortcuts(self) -> None:
        # Sale shortcuts belong to the sale page: hidden with it, they never clash with the
        # payment screen's own keys (Qt ignores shortcuts of hidden widgets).
        sale_page = self.stack.widget(SALE_PAGE)

        def bind(key, slot, owner: QWidget) -> QShortcut:
            shortcut = QShortcut(QKeySequence(key), owner)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        bind(Qt.Key.Key_F1, self.help.show_help, self)
        bind(Qt.Key.Key_Escape, self.go_back, self)
        bind(Qt.Key.Key_F10, self.open_settings, self)
        bind(Qt.Key.Key_F8, self.show_history, self)
        bind(Qt.Key.Key_F11, self.shift_menu.show_menu, self)
        bind(Qt.Key.Key_F2, self.focus_scan, sale_page)
        bind(Qt.Key.Key_F3, self.focus_search, sale_page)
        bind(Qt.Key.Key_F4, self.focus_customer, sale_page)
        bind(Qt.Key.Key_F5, self.choose_shipping, sale_page)
        bind(Qt.Key.Key_F6, self.focus_cart, sale_page)
        bind(Qt.Key.Key_F7, self.sale_screen.focus_discount, sale_page)
        bind(Qt.Key.Key_F9, lambda: self._tasks.start(self.parking.park_or_resume()), sale_page)
        bind(Qt.Key.Key_F12, self.checkout, sale_page)
        bind("Ctrl+N", self.new_sale, sale_page)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Kasir")
        if self.controller.store is not None:
            title = f"{self.controller.store.name} – {title}"
        if self.training:
            title += " – " + self.tr("TRAINING")
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Kasir cashier window"))
        self.shipping_button.setText(self.tr("Shipping… (F5)"))
        self.shift_button.setVisible(self.shift_menu.enabled)
        self._retranslate_history_tabs()
        self.shipping_button.setAccessibleName(self.tr("Choose shipping"))
        self.checkout_button.setAccessibleName(self.tr("Checkout"))
        self.checkout_hint.setAccessibleName(self.tr("What is missing for checkout"))
        self.set_aside_button.setText(self.tr("Leave in History"))
        self.park_button.setText(self.tr("Park (F9)"))
        self.park_button.setAccessibleName(self.tr("Put this sale aside for the next customer"))
        self.refresh_parked()
        self.set_aside_button.setAccessibleName(self.tr("Leave the unanswered order in History"))
        self.sale_screen.update_texts()

    # -- actions -------------------------------------------------------------------------
    @property
    def sale(self) -> Sale:
        return self.controller.sale

    def scan_from_anywhere(self, code: str) -> None:
        """A scan that arrived with the focus elsewhere: it belongs to the sale."""
        page = self.stack.currentIndex()
        if page == PAYMENT_PAGE and self._payment_from_history:
            self._leave_payment()
        elif page == PAYMENT_PAGE and self.sale.phase in (SalePhase.DONE, SalePhase.CANCELED):
            self.new_sale()  # paid or canceled: the scan starts the next sale
        if self.stack.currentIndex() == HISTORY_PAGE:
            self.go_back()
        if not self.sale.allows(Action.EDIT):
            self.refuse(Action.EDIT, code=code)
            return
        self.product_pane.submit_scan(code, has_store=self.sale.store is not None)
        self.focus_scan()

    def refuse(self, action: Action, **what: str) -> None:
        self.sale_screen.refuse(action, **what)

    def on_sale_page(self) -> bool:
        return self.stack.currentIndex() == SALE_PAGE

    def _sale_phase_changed(self, sale: Sale) -> None:
        if sale.phase is SalePhase.DONE and sale.sent is not None:
            # The payment screen holds the freshest answer (paid, with its order page link).
            shown = self.payment_view.order()
            order = shown if shown is not None and shown.id == getattr(sale.order, "id", None) else sale.order
            self.receipts.sale_done(sale.sent.receipt, order)

    def receipt_printed(self, _receipt: str) -> None:
        if self.top_bar.notice_kind == "print":
            self.show_notice(None)  # the earlier "printer offline" is settled

    def add_page(self, page: QWidget) -> None:
        self.stack.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)

    def may_leave_sale_page(self) -> bool:
        """The shift screens may open over the sale, never over a payment being made."""
        return self.stack.currentIndex() != PAYMENT_PAGE or self._payment_from_history

    def back_to_sale(self) -> None:
        self.stack.setCurrentIndex(SALE_PAGE)
        self.focus_scan()

    def receipt_columns(self) -> int:
        desk = self.receipts.desk
        return desk.settings.width if desk is not None else 48

    def app_clock(self) -> datetime:
        return self._clock()

    def refresh_parked(self) -> None:
        keeps_parked = self.parking.parked is not None
        self.top_bar.set_parked_count(self.parking.count() if keeps_parked else None)
        self.park_button.setVisible(keeps_parked)

    def restore_sale(self, parked) -> None:
        """A parked sale back on screen: its cart, its customer as typed, method and discount."""
        self.sale.restore_lines(parked.lines)
        self.cart_model.set_cart(self.sale.cart)
        customer = parked.customer
        self.customer_form.set_typed(customer.name, customer.phone, customer.email, parked.payment_method)
        self.cart_pane.discount_input.setText(parked.discount)
        self.sale_screen.discount_edited(parked.discount)
        self.sale_screen.sync_from_form()
        self.sale_screen.refresh()
        self.focus_scan()

    def showing_sale_payment(self) -> bool:
        return self.stack.currentIndex() == PAYMENT_PAGE

    def focus_scan(self) -> None:
        if self.stack.currentIndex() == SALE_PAGE:
            self.product_pane.scan.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.product_pane.scan.selectAll()

    def focus_search(self) -> None:
        if self.stack.currentIndex() == SALE_PAGE:
            self.product_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.product_pane.search.selectAll()

    def focus_customer(self) -> None:
        if self.stack.currentIndex() == SALE_PAGE:
            self.customer_form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_cart(self) -> None:
        if self.stack.currentIndex() == SALE_PAGE and self.cart_model.rowCount():
            self.cart_pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self.cart_pane.current_row() is None:
                self.cart_pane.select_row(0)

    def checkout(self) -> None:
        # Decided now, on what the screen shows at the key press, not when the task runs.
        if self.stack.currentIndex() != SALE_PAGE or not self.sale.allows(Action.CHECKOUT):
            return
        if self.controller.problems():
            self.customer_form.mark_all()
            invalid = self.customer_form.first_invalid_field()
            if invalid is not None:
                invalid.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sale_screen.refresh()
            return
        self._tasks.start(self.controller.checkout())

    def set_aside(self) -> None:
        if self.sale.allows(Action.SET_ASIDE):
            self.controller.set_aside()
            self._reset_for_next_sale()

    def choose_shipping(self) -> None:
        if self.stack.currentIndex() == SALE_PAGE and self.sale.cart.is_physical:
            if not self.sale.allows(Action.EDIT):
                self.refuse(Action.EDIT)
                return
            self._tasks.start(self.controller.ask_for_shipping())

    def attach_settings(self, flow) -> None:
        self.settings_flow = flow
        flow.applied.connect(self._settings_applied)

    def open_settings(self) -> None:
        if self.settings_flow is not None:
            self._tasks.start(self.settings_flow.open(self))

    def apply_settings(self, settings, *, customer_display: bool = False) -> None:
        """The owner's choices that shape a sale: walk-in name, how cash is recorded, the
        customer display (``customer_display`` opens it whatever the settings say)."""
        self.sale_screen.walk_in_name = settings.walk_in_name
        self.shift_menu.set_day_cut(settings.day_cut)
        if self._history_page is not None and self._history_page.count() > 1:
            self._history_page.widget(1).set_day_cut(parse_day_cut(settings.day_cut))  # type: ignore[attr-defined]
        if self._receipt_settings is not None and self.receipts.desk is not None:
            try:
                self.receipts.desk.configure(self._receipt_settings(settings))
            except PrinterError as exc:
                self.show_notice(
                    Notice(lambda exc=exc: printer_error_message(exc), "warning", action="settings")
                )
        self.customer_mirror.configure(
            enabled=customer_display or settings.customer_display,
            screen_name=settings.customer_display_screen,
            windowed=settings.customer_display_windowed,
        )
        self.controller.set_cash_method(settings.cash_method)
        if self.sale.allows(Action.EDIT):
            self.sale_screen.sync_from_form()
        self.sale_screen.refresh()

    def _settings_applied(self, settings, restart: bool) -> None:
        self.controller.set_terminal(settings.terminal_name)
        self.apply_settings(settings)
        if restart:
            self.show_notice(
                Notice(lambda: self.tr("Settings saved. Restart Kasir to use the new address or mode."))
            )
        else:
            self.show_notice(
                Notice(lambda: self.tr("Settings saved. The sale continues: the cart and customer are kept."))
            )
        self.store_pane.refresh()

    def _connection_changed(self, online: bool) -> None:
        self.offline_badge.setVisible(not online)
        if online:
            self.store_pane.refresh()
            self.shift_menu.refresh_statuses()

    def show_history(self) -> None:
        if self.stack.currentIndex() == PAYMENT_PAGE and not self._payment_from_history:
            return  # the sale on the payment screen comes first
        history = self.history_view
        assert self._history_page is not None
        self._history_page.setCurrentIndex(0)
        self.stack.setCurrentWidget(self._history_page)
        history.refresh()
        history.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def history_view(self) -> HistoryView:
        """This till's sales; with the store's orders from every channel on a second tab."""
        if self._history_view is None:
            view = self._history_factory()
            view.reopenRequested.connect(self._reopen_from_history)
            view.printRequested.connect(lambda entry: self.receipts.print_receipt(entry.receipt, None))
            view.backRequested.connect(self.go_back)
            page = QTabWidget(objectName="historyTabs")
            page.addTab(view, "")
            if self._channels_factory is not None:
                channels = self._channels_factory()
                page.addTab(channels, "")
                page.currentChanged.connect(lambda index: self._channels_shown(page.widget(index)))
            self.stack.insertWidget(HISTORY_PAGE, page)
            self._history_view = view
            self._history_page = page
            self._retranslate_history_tabs()
        return self._history_view

    def _channels_shown(self, widget: QWidget) -> None:
        if widget is not self._history_view and hasattr(widget, "set_store"):
            widget.set_store(self._store_id())  # type: ignore[attr-defined]
            widget.refresh()  # type: ignore[attr-defined]

    def _retranslate_history_tabs(self) -> None:
        page = self._history_page
        if page is None:
            return
        page.setTabText(0, self.tr("This till"))
        if page.count() > 1:
            page.setTabText(1, self.tr("All channels today"))

    def _reopen_from_history(self, order: Order, entry) -> None:
        self.controller.remember_receipt(order.id, entry.receipt)
        cash = CashTender(entry.tendered, entry.change or 0) if entry.tendered is not None else None
        self._show_order(order, entry.store_name, entry.customer_name, entry.total, cash)
        # The sale in progress (cart, customer) stays untouched behind the reopened QR.
        self._payment_from_history = True

    def _leave_payment(self) -> None:
        if self._payment_from_history:
            self.payment_view.stop()
            self.show_history()
            self._payment_from_history = False
        else:
            self.new_sale()

    def show_payment(self, order: Order, sent: SentOrder) -> None:
        """The sale's own order: its store and customer are the ones that were sent."""
        self._payment_from_history = False
        self._show_order(order, sent.store_name, sent.customer_name, sent.till_total, sent.cash)

    def _show_order(
        self, order: Order, store_name: str, customer_name: str, till_total: int, cash: CashTender | None
    ) -> None:
        methods = self.controller.store_methods if order.store_id in (None, self._store_id()) else ()
        self.payment_view.show_order(
            order,
            store_name=store_name,
            customer_name=customer_name,
            till_total=till_total,
            cash=cash,
            methods=methods if cash is None else (),
        )
        self.stack.setCurrentIndex(PAYMENT_PAGE)
        self.payment_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.customer_mirror.refresh()

    def _store_id(self) -> int | None:
        return self.sale.store.id if self.sale.store is not None else None

    def _order_switched(self, order: Order, entry) -> None:
        """The same sale continues with another payment method (a new server order)."""
        self._show_order(order, entry.store_name, entry.customer_name, entry.total, None)

    def new_sale(self) -> None:
        if not self.sale.allows(Action.NEW_SALE):
            self.refuse(Action.NEW_SALE)
            return
        self.controller.new_sale()
        self._reset_for_next_sale()

    def _reset_for_next_sale(self) -> None:
        self.payment_view.stop()
        self.sale_screen.reset()
        self.stack.setCurrentIndex(SALE_PAGE)
        self.customer_mirror.refresh()
        self.focus_scan()

    def go_back(self) -> None:
        screen = self.shift_menu.screen
        if screen is not None and self.stack.currentWidget() is screen:
            self.back_to_sale()
            return
        if self.stack.currentIndex() == HISTORY_PAGE:
            self.history_view.stop()
            self.stack.setCurrentIndex(SALE_PAGE)
            self.focus_scan()
            return
        if self.stack.currentIndex() == PAYMENT_PAGE:
            if self._payment_from_history or self.sale.phase in (SalePhase.DONE, SalePhase.CANCELED):
                self._leave_payment()
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus is self.product_pane.search and focus.text():
            focus.clear()
            return
        self.focus_scan()

    def show_notice(self, notice: Notice | None) -> None:
        self.top_bar.show_notice(notice)

    def _notice_action(self, kind: str) -> None:
        if kind == "print":
            self.receipts.print_again()
        elif kind == "resend":
            self.checkout()
        elif kind == "settings":
            self.settingsRequested.emit()

    # -- state ---------------------------------------------------------------------------
    def _store_changed(self, _store) -> None:
        # Each store keeps its own cart (the sale holds them): show this store's.
        self.cart_model.set_cart(self.sale.cart)
        self.product_pane.drop_pending()
        self.retranslate()
        self.sale_screen.refresh()

    def _store_refused(self, store) -> None:
        self.store_pane.select_store(store.id)
        self.refuse(Action.SWITCH_STORE)

    def refresh_checkout_state(self) -> None:
        self.sale_screen.refresh()

    async def aclose(self) -> None:
        """End every task of the window; the API client may be closed after this."""
        await self._tasks.aclose()
        await self.shift_menu.aclose()
        await self.receipts.aclose()
        await self.controller.aclose()
        await self.store_pane.aclose()
        await self.payment_view.aclose()
        if self._history_view is not None:
            await self._history_view.aclose()
        if self._history_page is not None and self._history_page.count() > 1:
            await self._history_page.widget(1).aclose()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.customer_mirror.close()
        self.payment_view.stop()
        if self._history_view is not None:
            self._history_view.stop()
        QApplication.instance().removeEventFilter(self.scan_router)
        super().closeEvent(event)
