"""Watch an order until it is paid or canceled, so the cashier never confirms a QR payment by eye.

Polling shares the API key's 100-requests-per-10-seconds budget with checkout on every till
of the shop, so the watcher gives way: it waits out a rate limit and backs off while
limited, and it backs off while the network is down instead of hammering a dead Wi-Fi.
No Qt here: the screen passes callbacks, tests pass a fake source and a fake sleep.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    NetworkError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
)
from pos_app.api.models import PAID_STATUSES, Order, OrderStatusChange, PaymentInfo

CANCELED = "canceled"
CONFLICT = "conflict"

# Failures that say nothing about the order, only that we could not ask right now.
# ResponseFormatError is among them because a captive-portal or proxy page on shop Wi-Fi
# arrives as "not JSON" while the network is, for our purposes, down.
TRANSIENT_ERRORS: tuple[type[ApiError], ...] = (
    NetworkError,
    ServerError,
    ApiTimeoutError,
    ResponseFormatError,
)


class OrderReader(Protocol):
    """What the watcher needs: read one order."""

    async def get_order(self, order_pk: str) -> Order: ...


class OrderSource(OrderReader, Protocol):
    """What the payment screen needs; ``pos_app.api.client.ScalevClient`` provides it."""

    async def check_payment(self, order_pk: str) -> Order: ...

    async def create_payment_info(self, order_pk: str) -> PaymentInfo: ...

    async def cancel_order(self, order_pk: str) -> OrderStatusChange: ...

    async def mark_payment_paid(self, order_pk: str) -> OrderStatusChange: ...


def is_final(order: Order) -> bool:
    """Nothing more will happen at the counter: paid/settled, or canceled."""
    return order.payment_status in PAID_STATUSES or order.status == CANCELED


class PaymentWatcher:
    """Polls ``get_order`` every ``interval`` seconds until the order is final.

    The customer usually pays within the first minutes, so those are polled quickly (the
    screen turns LUNAS about a second after the money arrives); after ``fast_for`` seconds
    the watcher asks every ``slow_interval`` seconds, keeping a forgotten screen from
    eating the shop's shared request budget. ``sleep`` and ``clock`` are injectable so tests
    run instantly; ``clock`` keeps the cadence (a request that took 2 s is followed by a
    1 s wait at a 3 s interval).
    """

    def __init__(
        self,
        source: OrderReader,
        *,
        interval: float = 3.0,
        fast_for: float = 120.0,
        slow_interval: float = 5.0,
        conflict_interval: float = 15.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval <= 0:
            raise ValueError("interval must be positive")
        self._source = source
        self.interval = interval
        self.fast_for = fast_for
        self.slow_interval = max(interval, slow_interval)
        # A conflict needs a person, not more requests; keep looking, but rarely.
        self.conflict_interval = max(interval, conflict_interval)
        self.max_interval = max(interval, max_interval)
        self._sleep = sleep
        self._clock = clock

    async def watch(
        self,
        order_pk: str,
        on_update: Callable[[Order], None],
        on_problem: Callable[[ApiError], None] | None = None,
    ) -> Order:
        """Return the order once it is paid, settled or canceled.

        ``on_update`` gets every answer (the screen shows ``conflict`` from it);
        ``on_problem`` gets each rate limit or transient failure, after which polling goes
        on. Any other ``ApiError`` (a refused key, a missing order) propagates: waiting
        would not fix it. The first request goes out after one interval, because the
        caller already holds a fresh order.
        """
        normal = self.interval
        delay = normal  # grows while failing, back to normal on the next answer
        started = watching_since = self._clock()
        while True:
            await self._sleep(max(0.0, delay - (self._clock() - started)))
            started = self._clock()
            try:
                order = await self._source.get_order(order_pk)
            except RateLimitedError as exc:
                delay = min(delay * 2, self.max_interval)
                _report(on_problem, exc)
                # The server says when the bucket refills; never ask earlier than that.
                delay = max(delay, exc.retry_after)
                started = self._clock()
                continue
            except TRANSIENT_ERRORS as exc:
                delay = min(delay * 2, self.max_interval)
                _report(on_problem, exc)
                started = self._clock()
                continue
            on_update(order)
            if is_final(order):
                return order
            if order.payment_status == CONFLICT:
                normal = self.conflict_interval
            elif self._clock() - watching_since > self.fast_for:
                normal = self.slow_interval
            else:
                normal = self.interval
            delay = normal


def _report(on_problem: Callable[[ApiError], None] | None, exc: ApiError) -> None:
    if on_problem is not None:
        on_problem(exc)
