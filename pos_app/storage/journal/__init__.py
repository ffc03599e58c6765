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

# Many screens, services and tests name these; one import path for all of them keeps the
# package's inner layout free to change.
from pos_app.storage.journal.entry import JournalEntry, OrderRef
from pos_app.storage.journal.journal_file import Journal
from pos_app.storage.journal.states import (
    ABANDONABLE,
    NEVER_SENT,
    SENDABLE,
    SENT_AGAIN_AS,
    UNFINISHED,
    JournalState,
    JournalStateError,
    JournalWriteError,
    sent_again_as,
)

__all__ = [
    "ABANDONABLE",
    "NEVER_SENT",
    "SENDABLE",
    "SENT_AGAIN_AS",
    "UNFINISHED",
    "Journal",
    "JournalEntry",
    "JournalState",
    "JournalStateError",
    "JournalWriteError",
    "OrderRef",
    "sent_again_as",
]
