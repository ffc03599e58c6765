"""Parked sales of this till, in ``parked.sqlite3``: put aside with F9, resumed from a list.

A parked sale is a promise to a buyer who is still in the shop, so it is written like the
journal (WAL, ``synchronous=FULL``, one statement or one ``BEGIN IMMEDIATE`` block each) and
survives a crash or a restart. It is not a cache: a row that cannot be read is skipped and
logged, never deleted, so support can still recover it by hand.

Each row keeps the whole :class:`ParkedSale` as one JSON object keyed by field name (see
:mod:`pos_app.storage.named_json`); id, number, store and time are also columns, for the
list's order, the per-store filter and the ticket numbers.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pos_app.domain.cart import Cart
from pos_app.domain.parked_sale import (
    DEFAULT_LABEL_TEMPLATE,
    ParkedSale,
    TypedCustomer,
    next_free_number,
    park_cart,
)
from pos_app.domain.sale import StoreRef
from pos_app.storage.named_json import CodecError, from_json, to_json
from pos_app.storage.sqlite_util import SqliteFile, StorageError, migrate, transaction

log = logging.getLogger(__name__)

PARKED_FILE = "parked.sqlite3"
_FORMAT = 1  # bump when the document's shape changes in a way old rows cannot be read as


class ParkedSaleGone(StorageError):
    """Resumed or deleted meanwhile (another window of this till, or a double press)."""

    def __init__(self, parked_id: str) -> None:
        super().__init__(f"parked sale {parked_id} is no longer parked")
        self.parked_id = parked_id


class ParkedSaleUnreadable(StorageError):
    """The row is damaged or from a newer app; it stays in the file, untouched."""


class ParkedSalesWriteError(StorageError):
    """The file could not be written (locked, disk full, I/O error)."""


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE parked (
            id TEXT PRIMARY KEY,
            number INTEGER NOT NULL,
            store_id INTEGER NOT NULL,
            parked_at TEXT NOT NULL,
            format INTEGER NOT NULL,
            document TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX parked_store_time ON parked (store_id, parked_at)")


_MIGRATIONS = (_v1,)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _ts(moment: datetime) -> str:
    # The journal's format: one fixed UTC form, so text order is time order.
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _decode(row: sqlite3.Row) -> ParkedSale:
    if row["format"] != _FORMAT:
        raise ParkedSaleUnreadable(f"format {row['format']} (this app reads {_FORMAT})")
    try:
        sale = from_json(ParkedSale, json.loads(row["document"]))
    except (CodecError, ValueError, TypeError, KeyError) as exc:
        raise ParkedSaleUnreadable(f"{type(exc).__name__}: {exc}") from exc
    if sale.id != row["id"]:
        raise ParkedSaleUnreadable(f"the document names sale {sale.id}")
    return sale


class ParkedSales(SqliteFile):
    """The till's parked sales; one connection, used from the event-loop thread only.

    ``clock`` stamps :meth:`park_cart` (the app passes its server-corrected clock, so a
    till with a wrong clock still lists its sales in the right order).
    """

    _what = "parked sales"

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(path, synchronous="FULL")
        self._clock = clock
        try:
            migrate(self._conn, _MIGRATIONS, what="parked sales file")
        except BaseException:
            self.close()
            raise

    # --- writing ----------------------------------------------------------------------

    def park(self, parked: ParkedSale) -> ParkedSale:
        """Keep ``parked`` exactly as given; returns it as it will be resumed."""
        with self._writing(f"park sale {parked.id}"), transaction(self._db) as db:
            self._insert(db, parked)
        return self._get(parked.id)

    def park_cart(
        self,
        cart: Cart,
        *,
        store: StoreRef,
        customer: TypedCustomer | None = None,
        payment_method: str = "",
        discount: str = "",
        label: str | None = None,
        label_template: str = DEFAULT_LABEL_TEMPLATE,
    ) -> ParkedSale:
        """Park the cart now, under the next free ticket number; a blank label gets the default.

        The number is picked and used in one transaction, so two windows parking at the same
        moment never share a ticket.
        """
        with self._writing("park a sale"), transaction(self._db) as db:
            parked = park_cart(
                cart,
                store=store,
                number=next_free_number(self._numbers(db)),
                parked_at=self._clock(),
                customer=customer,
                payment_method=payment_method,
                discount=discount,
                label=label,
                label_template=label_template,
            )
            self._insert(db, parked)
        return self._get(parked.id)

    def take(self, parked_id: str) -> ParkedSale:
        """Remove the sale and return it, at most once however many windows ask.

        Raises :class:`ParkedSaleGone` when it is no longer parked, and
        :class:`ParkedSaleUnreadable` (leaving the row) when it cannot be read.
        """
        with self._writing(f"take sale {parked_id}"), transaction(self._db) as db:
            row = db.execute("SELECT * FROM parked WHERE id = ?", (parked_id,)).fetchone()
            if row is None:
                raise ParkedSaleGone(parked_id)
            sale = _decode(row)
            db.execute("DELETE FROM parked WHERE id = ?", (parked_id,))
        return sale

    def delete(self, parked_id: str) -> bool:
        """Throw the sale away; False when it was already gone."""
        with self._writing(f"delete sale {parked_id}"):
            cursor = self._db.execute("DELETE FROM parked WHERE id = ?", (parked_id,))
        return cursor.rowcount > 0

    # --- reading ----------------------------------------------------------------------

    def list(self, store_id: int | None = None) -> list[ParkedSale]:
        """Parked sales, newest first; of one store, or of every store when ``store_id`` is None.

        An unreadable row is logged and left out, so one bad row never hides the others.
        """
        sql = "SELECT * FROM parked"
        args: tuple[int, ...] = ()
        if store_id is not None:
            sql += " WHERE store_id = ?"
            args = (store_id,)
        # rowid breaks ties: of two sales parked in the same microsecond, the later insert.
        rows = self._db.execute(sql + " ORDER BY parked_at DESC, rowid DESC", args).fetchall()
        sales = []
        for row in rows:
            try:
                sales.append(_decode(row))
            except ParkedSaleUnreadable as exc:
                log.warning("skipping parked sale %s: %s", row["id"], exc)
        return sales

    def count(self, store_id: int | None = None) -> int:
        """How many :meth:`list` shows (unreadable rows are not counted: they cannot be resumed)."""
        return len(self.list(store_id))

    def find(self, parked_id: str) -> ParkedSale | None:
        row = self._db.execute("SELECT * FROM parked WHERE id = ?", (parked_id,)).fetchone()
        return None if row is None else _decode(row)

    def next_number(self) -> int:
        """The ticket number the next parked sale gets (for the label the cashier is offered)."""
        return next_free_number(self._numbers(self._db))

    # --- internals --------------------------------------------------------------------

    def _get(self, parked_id: str) -> ParkedSale:
        sale = self.find(parked_id)
        if sale is None:
            raise ParkedSaleGone(parked_id)
        return sale

    @staticmethod
    def _numbers(db: sqlite3.Connection) -> list[int]:
        return [row[0] for row in db.execute("SELECT number FROM parked")]

    @staticmethod
    def _insert(db: sqlite3.Connection, parked: ParkedSale) -> None:
        # ensure_ascii keeps odd characters (lone surrogates) storable as UTF-8 text.
        document = json.dumps(to_json(parked), separators=(",", ":"), allow_nan=False)
        db.execute(
            "INSERT INTO parked (id, number, store_id, parked_at, format, document)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (parked.id, parked.number, parked.store_id, _ts(parked.parked_at), _FORMAT, document),
        )

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise ParkedSalesWriteError(f"could not {what}: it is already parked ({exc})") from exc
        except sqlite3.Error as exc:
            raise ParkedSalesWriteError(f"could not {what}: {exc}") from exc
