"""Ask the server what became of the history's open orders, and settle the journal.

The API key's budget (100 requests per 10 s) is shared with checkout and payment polling on
every till of the shop, so one round asks at most ``max_lookups`` orders, one at a time with
a pause, least recently checked first, and waits out a rate limit a few times before giving
up. No Qt here: the pane passes callbacks and turns the round's events into words.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from pos_app.api.errors import ApiError, NotFoundError, RateLimitedError
from pos_app.api.models import PAID_STATUSES, Order, OrderStatusChange
from pos_app.services.payment_watcher import CANCELED
from pos_app.storage.journal import JournalEntry, JournalState, JournalStateError

MAX_LOOKUPS = 20  # per refresh: a fifth of the key's 10-second budget at most
LOOKUP_PAUSE = 0.25  # seconds between two lookups, so checkout never queues behind us
RATE_LIMIT_RETRIES = 3
_MAX_RATE_WAIT = 60.0


class HistoryJournal(Protocol):
    """The part of :class:`pos_app.storage.journal.Journal` the history reads."""

    def list(self, day: date | None = None, search: str | None = None) -> list[JournalEntry]: ...

    def find(self, receipt: str) -> JournalEntry | None: ...


class HistoryClient(Protocol):
    """The part of :class:`pos_app.api.client.ScalevClient` the history calls."""

    async def get_order(self, order_pk: str) -> Order: ...

    async def cancel_order(self, order_pk: str) -> OrderStatusChange: ...


class HistoryCheckout(Protocol):
    """The part of :class:`pos_app.services.checkout.CheckoutService` the history calls."""

    def mark_paid(self, receipt: str) -> JournalEntry: ...

    def mark_canceled(self, receipt: str) -> JournalEntry: ...


@dataclass(frozen=True)
class Checking:
    """About to ask for order ``done`` of ``count``."""

    done: int
    count: int


@dataclass(frozen=True)
class LookupFailed:
    """Offline or refused: the round stopped, as the next order would fail the same way."""

    error: ApiError


@dataclass(frozen=True)
class RateLimited:
    """Too many requests; ``retrying`` is False once the round has given up."""

    retrying: bool


@dataclass(frozen=True)
class Checked:
    """The round is done: ``count`` orders asked, ``left`` still waiting for a later round."""

    count: int
    left: int
    at: datetime


RoundEvent = Checking | LookupFailed | RateLimited | Checked


class _RateLimited(Exception):
    def __init__(self, retry_after: float) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


class HistoryStatus:
    """Status rounds over the open orders, remembering when each was last asked about."""

    def __init__(
        self,
        journal: HistoryJournal,
        client: HistoryClient,
        checkout: HistoryCheckout,
        *,
        max_lookups: int = MAX_LOOKUPS,
        lookup_pause: float = LOOKUP_PAUSE,
    ) -> None:
        self._journal = journal
        self._client = client
        self._checkout = checkout
        self._max_lookups = max_lookups
        self._pause = lookup_pause
        self._checked_at: dict[str, float] = {}  # receipt -> monotonic time of the last lookup

    async def check(
        self,
        open_orders: Callable[[], list[JournalEntry]],
        on_order: Callable[[str, Order], object],
        report: Callable[[RoundEvent], object],
        *,
        start_delay: float = 0.0,
    ) -> None:
        """Ask about ``open_orders()`` (read again on each retry) and pass each answer on."""
        if start_delay:
            await asyncio.sleep(start_delay)
        for attempt in range(RATE_LIMIT_RETRIES + 1):
            try:
                await self._one_round(open_orders(), on_order, report)
                return
            except _RateLimited as limited:
                if attempt == RATE_LIMIT_RETRIES:
                    report(RateLimited(retrying=False))
                    return
                report(RateLimited(retrying=True))
                await asyncio.sleep(min(max(limited.retry_after, 1.0), _MAX_RATE_WAIT))

    async def _one_round(
        self,
        open_orders: list[JournalEntry],
        on_order: Callable[[str, Order], object],
        report: Callable[[RoundEvent], object],
    ) -> None:
        # Least recently checked first, so that a long day is covered over a few refreshes.
        targets = sorted(open_orders, key=lambda e: self._checked_at.get(e.receipt, float("-inf")))
        batch = targets[: self._max_lookups]
        if not batch:
            return
        for number, entry in enumerate(batch, start=1):
            if number > 1:
                await asyncio.sleep(self._pause)
            report(Checking(number, len(batch)))
            assert entry.order_pk is not None
            try:
                order = await self._client.get_order(entry.order_pk)
            except RateLimitedError as exc:
                raise _RateLimited(exc.retry_after) from exc
            except NotFoundError:
                continue  # one vanished order must not stop the others
            except ApiError as exc:
                report(LookupFailed(exc))
                return
            finally:
                self._checked_at[entry.receipt] = time.monotonic()
            on_order(entry.receipt, order)
        report(Checked(len(batch), len(targets) - len(batch), datetime.now()))

    def settle(self, receipt: str, order: Order | OrderStatusChange) -> JournalEntry | None:
        """Mark the journal entry paid or canceled when the server says so.

        Returns the entry as it now stands when it was settled (by this call, or meanwhile
        by another screen), None when there was nothing to settle.
        """
        entry = self._journal.find(receipt)
        if entry is None or entry.state is not JournalState.CONFIRMED:
            return None
        try:
            if order.payment_status in PAID_STATUSES:
                return self._checkout.mark_paid(receipt)
            if order.status == CANCELED:
                return self._checkout.mark_canceled(receipt)
            return None
        except JournalStateError:
            return self._journal.find(receipt)  # settled meanwhile by another screen
