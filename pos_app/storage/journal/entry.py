"""One journal entry as the rest of the app reads it, and what it keeps of a server order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from pos_app.storage.journal.states import JournalState


class OrderRef(Protocol):
    """What the journal keeps of a server order; both ``Order`` and ``OrderSummary`` fit."""

    @property
    def id(self) -> str: ...
    @property
    def order_id(self) -> str: ...
    @property
    def payment_url(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class JournalEntry:
    receipt: str  # e.g. KASIR-01-000123
    terminal: str
    seq: int
    created_at: datetime  # aware, UTC
    store_id: int
    store_unique_id: str
    store_name: str
    customer_name: str
    customer_phone: str
    total: int
    payload: Mapping[str, Any]  # exactly what is (re)sent, metadata included
    state: JournalState
    attempts: int  # how many times the payload was handed to the network
    updated_at: datetime
    sent_at: datetime | None = None  # last hand-over to the network
    last_error: str | None = None
    reason: str | None = None  # why rejected / unsent, for the cashier
    field_errors: Mapping[str, list[str]] = field(default_factory=dict)
    order_pk: str | None = None
    order_number: str | None = None
    payment_url: str | None = None
    adopted: bool = False  # confirmed by finding the order, not from the create answer
    # What the server charges (``gross_revenue``); may differ from ``total`` (fees, codes).
    server_total: int | None = None
    customer_email: str = ""
    discount: int = 0
    # Cash at the till: what the customer handed over and the change given back. The order
    # is recorded with a manual method and then marked paid; ``cash_marked`` says whether
    # the server has taken that mark (retried until it has).
    tendered: int | None = None
    change: int | None = None
    cash_marked: bool = False
    receipt_printed: bool = False
    shift_id: str | None = None
    # Orders this sale had before the payment method was switched (each canceled by Scalev).
    replaced_orders: tuple[str, ...] = ()
    # What the cart showed: (name with variant or price option, quantity, unit price). The
    # payload holds only ids; receipts and reports need the names, also offline.
    lines: tuple[tuple[str, int, int], ...] = ()

    @property
    def payment_method(self) -> str:
        return str(self.payload.get("payment_method") or "")

    @property
    def is_cash(self) -> bool:
        return self.tendered is not None

    @property
    def amount(self) -> int:
        """The amount to show and report: the server's when known, else the till's."""
        return self.server_total if self.server_total is not None else self.total

    @property
    def has_order(self) -> bool:
        return self.order_pk is not None
