"""The last catalog and store list seen, so the till opens instantly and works offline.

A big catalog is hundreds of 25-item pages (contract §3.4, CASHIER-NEEDS §4); the app shows
the cached one at once and refreshes it in the background. One row per store holds the
whole catalog as JSON lines (a header line with the field schemas, then one line per
product or bundle): a single read is far quicker than rebuilding 30,000 variants from
30,000 rows, and encoding or parsing line by line never holds the GIL for longer than one
product, so the worker thread doing it cannot freeze the window (one ``json.dumps`` of the
whole catalog held it for over 100 ms).

This is a cache, not a record: anything unreadable (older layout, damaged row) is treated
as "not cached" and the catalog is fetched again. Hence ``synchronous=NORMAL``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pos_app.api.models import Bundle, Product, Store
from pos_app.storage.codec import CodecError, decode_all, encode, schema
from pos_app.storage.sqlite_util import SqliteFile, migrate, transaction

log = logging.getLogger(__name__)

_FORMAT = 2  # bump when the document shape (not the dataclass fields) changes


@dataclass(frozen=True, slots=True)
class CachedCatalog:
    store_id: int
    products: tuple[Product, ...]
    bundles: tuple[Bundle, ...]
    fetched_at: datetime


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE catalogs (store_id INTEGER PRIMARY KEY, fetched_at TEXT NOT NULL,"
        " format INTEGER NOT NULL, document TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE stores (id INTEGER PRIMARY KEY CHECK (id = 1), fetched_at TEXT NOT NULL,"
        " format INTEGER NOT NULL, document TEXT NOT NULL)"
    )


_MIGRATIONS = (_v1,)


def _dump(document: object) -> str:
    return json.dumps(document, separators=(",", ":"), allow_nan=False)


class CatalogCache(SqliteFile):
    """SQLite file of catalog snapshots; one connection behind a lock.

    The catalog service saves and loads big snapshots on a worker thread (encoding 30,000
    variants takes longer than a frame), so every use of the connection holds the lock.
    """

    _what = "catalog cache"

    def __init__(self, path: Path) -> None:
        super().__init__(path, synchronous="NORMAL", check_same_thread=False)
        try:
            migrate(self._conn, _MIGRATIONS, what="catalog cache")
        except BaseException:
            self.close()
            raise

    # --- catalogs ---------------------------------------------------------------------

    def save(
        self,
        store_id: int,
        products: Sequence[Product],
        bundles: Sequence[Bundle],
        fetched_at: datetime,
    ) -> None:
        header = {
            "products": len(products),
            "schema": {"products": schema(Product), "bundles": schema(Bundle)},
        }
        lines = [_dump(header)]
        lines.extend(_dump(encode(item)) for item in [*products, *bundles])
        text = "\n".join(lines)
        with self._lock, transaction(self._db) as db:
            db.execute(
                "INSERT OR REPLACE INTO catalogs (store_id, fetched_at, format, document)"
                " VALUES (?, ?, ?, ?)",
                (store_id, fetched_at.isoformat(), _FORMAT, text),
            )

    def load(self, store_id: int) -> CachedCatalog | None:
        with self._lock:
            row = self._db.execute(
                "SELECT fetched_at, format, document FROM catalogs WHERE store_id = ?", (store_id,)
            ).fetchone()
        if row is None or row["format"] != _FORMAT:
            return None
        try:
            first, *rest = row["document"].split("\n")
            header = json.loads(first)
            items = [json.loads(line) for line in rest]
            count = header["products"]
            products = decode_all(Product, items[:count], header["schema"]["products"])
            bundles = decode_all(Bundle, items[count:], header["schema"]["bundles"])
            fetched_at = datetime.fromisoformat(row["fetched_at"])
        except (CodecError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring the cached catalog of store %s: %s", store_id, exc)
            return None
        return CachedCatalog(store_id, tuple(products), tuple(bundles), fetched_at)

    def forget(self, store_id: int) -> None:
        with self._lock, transaction(self._db) as db:
            db.execute("DELETE FROM catalogs WHERE store_id = ?", (store_id,))

    # --- stores -----------------------------------------------------------------------

    def save_stores(self, stores: Sequence[Store], fetched_at: datetime | None = None) -> None:
        document = {"schema": schema(Store), "stores": [encode(s) for s in stores]}
        stamp = (fetched_at or datetime.now().astimezone()).isoformat()
        with self._lock, transaction(self._db) as db:
            db.execute(
                "INSERT OR REPLACE INTO stores (id, fetched_at, format, document) VALUES (1, ?, ?, ?)",
                (stamp, _FORMAT, _dump(document)),
            )

    def load_stores(self) -> list[Store] | None:
        """The last store list saved, or None when there is none (or it is unreadable)."""
        with self._lock:
            row = self._db.execute("SELECT format, document FROM stores WHERE id = 1").fetchone()
        if row is None or row["format"] != _FORMAT:
            return None
        try:
            document = json.loads(row["document"])
            return decode_all(Store, document["stores"], document["schema"])
        except (CodecError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring the cached store list: %s", exc)
            return None
