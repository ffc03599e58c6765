"""Helper process for test_journal_crash: writes journal entries as fast as it can until killed.

Usage: python journal_writer.py <journal path> <terminal>
Prints one line per finished entry so the test knows writes are under way.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from pos_app.storage.journal import Journal


@dataclass(frozen=True)
class _Order:
    id: str
    order_id: str
    payment_url: str | None = None


def main(path: str, terminal: str) -> None:
    journal = Journal(Path(path), terminal)
    n = 0
    while True:
        n += 1
        entry = journal.begin(
            store_id=1,
            store_unique_id="store_x",
            store_name="Toko",
            customer_name=f"Pembeli {n}",
            customer_phone="6281234567890",
            total=1000 * n,
            payload={"customer_name": f"Pembeli {n}", "ordervariants": [{"quantity": n}]},
        )
        journal.mark_sent(entry.receipt)
        if n % 2:
            journal.mark_confirmed(entry.receipt, _Order(f"pk-{n}", f"N{n}"))
        else:
            journal.mark_unknown(entry.receipt, "no answer")
        print(entry.receipt, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
