"""A process killed in the middle of journal writes leaves a consistent journal."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.storage.journal import Journal, JournalState

WRITER = Path(__file__).with_name("journal_writer.py")


@pytest.mark.slow
def test_sigkill_during_writes_leaves_whole_entries_and_keeps_numbering(data_dir):
    path = data_dir / "journal.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), "KASIR-07"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(40):  # let it get well into its stride, then kill it mid-loop
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Journal(path, "KASIR-07") as journal:
        entries = sorted(journal.list(), key=lambda e: e.seq)
        assert len(entries) >= 40
        # Every begin() either happened completely or not at all: no gaps, no half rows.
        assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
        for entry in entries[:-1]:
            assert entry.state in (JournalState.CONFIRMED, JournalState.UNKNOWN)
            assert entry.payload["metadata"]["pos_receipt_no"] == entry.receipt
        # The last one may have been cut between its steps, but is in a legal state.
        assert entries[-1].state in (
            JournalState.CREATED,
            JournalState.SENT,
            JournalState.CONFIRMED,
            JournalState.UNKNOWN,
        )
        nxt = journal.begin(
            store_id=1,
            store_unique_id="store_x",
            store_name="Toko",
            customer_name="x",
            customer_phone="62811",
            total=1,
            payload={},
        )
        assert nxt.seq == len(entries) + 1
