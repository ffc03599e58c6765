"""The sales journal as the shift and day reports read it, and the status round that makes a
report final: unpaid sales are asked about on the server and the answers written down.

Only sales that became orders are sales here: rejected, never-sent, unknown and abandoned
entries are not money in or owed. A cash sale counts as paid (the money is in the drawer)
even while its "paid" mark is still on its way to the server.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from pos_app.api.errors import ApiError, RateLimitedError
from pos_app.api.models import Order
from pos_app.domain.payment_methods import CASH
from pos_app.domain.sales_report import SaleRecord, SaleState
from pos_app.services.receipts import method_is_no_payment
from pos_app.services.shift_reports import RefreshResult
from pos_app.storage.journal import Journal, JournalEntry, JournalState, JournalStateError
from pos_app.storage.sqlite_util import StorageError

log = logging.getLogger(__name__)

# Statuses asked per report refresh, and the pause between two: the key's request budget is
# shared with checkout and payment polling on every till.
MAX_LOOKUPS = 60
LOOKUP_PAUSE = 0.15

_COUNTED = (JournalState.CONFIRMED, JournalState.PAID, JournalState.CANCELED)


class StatusSource(Protocol):
    async def get_order(self, order_pk: str) -> Order: ...


def sale_record(entry: JournalEntry) -> SaleRecord | None:
    if entry.state not in _COUNTED or entry.order_pk is None:
        return None
    if entry.state is JournalState.CANCELED:
        state: SaleState = "canceled"
    elif entry.state is JournalState.PAID or entry.is_cash or method_is_no_payment(entry.payment_method):
        state = "paid"
    else:
        state = "unpaid"
    return SaleRecord(
        receipt=entry.receipt,
        created_at=entry.created_at,
        method=CASH if entry.is_cash else entry.payment_method,
        total=entry.amount,
        discount=entry.discount,
        state=state,
        shift_id=entry.shift_id,
        tendered=entry.tendered,
        change=entry.change,
        order_number=entry.order_number,
        store_name=entry.store_name,
    )


class JournalSales:
    def __init__(
        self,
        journal: Journal,
        client: StatusSource,
        *,
        max_lookups: int = MAX_LOOKUPS,
        pause: float = LOOKUP_PAUSE,
    ) -> None:
        self._journal = journal
        self._client = client
        self._max = max_lookups
        self._pause = pause

    def sales_between(self, start: datetime, end: datetime) -> list[SaleRecord]:
        return _records(self._journal.entries_between(start, end))

    def sales_of_shift(self, shift_id: str) -> list[SaleRecord]:
        return _records(self._journal.entries_of_shift(shift_id))

    async def refresh_statuses(self, records: Sequence[SaleRecord]) -> RefreshResult:
        unpaid = [r for r in records if r.state == "unpaid"]
        checked = 0
        error: ApiError | None = None
        for index, record in enumerate(unpaid):
            if index >= self._max:
                break
            entry = self._journal.find(record.receipt)
            if entry is None or entry.order_pk is None:
                continue
            try:
                order = await self._client.get_order(entry.order_pk)
            except RateLimitedError as exc:
                error = exc
                break  # the budget is spent: the report stays provisional and fills in later
            except ApiError as exc:
                error = exc
                continue
            self._settle(entry, order)
            checked += 1
            if self._pause:
                await asyncio.sleep(self._pause)
        return RefreshResult(checked=checked, unchecked=len(unpaid) - checked, error=error)

    def _settle(self, entry: JournalEntry, order: Order) -> None:
        try:
            if order.is_paid:
                self._journal.mark_paid(entry.receipt)
            elif order.status == "canceled":
                self._journal.mark_canceled(entry.receipt)
        except (JournalStateError, StorageError) as exc:
            log.warning("%s: status %s not recorded: %s", entry.receipt, order.payment_status, exc)


def _records(entries: list[JournalEntry]) -> list[SaleRecord]:
    return [record for entry in entries if (record := sale_record(entry)) is not None]
