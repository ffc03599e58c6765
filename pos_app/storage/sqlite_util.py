"""Small helpers shared by the SQLite stores: opening, transactions, schema versions.

Connections run in autocommit mode (``isolation_level=None``) so that every write is
either a single statement or an explicit ``BEGIN IMMEDIATE … COMMIT`` block: a process
killed half way through leaves the database as it was before the block.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Self


class StorageError(Exception):
    """The database cannot be used (for example written by a newer version of the app)."""


def connect(path: Path, *, synchronous: str, check_same_thread: bool = True) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
    try:
        conn.row_factory = sqlite3.Row
        # WAL: readers never block the writer and a torn write is rolled back on open.
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError(f"{path}: cannot switch to WAL mode (got {mode!r})")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        # Another short-lived connection (a recovery tool, a test) may hold the lock briefly.
        conn.execute("PRAGMA busy_timeout=5000")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    # IMMEDIATE takes the write lock up front, so a read-then-write block cannot be
    # interleaved with another writer between the read and the write.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


Migration = Callable[[sqlite3.Connection], None]


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration], *, what: str) -> int:
    """Bring the schema up to ``len(migrations)``; each step runs in its own transaction."""
    with transaction(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        if row is None:
            conn.execute("INSERT INTO schema_version (version) VALUES (0)")
    version = 0 if row is None else int(row[0])
    if version > len(migrations):
        raise StorageError(
            f"the {what} has schema version {version}, newer than this app knows "
            f"({len(migrations)}); update the app instead of risking the data"
        )
    for number in range(version, len(migrations)):
        with transaction(conn):
            migrations[number](conn)
            conn.execute("UPDATE schema_version SET version = ?", (number + 1,))
    return len(migrations)


class SqliteFile:
    """One connection and the lifecycle both stores share: closing, ``with``, closed checks.

    Every use of the connection that may run off the event-loop thread holds ``_lock``.
    """

    _what = "database"

    def __init__(self, path: Path, *, synchronous: str, check_same_thread: bool = True) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = connect(
            self.path, synchronous=synchronous, check_same_thread=check_same_thread
        )

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StorageError(f"the {self._what} is closed")
        return self._conn
