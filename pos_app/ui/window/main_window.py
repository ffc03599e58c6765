"""The cashier window: stores | products | cart and customer, and the payment screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.api.models import Order
from pos_app.domain.cart import Cart, SellableItem
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.style import STYLE_SHEET, set_style_property
from pos_app.ui.common.tasks import TaskGroup
from pos_app.ui.payment.payment_view import PaymentView
from pos_app.ui.sale.cart_model import CartModel
from pos_app.ui.sale.cart_pane import CartPane
from pos_app.ui.sale.customer_form import CustomerForm
from pos_app.ui.sale.product_pane import ProductPane
from pos_app.ui.sale.sale_controller import Notice, SaleController
from pos_app.ui.sale.store_pane import StorePane
from pos_app.ui.window.scan_router import ScanRouter
from pos_app.ui.window.shortcuts_help import ShortcutsHelp

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
        controller_factory,
        training: bool,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE_SHEET)
        self.training = training
        self.cart_model = CartModel(parent=self)
        self._carts: dict[int, Cart] = {}
        self._cart_store_id: int | None = None
        self._payment_done = False
        self._tasks = TaskGroup()
        self.store_pane = store_pane
        self.product_pane = product_pane
        self.cart_pane = CartPane(self.cart_model)
        self.customer_form = CustomerForm()
        self.payment_view = payment_view
        # Built on first use (F8): the till opens faster without it.
        self._history_factory = history_factory
        self._history_view: HistoryView | None = None
        self._payment_from_history = False
        self._notice_kind: str | None = None  # what the notice's button does
        self.controller: SaleController = controller_factory(self)

        self.training_banner = QLabel(objectName="trainingBanner")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_banner.setVisible(training)
        self.notice = QLabel(objectName="noticeBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.notice_action = QPushButton(objectName="noticeAction")
        self.notice_action.hide()
        self.shipping_button = QPushButton(objectName="shippingButton")
        self.checkout_button = QPushButton(objectName="checkoutButton")
        self.checkout_button.setDefault(False)
        self.checkout_button.setAutoDefault(False)
        self.offline_badge = QLabel(objectName="offlineBadge")
        self.offline_badge.hide()
        self.history_button = QPushButton(objectName="historyButton")
        self.settings_button = QPushButton(objectName="settingsButton")
        self.settings_flow = None
        self.checkout_hint = QLabel(objectName="checkoutHint")
        self.checkout_hint.setWordWrap(True)

        self.stack = QStackedWidget(objectName="pages")
        self.stack.addWidget(self._sale_page())
        self.stack.addWidget(self.payment_view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.training_banner)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(12, 6, 12, 0)
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.notice_action)
        notice_row.addStretch(0)
        notice_row.addWidget(self.offline_badge)
        notice_row.addWidget(self.history_button)
        notice_row.addWidget(self.settings_button)
        layout.addLayout(notice_row)
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
        self.refresh_checkout_state()
        self.resize(1280, 800)
        self.product_pane.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sale_page(self) -> QWidget:
        right = QWidget(objectName="salePanel")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cart_pane, 3)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right_layout.addWidget(line)
        right_layout.addWidget(self.customer_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shipping_button)
        buttons.addWidget(self.checkout_button, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.checkout_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="saleSplitter")
        for pane in (self.store_pane, self.product_pane, right):
            wrapper = QWidget()
            wrapper.setObjectName("paneFrame")
            wrapper_layout = QVBoxLayout(wrapper)
            wrapper_layout.setContentsMargins(12, 12, 12, 12)
            wrapper_layout.addWidget(pane)
            splitter.addWidget(wrapper)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([250, 520, 510])
        splitter.setChildrenCollapsible(False)
        return splitter

    def _wire(self) -> None:
        c = self.controller
        self.store_pane.storeChosen.connect(c.choose_store)
        self.product_pane.itemChosen.connect(self.add_item)
        c.paymentMethodsLoaded.connect(self.customer_form.set_payment_methods)
        c.catalogReset.connect(self.product_pane.set_catalog)
        c.catalogAppended.connect(self.product_pane.add_items)
        c.catalogLoading.connect(self.product_pane.set_loading)
        c.shippingChanged.connect(self.cart_pane.set_shipping)
        c.shippingChanged.connect(lambda _choice: self.refresh_checkout_state())
        c.checkoutBusy.connect(lambda _busy: self.refresh_checkout_state())
        c.notice.connect(self.show_notice)
        c.orderCreated.connect(self.show_payment)
        c.settingsNeeded.connect(self.settingsRequested)
        c.storeChanged.connect(self._store_changed)
        c.connectionChanged.connect(self._connection_changed)
        self.store_pane.requestFailed.connect(c.note_failure)
        self.cart_model.cartChanged.connect(self._cart_changed)
        self.cart_model.modelReset.connect(self.refresh_checkout_state)
        self.customer_form.changed.connect(self.refresh_checkout_state)
        self.customer_form.paymentMethodChanged.connect(self._payment_method_changed)
        # Lambdas drop the clicked(bool) argument the methods do not take.
        self.checkout_button.clicked.connect(lambda: self.checkout())
        self.shipping_button.clicked.connect(lambda: self.choose_shipping())
        self.notice_action.clicked.connect(self._notice_action)
        self.settings_button.clicked.connect(lambda: self.open_settings())
        self.settingsRequested.connect(self.open_settings)
        self.payment_view.newSaleRequested.connect(self._leave_payment)
        self.history_button.clicked.connect(lambda: self.show_history())
        self.payment_view.paid.connect(self._payment_finished)
        self.payment_view.orderCanceled.connect(self._payment_finished)
        self.payment_view.paid.connect(self.controller.order_paid)
        self.payment_view.orderCanceled.connect(self.controller.order_canceled)

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
        bind(Qt.Key.Key_F2, self.focus_scan, sale_page)
        bind(Qt.Key.Key_F3, self.focus_search, sale_page)
        bind(Qt.Key.Key_F4, self.focus_customer, sale_page)
        bind(Qt.Key.Key_F5, self.choose_shipping, sale_page)
        bind(Qt.Key.Key_F6, self.focus_cart, sale_page)
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
        self.training_banner.setText(self.tr("TRAINING MODE – practice only, no real orders"))
        self.training_banner.setAccessibleName(self.tr("Training mode"))
        self.notice.setAccessibleName(self.tr("Message"))
        self.shipping_button.setText(self.tr("Shipping… (F5)"))
        self.settings_button.setText(self.tr("Settings (F10)"))
        self.offline_badge.setText(self.tr("● Offline – checking the connection…"))
        self.offline_badge.setAccessibleName(self.tr("Offline"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.history_button.setText(self.tr("History (F8)"))
        self.history_button.setAccessibleName(self.tr("Order history"))
        self.shipping_button.setAccessibleName(self.tr("Choose shipping"))
        self.checkout_button.setAccessibleName(self.tr("Checkout"))
        self.checkout_hint.setAccessibleName(self.tr("What is missing for checkout"))
        self._update_checkout_texts()

    # -- actions -------------------------------------------------------------------------
    def add_item(self, item: SellableItem) -> None:
        row = self.cart_model.add(item)
        self.cart_pane.select_row(row)

    def scan_from_anywhere(self, code: str) -> None:
        """A scan that arrived with the focus elsewhere: it belongs to the sale."""
        page = self.stack.currentIndex()
        if page == PAYMENT_PAGE and not (self._payment_done or self._payment_from_history):
            QApplication.beep()
            self.show_notice(
                Notice(
                    self.tr("A payment is still open. Start a new sale (Ctrl+N) before scanning."), "warning"
                )
            )
            return
        if page == PAYMENT_PAGE:
            self._leave_payment()  # paid or canceled: the scan starts the next sale
        if self.stack.currentIndex() != SALE_PAGE:
            self.stack.setCurrentIndex(SALE_PAGE)
        self.product_pane.submit_scan(code)
        self.focus_scan()

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
        if self.stack.currentIndex() != SALE_PAGE or self.controller.busy:
            return
        if self.controller.problems():
            self.customer_form.mark_all()
            invalid = self.customer_form.first_invalid_field()
            if invalid is not None:
                invalid.setFocus(Qt.FocusReason.OtherFocusReason)
            self.refresh_checkout_state()
            return
        self._tasks.start(self.controller.checkout())

    def choose_shipping(self) -> None:
        if self.stack.currentIndex() == SALE_PAGE and self.cart_model.cart.is_physical:
            self._tasks.start(self.controller.ask_for_shipping())

    def attach_settings(self, flow) -> None:
        self.settings_flow = flow
        flow.applied.connect(self._settings_applied)

    def open_settings(self) -> None:
        if self.settings_flow is not None:
            self._tasks.start(self.settings_flow.open(self))

    def _settings_applied(self, settings, restart: bool) -> None:
        self.controller.set_terminal(settings.terminal_name)
        if restart:
            text = self.tr("Settings saved. Restart Kasir to use the new address or mode.")
        else:
            text = self.tr("Settings saved. The sale continues: the cart and customer are kept.")
        self.show_notice(Notice(text))
        self.store_pane.refresh()

    def _connection_changed(self, online: bool) -> None:
        self.offline_badge.setVisible(not online)
        if online:
            self.store_pane.refresh()

    def _payment_finished(self, _order_pk: str) -> None:
        self._payment_done = True

    def show_history(self) -> None:
        if self.stack.currentIndex() == PAYMENT_PAGE and not self._payment_from_history:
            return  # the sale on the payment screen comes first
        history = self.history_view
        self.stack.setCurrentWidget(history)
        history.refresh()
        history.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            view = self._history_factory()
            view.reopenRequested.connect(self._reopen_from_history)
            self.stack.insertWidget(HISTORY_PAGE, view)
            self._history_view = view
        return self._history_view

    def _reopen_from_history(self, order: Order, store_name: str, total: int) -> None:
        self.show_payment(order, store_name, total)
        # The sale in progress (cart, customer) stays untouched behind the reopened QR.
        self._payment_from_history = True

    def _leave_payment(self) -> None:
        if self._payment_from_history:
            self.payment_view.stop()
            self.show_history()
            self._payment_from_history = False
        else:
            self.new_sale()

    def show_payment(self, order: Order, store_name: str, total: int) -> None:
        self._payment_from_history = False
        self._payment_done = False
        self.payment_view.show_order(order, store_name=store_name, total=total)
        self.stack.setCurrentIndex(PAYMENT_PAGE)
        self.payment_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_sale(self) -> None:
        self.payment_view.stop()
        self.cart_model.clear()
        self.customer_form.clear()
        self.controller.new_sale()
        self.stack.setCurrentIndex(SALE_PAGE)
        self.product_pane.search.clear()
        self.focus_scan()

    def go_back(self) -> None:
        if self.stack.currentIndex() == HISTORY_PAGE:
            self.history_view.stop()
            self.stack.setCurrentIndex(SALE_PAGE)
            self.focus_scan()
            return
        if self.stack.currentIndex() == PAYMENT_PAGE:
            if self._payment_done or self._payment_from_history:
                self._leave_payment()
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus is self.product_pane.search and focus.text():
            focus.clear()
            return
        self.focus_scan()

    def show_notice(self, notice: Notice | None) -> None:
        if notice is None:
            self.notice.hide()
            self.notice_action.hide()
            return
        self.notice.setText(notice.text)
        set_style_property(self.notice, "kind", notice.kind)
        self.notice.show()
        self._notice_kind = notice.action
        if notice.action == "resend":
            self.notice_action.setText(self.tr("Resend (F12)"))
        elif notice.action == "settings":
            self.notice_action.setText(self.tr("Open settings"))
        self.notice_action.setAccessibleName(self.notice_action.text())
        self.notice_action.setVisible(notice.action is not None)

    def _notice_action(self) -> None:
        if self._notice_kind == "resend":
            self.checkout()
        elif self._notice_kind == "settings":
            self.settingsRequested.emit()

    # -- state ---------------------------------------------------------------------------
    def _store_changed(self, store) -> None:
        # Each store keeps its own cart: moving through the store list never loses one.
        if self._cart_store_id is not None:
            self._carts[self._cart_store_id] = self.cart_model.cart
        self._cart_store_id = store.id
        self.cart_model.set_cart(self._carts.pop(store.id, None) or Cart())
        self.retranslate()
        self.refresh_checkout_state()

    def _cart_changed(self) -> None:
        self.controller.cart_or_method_changed()
        self.refresh_checkout_state()

    def _payment_method_changed(self, _method: str) -> None:
        self.controller.cart_or_method_changed()
        self.refresh_checkout_state()

    def refresh_checkout_state(self) -> None:
        problems = self.controller.problems()
        self.checkout_button.setEnabled(not self.controller.busy and not problems)
        self.shipping_button.setVisible(self.cart_model.cart.is_physical)
        self._update_checkout_texts(problems)

    def _update_checkout_texts(self, problems: list[str] | None = None) -> None:
        if problems is None:
            problems = self.controller.problems()
        hint = " ".join(problems)
        if self.controller.busy:
            self.checkout_button.setText(self.tr("Sending…"))
        elif self.controller.awaiting_resend:
            # The order may exist already: Resend sends the very same order again, never
            # a changed one, so that a found duplicate can still be recognised as ours.
            self.checkout_button.setText(self.tr("Resend (F12)"))
            hint = self.tr("Resend sends the order exactly as it was first sent. Ctrl+N starts over.")
        else:
            self.checkout_button.setText(self.tr("Checkout (F12)"))
        self.checkout_hint.setText(hint)
        self.checkout_hint.setVisible(bool(hint))

    async def aclose(self) -> None:
        """End every task of the window; the API client may be closed after this."""
        await self._tasks.aclose()
        await self.controller.aclose()
        await self.store_pane.aclose()
        await self.payment_view.aclose()
        if self._history_view is not None:
            await self._history_view.aclose()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.payment_view.stop()
        if self._history_view is not None:
            self._history_view.stop()
        QApplication.instance().removeEventFilter(self.scan_router)
        super().closeEvent(event)
