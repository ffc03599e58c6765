"""The flow of one sale: store → catalog → cart → shipping quote → order.

Lives apart from the window's layout so the window stays a thin arrangement of panes;
all business rules are in the domain and services this calls.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.api.errors import ApiError, AuthError, RateLimitedError, ValidationError
from pos_app.api.models import Order, Store
from pos_app.domain.customer import CustomerField
from pos_app.domain.order_payload import ShippingChoice, build_order_payload, sale_total
from pos_app.services.catalog import CatalogBatch, CatalogService
from pos_app.services.checkout import CheckoutService, OutcomeUnknown, RecoveryKind
from pos_app.services.connection_watch import ConnectionWatch, is_offline_error
from pos_app.services.shipping import ShippingService
from pos_app.services.stores import StoreDirectory
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.tasks import TaskGroup, TaskSlot

log = logging.getLogger(__name__)

REQUOTE_DEBOUNCE_MS = 300
MAX_RATE_LIMIT_WAIT_S = 60.0
# While the server cannot be reached at start, look again after these pauses.
RECOVERY_RETRY_DELAYS_S = (10.0, 30.0, 60.0, 120.0)


@dataclass(frozen=True)
class Notice:
    text: str
    kind: str = "info"  # info | error | warning
    action: str | None = None  # "resend" | "settings" | None


class SaleController(QObject):
    """Signals carry what the window shows; the window never calls a service itself."""

    storeChanged = Signal(object)  # Store
    paymentMethodsLoaded = Signal(list)
    catalogReset = Signal(list, list)  # variants, bundle options
    catalogAppended = Signal(list, list)
    catalogLoading = Signal(bool)
    shippingChanged = Signal(object)  # ShippingChoice | None
    checkoutBusy = Signal(bool)
    notice = Signal(object)  # Notice | None
    orderCreated = Signal(object, str, int)  # Order, store name, total
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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stores = stores
        self._catalog = catalog
        self.shipping_service = shipping
        self._checkout = checkout
        self._terminal = terminal_name
        self._window = window  # the window: its cart model, customer form and dialogs' parent
        self.store: Store | None = None
        self.shipping: ShippingChoice | None = None
        self._catalog_task = TaskSlot()
        self._methods_task = TaskSlot()
        self._requote_task = TaskSlot()
        self._background = TaskGroup()
        self._busy = False
        self._asking_shipping = False
        self._unknown_receipt: str | None = None
        self._receipts: dict[str, str] = {}  # order pk -> local receipt number
        self._watch = TaskSlot()
        self._catalog_failed = False
        self._refreshed_stores: set[int] = set()
        self._requote_timer = QTimer(self, singleShot=True, interval=REQUOTE_DEBOUNCE_MS)
        self._requote_timer.timeout.connect(self._start_requote)

    # -- store and catalog ---------------------------------------------------------------
    def choose_store(self, store: Store) -> None:
        self.store = store
        self.set_shipping(None)
        self.storeChanged.emit(store)
        if store.payment_methods:
            # The listing carries them: usable at once, confirmed by the store route below.
            self.paymentMethodsLoaded.emit(list(store.payment_methods))
        self._catalog_task.start(self._load_catalog(store))

    async def _load_payment_methods(self, store: Store) -> None:
        try:
            methods = await self.stores.payment_methods(store)
        except ApiError as exc:
            if not store.payment_methods:
                self.notice.emit(Notice(error_message(exc), "warning"))
            return
        if methods != list(store.payment_methods):
            self.paymentMethodsLoaded.emit(methods)

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
            if cached is not None:
                self.notice.emit(Notice(self.tr("Offline: selling from the saved catalog."), "warning"))
            else:
                self.notice.emit(Notice(error_message(exc), "error"))
            if isinstance(exc, AuthError):
                self.settingsNeeded.emit()
            self.note_failure(exc)
        finally:
            self.catalogLoading.emit(False)

    # -- shipping quote --------------------------------------------------------------------
    def set_shipping(self, choice: ShippingChoice | None) -> None:
        self.shipping = choice
        self.shippingChanged.emit(choice)

    def cart_or_method_changed(self) -> None:
        """A quote is only good for the cart and method it was made for: quote again."""
        if self.shipping is None:
            return
        cart = self._window.cart_model.cart
        if not cart.is_physical:
            self.set_shipping(None)
            return
        self._requote_timer.start()

    def _start_requote(self) -> None:
        if self.shipping is not None and self.store is not None:
            self._requote_task.start(self._requote())

    async def _requote(self) -> None:
        choice, store = self.shipping, self.store
        assert choice is not None and store is not None
        cart = self._window.cart_model.cart
        method = self._window.customer_form.payment_method()
        if choice.is_valid_for(cart, method):
            return
        try:
            fresh = await self.shipping_service.requote(store, choice, cart, method)
        except ApiError as exc:
            fresh = None
            self.notice.emit(Notice(error_message(exc), "warning"))
        if fresh is None:
            self.notice.emit(
                Notice(self.tr("The courier is not available any more; choose shipping again."), "warning")
            )
        self.set_shipping(fresh)

    async def ask_for_shipping(self) -> ShippingChoice | None:
        from pos_app.ui.shipping.dialog import ask_for_shipping  # the dialog pulls in many widgets

        if self.store is None or self._asking_shipping:
            return None  # one shipping dialog at a time, however the keys are pressed
        self._asking_shipping = True
        try:
            choice = await ask_for_shipping(
                self._window,
                self.shipping_service,
                store=self.store,
                cart=self._window.cart_model.cart,
                payment_method=self._window.customer_form.payment_method(),
                previous=self.shipping,
            )
        finally:
            self._asking_shipping = False
            # Back to the till with the keyboard where the cashier left it.
            self._window.activateWindow()
        if choice is not None:
            self.set_shipping(choice)
        return choice

    # -- checkout ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def awaiting_resend(self) -> bool:
        """An order went out with no answer and was not found: the next press resends it."""
        return self._unknown_receipt is not None

    def problems(self) -> list[str]:
        """Why checkout cannot start yet, in the order the cashier should fix them."""
        problems = []
        if self.store is None:
            problems.append(self.tr("Choose a store."))
        if self._window.cart_model.cart.is_empty:
            problems.append(self.tr("Add at least one item."))
        if not self._window.customer_form.is_valid():
            problems.append(self.tr("Complete the customer's details."))
        if not self._window.customer_form.payment_method():
            problems.append(self.tr("Choose a payment method."))
        return problems

    async def checkout(self) -> Order | None:
        if self._busy:
            return None  # a double click or a held Enter never sends a second order
        self._busy = True
        self.checkoutBusy.emit(True)
        try:
            return await self._checkout_once()
        finally:
            self._busy = False
            self.checkoutBusy.emit(False)

    async def _checkout_once(self) -> Order | None:
        if self._unknown_receipt is not None:
            return await self._submit(lambda: self._checkout.resend(self._unknown_receipt or ""))
        if self.problems():
            self._window.customer_form.mark_all()
            return None
        store = self.store
        assert store is not None
        cart = self._window.cart_model.cart
        method = self._window.customer_form.payment_method()
        if self._requote_timer.isActive():
            self._requote_timer.stop()
            self._start_requote()
        if self._requote_task.running and self._requote_task.task is not None:
            await asyncio.shield(self._requote_task.task)
        shipping = self.shipping
        if cart.is_physical and (shipping is None or not shipping.is_valid_for(cart, method)):
            shipping = await self.ask_for_shipping()
            if shipping is None:
                return None
        customer = self._window.customer_form.customer()
        assert customer is not None
        payload = build_order_payload(
            store_unique_id=store.unique_id,
            customer=customer,
            cart=cart,
            payment_method=method,
            shipping=shipping if cart.is_physical else None,
            metadata={"pos_terminal": self._terminal},
        )
        total = sale_total(cart, shipping)
        return await self._submit(lambda: self._checkout.submit(store=store, payload=payload, total=total))

    async def _submit(self, send) -> Order | None:
        self.notice.emit(Notice(self.tr("Sending the order…")))
        for _attempt in range(2):
            try:
                result = await send()
            except RateLimitedError as exc:
                # The server refused before doing anything, so waiting and sending is safe.
                wait = min(exc.retry_after, MAX_RATE_LIMIT_WAIT_S)
                await self._count_down(wait)
                continue
            except OutcomeUnknown as exc:
                self._unknown_receipt = exc.receipt
                self.notice.emit(
                    Notice(
                        self.tr(
                            "No answer from the server, and the order was not found there. "
                            "Nothing is lost: press Resend (F12) to send it again."
                        ),
                        "error",
                        action="resend",
                    )
                )
                return None
            except ValidationError as exc:
                self._show_validation(exc)
                return None
            except AuthError as exc:
                self.notice.emit(Notice(error_message(exc), "error", action="settings"))
                self.settingsNeeded.emit()
                return None
            except ApiError as exc:
                self.notice.emit(Notice(error_message(exc) + " " + self.tr("The cart is kept."), "error"))
                self.note_failure(exc)
                return None
            self._unknown_receipt = None
            self._receipts[result.order.id] = result.receipt
            self.notice.emit(None)
            store_name = self.store.name if self.store else ""
            # The journal's total is the one of the order sent, also for a resend.
            self.orderCreated.emit(result.order, store_name, result.entry.total)
            return result.order
        self.notice.emit(Notice(self.tr("The server is still busy. Try again in a moment."), "error"))
        return None

    async def _count_down(self, seconds: float) -> None:
        remaining = seconds
        while remaining > 0:
            self.notice.emit(
                Notice(
                    self.tr("Too many requests. Sending in {seconds} s…").format(
                        seconds=int(remaining + 0.99)
                    )
                )
            )
            step = min(1.0, remaining)
            await asyncio.sleep(step)
            remaining -= step

    def _show_validation(self, exc: ValidationError) -> None:
        by_field = {field.value: field for field in CustomerField}
        customer_errors = {}
        others = []
        for name, messages in exc.field_errors.items():
            text = "; ".join(messages)
            if name in by_field:
                customer_errors[by_field[name]] = text
            elif name == "payment_method":
                self._window.customer_form.set_payment_error(text)
            else:
                others.append(f"{name}: {text}")
        if customer_errors:
            self._window.customer_form.set_server_errors(customer_errors)
        detail = " ".join(others)
        text = self.tr("The server did not accept the order. The cart is kept.")
        self.notice.emit(Notice(f"{text} {detail}".strip(), "error"))
        if any(
            name.startswith(("courier", "shipping", "location", "warehouse")) for name in exc.field_errors
        ):
            self.set_shipping(None)

    # -- after the sale -----------------------------------------------------------------
    def order_paid(self, order_pk: str) -> None:
        self._settle(order_pk, self._checkout.mark_paid)

    def order_canceled(self, order_pk: str) -> None:
        self._settle(order_pk, self._checkout.mark_canceled)

    def _settle(self, order_pk: str, mark) -> None:
        receipt = self._receipts.get(order_pk)
        if receipt is None:
            return
        try:
            mark(receipt)
        except Exception:
            log.exception("journal could not record the end of %s", receipt)

    def remember_receipt(self, order_pk: str, receipt: str) -> None:
        self._receipts[order_pk] = receipt

    def recover_last_session(self) -> None:
        self._background.start(self._recover())

    async def _recover(self) -> None:
        """Settle what a crash or a kill left open; nothing is ever sent without the cashier."""
        for delay in RECOVERY_RETRY_DELAYS_S:
            outcomes = await self._checkout.recover_unfinished()
            kinds = [outcome.kind for outcome in outcomes]
            adopted = kinds.count(RecoveryKind.ADOPTED)
            open_ = kinds.count(RecoveryKind.NOT_SENT) + kinds.count(RecoveryKind.UNKNOWN)
            if adopted or open_:
                text = self.tr("Last session: {adopted} order(s) found on the server and recorded.").format(
                    adopted=adopted
                )
                if open_:
                    text += " " + self.tr("{count} sale(s) were not sent: see History (F8).").format(
                        count=open_
                    )
                self.notice.emit(Notice(text, "warning" if open_ else "info"))
            if RecoveryKind.UNREACHABLE not in kinds:
                return
            await asyncio.sleep(delay)

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
            Notice(self.tr("Connected again. The cart and customer are kept; you can check out."))
        )
        if self._catalog_failed and self.store is not None:
            self._catalog_task.start(self._load_catalog(self.store))

    def set_terminal(self, name: str) -> None:
        self._terminal = name

    def new_sale(self) -> None:
        self._unknown_receipt = None
        self.set_shipping(None)
        self.notice.emit(None)

    async def aclose(self) -> None:
        self._requote_timer.stop()
        for slot in (self._catalog_task, self._methods_task, self._requote_task, self._watch):
            await slot.aclose()
        await self._background.aclose()
