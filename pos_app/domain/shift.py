"""A cashier's shift at one till: the float, pay-ins and pay-outs, the count at the close.

Plain data and arithmetic, no storage: ``pos_app.storage.shift_book`` keeps these records and
``pos_app.domain.sales_report`` adds the sales. All money is whole rupiah ``int``; the
expected cash is kept as named parts so a screen or a printout can explain every rupiah.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pos_app.domain.money import format_rupiah
from pos_app.domain.validation import require_aware, whole_rupiah

Language = Literal["id", "en"]

# Rp 1.000 exists both as a note and as a coin; both are counted in its row. Smaller coins
# (Rp 500, 200, 100) are weighed or counted together and entered as one amount.
DENOMINATIONS: tuple[int, ...] = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000)


class MovementKind(StrEnum):
    PAY_IN = "pay_in"  # cash put into the drawer, e.g. more change from the bank
    PAY_OUT = "pay_out"  # cash taken out, e.g. petty cash for ice or parking


MOVEMENT_LABELS: Mapping[MovementKind, Mapping[Language, str]] = {
    MovementKind.PAY_IN: {"id": "Kas masuk", "en": "Pay-in"},
    MovementKind.PAY_OUT: {"id": "Kas keluar", "en": "Pay-out"},
}


@dataclass(frozen=True, slots=True)
class CashMovement:
    """Cash that went into or out of the drawer without a sale; it always has a reason."""

    id: int
    shift_id: str
    kind: MovementKind
    amount: int  # > 0; the kind says which way it went
    reason: str
    at: datetime  # aware

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", MovementKind(self.kind))
        whole_rupiah(self.amount, "a pay-in or pay-out", positive=True)
        if not self.reason.strip():
            raise ValueError("a pay-in or pay-out needs a reason")
        require_aware(self.at, "the movement time")

    @property
    def signed_amount(self) -> int:
        """What the movement did to the drawer: + for a pay-in, − for a pay-out."""
        return self.amount if self.kind is MovementKind.PAY_IN else -self.amount


@dataclass(frozen=True, slots=True)
class CashCount:
    """The drawer counted by denomination: pieces per note value, plus all coins as one amount.

    ``pieces`` holds one ``(denomination, pieces)`` pair per value in :data:`DENOMINATIONS`,
    largest first, zeros included, whatever order or subset it was built from; two counts
    of the same drawer therefore compare equal.
    """

    pieces: tuple[tuple[int, int], ...] = ()
    coins: int = 0  # rupiah, not pieces

    def __post_init__(self) -> None:
        given: dict[int, int] = {}
        for denomination, count in self.pieces:
            if denomination not in DENOMINATIONS:
                raise ValueError(f"Rp {denomination} is not one of the counted denominations")
            if denomination in given:
                raise ValueError(f"Rp {denomination} is counted twice")
            given[denomination] = whole_rupiah(count, f"the number of Rp {denomination} pieces")
        whole_rupiah(self.coins, "the coins")
        object.__setattr__(self, "pieces", tuple((d, given.get(d, 0)) for d in DENOMINATIONS))

    @classmethod
    def of(cls, pieces: Mapping[int, int] | None = None, *, coins: int = 0) -> CashCount:
        """``CashCount.of({100_000: 3, 5_000: 2}, coins=1_500)``."""
        return cls(tuple((pieces or {}).items()), coins)

    def pieces_of(self, denomination: int) -> int:
        return dict(self.pieces)[denomination]

    @property
    def total(self) -> int:
        return sum(denomination * count for denomination, count in self.pieces) + self.coins


class CashPartKey(StrEnum):
    FLOAT = "float"
    CASH_SALES = "cash_sales"
    CASH_REFUNDS = "cash_refunds"
    PAY_INS = "pay_ins"
    PAY_OUTS = "pay_outs"


CASH_LABELS: Mapping[str, Mapping[Language, str]] = {
    CashPartKey.FLOAT: {"id": "Modal awal", "en": "Float"},
    CashPartKey.CASH_SALES: {"id": "Penjualan tunai", "en": "Cash sales"},
    CashPartKey.CASH_REFUNDS: {"id": "Batal/retur tunai", "en": "Cash refunds"},
    CashPartKey.PAY_INS: {"id": "Kas masuk", "en": "Pay-ins"},
    CashPartKey.PAY_OUTS: {"id": "Kas keluar", "en": "Pay-outs"},
    "expected": {"id": "Kas seharusnya", "en": "Expected cash"},
    "counted": {"id": "Kas dihitung", "en": "Counted cash"},
    "difference": {"id": "Selisih", "en": "Difference"},
}


@dataclass(frozen=True, slots=True)
class CashPart:
    key: CashPartKey
    sign: int  # +1 adds to the drawer, −1 takes from it
    amount: int  # ≥ 0

    @property
    def signed_amount(self) -> int:
        return self.sign * self.amount


@dataclass(frozen=True, slots=True)
class ExpectedCash:
    """What should be in the drawer: float + cash sales − cash refunds + pay-ins − pay-outs.

    ``cash_refunds`` is cash handed back for a cash sale that was canceled after the money
    was taken; such a sale is also in ``cash_sales``, so the drawer nets to zero for it and
    the printout still shows that it happened.
    """

    opening_float: int
    cash_sales: int = 0
    cash_refunds: int = 0
    pay_ins: int = 0
    pay_outs: int = 0

    def __post_init__(self) -> None:
        for part in self.parts:
            whole_rupiah(part.amount, CASH_LABELS[part.key]["en"].lower())

    @property
    def parts(self) -> tuple[CashPart, ...]:
        return (
            CashPart(CashPartKey.FLOAT, +1, self.opening_float),
            CashPart(CashPartKey.CASH_SALES, +1, self.cash_sales),
            CashPart(CashPartKey.CASH_REFUNDS, -1, self.cash_refunds),
            CashPart(CashPartKey.PAY_INS, +1, self.pay_ins),
            CashPart(CashPartKey.PAY_OUTS, -1, self.pay_outs),
        )

    @property
    def total(self) -> int:
        return sum(part.signed_amount for part in self.parts)

    def difference(self, counted: int) -> int:
        """Counted − expected: negative means the drawer is short, positive means over."""
        return whole_rupiah(counted, "the counted cash") - self.total

    def explain(self, language: Language = "id") -> str:
        """``Modal awal Rp 200.000 + Penjualan tunai Rp 135.000 − Kas keluar Rp 20.000 = Rp 315.000``.

        Parts that are zero are left out, except the float, which always starts the sum.
        """
        text = f"{CASH_LABELS[CashPartKey.FLOAT][language]} {format_rupiah(self.opening_float)}"
        for part in self.parts[1:]:
            if part.amount:
                op = "+" if part.sign > 0 else "−"
                text += f" {op} {CASH_LABELS[part.key][language]} {format_rupiah(part.amount)}"
        return f"{text} = {format_rupiah(self.total)}"


def expected_cash(
    opening_float: int,
    *,
    cash_sales: int = 0,
    cash_refunds: int = 0,
    movements: Iterable[CashMovement] = (),
) -> ExpectedCash:
    """The expected drawer from the float, the cash sales and refunds, and the book's movements."""
    moves = list(movements)
    return ExpectedCash(
        opening_float=opening_float,
        cash_sales=cash_sales,
        cash_refunds=cash_refunds,
        pay_ins=sum(m.amount for m in moves if m.kind is MovementKind.PAY_IN),
        pay_outs=sum(m.amount for m in moves if m.kind is MovementKind.PAY_OUT),
    )


@dataclass(frozen=True, slots=True)
class Shift:
    """One cashier's time at one till, from the float to the count.

    While open, ``closed_at`` and everything recorded at the close are ``None``. A closed
    shift is final: the book refuses any change to it or to its movements.
    """

    id: str  # e.g. KASIR-01-S00012-3fa9c1: readable, and unique even after a reinstall
    terminal: str
    number: int  # per terminal, 1, 2, 3 …: what people say ("shift 12")
    cashier: str
    opening_float: int
    opened_at: datetime  # aware
    closed_at: datetime | None = None
    expected: ExpectedCash | None = None  # as shown to the cashier at the close
    counted: int | None = None
    count: CashCount | None = None  # None when the cashier entered a total
    difference: int | None = None  # counted − expected; negative = short
    note: str | None = None

    def __post_init__(self) -> None:
        whole_rupiah(self.opening_float, "the float")
        require_aware(self.opened_at, "the opening time")
        if self.closed_at is not None:
            require_aware(self.closed_at, "the closing time")

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
