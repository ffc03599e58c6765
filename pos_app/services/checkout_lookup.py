"""Looking a journal entry's order up on the server, patiently, without writing anything.

Checkout asks after an ambiguous failure, before a resend and at start; whatever is found,
:class:`pos_app.services.checkout.CheckoutService` records (the finder only reads the journal).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from pos_app.api.models import Order, OrderSummary
from pos_app.services.reconcile import DEFAULT_WINDOW, OrderLister, find_existing_order, is_ours, receipt_of
from pos_app.storage.journal import Journal, JournalEntry

# The checkout service's logger: its log reads as one story, lookups included.
log = logging.getLogger("pos_app.services.checkout")


class LookupClient(OrderLister, Protocol):
    """The part of ``ScalevClient`` a lookup needs (tests pass small fakes)."""

    async def get_order(self, order_pk: str) -> Order: ...


@dataclass(frozen=True, slots=True)
class LookupPolicy:
    """How hard to look for an order before giving up.

    ``not_found_delays``: after an ambiguous failure, the pauses between repeated
    lookups that found nothing (a slow server may commit after answering 502 or after
    our timeout). ``error_retries``: extra tries when the lookup itself fails, on top of
    the client's own read retries. ``max_rate_wait``: the longest 429 wait accepted.
    """

    not_found_delays: Sequence[float] = (0.5, 1.5)
    error_retries: int = 2
    error_delay: float = 0.5
    max_rate_wait: float = 15.0
    window: timedelta = DEFAULT_WINDOW


@dataclass(frozen=True, slots=True)
class Lookup:
    summary: OrderSummary | None = None
    order: Order | None = None
    error: ApiError | None = None

    @property
    def found(self) -> bool:
        return self.summary is not None


class OrderFinder:
    """Finds an entry's order, waiting out what may pass (5xx, offline, a short 429)."""

    def __init__(
        self,
        client: LookupClient,
        journal: Journal,
        unwritten: Mapping[str, Order],
        *,
        clock: Callable[[], datetime],
        sleep: Callable[[float], Awaitable[object]],
        policy: LookupPolicy,
    ) -> None:
        self._client = client
        self._journal = journal
        # The checkout service's own dict, read live: an order created but not recorded
        # yet is "found" here first, so it is never looked for (or sent) again.
        self._unwritten = unwritten
        self._clock = clock
        self._sleep = sleep
        self._policy = policy

    async def look_up(self, entry: JournalEntry, *, not_found_delays: Sequence[float]) -> Lookup:
        """Search until found, a clean "not found" after ``not_found_delays``, or errors."""
        policy = self._policy
        misses = 0
        errors = 0
        while True:
            try:
                found = await self._find_once(entry)
            except RateLimitedError as exc:
                errors += 1
                if errors > policy.error_retries or exc.retry_after > policy.max_rate_wait:
                    return Lookup(error=exc)
                await self._sleep(exc.retry_after)
                continue
            except (ServerError, NetworkError, ApiTimeoutError) as exc:
                errors += 1
                if errors > policy.error_retries:
                    return Lookup(error=exc)
                await self._sleep(policy.error_delay * errors)
                continue
            except ApiError as exc:  # 401/403/unreadable: retrying will not help
                return Lookup(error=exc)
            if found.found:
                return found
            if misses >= len(not_found_delays):
                return found
            await self._sleep(not_found_delays[misses])
            misses += 1

    async def _find_once(self, entry: JournalEntry) -> Lookup:
        if (unwritten := self._unwritten.get(entry.receipt)) is not None:
            return Lookup(summary_of(unwritten), unwritten)
        claimed = self._journal.claimed_order_pks() - {entry.order_pk}
        summary = await find_existing_order(
            self._client, entry, window=self._policy.window, claimed=claimed, now=self._clock()
        )
        if summary is None or is_ours(summary.metadata, entry):
            return Lookup(summary)
        # Matched without our receipt (a list without metadata): the full order decides.
        order = await self._client.get_order(summary.id)
        if order.metadata and not is_ours(order.metadata, entry):
            log.info(
                "%s: look-alike order %s is %s's", entry.receipt, order.order_id, receipt_of(order.metadata)
            )
            return Lookup()
        return Lookup(summary, order)

    async def get_order(self, pk: str) -> Order:
        attempt = 0
        while True:
            try:
                return await self._client.get_order(pk)
            except (ServerError, NetworkError, ApiTimeoutError, RateLimitedError) as exc:
                attempt += 1
                if attempt > self._policy.error_retries:
                    raise
                wait = exc.retry_after if isinstance(exc, RateLimitedError) else self._policy.error_delay
                await self._sleep(min(wait, self._policy.max_rate_wait))


def summary_of(order: Order) -> OrderSummary:
    return OrderSummary(
        id=order.id,
        order_id=order.order_id,
        status=order.status,
        payment_status=order.payment_status,
        customer_name=order.customer_name,
        customer_phone=order.customer_phone,
        gross_revenue=order.gross_revenue,
        payment_url=order.payment_url,
        metadata=order.metadata,
        created_at=order.created_at,
    )


def order_from_summary(summary: OrderSummary) -> Order:
    return Order(
        id=summary.id,
        order_id=summary.order_id,
        status=summary.status,
        payment_status=summary.payment_status,
        payment_url=summary.payment_url,
        customer_name=summary.customer_name,
        customer_phone=summary.customer_phone,
        gross_revenue=summary.gross_revenue,
        metadata=summary.metadata,
        created_at=summary.created_at,
    )
