"""What a checkout action ends in: a result, a recovery outcome, or one of its own exceptions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pos_app.api.errors import ApiError
from pos_app.api.models import Order
from pos_app.storage.journal import JournalEntry


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    receipt: str
    order: Order
    entry: JournalEntry
    adopted: bool = False  # found on the server after an ambiguous failure
    # True when the order could be found but not fetched in full: ``order`` then holds
    # only what the order list gave (id, number, status, payment_url); poll get_order.
    order_is_partial: bool = False


class OutcomeUnknown(Exception):
    """The server may or may not hold the order, and a lookup could not find it.

    The journal entry is ``unknown``; the UI offers "Kirim ulang / Resend", which calls
    :meth:`CheckoutService.resend` (it looks again before sending).
    """

    def __init__(self, receipt: str, *, lookup_error: ApiError | None = None) -> None:
        detail = f"; the lookup failed too: {lookup_error}" if lookup_error else ""
        super().__init__(f"{receipt}: the order may or may not exist{detail}")
        self.receipt = receipt
        self.lookup_error = lookup_error  # None: the lookup answered "not found"


class CheckoutBusy(Exception):
    """This receipt is being sent or looked up right now (a double click)."""

    def __init__(self, receipt: str) -> None:
        super().__init__(f"{receipt} is already being processed")
        self.receipt = receipt


class RecoveryKind(StrEnum):
    ADOPTED = "adopted"  # the order exists: the entry is confirmed
    NOT_SENT = "not_sent"  # written but never sent: the cashier may send it
    UNKNOWN = "unknown"  # sent, not found: the cashier decides (resend)
    UNREACHABLE = "unreachable"  # the lookup failed (offline?): try again later


@dataclass(frozen=True, slots=True)
class RecoveryOutcome:
    receipt: str
    kind: RecoveryKind
    entry: JournalEntry
    order: Order | None = None
    error: str | None = None
