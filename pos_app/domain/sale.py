"""One sale, from the first scan until it is paid: the one place that says what the cashier may do now.

A till has one sale in front of the cashier at a time. While its order is on its way to the
server (``sending``) or its fate is unknown (``awaiting_decision``), nothing may change what
was sent: not the cart, not the customer, not the store, and no new sale may wipe it. Every
widget asks this object (``allows``) and every change goes through it (``require``), so a scan
or a key press that arrives mid-request is decided here, not by whichever widget has focus.

::

    editing ──checkout──▶ sending ──answer──▶ paying ──paid──▶ done
       ▲                    │  ▲                 └──canceled──▶ canceled
       └── refused/offline ─┘  │resend
                            awaiting_decision ──set aside (History)──▶ editing (next sale)

``done`` is also reached straight from ``sending`` for methods that are settled when the
order is created (cash, COD, no payment).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Protocol

from pos_app.domain.cart import Cart, CartLine
from pos_app.domain.cash import CashTender
from pos_app.domain.customer import Customer
from pos_app.domain.discount import Discount, DiscountError
from pos_app.domain.money import Rupiah


class SalePhase(StrEnum):
    EDITING = "editing"
    SENDING = "sending"
    AWAITING_DECISION = "awaiting_decision"  # no answer, order not found: resend or set aside
    PAYING = "paying"  # the order exists; its payment is awaited
    DONE = "done"
    CANCELED = "canceled"


class Action(StrEnum):
    EDIT = "edit"  # cart lines, customer, payment method, discount, shipping
    SWITCH_STORE = "switch_store"
    CHECKOUT = "checkout"  # send (editing) or resend exactly what was sent (awaiting a decision)
    NEW_SALE = "new_sale"
    SET_ASIDE = "set_aside"  # leave an unanswered order to History and serve the next customer
    PARK = "park"


_P, _A = SalePhase, Action
_ALLOWED: Mapping[SalePhase, frozenset[Action]] = {
    _P.EDITING: frozenset({_A.EDIT, _A.SWITCH_STORE, _A.CHECKOUT, _A.NEW_SALE, _A.PARK}),
    _P.SENDING: frozenset(),
    _P.AWAITING_DECISION: frozenset({_A.CHECKOUT, _A.SET_ASIDE}),
    # The order exists on the server and History keeps watching it: the next customer may come.
    _P.PAYING: frozenset({_A.NEW_SALE}),
    _P.DONE: frozenset({_A.NEW_SALE}),
    _P.CANCELED: frozenset({_A.NEW_SALE}),
}


class StoreRef(Protocol):
    """What the sale needs of a store (the API's ``Store`` fits)."""

    @property
    def id(self) -> int: ...
    @property
    def unique_id(self) -> str: ...
    @property
    def name(self) -> str: ...


class SaleLocked(Exception):
    """The action is not possible in the sale's current phase."""

    def __init__(self, action: Action, phase: SalePhase) -> None:
        super().__init__(f"{action} is not possible while the sale is {phase}")
        self.action = action
        self.phase = phase


@dataclass(frozen=True, slots=True)
class SentOrder:
    """Exactly what went to the server, fixed at the moment of checkout.

    A resend sends this payload again, and the payment screen names this store and customer,
    whatever the cashier looks at afterwards.
    """

    store_id: int
    store_name: str
    customer_name: str
    payment_method: str
    payload: Mapping[str, Any]
    till_total: Rupiah  # the till's own sum; the server's total may differ (fees, codes)
    receipt: str | None = None  # known once the journal has the entry
    cash: CashTender | None = None  # a cash sale: handed over and change, fixed before sending


@dataclass(slots=True)
class Sale:
    """The sale in front of the cashier. ``on_change`` is told after every change."""

    on_change: Callable[[Sale], None] | None = None
    phase: SalePhase = SalePhase.EDITING
    store: StoreRef | None = None
    customer: Customer | None = None
    payment_method: str = ""
    discount: Discount | None = None
    sent: SentOrder | None = None
    order: Any = None  # the server's order once placed (the API's ``Order``)
    resending: bool = False  # the current send repeats an unanswered one
    # The last attempt of this sale that provably never reached the server: sending the sale
    # again retires it, so that History never offers it as a second order.
    unsent: SentOrder | None = None
    # Each store keeps its own cart: moving through the store list never loses one.
    _carts: dict[int | None, Cart] = field(default_factory=dict)

    # -- questions ---------------------------------------------------------------------------
    def allows(self, action: Action) -> bool:
        return action in _ALLOWED[self.phase]

    def require(self, action: Action) -> None:
        if not self.allows(action):
            raise SaleLocked(action, self.phase)

    @property
    def cart(self) -> Cart:
        key = self.store.id if self.store is not None else None
        return self._carts.setdefault(key, Cart())

    @property
    def is_locked(self) -> bool:
        """True while what the cashier sees must not change (anything but editing)."""
        return self.phase is not SalePhase.EDITING

    # -- editing -----------------------------------------------------------------------------
    def choose_store(self, store: StoreRef) -> Cart:
        """Make ``store`` the sale's store; returns its cart (kept from earlier visits)."""
        if self.store is not None and self.store.id == store.id:
            self.store = store  # a refreshed listing of the same store: same cart
            return self.cart
        self.require(Action.SWITCH_STORE)
        self.store = store
        self._changed()
        return self.cart

    def set_customer(self, customer: Customer | None) -> None:
        if customer != self.customer:
            self.require(Action.EDIT)
            self.customer = customer
            self._changed()

    def restore_lines(self, lines: Sequence[CartLine]) -> None:
        """Bring back a parked cart into this store's (empty) cart."""
        self.require(Action.EDIT)
        self.cart.lines[:] = list(lines)
        self._changed()

    def set_discount(self, discount: Discount | None) -> None:
        if discount != self.discount:
            self.require(Action.EDIT)
            self.discount = discount
            self._changed()

    @property
    def discount_amount(self) -> Rupiah:
        """The discount in rupiah on the current cart (0 when it no longer fits the cart)."""
        if self.discount is None:
            return 0
        try:
            return self.discount.of(self.cart.subtotal)
        except DiscountError:
            return 0

    @property
    def discount_fits(self) -> bool:
        if self.discount is None:
            return True
        try:
            self.discount.of(self.cart.subtotal)
        except DiscountError:
            return False
        return True

    def set_payment_method(self, method: str) -> None:
        if method != self.payment_method:
            self.require(Action.EDIT)
            self.payment_method = method
            self._changed()

    # -- sending -----------------------------------------------------------------------------
    def begin_sending(self, sent: SentOrder) -> None:
        if self.phase is not SalePhase.EDITING:
            raise SaleLocked(Action.CHECKOUT, self.phase)
        self.sent = sent
        self._move(SalePhase.SENDING)

    def begin_resend(self) -> SentOrder:
        """Send again what was sent; the cart on screen plays no part in it."""
        if self.phase is not SalePhase.AWAITING_DECISION or self.sent is None:
            raise SaleLocked(Action.CHECKOUT, self.phase)
        self.resending = True
        self._move(SalePhase.SENDING)
        return self.sent

    def recorded(self, receipt: str) -> None:
        """The journal holds the sent order under ``receipt``."""
        if self.sent is not None and self.sent.receipt != receipt:
            self.sent = _with_receipt(self.sent, receipt)

    def not_sent(self) -> None:
        """No order exists (refused, offline before sending): the cashier may fix and retry."""
        self._expect(SalePhase.SENDING)
        if self.resending:
            # A resend that did not go out: the first attempt may still have arrived, so the
            # decision stays the cashier's and the frozen order stays as it was.
            self._move(SalePhase.AWAITING_DECISION)
            return
        if self.sent is not None and self.sent.receipt is not None:
            self.unsent = self.sent
        self.sent = None
        self._move(SalePhase.EDITING)

    def attempt_to_replace(self) -> str | None:
        """The receipt a new send of this sale replaces: the attempt in flight when it is sent
        once more (a busy server), else the last one that never went out, in this store."""
        if self.sent is not None and self.sent.receipt is not None:
            return self.sent.receipt
        if self.unsent is not None and self.store is not None and self.unsent.store_id == self.store.id:
            return self.unsent.receipt
        return None

    def outcome_unknown(self, receipt: str) -> None:
        self._expect(SalePhase.SENDING)
        self.recorded(receipt)
        self.resending = False
        self._move(SalePhase.AWAITING_DECISION)

    def placed(self, order: Any, *, settled: bool = False) -> None:
        """The server holds the order; ``settled`` when nothing is left to pay at the till."""
        self._expect(SalePhase.SENDING)
        self.order = order
        self.resending = False
        self._move(SalePhase.DONE if settled else SalePhase.PAYING)

    # -- after the order -------------------------------------------------------------------
    def paid(self) -> None:
        if self.phase is SalePhase.PAYING:
            self._move(SalePhase.DONE)

    def canceled(self) -> None:
        if self.phase is SalePhase.PAYING:
            self._move(SalePhase.CANCELED)

    def start_new(self) -> None:
        """The next customer: an empty cart in the same store, no customer, no order."""
        self.require(Action.NEW_SALE)
        self._reset()

    def set_aside(self) -> SentOrder:
        """Leave the unanswered order to History (which can look it up, resend or abandon it)."""
        self.require(Action.SET_ASIDE)
        assert self.sent is not None
        sent = self.sent
        self._reset()
        return sent

    # -- internals ---------------------------------------------------------------------------
    def _reset(self) -> None:
        self.cart.clear()
        self.customer = None
        self.discount = None
        self.sent = None
        self.unsent = None
        self.order = None
        self.resending = False
        self._move(SalePhase.EDITING)

    def _expect(self, phase: SalePhase) -> None:
        if self.phase is not phase:
            raise RuntimeError(f"the sale is {self.phase}, not {phase}")

    def _move(self, phase: SalePhase) -> None:
        self.phase = phase
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self)


def _with_receipt(sent: SentOrder, receipt: str) -> SentOrder:
    return replace(sent, receipt=receipt)
