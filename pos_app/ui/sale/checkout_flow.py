"""Sending the sale: checkout, resend, set aside, and what each answer means for the cashier.

The sale's phase (:class:`~pos_app.domain.sale.Sale`) moves with every step, so everything
else on screen knows at once that the order is on its way and nothing may change it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.api.errors import ApiError, AuthError, RateLimitedError, ValidationError
from pos_app.api.models import Order
from pos_app.domain.cash import CashTender
from pos_app.domain.customer import CustomerField
from pos_app.domain.order_payload import ShippingChoice, build_order_payload, sale_total
from pos_app.domain.payment_methods import CASH, SETTLED_AT_CREATION
from pos_app.domain.sale import Action, SalePhase, SentOrder
from pos_app.services.checkout import CheckoutService, SaleExtras
from pos_app.services.checkout_outcomes import CheckoutResult, OutcomeUnknown, RecoveryOutcome
from pos_app.storage.journal import JournalStateError, JournalWriteError
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.money_format import format_money
from pos_app.ui.sale.notice import Notice

if TYPE_CHECKING:
    from pos_app.ui.sale.sale_controller import SaleController

log = logging.getLogger(__name__)

MAX_RATE_LIMIT_WAIT_S = 60.0


class CheckoutFlow(QObject):
    def __init__(self, controller: SaleController, service: CheckoutService, terminal: str) -> None:
        super().__init__(controller)
        self._c = controller
        self._service = service
        self._terminal = terminal
        self._receipts: dict[str, str] = {}  # order pk -> local receipt number
        self.pending_scans = 0  # scanned codes still being looked up (the window counts them)
        self.discount_problem = ""  # a discount the cashier typed that cannot be read

    def set_terminal(self, name: str) -> None:
        """Applies to the next sale: its payload and its receipt number carry the new name."""
        self._terminal = name
        self._service.set_terminal(name)

    @property
    def busy(self) -> bool:
        return self._c.sale.phase is SalePhase.SENDING

    @property
    def awaiting_decision(self) -> bool:
        return self._c.sale.phase is SalePhase.AWAITING_DECISION

    def problems(self) -> list[str]:
        """Why checkout cannot start yet, in the order the cashier should fix them."""
        sale = self._c.sale
        if sale.phase is not SalePhase.EDITING:
            return []
        problems = []
        if sale.store is None:
            problems.append(self.tr("Choose a store."))
        if sale.cart.is_empty:
            problems.append(self.tr("Add at least one item."))
        if self.pending_scans:
            problems.append(self.tr("Wait until the scanned SKU is found."))
        if self.discount_problem or not sale.discount_fits:
            problems.append(self.tr("Correct the discount."))
        if sale.customer is None:
            problems.append(self.tr("Complete the customer's details."))
        if not sale.payment_method:
            problems.append(self.tr("Choose a payment method."))
        elif sale.payment_method == CASH and self._c.order_method is None:
            problems.append(self.tr("Cash cannot be recorded for this store: see Settings."))
        return problems

    # -- the cashier's actions ---------------------------------------------------------------
    async def checkout(self) -> Order | None:
        sale = self._c.sale
        if sale.phase is SalePhase.AWAITING_DECISION:
            sent = sale.begin_resend()
            assert sent.receipt is not None
            return await self._submit(lambda: self._service.resend(sent.receipt or ""))
        if not sale.allows(Action.CHECKOUT) or self.problems():
            return None  # a double click or a held Enter never sends a second order
        await self._c.settle_requote()
        method = self._c.order_method or ""
        shipping = self._c.shipping
        quoted = shipping is not None and shipping.is_valid_for(sale.cart, method)
        if sale.cart.is_physical and not quoted:
            shipping = await self._c.ask_for_shipping()
            if shipping is None:
                return None
        if not self._still_ready(shipping):
            return None
        if not await self._c.ensure_shift() or not self._still_ready(shipping):
            return None
        discount = sale.discount_amount
        total = sale_total(sale.cart, shipping, discount)
        tender: CashTender | None = None
        if sale.payment_method == CASH:
            tender = await self._c.ask_cash(total)
            if tender is None or not self._still_ready(shipping):
                return None
        return await self._send_new(method, shipping, discount, total, tender)

    def _still_ready(self, shipping: ShippingChoice | None) -> bool:
        """Nothing changed while a dialog (shipping, cash) was open."""
        sale = self._c.sale
        cart, method = sale.cart, self._c.order_method or ""
        if self.problems() or (cart.is_physical and not (shipping and shipping.is_valid_for(cart, method))):
            self._c.notice.emit(
                Notice(lambda: self.tr("The sale changed meanwhile: check it and press Checkout again."))
            )
            return False
        return True

    async def _send_new(
        self,
        method: str,
        shipping: ShippingChoice | None,
        discount: int,
        total: int,
        tender: CashTender | None,
    ) -> Order | None:
        sale = self._c.sale
        store, customer, cart = sale.store, sale.customer, sale.cart
        assert store is not None and customer is not None
        metadata: dict[str, object] = {"pos_terminal": self._terminal}
        notes = None
        if tender is not None:
            metadata.update(pos_cash_tendered=tender.tendered, pos_cash_change=tender.change)
            # For the owner in the Scalev dashboard: cash has no method of its own there.
            notes = f"Tunai: diterima {format_money(tender.tendered)}, kembali {format_money(tender.change)}"
        payload = build_order_payload(
            store_unique_id=store.unique_id,
            customer=customer,
            cart=cart,
            payment_method=method,
            shipping=shipping if cart.is_physical else None,
            metadata=metadata,
            discount=discount,
            notes=notes,
        )
        extras = SaleExtras(
            customer_email=customer.email,
            discount=discount,
            tendered=tender.tendered if tender else None,
            change=tender.change if tender else None,
            shift_id=self._c.shift_id,
            lines=tuple((line.item.name, line.quantity, line.item.price) for line in cart),
        )
        sale.begin_sending(
            SentOrder(store.id, store.name, customer.name, sale.payment_method, payload, total, cash=tender)
        )

        def send() -> Awaitable[CheckoutResult]:
            # Asked at each attempt: after "Scalev is busy" the attempt just refused is replaced.
            return self._service.submit(
                store=store,  # type: ignore[arg-type]
                payload=payload,
                total=total,
                on_recorded=sale.recorded,
                extras=extras,
                replaces=sale.attempt_to_replace(),
            )

        return await self._submit(send)

    def set_aside(self) -> None:
        """Leave the unanswered order to History and serve the next customer."""
        sent = self._c.sale.set_aside()
        self._c.set_shipping(None)
        self._c.notice.emit(
            Notice(
                lambda: self.tr(
                    "Sale {receipt} is kept in History (F8): look it up again, resend or abandon it there."
                ).format(receipt=sent.receipt or ""),
                "warning",
            )
        )

    # -- sending -------------------------------------------------------------------------------
    async def _submit(self, send: Callable[[], Awaitable[CheckoutResult]]) -> Order | None:
        sale = self._c.sale
        self._c.checkoutBusy.emit(True)
        self._c.notice.emit(Notice(lambda: self.tr("Sending the order…")))
        try:
            for _attempt in range(2):
                try:
                    result = await send()
                except RateLimitedError as exc:
                    # The server refused before doing anything, so waiting and sending is safe.
                    await self._count_down(min(exc.retry_after, MAX_RATE_LIMIT_WAIT_S))
                    continue
                except OutcomeUnknown as exc:
                    sale.outcome_unknown(exc.receipt)
                    self._c.notice.emit(self._unknown_notice())
                    return None
                except ValidationError as exc:
                    sale.not_sent()
                    self._show_validation(exc)
                    return None
                except AuthError as exc:
                    sale.not_sent()
                    self._c.notice.emit(
                        Notice(lambda exc=exc: error_message(exc), "error", action="settings")
                    )
                    self._c.settingsNeeded.emit()
                    return None
                except ApiError as exc:
                    sale.not_sent()
                    text = lambda exc=exc: error_message(exc) + " " + self.tr("The cart is kept.")  # noqa: E731
                    self._c.notice.emit(Notice(text, "error"))
                    self._c.note_failure(exc)
                    return None
                except JournalWriteError:
                    # This computer's disk refused the journal (full, locked). Without a
                    # receipt nothing was sent; with one, the request may be out: a lookup decides.
                    receipt = sale.sent.receipt if sale.sent is not None else None
                    if receipt is None:
                        sale.not_sent()
                        self._c.notice.emit(Notice(self._not_saved_text, "error"))
                    else:
                        sale.outcome_unknown(receipt)
                        self._c.notice.emit(self._unknown_notice())
                    log.error("checkout: the journal could not be written", exc_info=True)
                    return None
                except JournalStateError:
                    # Settled in History meanwhile (found, or abandoned): nothing to send here.
                    log.info("the sale's entry was settled elsewhere", exc_info=True)
                    self.set_aside()
                    return None
                return self._placed(result)
            sale.not_sent()
            self._c.notice.emit(
                Notice(
                    lambda: self.tr(
                        "Scalev is still busy. The cart is kept: press Checkout again in a moment."
                    ),
                    "error",
                )
            )
            return None
        except BaseException:
            # A bug or the app closing: the request may be out, so only a lookup may decide.
            if sale.phase is SalePhase.SENDING:
                receipt = sale.sent.receipt if sale.sent is not None else None
                if receipt is not None:
                    sale.outcome_unknown(receipt)
                else:
                    sale.not_sent()
            raise
        finally:
            self._c.checkoutBusy.emit(False)

    def _placed(self, result: CheckoutResult) -> Order:
        sale = self._c.sale
        sale.recorded(result.receipt)
        self._receipts[result.order.id] = result.receipt
        sent = sale.sent
        assert sent is not None
        sale.placed(result.order, settled=sent.payment_method in SETTLED_AT_CREATION or sent.cash is not None)
        if sent.cash is not None:
            self._c.cash_taken(result.receipt)
        self._c.notice.emit(None)
        self._c.orderCreated.emit(result.order, sent)
        return result.order

    def _not_saved_text(self) -> str:
        return self.tr(
            "This computer could not save the sale (its disk is full or busy), so nothing was sent. "
            "The cart is kept: try again, and call support if it happens again."
        )

    def _unknown_notice(self) -> Notice:
        return Notice(
            lambda: self.tr(
                "No answer from the server, and the order was not found there. Nothing is lost: "
                "Resend (F12) sends exactly the same order again, or leave it in History."
            ),
            "error",
            action="resend",
        )

    async def _count_down(self, seconds: float) -> None:
        remaining = seconds
        while remaining > 0:
            self._c.notice.emit(
                Notice(
                    lambda seconds=int(remaining + 0.99): self.tr(
                        "Scalev is busy. The order is sent again in {seconds} s; the cart is kept."
                    ).format(seconds=seconds)
                )
            )
            step = min(1.0, remaining)
            await asyncio.sleep(step)
            remaining -= step

    def _show_validation(self, exc: ValidationError) -> None:
        window = self._c._window
        by_field = {field.value: field for field in CustomerField}
        customer_errors = {}
        others = []
        for name, messages in exc.field_errors.items():
            text = "; ".join(messages)
            if name in by_field:
                customer_errors[by_field[name]] = text
            elif name == "payment_method":
                window.customer_form.set_payment_error(text)
            else:
                others.append(f"{name}: {text}")
        if customer_errors:
            window.customer_form.set_server_errors(customer_errors)
        detail = " ".join(others)

        def text() -> str:
            said = self.tr("The server did not accept the order. The cart is kept.")
            return f"{said} {detail}".strip()

        self._c.notice.emit(Notice(text, "error"))
        if any(
            name.startswith(("courier", "shipping", "location", "warehouse")) for name in exc.field_errors
        ):
            self._c.set_shipping(None)

    # -- after the order -------------------------------------------------------------------------
    def order_paid(self, order_pk: str) -> None:
        self._settle(order_pk, self._service.mark_paid)
        if self._is_current(order_pk):
            self._c.sale.paid()

    def order_canceled(self, order_pk: str) -> None:
        self._settle(order_pk, self._service.mark_canceled)
        if self._is_current(order_pk):
            self._c.sale.canceled()

    def _is_current(self, order_pk: str) -> bool:
        order = self._c.sale.order
        return order is not None and getattr(order, "id", None) == order_pk

    def _settle(self, order_pk: str, mark: Callable[[str], object]) -> None:
        receipt = self._receipts.get(order_pk)
        if receipt is None:
            return
        try:
            mark(receipt)
        except Exception:
            log.exception("journal could not record the end of %s", receipt)

    def remember_receipt(self, order_pk: str, receipt: str) -> None:
        self._receipts[order_pk] = receipt

    def receipt_of(self, order_pk: str) -> str | None:
        return self._receipts.get(order_pk)

    def known_customers(self, phone: str) -> list[tuple[str, str]]:
        return self._service.known_customers(phone)

    async def recover_unfinished(self) -> list[RecoveryOutcome]:
        current = self._c.sale.sent.receipt if self._c.sale.sent is not None else None
        outcomes = await self._service.recover_unfinished()
        # The sale on screen is the cashier's to decide, not the start-up notice's.
        return [outcome for outcome in outcomes if outcome.receipt != current]

    def never_sent_count(self) -> int:
        """Refused sales waiting in History, but for the one on screen (the cashier sees it)."""
        own = self._c.sale.attempt_to_replace()
        return sum(1 for receipt in self._service.never_sent() if receipt != own)

    async def aclose(self) -> None:
        await self._service.aclose()
