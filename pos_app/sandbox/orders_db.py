"""SQLite storage of orders: the order JSON plus the columns the list filters need.

One connection guarded by a lock serves every handler thread; SQLite itself would refuse
cross-thread use of an in-memory database otherwise, and the load here is tiny.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pk TEXT NOT NULL UNIQUE,
    order_id TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    store_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    payment_status TEXT NOT NULL,
    payment_method TEXT,
    customer_name TEXT NOT NULL,
    customer_phone TEXT,
    customer_email TEXT,
    created_ts REAL NOT NULL,
    draft_second INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_store ON orders (store_id, seq);
CREATE INDEX IF NOT EXISTS orders_payment ON orders (payment_status, seq);
CREATE INDEX IF NOT EXISTS orders_draft ON orders (draft_second);
CREATE INDEX IF NOT EXISTS orders_phone ON orders (customer_phone);
CREATE INDEX IF NOT EXISTS orders_created ON orders (created_ts, seq);
-- Orders from other channels (web, marketplace) added by the training knob.
CREATE TABLE IF NOT EXISTS online_orders (pk TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE
);
"""


def normalize_phone(phone: str | None) -> str | None:
    """Digits only, local ``08…`` written as ``628…``, so both spellings find each other."""
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    return "62" + digits[1:] if digits.startswith("0") else digits


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(slots=True)
class OrderFilter:
    """Conditions of ``GET /v3/orders``, already validated by the route."""

    search: str | None = None
    search_field: str = "order_id"
    payment_status: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    payment_method: list[str] = field(default_factory=list)
    store_id: int | None = None
    draft_since: float | None = None
    draft_until: float | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if self.search:
            column = {"order_id": "order_id", "customer_name": "customer_name",
                      "customer_email": "customer_email",
                      "customer_phone": "customer_phone"}[self.search_field]
            term = normalize_phone(self.search) if column == "customer_phone" else self.search
            where.append(f"{column} LIKE ? ESCAPE '\\'")
            args.append(_like(term or ""))
        for column, values in (("payment_status", self.payment_status), ("status", self.status),
                               ("payment_method", self.payment_method)):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                args.extend(values)
        if self.store_id is not None:
            where.append("store_id = ?")
            args.append(self.store_id)
        # Compared at whole seconds, the precision clients see in draft_time.
        if self.draft_since is not None:
            where.append("draft_second >= ?")
            args.append(self.draft_since)
        if self.draft_until is not None:
            where.append("draft_second <= ?")
            args.append(self.draft_until)
        return (" AND ".join(where) or "1"), args


# Position of an order in the list: newest ``created_ts`` first, insertion order breaking
# ties, so an order added with an earlier creation time still lands where it belongs.
Keyset = tuple[float, int]


@dataclass(slots=True)
class OrderPage:
    orders: list[dict[str, Any]]
    first: Keyset | None
    last: Keyset | None
    has_next: bool
    has_previous: bool


class OrdersDB:
    def __init__(self, path: str | None = None) -> None:
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path or ":memory:", check_same_thread=False)
        self._conn.executescript(_SCHEMA)
        self._conn.commit()
        self.base_url = ""

    # A persistent database outlives the port: URLs are stored against a marker and
    # rewritten to the current base URL, so old orders' payment links keep working.
    _BASE_MARKER = "sandbox-base:"

    def _dump(self, order: dict[str, Any]) -> str:
        text = json.dumps(order, ensure_ascii=False)
        return text.replace(self.base_url, self._BASE_MARKER) if self.base_url else text

    def _load(self, text: str) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(text.replace(self._BASE_MARKER, self.base_url))
        return loaded

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._conn:
            yield self._conn

    def _columns(self, order: dict[str, Any]) -> dict[str, Any]:
        customer = order["customer"]
        return {
            "status": order["status"],
            "payment_status": order["payment_status"],
            "payment_method": order["payment_method"],
            "customer_name": customer["name"],
            "customer_phone": normalize_phone(customer.get("phone")),
            "customer_email": customer.get("email"),
            "body": self._dump(order),
        }

    def insert(self, order: dict[str, Any], created_ts: float, *, online: bool = False) -> None:
        cols = self._columns(order)
        cols.update(pk=order["id"], order_id=order["order_id"], slug=order["secret_slug"],
                    store_id=order["store"]["id"],
                    created_ts=created_ts, draft_second=int(created_ts))
        names = ", ".join(cols)
        marks = ", ".join(f":{n}" for n in cols)
        with self._tx() as conn:
            conn.execute(f"INSERT INTO orders ({names}) VALUES ({marks})", cols)
            if online:
                conn.execute("INSERT INTO online_orders (pk) VALUES (?)", (order["id"],))

    def get(self, pk: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute("SELECT body FROM orders WHERE pk = ?", (pk,)).fetchone()
        return self._load(row[0]) if row else None

    def pk_by_number(self, order_number: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT pk FROM orders WHERE order_id = ?",
                                     (order_number.strip().upper(),)).fetchone()
        return row[0] if row else None

    def pk_by_slug(self, slug: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT pk FROM orders WHERE slug = ?", (slug,)).fetchone()
        return row[0] if row else None

    def update(self, pk: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any] | None:
        """Read, change and write one order atomically; None when it does not exist."""
        with self._tx() as conn:
            row = conn.execute("SELECT body FROM orders WHERE pk = ?", (pk,)).fetchone()
            if row is None:
                return None
            order = self._load(row[0])
            change(order)
            cols = self._columns(order)
            sets = ", ".join(f"{n} = :{n}" for n in cols)
            conn.execute(f"UPDATE orders SET {sets} WHERE pk = :pk", {**cols, "pk": pk})
            return order

    def delete(self, pks: list[str]) -> None:
        with self._tx() as conn:
            conn.executemany("DELETE FROM orders WHERE pk = ?", [(pk,) for pk in pks])

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute("SELECT body FROM orders ORDER BY seq").fetchall()
        return [self._load(r[0]) for r in rows]

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])

    def due_for_payment(self, created_before: float,
                        method_ok: Callable[[str | None], bool]) -> list[str]:
        """Unpaid, live counter orders created before the cut-off whose payment method
        passes ``method_ok`` (auto-pay candidates)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT pk, payment_method FROM orders WHERE payment_status = 'unpaid'"
                " AND status != 'canceled' AND created_ts <= ?"
                " AND pk NOT IN (SELECT pk FROM online_orders) ORDER BY seq",
                (created_before,)).fetchall()
        return [pk for pk, method in rows if method_ok(method)]

    def page(self, flt: OrderFilter, size: int, *, after: Keyset | None = None,
             before: Keyset | None = None) -> OrderPage:
        """Newest first; ``after``/``before`` are keyset bounds (created_ts, seq), so
        orders created while a client pages never shift or repeat rows."""
        where, args = flt.sql()
        key = "(created_ts, seq)"
        with self._lock:
            if before is not None:
                rows = self._conn.execute(
                    f"SELECT created_ts, seq, body FROM orders WHERE {where} AND {key} > (?, ?)"
                    " ORDER BY created_ts ASC, seq ASC LIMIT ?",
                    [*args, *before, size]).fetchall()
                rows.reverse()
            else:
                bound = f"AND {key} < (?, ?)" if after is not None else ""
                rows = self._conn.execute(
                    f"SELECT created_ts, seq, body FROM orders WHERE {where} {bound}"
                    " ORDER BY created_ts DESC, seq DESC LIMIT ?",
                    [*args, *(after or ()), size]).fetchall()
            if not rows:
                return OrderPage([], None, None, False, before is not None)
            first, last = (rows[0][0], rows[0][1]), (rows[-1][0], rows[-1][1])

            def exists(op: str, bound: Keyset) -> bool:
                sql = f"SELECT 1 FROM orders WHERE {where} AND {key} {op} (?, ?) LIMIT 1"
                return self._conn.execute(sql, [*args, *bound]).fetchone() is not None

            return OrderPage([self._load(r[2]) for r in rows], first, last,
                             has_next=exists("<", last), has_previous=exists(">", first))

    def tag_ids(self, names: set[str]) -> dict[str, int]:
        with self._tx() as conn:
            for name in names:
                conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            rows = conn.execute("SELECT name, id FROM tags").fetchall()
        return {name: tag_id for name, tag_id in rows if name in names}
