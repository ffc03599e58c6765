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
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from pos_app.api.errors import ApiError, ValidationError
from pos_app.api.models import Order, Store
from pos_app.services.checkout_failures import (
    describe,
    may_have_succeeded,
    reason,
    refused_unread,
    unsent_reason,
)
from pos_app.services.checkout_lookup import (
    Lookup,
    LookupClient,
    LookupPolicy,
    OrderFinder,
    order_from_summary,
)
from pos_app.services.checkout_outcomes import (
    CheckoutBusy,
    CheckoutResult,
    OutcomeUnknown,
    RecoveryKind,
    RecoveryOutcome,
)
from pos_app.storage.journal import (
    ABANDONABLE,
    NEVER_SENT,
    SENDABLE,
    SENT_AGAIN_AS,
    Journal,
    JournalEntry,
    JournalState,
    JournalStateError,
)
from pos_app.storage.sqlite_util import StorageError

log = logging.getLogger(__name__)


class CheckoutClient(LookupClient, Protocol):
    """The part of ``ScalevClient`` checkout needs (tests pass small fakes)."""

    async def create_order(self, payload: Mapping[str, Any]) -> Order: ...


@dataclass(frozen=True, slots=True)
class SaleExtras:
    """What the journal keeps of a sale beyond its payload (for receipts, shifts, reports)."""

    customer_email: str = ""
    discount: int = 0
    tendered: int | None = None  # cash handed over at the till
    change: int | None = None
    shift_id: str | None = None
    lines: tuple[tuple[str, int, int], ...] = ()  # (name, quantity, unit price) as on screen


# Pauses between attempts to write a confirmation the journal refused (locked, disk full).
CONFIRMATION_RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)


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
        self._sleep = sleep
        self._policy = lookup or LookupPolicy()
        self._busy: set[str] = set()
        # Orders the server created whose confirmation the journal could not write yet:
        # receipt -> order. Consulted before any lookup or send, so they are never sent again.
        self._unwritten: dict[str, Order] = {}
        self._unwritten_adopted: set[str] = set()  # found by a lookup: written as adopted too
        self._flush_task: asyncio.Task[None] | None = None
        self._finder = OrderFinder(
            client, journal, self._unwritten, clock=clock, sleep=sleep, policy=self._policy
        )

    # --- the cashier's actions --------------------------------------------------------

    async def submit(
        self,
        *,
        store: Store,
        payload: Mapping[str, Any],
        total: int,
        on_recorded: Callable[[str], None] | None = None,
        extras: SaleExtras | None = None,
        replaces: str | None = None,
    ) -> CheckoutResult:
        """Record the sale, send it once, and settle what happened.

        ``on_recorded`` hears the receipt number as soon as the journal holds the sale, before
        anything is sent, so the caller can name it whatever happens next. ``replaces`` is an
        earlier attempt of the same sale that never reached the server (busy, offline, key
        refused): it is retired as "sent again as …", or History would offer to send it too.

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
        if replaces is not None:
            self._retire(replaces, entry.receipt)
        with self._claim(entry.receipt):
            return await self._send(entry.receipt)

    def _retire(self, receipt: str, successor: str) -> None:
        entry = self._journal.find(receipt)
        if entry is None or entry.state not in NEVER_SENT or receipt in self._busy:
            return  # it may have reached the server: only a lookup may decide about it
        try:
            self._journal.mark_abandoned(receipt, SENT_AGAIN_AS + successor)
        except StorageError:
            log.warning("%s: not marked as sent again as %s", receipt, successor, exc_info=True)

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
            found = await self._finder.look_up(entry, not_found_delays=())
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

    def never_sent(self) -> list[str]:
        """Receipts of sales refused before the server read them (busy, offline, key refused),
        left to History. Recovery never touches them: they are provably not orders."""
        return [entry.receipt for entry in self._journal.refused()]

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
        if (held := self._unwritten.get(receipt)) is not None:
            # The journal still says "unknown", but the order exists: it is a sale, not a loss.
            raise JournalStateError(f"{receipt} is order {held.order_id} on the server; it is not abandoned")
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
            self._journal.mark_rejected(receipt, reason(exc), exc.field_errors)
            raise
        except ApiError as exc:
            if may_have_succeeded(exc):
                self._journal.mark_unknown(receipt, describe(exc))
                log.warning("%s: ambiguous answer (%s); looking the order up", receipt, describe(exc))
                return await self._settle_ambiguous(receipt)
            if refused_unread(exc):
                self._journal.mark_unsent(receipt, unsent_reason(exc), describe(exc))
            else:
                # The server read the order and said no (404 store, 409 …): no order.
                self._journal.mark_rejected(receipt, reason(exc), {})
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
            if adopted:
                self._unwritten_adopted.add(entry.receipt)
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
                self._journal.mark_confirmed(receipt, order, adopted=receipt in self._unwritten_adopted)
            except StorageError as exc:
                log.warning("%s: confirmation still not written: %s", receipt, exc)
                continue
            del self._unwritten[receipt]
            self._unwritten_adopted.discard(receipt)
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
        found = await self._finder.look_up(entry, not_found_delays=self._policy.not_found_delays)
        if found.found:
            return await self._adopt(entry, found)
        raise OutcomeUnknown(receipt, lookup_error=found.error)

    async def _recover(self, entry: JournalEntry) -> RecoveryOutcome:
        receipt = entry.receipt
        found = await self._finder.look_up(entry, not_found_delays=())
        if found.found:
            result = await self._adopt(entry, found)
            return RecoveryOutcome(receipt, RecoveryKind.ADOPTED, result.entry, result.order)
        if entry.state is JournalState.CREATED:
            # Never handed to the network, so nothing can exist; the cashier may send it.
            kind = RecoveryKind.UNREACHABLE if found.error else RecoveryKind.NOT_SENT
            error = describe(found.error) if found.error else None
            return RecoveryOutcome(receipt, kind, entry, error=error)
        if found.error is not None:
            # ``sent`` of a dead process becomes ``unknown``; either way the next start
            # (or the cashier's Resend) looks again.
            entry = self._journal.mark_unknown(
                receipt, f"lookup after restart failed: {describe(found.error)}"
            )
            return RecoveryOutcome(receipt, RecoveryKind.UNREACHABLE, entry, error=describe(found.error))
        entry = self._journal.mark_unknown(receipt, "not found on the server after restart")
        return RecoveryOutcome(receipt, RecoveryKind.UNKNOWN, entry)

    # --- adopting what the finder found -----------------------------------------------

    async def _adopt(self, entry: JournalEntry, found: Lookup) -> CheckoutResult:
        summary = found.summary
        assert summary is not None
        # Record it first: from here on nothing may send this receipt again.
        confirmed = self._confirm(entry, found.order or order_from_summary(summary), adopted=True)
        log.info("%s: adopted existing order %s", entry.receipt, summary.order_id)
        order = found.order
        if order is None:
            try:
                order = await self._finder.get_order(summary.id)
            except ApiError as exc:
                log.warning("%s: order %s found but not fetched: %s", entry.receipt, summary.id, exc)
                return CheckoutResult(
                    entry.receipt,
                    order_from_summary(summary),
                    confirmed,
                    adopted=True,
                    order_is_partial=True,
                )
        confirmed = self._confirm(confirmed, order, adopted=True)
        return CheckoutResult(entry.receipt, order, confirmed, adopted=True)

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
