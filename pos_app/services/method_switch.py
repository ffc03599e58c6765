"""Switch the payment method of an unpaid order: Scalev duplicates it with the new method and
cancels the original (``POST /v3/orders/{id}/duplicate``, contract §4.13).

Like creating an order, duplicating is not idempotent: after an ambiguous failure the new
order is looked for (our receipt in its metadata, not the original, not canceled) before
anyone may try again, so a switch never leaves two live orders for one sale.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol

from pos_app.api.errors import ApiError
from pos_app.api.models import Order
from pos_app.services.checkout_failures import may_have_succeeded
from pos_app.services.reconcile import OrderLister, is_ours, search_key
from pos_app.storage.journal import Journal, JournalEntry, JournalState, JournalStateError

log = logging.getLogger(__name__)

REPLACES_KEY = "pos_replaces"  # the order number this order replaced


class SwitchClient(OrderLister, Protocol):
    async def duplicate_order(
        self, order_pk: str, *, payment_method: str, metadata: Mapping[str, Any] | None = None
    ) -> Order: ...

    async def get_order(self, order_pk: str) -> Order: ...


class SwitchUnknown(Exception):
    """The duplicate got no clear answer and no new order was found: check again later."""


class MethodSwitch:
    def __init__(self, client: SwitchClient, journal: Journal) -> None:
        self._client = client
        self._journal = journal

    async def switch(self, receipt: str, method: str) -> Order:
        entry = self._journal.find(receipt)
        if entry is None or entry.order_pk is None or entry.state is not JournalState.CONFIRMED:
            raise JournalStateError(f"{receipt} has no unpaid order to switch")
        old = entry.order_pk
        metadata = dict(entry.payload.get("metadata") or {})
        metadata[REPLACES_KEY] = entry.order_number
        try:
            order = await self._client.duplicate_order(old, payment_method=method, metadata=metadata)
        except ApiError as exc:
            if not may_have_succeeded(exc):
                raise
            log.warning("%s: no clear answer to the method switch (%s); looking for it", receipt, exc)
            found = await self._find_replacement(entry)
            if found is None:
                raise SwitchUnknown(receipt) from exc
            order = found
        self._journal.switch_order(receipt, order, replaced_pk=old)
        return order

    def entry(self, receipt: str) -> JournalEntry | None:
        return self._journal.find(receipt)

    async def _find_replacement(self, entry: JournalEntry) -> Order | None:
        search, field = search_key(entry)
        rows = self._client.iter_orders(search=search, search_field=field, store_id=entry.store_id)
        try:
            async for row in rows:
                if is_ours(row.metadata, entry) and row.id != entry.order_pk and row.status != "canceled":
                    return await self._client.get_order(row.id)
        finally:
            aclose = getattr(rows, "aclose", None)
            if aclose is not None:
                await aclose()
        return None
