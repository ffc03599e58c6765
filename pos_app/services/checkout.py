"""Send a sale to Scalev so that it is never lost and never created twice.

The rules, in order of importance:

1. The sale is in the journal (``synchronous=FULL``) before a byte goes out.
2. ``create_order`` is called once per cashier action, never retried automatically:
   the route has no idempotency key (contract §3.7, §8.4).
3. When the answer is ambiguous (5xx, broken connection after sending, timeout) the
   order is looked up by our receipt number; found → adopted, not found →
   :class:`OutcomeUnknown` and the cashier decides to resend.
4. A resend (and a restart) looks the order up again first and only sends after a
   clean "not found"; a failed lookup never counts as "not found".

Errors that prove no order exists close the entry as ``unsent`` (never reached the server,
or 401/403/429: the server refused without reading it) or ``rejected`` (the server read it
and said no). They are kept apart because the cashier's next step differs: ``unsent`` →
press again (nothing is wrong with the sale); ``rejected`` → fix the marked fields.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ForbiddenError,
    NetworkError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    ValidationError,
)
from pos_app.api.models import Order, OrderSummary, Store
from pos_app.services.reconcile import DEFAULT_WINDOW, OrderLister, find_existing_order, is_ours, receipt_of
from pos_app.storage.journal import (
    ABANDONABLE,
    SENDABLE,
    Journal,
    JournalEntry,
    JournalState,
    JournalStateError,
)
from pos_app.storage.sqlite_util import StorageError

log = logging.getLogger(__name__)


class CheckoutClient(OrderLister, Protocol):
    """The part of ``ScalevClient`` checkout needs (tests pass small fakes)."""

    async def create_order(self, payload: Mapping[str, Any]) -> Order: ...

    async def get_order(self, order_pk: str) -> Order: ...


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    receipt: str
    order: Order
    entry: JournalEntry
    adopted: bool = False  # found on the server after an ambiguous failure
    # True when the order could be found but not fetched in full: ``order`` then holds
    # only what the order list gave (id, number, status, payment_url); poll get_order.
    order_is_partial: bool = False


@dataclass(frozen=True, slots=True)
class SaleExtras:
    """What the journal keeps of a sale beyond its payload (for receipts, shifts, reports)."""

    customer_email: str = ""
    discount: int = 0
    tendered: int | None = None  # cash handed over at the till
    change: int | None = None
    shift_id: str | None = None
    lines: tuple[tuple[str, int, int], ...] = ()  # (name, quantity, unit price) as on screen


class OutcomeUnknown(Exception):
    """The server may or may not hold the order, and a lookup could not find it.

    The journal entry is ``unknown``; the UI offers "Kirim ulang / Resend", which calls
    :meth:`CheckoutService.resend` (it looks again before sending).
    """

    def __init__(self, receipt: str, *, lookup_error: ApiError | None = None) -> None:
        detail = f"; the lookup failed too: {lookup_error}" if lookup_error else ""
        super().__init__(f"{receipt}: the order may or may not exist{detail}")
        self.receipt = receipt
        self.lookup_error = lookup_error  # None: the lookup answered "not found"


class CheckoutBusy(Exception):
    """This receipt is being sent or looked up right now (a double click)."""

    def __init__(self, receipt: str) -> None:
        super().__init__(f"{receipt} is already being processed")
        self.receipt = receipt


class RecoveryKind(StrEnum):
    ADOPTED = "adopted"  # the order exists: the entry is confirmed
    NOT_SENT = "not_sent"  # written but never sent: the cashier may send it
    UNKNOWN = "unknown"  # sent, not found: the cashier decides (resend)
    UNREACHABLE = "unreachable"  # the lookup failed (offline?): try again later


# Pauses between attempts to write a confirmation the journal refused (locked, disk full).
CONFIRMATION_RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)


@dataclass(frozen=True, slots=True)
class RecoveryOutcome:
    receipt: str
    kind: RecoveryKind
    entry: JournalEntry
    order: Order | None = None
    error: str | None = None


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
class _Lookup:
    summary: OrderSummary | None = None
    order: Order | None = None
    error: ApiError | None = None

    @property
    def found(self) -> bool:
        return self.summary is not None


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CheckoutService:
    def __init__(
        self,
        client: CheckoutClient,
        journal: Journal,
        *,
        clock: Callable[[], datetime] = _utc_now,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        lookup: LookupPolicy | None = None,
    ) -> None:
        self._client = client
        self._journal = journal
        self._clock = clock
        self._sleep = sleep
        self._policy = lookup or LookupPolicy()
        self._busy: set[str] = set()
        # Orders the server created whose confirmation the journal could not write yet:
        # receipt -> order. Consulted before any lookup or send, so they are never sent again.
        self._unwritten: dict[str, Order] = {}
        self._flush_task: asyncio.Task[None] | None = None

    # --- the cashier's actions --------------------------------------------------------

    async def submit(
        self,
        *,
        store: Store,
        payload: Mapping[str, Any],
        total: int,
        on_recorded: Callable[[str], None] | None = None,
        extras: SaleExtras | None = None,
    ) -> CheckoutResult:
        """Record the sale, send it once, and settle what happened.

        ``on_recorded`` hears the receipt number as soon as the journal holds the sale, before
        anything is sent, so the caller can name it whatever happens next.

        Raises ``ValidationError`` (entry ``rejected``, mark the fields), the not-sent
        errors (``NetworkError`` with ``request_sent`` False, ``AuthError``,
        ``ForbiddenError``, ``RateLimitedError``: entry ``unsent``, keep the cart), other
        ``ApiError`` answers (``rejected``), or :class:`OutcomeUnknown`.
        """
        entry = self._journal.begin(
            store_id=store.id,
            store_unique_id=store.unique_id,
            store_name=store.name,
            customer_name=str(payload.get("customer_name") or ""),
            customer_phone=str(payload.get("customer_phone") or ""),
            total=total,
            payload=payload,
            **asdict(extras or SaleExtras()),
        )
        if on_recorded is not None:
            on_recorded(entry.receipt)
        with self._claim(entry.receipt):
            return await self._send(entry.receipt)

    async def resend(self, receipt: str) -> CheckoutResult:
        """Send an unfinished or unsent entry again — after one more lookup.

        The same payload and receipt number go out again (attempts + 1). An entry that
        is already confirmed is returned as is, without sending.
        """
        with self._claim(receipt):
            if (unwritten := self._unwritten.get(receipt)) is not None:
                return CheckoutResult(receipt, unwritten, self._entry(receipt))
            entry = self._entry(receipt)
            if entry.state in (JournalState.CONFIRMED, JournalState.PAID) and entry.order_pk:
                order = await self._client.get_order(entry.order_pk)
                return CheckoutResult(receipt, order, entry, adopted=entry.adopted)
            if entry.state not in SENDABLE:
                raise JournalStateError(f"{receipt} is {entry.state}; it cannot be sent again")
            found = await self._look_up(entry, not_found_delays=())
            if found.found:
                return await self._adopt(entry, found)
            if found.error is not None:
                if entry.state in (JournalState.UNKNOWN, JournalState.SENT):
                    raise OutcomeUnknown(receipt, lookup_error=found.error) from found.error
                raise found.error  # never sent before: a plain "offline" for the UI
            return await self._send(receipt)

    async def recover_unfinished(self) -> list[RecoveryOutcome]:
        """At start: settle every entry a previous run left open. Never sends anything."""
        outcomes = []
        for entry in self._journal.unfinished():
            if entry.receipt in self._busy or entry.receipt in self._unwritten:
                continue
            with self._claim(entry.receipt):
                outcomes.append(await self._recover(entry))
        return outcomes

    def known_customers(self, phone: str) -> list[tuple[str, str]]:
        """(name, email) of this till's earlier sales to ``phone``: a local look-up, no network."""
        return self._journal.customers_by_phone(phone)

    def set_terminal(self, name: str) -> None:
        """A renamed till: the next sale gets receipts (and metadata) under the new name."""
        if name.strip():
            self._journal.terminal = name.strip()

    async def look_up_again(self, receipt: str) -> RecoveryOutcome:
        """The cashier asks once more whether the server has this sale. Never sends."""
        with self._claim(receipt):
            return await self._recover(self._entry(receipt))

    def abandon(self, receipt: str, reason: str) -> JournalEntry:
        """Give up an unfinished or unsent sale: kept with its reason, never looked up again."""
        if receipt in self._busy:
            raise CheckoutBusy(receipt)
        entry = self._entry(receipt)
        if entry.state not in ABANDONABLE:
            raise JournalStateError(f"{receipt} is {entry.state}; only unsent or unknown sales are abandoned")
        return self._journal.mark_abandoned(receipt, reason)

    def mark_paid(self, receipt: str) -> JournalEntry:
        return self._journal.mark_paid(receipt)

    def mark_canceled(self, receipt: str) -> JournalEntry:
        return self._journal.mark_canceled(receipt)

    # --- sending ----------------------------------------------------------------------

    async def _send(self, receipt: str) -> CheckoutResult:
        entry = self._journal.mark_sent(receipt)
        try:
            order = await self._client.create_order(entry.payload)
        except ValidationError as exc:
            self._journal.mark_rejected(receipt, _reason(exc), exc.field_errors)
            raise
        except ApiError as exc:
            if may_have_succeeded(exc):
                self._journal.mark_unknown(receipt, _describe(exc))
                log.warning("%s: ambiguous answer (%s); looking the order up", receipt, _describe(exc))
                return await self._settle_ambiguous(receipt)
            if _refused_unread(exc):
                self._journal.mark_unsent(receipt, _unsent_reason(exc), _describe(exc))
            else:
                # The server read the order and said no (404 store, 409 …): no order.
                self._journal.mark_rejected(receipt, _reason(exc), {})
            raise
        except BaseException as exc:
            # Cancelled (app closing, cashier gave up) or a bug: the request may be out.
            self._journal.mark_unknown(receipt, f"interrupted while sending: {exc!r}")
            raise
        return CheckoutResult(receipt, order, self._confirm(entry, order))

    def _confirm(self, entry: JournalEntry, order: Order, *, adopted: bool = False) -> JournalEntry:
        """Record the server's order; if the journal cannot be written, hold it in memory.

        The order exists: failing here must never let anyone send the sale again, so the
        result is kept and written later, and every lookup or resend sees it first.
        """
        try:
            return self._journal.mark_confirmed(entry.receipt, order, adopted=adopted)
        except JournalStateError:
            raise
        except StorageError as exc:
            log.error("%s: order %s created but not recorded yet: %s", entry.receipt, order.order_id, exc)
            self._unwritten[entry.receipt] = order
            self._flush_later()
            return replace(
                entry,
                state=JournalState.CONFIRMED,
                order_pk=order.id,
                order_number=order.order_id,
                payment_url=order.payment_url,
                server_total=order.gross_revenue or None,
                adopted=adopted,
            )

    @property
    def unwritten(self) -> Mapping[str, Order]:
        """Confirmations still waiting for the journal (normally empty)."""
        return dict(self._unwritten)

    def flush_unwritten(self) -> bool:
        """Write held confirmations; True when none is left."""
        for receipt, order in list(self._unwritten.items()):
            try:
                self._journal.mark_confirmed(receipt, order)
            except StorageError as exc:
                log.warning("%s: confirmation still not written: %s", receipt, exc)
                continue
            del self._unwritten[receipt]
            log.info("%s: confirmation of %s written after all", receipt, order.order_id)
        return not self._unwritten

    def _flush_later(self) -> None:
        if self._flush_task is not None and not self._flush_task.done():
            return

        async def keep_trying() -> None:
            for delay in itertools.chain(CONFIRMATION_RETRY_DELAYS, itertools.repeat(60.0)):
                await self._sleep(delay)
                if self.flush_unwritten():
                    return

        self._flush_task = asyncio.get_running_loop().create_task(keep_trying())

    async def aclose(self) -> None:
        """Stop retrying in the background (one last try first)."""
        self.flush_unwritten()
        task, self._flush_task = self._flush_task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _settle_ambiguous(self, receipt: str) -> CheckoutResult:
        entry = self._entry(receipt)
        found = await self._look_up(entry, not_found_delays=self._policy.not_found_delays)
        if found.found:
            return await self._adopt(entry, found)
        raise OutcomeUnknown(receipt, lookup_error=found.error)

    async def _recover(self, entry: JournalEntry) -> RecoveryOutcome:
        receipt = entry.receipt
        found = await self._look_up(entry, not_found_delays=())
        if found.found:
            result = await self._adopt(entry, found)
            return RecoveryOutcome(receipt, RecoveryKind.ADOPTED, result.entry, result.order)
        if entry.state is JournalState.CREATED:
            # Never handed to the network, so nothing can exist; the cashier may send it.
            kind = RecoveryKind.UNREACHABLE if found.error else RecoveryKind.NOT_SENT
            error = _describe(found.error) if found.error else None
            return RecoveryOutcome(receipt, kind, entry, error=error)
        if found.error is not None:
            # ``sent`` of a dead process becomes ``unknown``; either way the next start
            # (or the cashier's Resend) looks again.
            entry = self._journal.mark_unknown(
                receipt, f"lookup after restart failed: {_describe(found.error)}"
            )
            return RecoveryOutcome(receipt, RecoveryKind.UNREACHABLE, entry, error=_describe(found.error))
        entry = self._journal.mark_unknown(receipt, "not found on the server after restart")
        return RecoveryOutcome(receipt, RecoveryKind.UNKNOWN, entry)

    # --- finding and adopting ---------------------------------------------------------

    async def _look_up(self, entry: JournalEntry, *, not_found_delays: Sequence[float]) -> _Lookup:
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
                    return _Lookup(error=exc)
                await self._sleep(exc.retry_after)
                continue
            except (ServerError, NetworkError, ApiTimeoutError) as exc:
                errors += 1
                if errors > policy.error_retries:
                    return _Lookup(error=exc)
                await self._sleep(policy.error_delay * errors)
                continue
            except ApiError as exc:  # 401/403/unreadable: retrying will not help
                return _Lookup(error=exc)
            if found.found:
                return found
            if misses >= len(not_found_delays):
                return found
            await self._sleep(not_found_delays[misses])
            misses += 1

    async def _find_once(self, entry: JournalEntry) -> _Lookup:
        if (unwritten := self._unwritten.get(entry.receipt)) is not None:
            return _Lookup(_summary_of(unwritten), unwritten)
        claimed = self._journal.claimed_order_pks() - {entry.order_pk}
        summary = await find_existing_order(
            self._client, entry, window=self._policy.window, claimed=claimed, now=self._clock()
        )
        if summary is None or is_ours(summary.metadata, entry):
            return _Lookup(summary)
        # Matched without our receipt (a list without metadata): the full order decides.
        order = await self._client.get_order(summary.id)
        if order.metadata and not is_ours(order.metadata, entry):
            log.info(
                "%s: look-alike order %s is %s's", entry.receipt, order.order_id, receipt_of(order.metadata)
            )
            return _Lookup()
        return _Lookup(summary, order)

    async def _adopt(self, entry: JournalEntry, found: _Lookup) -> CheckoutResult:
        summary = found.summary
        assert summary is not None
        # Record it first: from here on nothing may send this receipt again.
        confirmed = self._confirm(entry, found.order or _order_from_summary(summary), adopted=True)
        log.info("%s: adopted existing order %s", entry.receipt, summary.order_id)
        order = found.order
        if order is None:
            try:
                order = await self._get_order(summary.id)
            except ApiError as exc:
                log.warning("%s: order %s found but not fetched: %s", entry.receipt, summary.id, exc)
                return CheckoutResult(
                    entry.receipt,
                    _order_from_summary(summary),
                    confirmed,
                    adopted=True,
                    order_is_partial=True,
                )
        confirmed = self._confirm(confirmed, order, adopted=True)
        return CheckoutResult(entry.receipt, order, confirmed, adopted=True)

    async def _get_order(self, pk: str) -> Order:
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

    # --- helpers ----------------------------------------------------------------------

    def _entry(self, receipt: str) -> JournalEntry:
        entry = self._journal.find(receipt)
        if entry is None:
            raise KeyError(receipt)
        return entry

    @contextmanager
    def _claim(self, receipt: str) -> Iterator[None]:
        # One action per receipt at a time: two overlapping resends could both see
        # "not found" and both send.
        if receipt in self._busy:
            raise CheckoutBusy(receipt)
        self._busy.add(receipt)
        try:
            yield
        finally:
            self._busy.discard(receipt)


def may_have_succeeded(exc: ApiError) -> bool:
    if exc.may_have_succeeded:
        return True
    # A 2xx we could not read most likely created the order; a 408 may have been
    # processed before the proxy gave up.
    return isinstance(exc, ResponseFormatError) or exc.status == 408


def _refused_unread(exc: ApiError) -> bool:
    """Errors that prove the server did not act on the request."""
    if isinstance(exc, NetworkError | ApiTimeoutError):
        return not exc.request_sent
    return isinstance(exc, AuthError | ForbiddenError | RateLimitedError)


def _unsent_reason(exc: ApiError) -> str:
    if isinstance(exc, AuthError):
        return "not sent: API key refused"
    if isinstance(exc, ForbiddenError):
        return "not sent: not allowed for this key"
    if isinstance(exc, RateLimitedError):
        return f"not sent: rate limited (retry in {exc.retry_after:.0f} s)"
    return "not sent: offline"


def _reason(exc: ApiError) -> str:
    return exc.message or type(exc).__name__


def _describe(exc: ApiError | None) -> str:
    return "" if exc is None else f"{type(exc).__name__}: {exc}"


def _summary_of(order: Order) -> OrderSummary:
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


def _order_from_summary(summary: OrderSummary) -> Order:
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
