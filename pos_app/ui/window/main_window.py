"""The cashier window: stores | products | cart and customer, and the payment screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.sale import Action, Sale, SalePhase
from pos_app.services.receipts import ReceiptDesk, ReceiptSettings
from pos_app.services.shift_reports import ShiftReports
from pos_app.settings import AppSettings
from pos_app.storage.parked_sales import ParkedSales
from pos_app.ui.common.labels import WrappingLabel
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
from pos_app.ui.window.navigation import HISTORY_PAGE, PAYMENT_PAGE, SALE_PAGE, Navigation
from pos_app.ui.window.parking import Parking
from pos_app.ui.window.receipt_actions import ReceiptActions
from pos_app.ui.window.sale_page import build_sale_page
from pos_app.ui.window.sale_screen import SaleScreen
from pos_app.ui.window.scan_router import ScanRouter
from pos_app.ui.window.settings_actions import SettingsActions
from pos_app.ui.window.shift_menu import ShiftMenu
from pos_app.ui.window.shortcuts import bind_keys
from pos_app.ui.window.shortcuts_help import ShortcutsHelp
from pos_app.ui.window.top_bar import TopBar

if TYPE_CHECKING:
    from pos_app.ui.history.history_view import HistoryView


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
        self.settings = SettingsActions(self, receipt_settings)
        self.shift_menu = ShiftMenu(self, shift_reports, receipt_desk.print_lines if receipt_desk else None)

        self.top_bar = TopBar(training=training)
        self.training_banner = self.top_bar.training_banner
        self.notice = self.top_bar.notice
        self.shift_button = self.top_bar.shift_button
        self.shipping_button = QPushButton(objectName="shippingButton")
        self.checkout_button = QPushButton(objectName="checkoutButton")
        self.checkout_button.setDefault(False)
        self.checkout_button.setAutoDefault(False)
        self.set_aside_button = QPushButton(objectName="setAsideButton")
        self.set_aside_button.hide()
        self.park_button = QPushButton(objectName="parkSaleButton")
        self.checkout_hint = WrappingLabel(None, "checkoutHint")
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
        self.pages = Navigation(self, self.stack, history_factory, channels_factory)
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
        bind_keys(self, self.stack.widget(SALE_PAGE))
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
        c.skuLookupFailed.connect(self.product_pane.lookup_failed)
        c.catalogIncomplete.connect(self.product_pane.mark_incomplete)
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
        c.orderCreated.connect(self.pages.show_payment)
        c.orderSwitched.connect(self.pages.order_switched)
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
        self.top_bar.parked_button.clicked.connect(lambda: self._tasks.start(self.parking.resume()))
        # Lambdas drop the clicked(bool) argument the methods do not take.
        self.checkout_button.clicked.connect(lambda: self.checkout())
        self.shipping_button.clicked.connect(lambda: self.choose_shipping())
        self.top_bar.actionRequested.connect(self._notice_action)
        self.top_bar.settings_button.clicked.connect(lambda: self.settings.open())
        self.settingsRequested.connect(self.settings.open)
        self.payment_view.newSaleRequested.connect(self.pages.leave_payment)
        self.top_bar.history_button.clicked.connect(lambda: self.pages.show_history())
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
        self.pages.retranslate()
        self.shipping_button.setAccessibleName(self.tr("Choose shipping"))
        self.checkout_button.setAccessibleName(self.tr("Checkout"))
        self.checkout_hint.setAccessibleName(self.tr("What is missing for checkout"))
        self.set_aside_button.setText(self.tr("Leave in History"))
        self.park_button.setText(self.tr("Park (F9)"))
        self.park_button.setAccessibleName(self.tr("Put this sale aside for the next customer"))
        self.parking.refresh()
        self.set_aside_button.setAccessibleName(self.tr("Leave the unanswered order in History"))
        self.sale_screen.update_texts()

    # -- actions -------------------------------------------------------------------------
    @property
    def sale(self) -> Sale:
        return self.controller.sale

    def scan_from_anywhere(self, code: str) -> None:
        """A scan that arrived with the focus elsewhere: it belongs to the sale."""
        page = self.stack.currentIndex()
        if page == PAYMENT_PAGE and self.pages.payment_from_history:
            self.pages.leave_payment()
        elif page == PAYMENT_PAGE and self.sale.phase in (SalePhase.DONE, SalePhase.CANCELED):
            self.new_sale()  # paid or canceled: the scan starts the next sale
        if self.stack.currentIndex() == HISTORY_PAGE:
            self.pages.go_back()
        if not self.sale.allows(Action.EDIT):
            self.refuse(Action.EDIT, code=code)
            return
        self.product_pane.submit_scan(code, has_store=self.sale.store is not None)
        self.focus_scan()

    def refuse(self, action: Action, **what: str) -> None:
        self.sale_screen.refuse(action, **what)

    def _sale_phase_changed(self, sale: Sale) -> None:
        if sale.phase is SalePhase.DONE and sale.sent is not None:
            # The payment screen holds the freshest answer (paid, with its order page link).
            shown = self.payment_view.order()
            order = shown if shown is not None and shown.id == getattr(sale.order, "id", None) else sale.order
            self.receipts.sale_done(sale.sent.receipt, order)

    def receipt_printed(self, _receipt: str) -> None:
        if self.top_bar.notice_kind == "print":
            self.show_notice(None)  # the earlier "printer offline" is settled

    def receipt_columns(self) -> int:
        desk = self.receipts.desk
        return desk.settings.width if desk is not None else 48

    def app_clock(self) -> datetime:
        return self._clock()

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
        self.settings.attach(flow)

    def apply_settings(self, settings: AppSettings, *, customer_display: bool | None = None) -> None:
        self.settings.apply(settings, customer_display=customer_display)

    def run(self, coro) -> None:
        """Start work the window owns: it ends when the window closes."""
        self._tasks.start(coro)

    def _connection_changed(self, online: bool) -> None:
        self.top_bar.offline_badge.setVisible(not online)
        if online:
            self.store_pane.refresh()
            self.shift_menu.refresh_statuses()

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

    # -- pages (ui.window.navigation) -------------------------------------------------------
    @property
    def history_view(self) -> HistoryView:
        return self.pages.history_view

    def on_sale_page(self) -> bool:
        return self.pages.on_sale_page()

    def back_to_sale(self) -> None:
        self.pages.back_to_sale()

    def go_back(self) -> None:
        self.pages.go_back()

    def store_id(self) -> int | None:
        return self.sale.store.id if self.sale.store is not None else None

    def refresh_checkout_state(self) -> None:
        self.sale_screen.refresh()

    async def aclose(self) -> None:
        """End every task of the window; the API client may be closed after this."""
        await self._tasks.aclose()
        await self.settings.aclose()
        await self.shift_menu.aclose()
        await self.receipts.aclose()
        await self.controller.aclose()
        await self.store_pane.aclose()
        await self.payment_view.aclose()
        await self.pages.aclose()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.customer_mirror.close()
        self.payment_view.stop()
        self.pages.stop()
        QApplication.instance().removeEventFilter(self.scan_router)
        super().closeEvent(event)
