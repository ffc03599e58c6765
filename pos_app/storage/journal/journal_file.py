"""The ``Journal``: the sqlite file every checkout attempt is written to before it is sent."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pos_app.domain.phone import phone_digits
from pos_app.storage.journal.entry import JournalEntry, OrderRef
from pos_app.storage.journal.migrations import MIGRATIONS
from pos_app.storage.journal.rows import day_bounds, like, row_to_entry, ts, utc_now
from pos_app.storage.journal.states import (
    ALLOWED,
    UNFINISHED,
    JournalState,
    JournalStateError,
    JournalWriteError,
)
from pos_app.storage.sqlite_util import SqliteFile, migrate, transaction


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
        clock: Callable[[], datetime] = utc_now,
        seq_digits: int = 6,
    ) -> None:
        if not terminal.strip():
            raise ValueError("the terminal name must not be empty")
        super().__init__(path, synchronous="FULL")
        self.terminal = terminal.strip()
        self._clock = clock
        self._seq_digits = seq_digits
        try:
            migrate(self._conn, MIGRATIONS, what="journal")
            row = self._conn.execute("SELECT value FROM journal_info WHERE key = 'journal_id'").fetchone()
            self.journal_id: str = row[0]
        except BaseException:
            self.close()
            raise

    # --- lifecycle --------------------------------------------------------------------

    def _now(self) -> str:
        return ts(self._clock())

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
        try:
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
                metadata.update(
                    pos_receipt_no=receipt, pos_terminal=self.terminal, pos_journal=self.journal_id
                )
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
        except sqlite3.Error as exc:
            # Nothing was sent: the caller says so and keeps the cart (a full or locked disk).
            raise JournalWriteError(f"the journal could not record a new sale: {exc}") from exc
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
                if state not in ALLOWED[current]:
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
        return None if row is None else row_to_entry(row)

    def unfinished(self) -> list[JournalEntry]:
        """Entries that may or may not have become an order, oldest first."""
        marks = ",".join("?" * len(UNFINISHED))
        rows = self._db.execute(
            f"SELECT * FROM entries WHERE state IN ({marks}) ORDER BY created_at, seq",
            [s.value for s in UNFINISHED],
        ).fetchall()
        return [row_to_entry(r) for r in rows]

    def refused(self) -> list[JournalEntry]:
        """Sales that provably never became an order and wait for the cashier (History)."""
        rows = self._db.execute(
            "SELECT * FROM entries WHERE state = ? ORDER BY created_at, seq", (JournalState.UNSENT.value,)
        ).fetchall()
        return [row_to_entry(r) for r in rows]

    def entries(self) -> list[JournalEntry]:
        """Every entry of every day, oldest first (audits, exports, tests)."""
        rows = self._db.execute("SELECT * FROM entries ORDER BY created_at, seq").fetchall()
        return [row_to_entry(r) for r in rows]

    def unmarked_cash(self) -> list[JournalEntry]:
        """Cash taken at the till whose "paid" mark the server has not taken yet."""
        rows = self._db.execute(
            "SELECT * FROM entries WHERE tendered IS NOT NULL AND cash_marked = 0 AND state = ?"
            " ORDER BY created_at, seq",
            (JournalState.CONFIRMED.value,),
        ).fetchall()
        return [row_to_entry(r) for r in rows]

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
            (ts(start), ts(end)),
        ).fetchall()
        return [row_to_entry(r) for r in rows]

    def entries_of_shift(self, shift_id: str) -> list[JournalEntry]:
        rows = self._db.execute(
            "SELECT * FROM entries WHERE shift_id = ? ORDER BY created_at, seq", (shift_id,)
        ).fetchall()
        return [row_to_entry(r) for r in rows]

    def claimed_order_pks(self) -> set[str]:
        """Server orders already tied to a receipt (so no second receipt adopts them)."""
        rows = self._db.execute("SELECT order_pk FROM entries WHERE order_pk IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    def list(self, day: date | None = None, search: str | None = None) -> list[JournalEntry]:
        """The entries of one local day (today by default), newest first.

        ``search`` matches part of the receipt, order number, customer name or phone;
        a phone typed as ``0812…`` or ``+62 812…`` also finds the stored ``62812…``.
        """
        start, end = day_bounds(day or self._clock().astimezone().date())
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
                args.extend([like(term)] * 4)
            sql += " AND (" + " OR ".join(clauses) + ")"
        sql += " ORDER BY created_at DESC, seq DESC"
        return [row_to_entry(r) for r in self._db.execute(sql, args).fetchall()]
