"""The flow of one sale: store → catalog → cart → shipping quote → order.

Lives apart from the window's layout so the window stays a thin arrangement of panes; the
sale's state is the domain's :class:`~pos_app.domain.sale.Sale`, the business rules are in
the domain and the services this calls. Sending the order is :mod:`.checkout_flow`'s part.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.api.errors import ApiError, AuthError
from pos_app.api.models import Order, Store
from pos_app.domain.cart import SellableItem
from pos_app.domain.cash import CashTender
from pos_app.domain.order_payload import ShippingChoice
from pos_app.domain.payment_methods import CASH, cash_carrier
from pos_app.domain.sale import Action, Sale
from pos_app.services.cash_marks import CashMarks
from pos_app.services.catalog import CatalogBatch, CatalogService
from pos_app.services.checkout import CheckoutService
from pos_app.services.connection_watch import ConnectionWatch, is_offline_error
from pos_app.services.method_switch import MethodSwitch, SwitchUnknown
from pos_app.services.shipping import ShippingService
from pos_app.services.stores import StoreDirectory
from pos_app.storage.journal import JournalStateError
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.tasks import TaskGroup, TaskSlot
from pos_app.ui.sale.checkout_flow import CheckoutFlow
from pos_app.ui.sale.notice import Notice
from pos_app.ui.sale.session_recovery import SessionRecovery

__all__ = ["Notice", "SaleController"]

log = logging.getLogger(__name__)

REQUOTE_DEBOUNCE_MS = 300


class SaleController(QObject):
    """Signals carry what the window shows; the window never calls a service itself."""

    storeChanged = Signal(object)  # Store
    storeRefused = Signal(object)  # the sale's own store: the list goes back to it
    saleChanged = Signal(object)  # Sale
    paymentMethodsLoaded = Signal(list)
    catalogReset = Signal(list, list)  # variants, bundle options
    catalogAppended = Signal(list, list)
    catalogLoading = Signal(bool)
    catalogIncomplete = Signal()  # the load stopped part-way: a SKU not seen may still exist
    skuLookedUp = Signal(str, object)  # code, SellableItem | None (the server's answer)
    skuLookupFailed = Signal(str)  # code: the server could not be asked
    shippingChanged = Signal(object)  # ShippingChoice | None
    checkoutBusy = Signal(bool)
    notice = Signal(object)  # Notice | None
    orderCreated = Signal(object, object)  # Order, SentOrder
    orderSwitched = Signal(object, object)  # the new Order, its JournalEntry
    switchFailed = Signal(str)  # why the payment method was not changed
    settingsNeeded = Signal()
    connectionChanged = Signal(bool)  # False: the server cannot be reached; True: it is back

    def __init__(
        self,
        *,
        stores: StoreDirectory,
        catalog: CatalogService,
        shipping: ShippingService,
        checkout: CheckoutService,
        terminal_name: str,
        window,
        cash_marks: CashMarks | None = None,
        method_switch: MethodSwitch | None = None,
        cash_method: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stores = stores
        self._catalog = catalog
        self.shipping_service = shipping
        self._window = window  # the window: dialogs' parent and focus after them
        self.sale = Sale(on_change=self.saleChanged.emit)
        self.shipping: ShippingChoice | None = None
        self._catalog_task = TaskSlot("catalog")
        self._methods_task = TaskSlot("payment methods")
        self._requote_task = TaskSlot("requote")
        self._sku_lookups = TaskGroup()
        self._background = TaskGroup()
        self._asking_shipping = False
        self._watch = TaskSlot("connection watch")
        self._catalog_failed = False
        self._refreshed_stores: set[int] = set()
        self._requote_timer = QTimer(self, singleShot=True, interval=REQUOTE_DEBOUNCE_MS)
        self._requote_timer.timeout.connect(self._start_requote)
        self.checkout_flow = CheckoutFlow(self, checkout, terminal_name)
        self._cash_marks = cash_marks
        self._method_switch = method_switch
        self._cash_preference = cash_method  # Settings: which store method records cash
        self._store_methods: list[str] = []
        self.shift_id: str | None = None  # the open shift every sale belongs to

    @property
    def store(self) -> Store | None:
        return self.sale.store  # type: ignore[return-value]

    # -- store and catalog ---------------------------------------------------------------
    def choose_store(self, store: Store) -> None:
        current = self.sale.store
        if current is not None and current.id != store.id and not self.sale.allows(Action.SWITCH_STORE):
            # The order on its way belongs to this store: the list goes back to it.
            self.storeRefused.emit(current)
            return
        same = current is not None and current.id == store.id
        self.sale.choose_store(store)
        if same:
            return
        self.set_shipping(None)
        self.storeChanged.emit(store)
        if store.payment_methods:
            # The listing carries them: usable at once, confirmed by the store route below.
            self._methods_known(list(store.payment_methods))
        self._catalog_task.start(self._load_catalog(store))

    async def _load_payment_methods(self, store: Store) -> None:
        try:
            methods = await self.stores.payment_methods(store)
        except ApiError as exc:
            if not store.payment_methods:
                self.notice.emit(Notice(lambda exc=exc: error_message(exc), "warning"))
            return
        if methods != list(store.payment_methods):
            self._methods_known(methods)

    def _methods_known(self, methods: list[str]) -> None:
        self._store_methods = methods
        # Cash is offered when one of the store's manual methods can carry it.
        offered = [*methods, CASH] if cash_carrier(methods, self._cash_preference) else methods
        self.paymentMethodsLoaded.emit(offered)

    @property
    def store_methods(self) -> tuple[str, ...]:
        return tuple(self._store_methods)

    def set_cash_method(self, preferred: str) -> None:
        self._cash_preference = preferred
        if self._store_methods:
            self._methods_known(self._store_methods)

    @property
    def order_method(self) -> str | None:
        """The method the order is created with: cash goes out as the owner's manual method."""
        method = self.sale.payment_method
        if method == CASH:
            return cash_carrier(self._store_methods, self._cash_preference)
        return method

    async def ask_cash(self, total: int) -> CashTender | None:
        from pos_app.ui.payment.cash_dialog import ask_cash

        try:
            return await ask_cash(self._window, total)
        finally:
            self._window.activateWindow()

    async def ensure_shift(self) -> bool:
        """A sale belongs to an open shift: opened here in one step when there is none.

        True when the sale may go on (a till without shifts set up always may)."""
        menu = getattr(self._window, "shift_menu", None)
        if menu is None or not menu.enabled:
            return True
        self.shift_id = await menu.ensure_open()
        return self.shift_id is not None

    def known_customers(self, phone: str) -> list[tuple[str, str]]:
        return self.checkout_flow.known_customers(phone)

    async def switch_method(self, order_pk: str, method: str) -> None:
        """Pay an unpaid order with another method: Scalev duplicates it and cancels the first."""
        receipt = self.checkout_flow.receipt_of(order_pk)
        if self._method_switch is None or receipt is None:
            return
        try:
            order = await self._method_switch.switch(receipt, method)
        except SwitchUnknown:
            text = lambda: self.tr("No answer about the new payment method. Check the order in History.")  # noqa: E731
            self.notice.emit(Notice(text, "error"))
            self.switchFailed.emit(text())
            return
        except (ApiError, JournalStateError) as exc:
            failure = exc

            def text() -> str:
                reason = error_message(failure) if isinstance(failure, ApiError) else str(failure)
                return self.tr("The payment method was not changed. {reason}").format(reason=reason)

            self.notice.emit(Notice(text, "error"))
            self.switchFailed.emit(text())
            return
        self.checkout_flow.remember_receipt(order.id, receipt)
        if self.sale.order is not None and getattr(self.sale.order, "id", None) == order_pk:
            self.sale.order = order
        entry = self._method_switch.entry(receipt)
        self.notice.emit(None)
        self.orderSwitched.emit(order, entry)

    def cash_taken(self, receipt: str) -> None:
        """The money is in the drawer: mark the order paid on the server (retried until it is)."""
        if self._cash_marks is not None:
            self._background.start(self._cash_marks.mark(receipt))

    async def _load_catalog(self, store: Store) -> None:
        self._catalog_failed = False
        cached = await self._catalog.cached(store)
        if cached is not None:
            self.catalogReset.emit(cached.variants, cached.bundle_options)
        else:
            self.catalogReset.emit([], [])
        # The network comes second: the saved catalog is on screen before the first request.
        self._methods_task.start(self._load_payment_methods(store))
        if cached is not None and store.id in self._refreshed_stores:
            return  # already fetched this session: going back to a store costs no requests
        self.catalogLoading.emit(True)
        fresh = CatalogBatch()
        try:
            async for batch in self._catalog.fetch(store):
                if cached is None:
                    self.catalogAppended.emit(batch.variants, batch.bundle_options)
                else:
                    # Refreshing behind a cached catalog: swap once, so rows never double.
                    fresh.variants.extend(batch.variants)
                    fresh.bundle_options.extend(batch.bundle_options)
            if cached is not None:
                self.catalogReset.emit(fresh.variants, fresh.bundle_options)
            self._refreshed_stores.add(store.id)
        except ApiError as exc:
            self._catalog_failed = True
            self.catalogIncomplete.emit()
            if cached is not None:
                self.notice.emit(
                    Notice(lambda: self.tr("Offline: selling from the saved catalog."), "warning")
                )
            else:
                self.notice.emit(Notice(lambda exc=exc: error_message(exc), "error"))
            if isinstance(exc, AuthError):
                self.settingsNeeded.emit()
            self.note_failure(exc)
        finally:
            self.catalogLoading.emit(False)

    def look_up_sku(self, code: str) -> None:
        """Ask the server for a SKU the catalog loaded so far does not have (yet)."""
        store = self.store
        if store is not None:
            self._sku_lookups.start(self._look_up_sku(store, code))

    async def _look_up_sku(self, store: Store, code: str) -> None:
        item: SellableItem | None = None
        try:
            item = await self._catalog.look_up_sku(store, code)
        except ApiError as exc:
            # Not an answer: the product list decides if it is still loading; else the scan
            # is handed back to the cashier, never called unknown.
            log.info("SKU lookup failed (%s)", type(exc).__name__)
            if self.store is not None and self.store.id == store.id:
                self.skuLookupFailed.emit(code)
            return
        if self.store is not None and self.store.id == store.id:
            self.skuLookedUp.emit(code, item)

    # -- shipping quote --------------------------------------------------------------------
    def set_shipping(self, choice: ShippingChoice | None) -> None:
        self.shipping = choice
        self.shippingChanged.emit(choice)

    def cart_or_method_changed(self) -> None:
        """A quote is only good for the cart and method it was made for: quote again."""
        if self.shipping is None:
            return
        if not self.sale.cart.is_physical:
            self.set_shipping(None)
            return
        self._requote_timer.start()

    def _start_requote(self) -> None:
        if self.shipping is not None and self.store is not None:
            self._requote_task.start(self._requote())

    async def _requote(self) -> None:
        choice, store = self.shipping, self.store
        assert choice is not None and store is not None
        cart, method = self.sale.cart, self.order_method or ""
        if choice.is_valid_for(cart, method):
            return
        try:
            fresh = await self.shipping_service.requote(store, choice, cart, method)
        except ApiError as exc:
            fresh = None
            self.notice.emit(Notice(lambda exc=exc: error_message(exc), "warning"))
        if fresh is None:
            self.notice.emit(
                Notice(
                    lambda: self.tr("The courier is not available any more; choose shipping again."),
                    "warning",
                )
            )
        self.set_shipping(fresh)

    async def settle_requote(self) -> None:
        """A pending re-quote is finished now (checkout must not race it)."""
        if self._requote_timer.isActive():
            self._requote_timer.stop()
            self._start_requote()
        if self._requote_task.running and self._requote_task.task is not None:
            await asyncio.shield(self._requote_task.task)

    async def ask_for_shipping(self) -> ShippingChoice | None:
        from pos_app.ui.shipping.dialog import ask_for_shipping  # the dialog pulls in many widgets

        if self.store is None or self._asking_shipping or not self.sale.allows(Action.EDIT):
            return None  # one shipping dialog at a time, and none for a locked sale
        self._asking_shipping = True
        try:
            choice = await ask_for_shipping(
                self._window,
                self.shipping_service,
                store=self.store,
                cart=self.sale.cart,
                payment_method=self.order_method or "",
                previous=self.shipping,
            )
        finally:
            self._asking_shipping = False
            # Back to the till with the keyboard where the cashier left it.
            self._window.activateWindow()
        if choice is not None and self.sale.allows(Action.EDIT):
            self.set_shipping(choice)
        return choice

    # -- checkout (see CheckoutFlow) --------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.checkout_flow.busy

    @property
    def awaiting_resend(self) -> bool:
        """An order went out with no answer and was not found: the next press resends it."""
        return self.checkout_flow.awaiting_decision

    def problems(self) -> list[str]:
        return self.checkout_flow.problems()

    async def checkout(self) -> Order | None:
        return await self.checkout_flow.checkout()

    def set_aside(self) -> None:
        self.checkout_flow.set_aside()

    # -- after the sale -----------------------------------------------------------------
    def order_paid(self, order_pk: str) -> None:
        self.checkout_flow.order_paid(order_pk)

    def order_canceled(self, order_pk: str) -> None:
        self.checkout_flow.order_canceled(order_pk)

    def remember_receipt(self, order_pk: str, receipt: str) -> None:
        self.checkout_flow.remember_receipt(order_pk, receipt)

    def receipt_of(self, order_pk: str) -> str | None:
        return self.checkout_flow.receipt_of(order_pk)

    def recover_last_session(self) -> None:
        """Settle what a crash or a kill left open (ui.sale.session_recovery)."""
        recovery = SessionRecovery(self.checkout_flow, self._cash_marks, self)
        recovery.notice.connect(self.notice)
        self._background.start(recovery.run())

    # -- connection ------------------------------------------------------------------------
    def note_failure(self, exc: BaseException) -> None:
        """A request failed; when the network is the reason, watch for it to come back."""
        if is_offline_error(exc) and not self._watch.running:
            self.connectionChanged.emit(False)
            self._watch.start(self._wait_until_back())

    async def _wait_until_back(self) -> None:
        await ConnectionWatch(self.stores.probe).wait_until_back()
        self.connectionChanged.emit(True)
        self.notice.emit(
            Notice(lambda: self.tr("Connected again. The cart and customer are kept; you can check out."))
        )
        if self._catalog_failed and self.store is not None:
            self._catalog_task.start(self._load_catalog(self.store))
        if self._cash_marks is not None:
            # Retried by itself while the server still refuses it, not only at the next event.
            self._background.start(self._cash_marks.catch_up())

    def set_terminal(self, name: str) -> None:
        self.checkout_flow.set_terminal(name)

    def new_sale(self) -> None:
        """Call only when the sale allows it (the window asks first)."""
        self.sale.start_new()
        self.set_shipping(None)
        self.notice.emit(None)

    async def aclose(self) -> None:
        self._requote_timer.stop()
        for slot in (self._catalog_task, self._methods_task, self._requote_task, self._watch):
            await slot.aclose()
        await self._sku_lookups.aclose()
        await self._background.aclose()
        await self.checkout_flow.aclose()
        if self._cash_marks is not None:
            await self._cash_marks.aclose()
