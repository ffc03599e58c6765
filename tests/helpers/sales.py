"""A sale as the journal holds it, for tests that need one without going through the till."""

from __future__ import annotations

from typing import Any

from pos_app.storage.journal import Journal, JournalEntry

STORE_ID = 4127
STORE_UNIQUE_ID = "store_abc"
STORE_NAME = "Toko Kopi Gayo"
CUSTOMER = "Budi Santoso"
PHONE = "6281234567890"


def begin_sale(journal: Journal, *, total: int, payload: dict[str, Any], **fields: Any) -> JournalEntry:
    """``journal.begin`` for Budi Santoso in Toko Kopi Gayo; ``fields`` add or override."""
    values: dict[str, Any] = dict(
        store_id=STORE_ID,
        store_unique_id=STORE_UNIQUE_ID,
        store_name=STORE_NAME,
        customer_name=CUSTOMER,
        customer_phone=PHONE,
        total=total,
        payload=payload,
    )
    values.update(fields)
    return journal.begin(**values)
