"""The training server's state and order operations, independent of HTTP.

Route functions and the ``TrainingServer`` Python API both go through this object, so the
HTTP training route and ``server.mark_paid`` behave identically.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pos_app.sandbox import online, orders
from pos_app.sandbox.model import Location, Product, SeedData, Store
from pos_app.sandbox.order_validation import validate_order
from pos_app.sandbox.orders_db import Keyset, OrderFilter, OrderPage, OrdersDB
from pos_app.sandbox.payments import pays_by_itself
from pos_app.sandbox.text import fold

PAYMENT_STATUSES = ("unpaid", "paid", "conflict", "settled")
ORDER_STATUSES = ("draft", "pending", "confirmed", "in_process", "ready", "shipped", "completed",
                  "canceled", "rts", "closed")


class StateConflict(Exception):
    """A status change the order's current state does not allow (answered 409)."""


@dataclass(frozen=True, slots=True)
class StatusDetails:
    """The optional parts of a change-status body (§4.13)."""

    by: str | None = None
    payment_method: str | None = None
    transfer: dict[str, Any] = field(default_factory=dict)  # orders.TRANSFER_FIELDS


def _check_change(order: dict[str, Any], status: str | None, payment_status: str | None) -> None:
    number = order["order_id"]
    if status == "canceled" and orders.is_paid(order) and payment_status in (None, "unpaid"):
        raise StateConflict(f"Order {number} is already paid and cannot be canceled")
    ends_canceled = status == "canceled" or (status is None and order["status"] == "canceled")
    if payment_status in ("paid", "settled") and ends_canceled and not orders.is_paid(order):
        # A voided sale must not come back to life as paid by a late click.
        raise StateConflict(f"Order {number} is canceled and cannot be marked paid")


class SandboxApp:
    def __init__(self, data: SeedData, db: OrdersDB, *, auto_pay_after: float | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.data = data
        self.db = db
        self.auto_pay_after = auto_pay_after
        self.clock = clock
        # Seconds the server's clock runs ahead of ``clock`` (negative: behind), so tests
        # can give the server and the till different ideas of "now".
        self.clock_offset = 0.0
        self._base_url = ""
        self._lock = threading.Lock()
        # Multi-step order changes (check, then write several orders) run one at a time.
        self._orders_lock = threading.RLock()
        # Gateway orders start with an empty pg_payment_info until the client asks for it.
        self.defer_payment_info = False
        self.order_create_attempts = 0
        self._products_desc: dict[int, list[Product]] = {}
        self._product_index: dict[int, list[tuple[str, frozenset[str], Product]]] = {}
        self._location_index: list[tuple[str, Location]] | None = None

    # --- catalog look-ups, computed once: benchmark catalogs page through 10,000 products ---

    def products_newest_first(self, store: Store) -> list[Product]:
        """The store's products by id descending, as the real listing sorts them."""
        if store.id not in self._products_desc:
            self._products_desc[store.id] = sorted(store.products, key=lambda p: p.id,
                                                   reverse=True)
        return self._products_desc[store.id]

    def product_index(self, store: Store) -> list[tuple[str, frozenset[str], Product]]:
        """(folded name text, case-folded SKUs, product), newest first, for product search."""
        if store.id not in self._product_index:
            self._product_index[store.id] = [
                (fold(" ".join([p.name, *(v.fullname for v in p.variants)])),
                 frozenset(v.sku.casefold() for v in p.variants), p)
                for p in self.products_newest_first(store)
            ]
        return self._product_index[store.id]

    def location_index(self) -> list[tuple[str, Location]]:
        """(folded display text, location) pairs for word search."""
        if self._location_index is None:
            self._location_index = [(fold(loc.display), loc) for loc in self.data.locations]
        return self._location_index

    def now(self) -> float:
        """The server's time (Unix seconds): every timestamp it writes or compares."""
        return self.clock() + self.clock_offset

    def skew(self) -> float:
        """How far the server's time is from this machine's real clock, in seconds."""
        if self.clock is time.time:
            return self.clock_offset
        return self.now() - time.time()

    @property
    def base_url(self) -> str:
        return self._base_url

    @base_url.setter
    def base_url(self, url: str) -> None:
        self._base_url = url
        self.db.base_url = url

    def count_create_attempt(self) -> None:
        with self._lock:
            self.order_create_attempts += 1

    def settle_due(self) -> None:
        """Apply ``auto_pay_after``: due orders turn paid the moment anyone looks at them,
        which a client cannot tell apart from a background payment callback.

        Only methods a buyer completes alone are paid this way: a bank transfer, COD or
        "no payment" order waits for the merchant (change-status, the pay CLI, ``mark_paid``)
        exactly as on the real platform. Orders from other channels are left alone.
        """
        if self.auto_pay_after is None:
            return
        now = self.now()
        for pk in self.db.due_for_payment(now - self.auto_pay_after, pays_by_itself):
            self.db.update(pk, lambda o: self._pay_if_unpaid(o, now))

    @staticmethod
    def _pay_if_unpaid(order: dict[str, Any], now: float) -> None:
        if order["payment_status"] == "unpaid" and order["status"] != "canceled" \
                and pays_by_itself(order["payment_method"]):
            orders.set_payment_status(order, "paid", now)

    # --- orders -----------------------------------------------------------------------------

    def create_order(self, body: dict[str, Any]) -> dict[str, Any]:
        valid = validate_order(body, self.data)
        now = self.now()
        order = orders.build_order(valid, self.data, self.base_url, now)
        if self.defer_payment_info:
            order["pg_payment_info"] = {}
        self.db.insert(order, now)
        return order

    def request_payment(self, pk: str) -> dict[str, Any] | None:
        """``POST /v3/orders/{id}/payment``: the gateway payload, made now if still missing
        (``defer_payment_info``); the same payload on every later call."""
        def ensure(order: dict[str, Any]) -> None:
            if not order["pg_payment_info"]:
                store = self.data.store(order["store"]["id"])
                assert store is not None
                order["pg_payment_info"] = orders.payment_info(
                    order["payment_method"], order, orders.merchant_city(store, self.data))
        return self.db.update(pk, ensure)

    def get_order(self, pk: str) -> dict[str, Any] | None:
        self.settle_due()
        return self.db.get(pk)

    def all_orders(self) -> list[dict[str, Any]]:
        self.settle_due()
        return self.db.all()

    def list_orders(self, flt: OrderFilter, size: int, *, after: Keyset | None = None,
                    before: Keyset | None = None) -> OrderPage:
        self.settle_due()
        return self.db.page(flt, size, after=after, before=before)

    def set_payment_status(self, pk: str, status: str) -> dict[str, Any] | None:
        """The gateway's callback (training pay route, buyer page, ``mark_paid``)."""
        if status not in PAYMENT_STATUSES:
            raise ValueError(f"unknown payment status {status!r}")
        now = self.now()
        return self.db.update(pk, lambda o: orders.set_payment_status(o, status, now))

    def change_status(self, pks: list[str], status: str | None, payment_status: str | None,
                      details: StatusDetails | None = None) -> list[dict[str, Any]]:
        """Bulk change by the merchant; checks every order first so a conflict changes
        nothing. ``details`` carries ``by``, a new ``payment_method`` and transfer data."""
        details = details or StatusDetails()
        with self._orders_lock:
            self.settle_due()
            for order in (self.db.get(pk) for pk in pks):
                assert order is not None
                _check_change(order, status, payment_status)
            now = self.now()

            def change(order: dict[str, Any]) -> None:
                if payment_status is not None:
                    orders.set_payment_status(order, payment_status, now, by=details.by,
                                              method=details.payment_method, manual=True)
                    if payment_status in ("paid", "settled"):
                        order.update(details.transfer)
                if status is not None:
                    orders.set_status(order, status, now, by=details.by)

            changed = [self.db.update(pk, change) for pk in pks]
        return [o for o in changed if o is not None]

    def duplicate_order(self, pk: str, method: str | None, metadata: dict[str, Any] | None,
                        shipping_cost: float,
                        transfer: dict[str, Any] | None = None) -> dict[str, Any]:
        """``POST /v3/orders/{id}/duplicate``: the copy is stored and the original canceled
        together, so there is never a moment with two live orders for one sale."""
        with self._orders_lock:
            self.settle_due()
            original = self.db.get(pk)
            assert original is not None
            if orders.is_paid(original):
                raise StateConflict(f"Order {original['order_id']} is already paid and cannot"
                                    " be duplicated")
            store = self.data.store(original["store"]["id"])
            assert store is not None
            now = self.now()
            copy = orders.duplicate_order(original, store, self.data, self.base_url, now, method,
                                          metadata, shipping_cost)
            copy.update(transfer or {})
            if self.defer_payment_info:
                copy["pg_payment_info"] = {}
            self.db.update(pk, lambda o: orders.set_status(o, "canceled", now))
            self.db.insert(copy, now)
        return copy

    def add_online_orders(self, store: Store, n: int, rng: random.Random) -> list[dict[str, Any]]:
        """``n`` orders from other channels, made earlier today (see ``online.py``)."""
        now = self.now()
        made = []
        for valid, created, paid_at in online.plan(store, self.data, n, now, rng):
            order = orders.build_order(valid, self.data, self.base_url, created)
            if paid_at is not None:
                manual = not pays_by_itself(order["payment_method"])
                orders.set_payment_status(order, "paid", paid_at, manual=manual)
            self.db.insert(order, created, online=True)
            made.append(order)
        return made

    def delete_orders(self, pks: list[str]) -> None:
        for pk in pks:
            order = self.db.get(pk)
            if order is not None and orders.is_paid(order):
                raise StateConflict(f"Order {order['order_id']} is paid and cannot be deleted")
        self.db.delete(pks)

    def add_tag(self, pk: str, name: str) -> dict[str, Any] | None:
        def change(order: dict[str, Any]) -> None:
            if name not in order["tags"]:
                order["tags"].append(name)
        return self.db.update(pk, change)
