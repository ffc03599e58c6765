"""The sales journal: every checkout attempt is written here before it is sent.

Scalev's ``POST /v3/orders`` has no idempotency key (contract §3.7, §8.4), so after a
timeout or a crash only this journal knows that a sale was attempted and under which
receipt number. The receipt number also travels in the order's ``metadata`` so that the
order can be found on the server afterwards (``pos_app.services.reconcile``).

Durability: WAL with ``synchronous=FULL``, so a committed state change survives a power
cut, and every change is one statement or one transaction.

States::

    created ──▶ sent ──▶ confirmed ──▶ paid
       │         │  │        └───────▶ canceled
       │         │  ├──▶ rejected     (the server said no: fix the sale)
       │         │  ├──▶ unsent       (it never reached the server / was refused unread)
       │         │  └──▶ unknown      (no answer: maybe created, look it up before resending)
       │         ▲           │
       └─────────┴── resend ─┘   (unknown / unsent / created go back to sent)

    created / unsent / unknown ──▶ abandoned   (the cashier gave it up, with a reason; it is
                                                never looked up or sent again)
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from pos_app.domain.phone import phone_digits
from pos_app.storage.sqlite_util import SqliteFile, StorageError, migrate, transaction


class JournalState(StrEnum):
    CREATED = "created"  # written, not yet handed to the network
    SENT = "sent"  # handed to the network; the answer is pending
    CONFIRMED = "confirmed"  # the server holds the order (pk known)
    PAID = "paid"
    CANCELED = "canceled"
    REJECTED = "rejected"  # the server answered no (validation and other 4xx)
    UNSENT = "unsent"  # provably no order: never left this machine, or refused unread
    UNKNOWN = "unknown"  # no usable answer: the order may or may not exist
    ABANDONED = "abandoned"  # given up by the cashier, with a reason: never looked up again


# Entries the app must still settle: they may or may not have become an order.
UNFINISHED = (JournalState.CREATED, JournalState.SENT, JournalState.UNKNOWN)
# Entries that may be sent (again) after a clean "not found" lookup.
SENDABLE = (JournalState.CREATED, JournalState.SENT, JournalState.UNKNOWN, JournalState.UNSENT)

# Entries the cashier may give up: no order is known to exist for them.
ABANDONABLE = (JournalState.CREATED, JournalState.UNSENT, JournalState.UNKNOWN)

_S = JournalState
_ALLOWED: dict[JournalState, frozenset[JournalState]] = {
    _S.CREATED: frozenset({_S.SENT, _S.CONFIRMED, _S.UNKNOWN, _S.CANCELED, _S.ABANDONED}),
    # SENT -> SENT: a resend of an attempt whose process died before any answer.
    _S.SENT: frozenset({_S.SENT, _S.CONFIRMED, _S.REJECTED, _S.UNSENT, _S.UNKNOWN}),
    _S.UNKNOWN: frozenset({_S.SENT, _S.CONFIRMED, _S.UNKNOWN, _S.ABANDONED}),
    _S.UNSENT: frozenset({_S.SENT, _S.CONFIRMED, _S.CANCELED, _S.ABANDONED}),
    _S.CONFIRMED: frozenset({_S.CONFIRMED, _S.PAID, _S.CANCELED}),
    _S.PAID: frozenset({_S.PAID}),
    _S.CANCELED: frozenset({_S.CANCELED}),
    _S.REJECTED: frozenset(),
    # An abandoned sale that turns up after all (found by a lookup) is still recorded.
    _S.ABANDONED: frozenset({_S.CONFIRMED}),
}


class JournalStateError(StorageError):
    """A state change the journal refuses (a bug, or a double click on a stale screen)."""


class JournalWriteError(StorageError):
    """The journal file could not be written (locked, disk full, I/O error)."""


class OrderRef(Protocol):
    """What the journal keeps of a server order; both ``Order`` and ``OrderSummary`` fit."""

    @property
    def id(self) -> str: ...
    @property
    def order_id(self) -> str: ...
    @property
    def payment_url(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class JournalEntry:
    receipt: str  # e.g. KASIR-01-000123
    terminal: str
    seq: int
    created_at: datetime  # aware, UTC
    store_id: int
    store_unique_id: str
    store_name: str
    customer_name: str
    customer_phone: str
    total: int
    payload: Mapping[str, Any]  # exactly what is (re)sent, metadata included
    state: JournalState
    attempts: int  # how many times the payload was handed to the network
    updated_at: datetime
    sent_at: datetime | None = None  # last hand-over to the network
    last_error: str | None = None
    reason: str | None = None  # why rejected / unsent, for the cashier
    field_errors: Mapping[str, list[str]] = field(default_factory=dict)
    order_pk: str | None = None
    order_number: str | None = None
    payment_url: str | None = None
    adopted: bool = False  # confirmed by finding the order, not from the create answer
    # What the server charges (``gross_revenue``); may differ from ``total`` (fees, codes).
    server_total: int | None = None
    customer_email: str = ""
    discount: int = 0
    # Cash at the till: what the customer handed over and the change given back. The order
    # is recorded with a manual method and then marked paid; ``cash_marked`` says whether
    # the server has taken that mark (retried until it has).
    tendered: int | None = None
    change: int | None = None
    cash_marked: bool = False
    receipt_printed: bool = False
    shift_id: str | None = None
    # Orders this sale had before the payment method was switched (each canceled by Scalev).
    replaced_orders: tuple[str, ...] = ()
    # What the cart showed: (name with variant or price option, quantity, unit price). The
    # payload holds only ids; receipts and reports need the names, also offline.
    lines: tuple[tuple[str, int, int], ...] = ()

    @property
    def payment_method(self) -> str:
        return str(self.payload.get("payment_method") or "")

    @property
    def is_cash(self) -> bool:
        return self.tendered is not None

    @property
    def amount(self) -> int:
        """The amount to show and report: the server's when known, else the till's."""
        return self.server_total if self.server_total is not None else self.total

    @property
    def is_unfinished(self) -> bool:
        return self.state in UNFINISHED

    @property
    def has_order(self) -> bool:
        return self.order_pk is not None


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE receipt_sequence (terminal TEXT PRIMARY KEY, last INTEGER NOT NULL)")
    conn.execute(
        """
        CREATE TABLE entries (
            receipt TEXT PRIMARY KEY,
            terminal TEXT NOT NULL,
            seq INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            store_id INTEGER NOT NULL,
            store_unique_id TEXT NOT NULL,
            store_name TEXT NOT NULL,
            customer_name TEXT NOT NULL,
            customer_phone TEXT NOT NULL,
            total INTEGER NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            last_error TEXT,
            reason TEXT,
            field_errors TEXT,
            order_pk TEXT,
            order_number TEXT,
            payment_url TEXT,
            adopted INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            UNIQUE (terminal, seq)
        )
        """
    )
    conn.execute("CREATE INDEX entries_created ON entries (created_at)")
    conn.execute("CREATE INDEX entries_state ON entries (state)")
    # A random id per journal file, sent along with the receipt number: a reinstalled
    # till restarts at 000001, and its new receipts must never match the old orders.
    conn.execute("CREATE TABLE journal_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO journal_info (key, value) VALUES ('journal_id', ?)", (secrets.token_hex(6),))


def _v2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE entries ADD COLUMN server_total INTEGER")


def _v3(conn: sqlite3.Connection) -> None:
    for column in (
        "customer_email TEXT NOT NULL DEFAULT ''",
        "discount INTEGER NOT NULL DEFAULT 0",
        "tendered INTEGER",
        "change_given INTEGER",
        "cash_marked INTEGER NOT NULL DEFAULT 0",
        "receipt_printed INTEGER NOT NULL DEFAULT 0",
        "shift_id TEXT",
        "replaced_orders TEXT",
        "lines TEXT",
    ):
        conn.execute(f"ALTER TABLE entries ADD COLUMN {column}")
    conn.execute("CREATE INDEX entries_phone ON entries (customer_phone)")
    conn.execute("CREATE INDEX entries_shift ON entries (shift_id)")


_MIGRATIONS = (_v1, _v2, _v3)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _ts(moment: datetime) -> str:
    # One fixed UTC format, so that text order is time order in SQL range queries.
    if moment.tzinfo is None:
        raise ValueError("journal timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _parse_ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _day_bounds(day: date) -> tuple[str, str]:
    # The cashier's "today" is the local calendar day; naive -> local via astimezone().
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return _ts(start), _ts(end)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _row_to_entry(row: sqlite3.Row) -> JournalEntry:
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


class Journal(SqliteFile):
    """One SQLite connection, used from the event-loop thread only.

    Writes are a few milliseconds with ``synchronous=FULL``; that is the price of a sale
    surviving a power cut, and small next to the network round trip that follows.
    """

    _what = "journal"

    def __init__(
        self,
        path: Path,
        terminal: str,
        *,
        clock: Callable[[], datetime] = _utc_now,
        seq_digits: int = 6,
    ) -> None:
        if not terminal.strip():
            raise ValueError("the terminal name must not be empty")
        super().__init__(path, synchronous="FULL")
        self.terminal = terminal.strip()
        self._clock = clock
        self._seq_digits = seq_digits
        try:
            migrate(self._conn, _MIGRATIONS, what="journal")
            row = self._conn.execute("SELECT value FROM journal_info WHERE key = 'journal_id'").fetchone()
            self.journal_id: str = row[0]
        except BaseException:
            self.close()
            raise

    # --- lifecycle --------------------------------------------------------------------

    def _now(self) -> str:
        return _ts(self._clock())

    # --- writing ----------------------------------------------------------------------

    def begin(
        self,
        *,
        store_id: int,
        store_unique_id: str,
        store_name: str,
        customer_name: str,
        customer_phone: str,
        total: int,
        payload: Mapping[str, Any],
        customer_email: str = "",
        discount: int = 0,
        tendered: int | None = None,
        change: int | None = None,
        shift_id: str | None = None,
        lines: tuple[tuple[str, int, int], ...] = (),
    ) -> JournalEntry:
        """Give the sale its receipt number and record it, before anything is sent.

        The stored payload is the given one plus ``metadata.pos_receipt_no`` and
        ``metadata.pos_terminal`` and ``metadata.pos_journal`` (this file's random id);
        send ``entry.payload``, not the original.
        """
        now = self._now()
        with transaction(self._db) as db:
            # The counter row outlives the entries, so a number is never handed out twice,
            # even if someone deletes entries; MAX(seq) guards against a lost counter row.
            row = db.execute(
                "SELECT MAX(n) FROM (SELECT last AS n FROM receipt_sequence WHERE terminal = ?"
                " UNION ALL SELECT MAX(seq) FROM entries WHERE terminal = ?)",
                (self.terminal, self.terminal),
            ).fetchone()
            seq = int(row[0] or 0) + 1
            receipt = f"{self.terminal}-{seq:0{self._seq_digits}d}"
            body = dict(payload)
            metadata = dict(body.get("metadata") or {})
            metadata.update(pos_receipt_no=receipt, pos_terminal=self.terminal, pos_journal=self.journal_id)
            body["metadata"] = metadata
            # ensure_ascii keeps odd characters (lone surrogates) storable as UTF-8 text.
            text = json.dumps(body, separators=(",", ":"), allow_nan=False)
            db.execute(
                "INSERT INTO receipt_sequence (terminal, last) VALUES (?, ?)"
                " ON CONFLICT (terminal) DO UPDATE SET last = excluded.last",
                (self.terminal, seq),
            )
            db.execute(
                "INSERT INTO entries (receipt, terminal, seq, created_at, store_id,"
                " store_unique_id, store_name, customer_name, customer_phone, total, payload,"
                " state, attempts, updated_at, customer_email, discount, tendered, change_given,"
                " shift_id, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
                (
                    receipt,
                    self.terminal,
                    seq,
                    now,
                    store_id,
                    store_unique_id,
                    store_name,
                    customer_name,
                    customer_phone,
                    total,
                    text,
                    JournalState.CREATED.value,
                    now,
                    customer_email,
                    discount,
                    tendered,
                    change,
                    shift_id,
                    json.dumps([list(line) for line in lines]) if lines else None,
                ),
            )
        return self._get(receipt)

    def mark_sent(self, receipt: str) -> JournalEntry:
        """About to hand the payload to the network: counts one more attempt."""
        now = self._now()
        return self._change(
            receipt, JournalState.SENT, "attempts = attempts + 1, sent_at = ?", (now,), now=now
        )

    def mark_confirmed(self, receipt: str, order: OrderRef, *, adopted: bool = False) -> JournalEntry:
        entry = self._get(receipt)
        if entry.order_pk is not None and entry.order_pk != order.id:
            # Two server orders for one receipt would be a duplicate sale: refuse loudly.
            raise JournalStateError(
                f"{receipt} is already confirmed as order {entry.order_pk}, not {order.id}"
            )
        # A partial order (a list row without totals) says 0: keep what is known.
        server_total = getattr(order, "gross_revenue", None) or None
        return self._change(
            receipt,
            JournalState.CONFIRMED,
            "order_pk = ?, order_number = ?, payment_url = COALESCE(?, payment_url),"
            " adopted = MAX(adopted, ?), reason = NULL, field_errors = NULL,"
            " server_total = COALESCE(?, server_total)",
            (order.id, order.order_id, order.payment_url, int(adopted), server_total),
        )

    def mark_rejected(
        self, receipt: str, reason: str, field_errors: Mapping[str, list[str]] | None = None
    ) -> JournalEntry:
        errors = json.dumps({k: list(v) for k, v in (field_errors or {}).items()})
        return self._change(
            receipt,
            JournalState.REJECTED,
            "reason = ?, field_errors = ?, last_error = ?",
            (reason or "rejected", errors, reason),
        )

    def mark_unsent(self, receipt: str, reason: str, error: str | None = None) -> JournalEntry:
        """No order exists: the request never left, or the server refused it unread."""
        return self._change(
            receipt,
            JournalState.UNSENT,
            "reason = ?, last_error = ?",
            (reason or "not sent", error or reason),
        )

    def mark_unknown(self, receipt: str, error: str) -> JournalEntry:
        return self._change(receipt, JournalState.UNKNOWN, "last_error = ?", (error,))

    def mark_abandoned(self, receipt: str, reason: str) -> JournalEntry:
        """The cashier gives the sale up; it is kept, with the reason, and never sent again."""
        if not reason.strip():
            raise ValueError("abandoning a sale needs a reason")
        return self._change(receipt, JournalState.ABANDONED, "reason = ?", (reason.strip(),))

    def mark_paid(self, receipt: str) -> JournalEntry:
        return self._change(receipt, JournalState.PAID)

    def mark_cash_recorded(self, receipt: str) -> JournalEntry:
        """The server took the cash sale's "paid" mark: nothing is left to retry."""
        return self._change(receipt, JournalState.PAID, "cash_marked = 1")

    def mark_printed(self, receipt: str, printed: bool = True) -> JournalEntry:
        """Whether the receipt of this sale came out of a printer (or a PDF was written)."""
        self._write(receipt, "receipt_printed = ?", (int(printed),))
        return self._get(receipt)

    def switch_order(self, receipt: str, order: OrderRef, *, replaced_pk: str) -> JournalEntry:
        """The sale continues as ``order`` (a duplicate with another payment method)."""
        entry = self._get(receipt)
        if entry.order_pk != replaced_pk:
            raise JournalStateError(f"{receipt} is order {entry.order_pk}, not {replaced_pk}")
        replaced = json.dumps([*entry.replaced_orders, replaced_pk])
        server_total = getattr(order, "gross_revenue", None) or None
        method = getattr(order, "payment_method", None)
        payload = dict(entry.payload)
        if method:
            payload["payment_method"] = method
        return self._change(
            receipt,
            JournalState.CONFIRMED,
            "order_pk = ?, order_number = ?, payment_url = ?, server_total = COALESCE(?, server_total),"
            " replaced_orders = ?, payload = ?",
            (
                order.id,
                order.order_id,
                order.payment_url,
                server_total,
                replaced,
                json.dumps(payload, separators=(",", ":")),
            ),
        )

    def mark_canceled(self, receipt: str, reason: str | None = None) -> JournalEntry:
        return self._change(receipt, JournalState.CANCELED, "reason = COALESCE(?, reason)", (reason,))

    def _write(self, receipt: str, sets: str, args: tuple[Any, ...]) -> None:
        """A change that is not a state change (flags); the entry must exist."""
        try:
            with transaction(self._db) as db:
                cursor = db.execute(f"UPDATE entries SET {sets} WHERE receipt = ?", (*args, receipt))
                if cursor.rowcount == 0:
                    raise KeyError(receipt)
        except sqlite3.Error as exc:
            raise JournalWriteError(f"{receipt}: the journal could not be written: {exc}") from exc

    def _change(
        self,
        receipt: str,
        state: JournalState,
        extra_sql: str = "",
        extra_args: tuple[Any, ...] = (),
        *,
        now: str | None = None,
    ) -> JournalEntry:
        now = now or self._now()
        sets = "state = ?, updated_at = ?" + (f", {extra_sql}" if extra_sql else "")
        try:
            with transaction(self._db) as db:
                row = db.execute("SELECT state FROM entries WHERE receipt = ?", (receipt,)).fetchone()
                if row is None:
                    raise KeyError(receipt)
                current = JournalState(row["state"])
                if state not in _ALLOWED[current]:
                    raise JournalStateError(f"{receipt}: cannot go from {current} to {state}")
                db.execute(
                    f"UPDATE entries SET {sets} WHERE receipt = ?",
                    (state.value, now, *extra_args, receipt),
                )
        except sqlite3.Error as exc:
            raise JournalWriteError(f"{receipt}: the journal could not record {state}: {exc}") from exc
        return self._get(receipt)

    # --- reading ----------------------------------------------------------------------

    def _get(self, receipt: str) -> JournalEntry:
        entry = self.find(receipt)
        if entry is None:
            raise KeyError(receipt)
        return entry

    def find(self, receipt: str) -> JournalEntry | None:
        row = self._db.execute("SELECT * FROM entries WHERE receipt = ?", (receipt,)).fetchone()
        return None if row is None else _row_to_entry(row)

    def unfinished(self) -> list[JournalEntry]:
        """Entries that may or may not have become an order, oldest first."""
        marks = ",".join("?" * len(UNFINISHED))
        rows = self._db.execute(
            f"SELECT * FROM entries WHERE state IN ({marks}) ORDER BY created_at, seq",
            [s.value for s in UNFINISHED],
        ).fetchall()
        return [_row_to_entry(r) for r in rows]

    def entries(self) -> list[JournalEntry]:
        """Every entry of every day, oldest first (audits, exports, tests)."""
        rows = self._db.execute("SELECT * FROM entries ORDER BY created_at, seq").fetchall()
        return [_row_to_entry(r) for r in rows]

    def unmarked_cash(self) -> list[JournalEntry]:
        """Cash taken at the till whose "paid" mark the server has not taken yet."""
        rows = self._db.execute(
            "SELECT * FROM entries WHERE tendered IS NOT NULL AND cash_marked = 0 AND state = ?"
            " ORDER BY created_at, seq",
            (JournalState.CONFIRMED.value,),
        ).fetchall()
        return [_row_to_entry(r) for r in rows]

    def customers_by_phone(self, phone: str, limit: int = 5) -> list[tuple[str, str]]:
        """(name, email) of this till's earlier sales to this phone, most recent first."""
        digits = phone_digits(phone)
        if not digits:
            return []
        rows = self._db.execute(
            "SELECT customer_name, customer_email, MAX(created_at) AS last FROM entries"
            " WHERE customer_phone = ? GROUP BY customer_name, customer_email ORDER BY last DESC LIMIT ?",
            (digits, limit),
        ).fetchall()
        return [(row["customer_name"], row["customer_email"]) for row in rows]

    def entries_between(self, start: datetime, end: datetime) -> list[JournalEntry]:
        """Entries created in ``[start, end)`` (aware), oldest first."""
        rows = self._db.execute(
            "SELECT * FROM entries WHERE created_at >= ? AND created_at < ? ORDER BY created_at, seq",
            (_ts(start), _ts(end)),
        ).fetchall()
        return [_row_to_entry(r) for r in rows]

    def entries_of_shift(self, shift_id: str) -> list[JournalEntry]:
        rows = self._db.execute(
            "SELECT * FROM entries WHERE shift_id = ? ORDER BY created_at, seq", (shift_id,)
        ).fetchall()
        return [_row_to_entry(r) for r in rows]

    def claimed_order_pks(self) -> set[str]:
        """Server orders already tied to a receipt (so no second receipt adopts them)."""
        rows = self._db.execute("SELECT order_pk FROM entries WHERE order_pk IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    def list(self, day: date | None = None, search: str | None = None) -> list[JournalEntry]:
        """The entries of one local day (today by default), newest first.

        ``search`` matches part of the receipt, order number, customer name or phone;
        a phone typed as ``0812…`` or ``+62 812…`` also finds the stored ``62812…``.
        """
        start, end = _day_bounds(day or self._clock().astimezone().date())
        sql = "SELECT * FROM entries WHERE created_at >= ? AND created_at < ?"
        args: list[Any] = [start, end]
        text = (search or "").strip()
        if text:
            terms = [text]
            phone = phone_digits(text)
            if phone and phone != text:
                terms.append(phone)
            clauses = []
            for term in terms:
                clauses.append(
                    "(receipt LIKE ? ESCAPE '\\' OR IFNULL(order_number, '') LIKE ? ESCAPE '\\'"
                    " OR customer_name LIKE ? ESCAPE '\\' OR customer_phone LIKE ? ESCAPE '\\')"
                )
                args.extend([_like(term)] * 4)
            sql += " AND (" + " OR ".join(clauses) + ")"
        sql += " ORDER BY created_at DESC, seq DESC"
        return [_row_to_entry(r) for r in self._db.execute(sql, args).fetchall()]


