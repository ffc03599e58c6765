"""The journal file's schema, one step per version (v1 → v3).

``migrate`` runs only the steps a file has not had yet and records how many it has had, so a
released step must never change: a new column or index is a new step.
"""

from __future__ import annotations

import secrets
import sqlite3


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


MIGRATIONS = (_v1, _v2, _v3)
