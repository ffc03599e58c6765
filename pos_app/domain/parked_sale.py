"""A sale put aside while its buyer fetches something, so the till can serve the next one.

A parked sale keeps the cart lines with their full sellable items, not just ids: a resumed
cart must be exactly the parked one (bundles and their components included) even when the
catalog changed meanwhile or has not loaded yet after a restart. The customer is kept as
typed, unchecked, because a cashier may park in the middle of typing a phone number.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from pos_app.domain.cart import Cart, CartLine
from pos_app.domain.money import Rupiah
from pos_app.domain.sale import StoreRef
from pos_app.domain.validation import require_aware

# English source text; the screen passes its translation (see ui/history/parked_sales_dialog).
DEFAULT_LABEL_TEMPLATE = "Sale {number} – {time}"
LABEL_MAX = 80  # a label names a sale in a list row, it is not a note


class NothingToPark(ValueError):
    """An empty cart without any customer text: there is no sale to put aside."""


@dataclass(frozen=True, slots=True)
class TypedCustomer:
    """The customer fields exactly as typed; checking them is the checkout's job, later."""

    name: str = ""
    phone: str = ""
    email: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.phone.strip() or self.email.strip())


@dataclass(frozen=True, slots=True)
class ParkedSale:
    id: str  # random, so two tills or windows parking at once never collide
    number: int  # the small ticket number of the default label ("Sale 3")
    label: str
    store_id: int
    store_name: str
    lines: tuple[CartLine, ...]
    customer: TypedCustomer
    payment_method: str  # the method's code as chosen, "" when none yet
    discount: str  # as typed ("10%", "5.000"), "" when none: parsed only at checkout
    parked_at: datetime  # stored in UTC; shown on the shop clock

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise ValueError("a parked sale needs an id")
        if isinstance(self.number, bool) or not isinstance(self.number, int) or self.number < 1:
            raise ValueError(f"the ticket number must be a whole number of at least 1, got {self.number!r}")
        if not isinstance(self.label, str) or not self.label.strip():
            raise ValueError("a parked sale needs a label")
        if isinstance(self.store_id, bool) or not isinstance(self.store_id, int):
            raise ValueError(f"the store id must be a whole number, got {self.store_id!r}")
        require_aware(self.parked_at, "parked_at")
        # One zone for every sale: a zoneinfo time in a DST fold never equals its own copy
        # read back with a fixed offset (PEP 495), and lists compare instants anyway.
        object.__setattr__(self, "parked_at", self.parked_at.astimezone(UTC))
        seen: set[str] = set()
        for line in self.lines:
            quantity = line.quantity
            if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
                raise ValueError(f"a parked line needs a quantity of at least 1, got {quantity!r}")
            # The cart keeps one line per item; two would make index_of() find only the first.
            if line.item.unique_id in seen:
                raise ValueError(f"item {line.item.unique_id} appears on two lines")
            seen.add(line.item.unique_id)
        if not self.lines and self.customer.is_empty:
            raise NothingToPark("an empty cart without a customer cannot be parked")

    @property
    def item_count(self) -> int:
        """Units, as the cashier counts them (two of one thing are two items)."""
        return sum(line.quantity for line in self.lines)

    @property
    def subtotal(self) -> Rupiah:
        """The till's sum at the parked prices; the server may still add fees at checkout."""
        return sum(line.total for line in self.lines)

    def cart(self) -> Cart:
        """A fresh cart with exactly the parked lines, in their order."""
        return Cart(lines=list(self.lines))


def can_park(cart: Cart, customer: TypedCustomer) -> bool:
    """Whether F9 has anything to put aside."""
    return not cart.is_empty or not customer.is_empty


def default_label(number: int, parked_at: datetime, template: str = DEFAULT_LABEL_TEMPLATE) -> str:
    """``Sale 3 – 14.05``: the ticket number and the shop-clock time it was parked."""
    clock = parked_at.astimezone().strftime("%H.%M")
    try:
        return template.format(number=number, time=clock)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not stop a cashier from parking.
        return DEFAULT_LABEL_TEMPLATE.format(number=number, time=clock)


def clean_label(text: str | None) -> str:
    """One line of at most ``LABEL_MAX`` characters; "" when nothing was typed."""
    return " ".join((text or "").split())[:LABEL_MAX].strip()


def next_free_number(taken: Iterable[int]) -> int:
    """The smallest ticket number not in use, so tickets stay short like a queue's."""
    used = set(taken)
    number = 1
    while number in used:
        number += 1
    return number


def new_parked_id() -> str:
    return uuid.uuid4().hex


def park_cart(
    cart: Cart,
    *,
    store: StoreRef,
    number: int,
    parked_at: datetime,
    customer: TypedCustomer | None = None,
    payment_method: str = "",
    discount: str = "",
    label: str | None = None,
    label_template: str = DEFAULT_LABEL_TEMPLATE,
    parked_id: str | None = None,
) -> ParkedSale:
    """A parked sale of ``cart`` as it is now; a blank label becomes the default one.

    The lines are copied, so emptying the cart for the next buyer leaves the parked sale whole.
    """
    return ParkedSale(
        id=parked_id or new_parked_id(),
        number=number,
        label=clean_label(label) or default_label(number, parked_at, label_template),
        store_id=store.id,
        store_name=store.name,
        lines=tuple(cart.lines),
        customer=customer or TypedCustomer(),
        payment_method=payment_method,
        discount=discount.strip(),
        parked_at=parked_at,
    )
