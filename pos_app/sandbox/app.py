"""The training server's state and order operations, independent of HTTP.

Route functions and the ``TrainingServer`` Python API both go through this object, so the
HTTP training route and ``server.mark_paid`` behave identically.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from pos_app.sandbox import orders
from pos_app.sandbox.model import Location, Product, SeedData, Store
from pos_app.sandbox.order_validation import validate_order
from pos_app.sandbox.orders_db import OrderFilter, OrderPage, OrdersDB
from pos_app.sandbox.text import fold

PAYMENT_STATUSES = ("unpaid", "paid", "conflict", "settled")
ORDER_STATUSES = ("draft", "pending", "confirmed", "in_process", "ready", "shipped", "completed",
                  "canceled", "rts", "closed")


class StateConflict(Exception):
    """A status change the order's current state does not allow (answered 409)."""


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
        self.order_create_attempts = 0
        self._products_desc: dict[int, list[Product]] = {}
        self._location_index: list[tuple[str, Location]] | None = None

    # --- catalog look-ups, computed once: benchmark catalogs page through 10,000 products ---

    def products_newest_first(self, store: Store) -> list[Product]:
        """The store's products by id descending, as the real listing sorts them."""
        if store.id not in self._products_desc:
            self._products_desc[store.id] = sorted(store.products, key=lambda p: p.id,
                                                   reverse=True)
        return self._products_desc[store.id]

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
        which a client cannot tell apart from a background payment callback."""
        if self.auto_pay_after is None:
            return
        now = self.now()
        for pk in self.db.due_for_payment(now - self.auto_pay_after):
            self.db.update(pk, lambda o: self._pay_if_unpaid(o, now))

    @staticmethod
    def _pay_if_unpaid(order: dict[str, Any], now: float) -> None:
        if order["payment_status"] == "unpaid" and order["status"] != "canceled":
            orders.set_payment_status(order, "paid", now)

    # --- orders -----------------------------------------------------------------------------

    def create_order(self, body: dict[str, Any]) -> dict[str, Any]:
        valid = validate_order(body, self.data)
        now = self.now()
        order = orders.build_order(valid, self.data, self.base_url, now)
        self.db.insert(order, now)
        return order

    def get_order(self, pk: str) -> dict[str, Any] | None:
        self.settle_due()
        return self.db.get(pk)

    def all_orders(self) -> list[dict[str, Any]]:
        self.settle_due()
        return self.db.all()

    def list_orders(self, flt: OrderFilter, size: int, *, after: int | None = None,
                    before: int | None = None) -> OrderPage:
        self.settle_due()
        return self.db.page(flt, size, after=after, before=before)

    def set_payment_status(self, pk: str, status: str) -> dict[str, Any] | None:
        if status not in PAYMENT_STATUSES:
            raise ValueError(f"unknown payment status {status!r}")
        now = self.now()
        return self.db.update(pk, lambda o: orders.set_payment_status(o, status, now))

    def change_status(self, pks: list[str], status: str | None,
                      payment_status: str | None) -> list[dict[str, Any]]:
        """Bulk change; checks every order first so a conflict changes nothing."""
        self.settle_due()
        current = [self.db.get(pk) for pk in pks]
        for order in current:
            assert order is not None
            if status == "canceled" and orders.is_paid(order) and payment_status in (None, "unpaid"):
                raise StateConflict(f"Order {order['order_id']} is already paid and cannot be"
                                    " canceled")
        now = self.now()

        def change(order: dict[str, Any]) -> None:
            if payment_status is not None:
                orders.set_payment_status(order, payment_status, now)
            if status is not None:
                orders.set_status(order, status, now)

        changed = [self.db.update(pk, change) for pk in pks]
        return [o for o in changed if o is not None]

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
