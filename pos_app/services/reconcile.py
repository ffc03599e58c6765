"""Find the server order of a journal entry whose create call got no clear answer.

``POST /v3/orders`` has no idempotency key (contract §3.7, §8.4): after a timeout, a 5xx
or a crash the order may exist. The only safe way to know is to look for it — by the
customer's phone in ``GET /v3/orders`` — and recognise it by OUR receipt number, which
``Journal.begin`` put into ``metadata.pos_receipt_no``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Collection, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from pos_app.api.models import OrderSummary
from pos_app.domain.phone import phone_digits
from pos_app.storage.journal import JournalEntry

log = logging.getLogger(__name__)

RECEIPT_KEY = "pos_receipt_no"
TERMINAL_KEY = "pos_terminal"
JOURNAL_KEY = "pos_journal"  # random id of the journal file that issued the receipt

# Journal times come from the server's clock once the client has heard its ``Date`` header,
# but a sale written before any answer (offline start) carries the till's own clock, which
# may be hours off (Indonesia has three time zones; a wrong PC clock is common). The window
# only narrows the heuristic search; an exact receipt match is taken whatever its time.
DEFAULT_WINDOW = timedelta(hours=3)
# Rows looked at per search: a phone has few orders in an hour, and a bound keeps a
# lookup to a handful of requests (25 rows a page) even for a very busy number.
MAX_WINDOW_ROWS = 200
# Rows looked at in the search without a time window (newest first).
MAX_RECENT_ROWS = 50


class OrderLister(Protocol):
    """The part of ``ScalevClient`` a lookup needs."""

    def iter_orders(
        self,
        *,
        search: str | None = None,
        search_field: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        store_id: int | None = None,
    ) -> AsyncIterator[OrderSummary]: ...


def receipt_of(metadata: Mapping[str, Any] | None) -> str | None:
    """The POS receipt number an order carries, if any."""
    value = (metadata or {}).get(RECEIPT_KEY)
    return value if isinstance(value, str) and value else None


def is_exactly_ours(metadata: Mapping[str, Any] | None, entry: JournalEntry) -> bool:
    """Same receipt and same journal file: this very sale, whatever the clocks say."""
    ours = (entry.payload.get("metadata") or {}).get(JOURNAL_KEY)
    theirs = (metadata or {}).get(JOURNAL_KEY)
    return receipt_of(metadata) == entry.receipt and ours is not None and theirs == ours


def is_ours(metadata: Mapping[str, Any] | None, entry: JournalEntry) -> bool:
    """Whether an order's metadata names this entry: same receipt, same journal file.

    The journal id tells apart a reinstalled till whose numbering started again.
    """
    if receipt_of(metadata) != entry.receipt:
        return False
    theirs = (metadata or {}).get(JOURNAL_KEY)
    ours = (entry.payload.get("metadata") or {}).get(JOURNAL_KEY)
    return theirs is None or ours is None or theirs == ours


async def find_existing_order(
    client: OrderLister,
    entry: JournalEntry,
    *,
    window: timedelta = DEFAULT_WINDOW,
    claimed: Collection[str] = (),
    now: datetime | None = None,
) -> OrderSummary | None:
    """The order created for ``entry``, or None when the server has none.

    Primary rule: a row whose ``metadata.pos_receipt_no`` is our receipt (and whose
    ``pos_journal``, when present, is our journal's). An order carrying a different
    receipt number is never taken. Only when the listed rows carry
    no metadata at all (a server that does not echo it in lists) does a heuristic apply:
    same total (:func:`is_our_total`), same phone, created inside the window, not already tied to another
    journal entry (``claimed``); the caller must confirm such a match on the full order.

    API errors propagate: an error is not "not found", and only a clean "not found"
    may ever lead to sending again.
    """
    search, field = search_key(entry)
    last_try = max(entry.sent_at or entry.created_at, now or entry.created_at)
    since = entry.created_at - window
    until = last_try + window

    rows = await _collect(
        client.iter_orders(
            search=search, search_field=field, since=since, until=until, store_id=entry.store_id
        ),
        entry,
        MAX_WINDOW_ROWS,
    )
    if isinstance(rows, OrderSummary):
        return rows
    if not any(row.metadata for row in rows):
        guess = _heuristic_match(entry, rows, since, until, claimed)
        if guess is not None:
            log.info(
                "%s: no metadata in the order list; %s matches by phone/total/time",
                entry.receipt,
                guess.order_id,
            )
            return guess

    # The time filter is only as good as the server's time fields (``draft_time`` may be
    # empty for orders created straight as pending) and as the clock the entry was written
    # with, so also look at the newest orders of this customer without it. An exact match
    # (receipt and journal id) counts whatever its timestamp: together they name one sale
    # of one till. A receipt without a journal id (an order from before journal ids) must
    # still fall inside the window, since a reinstalled till reuses receipt numbers.
    recent = await _collect(
        client.iter_orders(search=search, search_field=field, store_id=entry.store_id),
        entry,
        MAX_RECENT_ROWS,
        window=(since, until),
    )
    return recent if isinstance(recent, OrderSummary) else None


def search_key(entry: JournalEntry) -> tuple[str, str]:
    if entry.customer_phone:
        return entry.customer_phone, "customer_phone"
    return entry.customer_name, "customer_name"


async def _collect(
    rows: AsyncIterator[OrderSummary],
    entry: JournalEntry,
    limit: int,
    *,
    window: tuple[datetime, datetime] | None = None,
) -> OrderSummary | list[OrderSummary]:
    """The row of ``entry`` as soon as it shows up, else the rows seen.

    With ``window``, a row that names our receipt but no journal id only counts when it was
    created inside the window; an exact match counts whatever its time.
    """
    seen: list[OrderSummary] = []
    try:
        async for row in rows:
            if is_exactly_ours(row.metadata, entry):
                return row
            if is_ours(row.metadata, entry) and (window is None or _inside(row, *window)):
                return row
            seen.append(row)
            if len(seen) >= limit:
                break
    finally:
        # An async generator left half-way must be closed here, not by the loop later.
        aclose = getattr(rows, "aclose", None)
        if aclose is not None:
            await aclose()
    return seen


def _heuristic_match(
    entry: JournalEntry,
    rows: list[OrderSummary],
    since: datetime,
    until: datetime,
    claimed: Collection[str],
) -> OrderSummary | None:
    phone = phone_digits(entry.customer_phone)
    candidates = [
        row
        for row in rows
        if not row.metadata
        and row.id not in claimed
        and is_our_total(row, entry)
        and phone is not None
        and phone_digits(row.customer_phone) == phone
        and row.created_at is not None
        and since <= _aware(row.created_at) <= until
    ]
    if not candidates:
        return None
    # Several look-alikes: take the one created closest to our last send.
    sent = entry.sent_at or entry.created_at
    return min(candidates, key=lambda row: abs(_aware(row.created_at) - sent))  # type: ignore[arg-type]


def is_our_total(row: OrderSummary, entry: JournalEntry) -> bool:
    """Whether a listed order's money is this sale's.

    ``gross_revenue`` is the till's total only on a plain store: Scalev adds a payment-link
    fee, takes a unique code off a transfer, adds other charges or a discount code. So the
    row also matches when its total less those parts, or the cart and shipping it lists
    (product price, less our discount, plus shipping), is the till's total. Exact sums only.
    """
    if row.gross_revenue == entry.total:
        return True
    added = row.other_income + row.payment_link_income - row.unique_code_discount - row.discount_code_discount
    if added and row.gross_revenue - added == entry.total:
        return True
    if row.product_price is None:
        return False
    return row.product_price - row.product_discount + row.shipping_cost == entry.total


def _inside(row: OrderSummary, since: datetime, until: datetime) -> bool:
    return row.created_at is not None and since <= _aware(row.created_at) <= until


def _aware(moment: datetime) -> datetime:
    # A timestamp without zone from the server is read as UTC (the API's own convention).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


