"""Cash taken at the till is marked paid on the server, however long that takes.

Scalev has no cash method: a cash sale is created with the owner's manual method and then
marked paid through ``change-status``. The money is already in the drawer when the order
exists, so the sale is done for the cashier at once; the mark is retried here (after a
failure, on reconnect, at start) until the server takes it. It never creates an order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from pos_app.api.errors import ApiError, ConflictError
from pos_app.api.models import OrderStatusChange
from pos_app.storage.journal import Journal, JournalEntry, JournalStateError
from pos_app.storage.sqlite_util import StorageError

log = logging.getLogger(__name__)

RETRY_DELAYS = (1.0, 2.0, 5.0, 15.0, 30.0, 60.0)


class PaymentMarker(Protocol):
    async def mark_payment_paid(self, order_pk: str) -> OrderStatusChange: ...


class CashMarks:
    def __init__(
        self,
        client: PaymentMarker,
        journal: Journal,
        *,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._client = client
        self._journal = journal
        self._sleep = sleep
        self._retrying: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def mark(self, receipt: str) -> bool:
        """Mark one cash sale paid now; True when the server took it. Retries later if not."""
        async with self._lock:
            entry = self._journal.find(receipt)
            done = entry is not None and await self._mark(entry)
        if not done:
            self.retry_later()
        return done

    async def mark_pending(self) -> int:
        """Try every cash sale still waiting for its mark; returns how many are left."""
        async with self._lock:
            left = 0
            for entry in self._journal.unmarked_cash():
                if not await self._mark(entry):
                    left += 1
            return left

    async def catch_up(self) -> int:
        """:meth:`mark_pending`, and keep retrying by itself while any mark is still missing.

        For start-up (after recovery may have adopted a cash sale whose create answer was
        lost) and reconnects: whatever is left is retried without waiting for the next event.
        """
        left = await self.mark_pending()
        if left:
            self.retry_later()
        return left

    def retry_later(self) -> None:
        if self._retrying is not None and not self._retrying.done():
            return
        self._retrying = asyncio.get_running_loop().create_task(self._retry())

    async def _retry(self) -> None:
        for delay in (*RETRY_DELAYS, *([RETRY_DELAYS[-1]] * 1000)):
            await self._sleep(delay)
            if await self.mark_pending() == 0:
                return

    async def _mark(self, entry: JournalEntry) -> bool:
        if entry.cash_marked or entry.order_pk is None:
            return entry.cash_marked
        try:
            change = await self._client.mark_payment_paid(entry.order_pk)
        except ConflictError:
            # Canceled meanwhile (or paid already): the server says which on the next read.
            log.warning("%s: the server refused the cash mark (conflict)", entry.receipt)
            return False
        except ApiError as exc:
            log.info("%s: cash mark not taken yet (%s); will retry", entry.receipt, type(exc).__name__)
            return False
        if change.payment_status not in ("paid", "settled"):
            return False
        try:
            self._journal.mark_cash_recorded(entry.receipt)
        except (JournalStateError, StorageError) as exc:
            log.warning("%s: cash mark taken but not recorded yet: %s", entry.receipt, exc)
            return False
        return True

    async def aclose(self) -> None:
        task, self._retrying = self._retrying, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
