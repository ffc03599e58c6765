"""How entries, moments and search text are written to and read from SQLite."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time, timedelta

from pos_app.storage.journal.entry import JournalEntry
from pos_app.storage.journal.states import JournalState


def utc_now() -> datetime:
    return datetime.now(UTC)


def ts(moment: datetime) -> str:
    # One fixed UTC format, so that text order is time order in SQL range queries.
    if moment.tzinfo is None:
        raise ValueError("journal timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _parse_ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def day_bounds(day: date) -> tuple[str, str]:
    # The cashier's "today" is the local calendar day; naive -> local via astimezone().
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return ts(start), ts(end)


def like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def row_to_entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        receipt=row["receipt"],
        terminal=row["terminal"],
        seq=row["seq"],
        created_at=datetime.fromisoformat(row["created_at"]),
        store_id=row["store_id"],
        store_unique_id=row["store_unique_id"],
        store_name=row["store_name"],
        customer_name=row["customer_name"],
        customer_phone=row["customer_phone"],
        total=row["total"],
        payload=json.loads(row["payload"]),
        state=JournalState(row["state"]),
        attempts=row["attempts"],
        updated_at=datetime.fromisoformat(row["updated_at"]),
        sent_at=_parse_ts(row["sent_at"]),
        last_error=row["last_error"],
        reason=row["reason"],
        field_errors=json.loads(row["field_errors"]) if row["field_errors"] else {},
        order_pk=row["order_pk"],
        order_number=row["order_number"],
        payment_url=row["payment_url"],
        adopted=bool(row["adopted"]),
        server_total=row["server_total"],
        customer_email=row["customer_email"],
        discount=row["discount"],
        tendered=row["tendered"],
        change=row["change_given"],
        cash_marked=bool(row["cash_marked"]),
        receipt_printed=bool(row["receipt_printed"]),
        shift_id=row["shift_id"],
        replaced_orders=tuple(json.loads(row["replaced_orders"])) if row["replaced_orders"] else (),
        lines=tuple((str(n), int(q), int(p)) for n, q, p in json.loads(row["lines"])) if row["lines"] else (),
    )
