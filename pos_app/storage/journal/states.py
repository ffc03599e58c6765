"""The states of a journal entry, which changes between them are allowed, and the errors."""

from __future__ import annotations

from enum import StrEnum

from pos_app.storage.sqlite_util import StorageError


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

# Provably never an order (never left the till, or refused unread): when the same sale goes
# out again under a new receipt, such an entry is retired so History cannot send it twice.
NEVER_SENT = (JournalState.CREATED, JournalState.UNSENT)
SENT_AGAIN_AS = "sent again as "


def sent_again_as(reason: str | None) -> str | None:
    """The receipt a retired entry went out under, from its abandon reason."""
    if reason and reason.startswith(SENT_AGAIN_AS):
        return reason.removeprefix(SENT_AGAIN_AS)
    return None


# Entries the cashier may give up: no order is known to exist for them.
ABANDONABLE = (JournalState.CREATED, JournalState.UNSENT, JournalState.UNKNOWN)

_S = JournalState
ALLOWED: dict[JournalState, frozenset[JournalState]] = {
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
