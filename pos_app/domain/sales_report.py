"""The shift report and the day report, computed from plain sale records.

What the numbers mean (the printout, the CSV and any screen all use these properties):

* A **sale** is a non-canceled order: paid or unpaid. ``sales_count`` counts them.
* **Gross** is the sum of those sales' ``total`` – what the buyers pay, after discounts, as
  the server reports it – shown split into ``paid`` (money received) and ``unpaid`` (orders
  still waiting for payment, e.g. a VA not yet paid or COD). Canceled orders are not in the
  gross; they are listed apart with ``canceled_total``.
* **Discounts** is the sum of the sales' discounts, for information: the gross is already
  net of them (gross + discounts is the price before discounts).
* **Per payment method** every sale is in exactly one group (cash, QRIS, one row per VA bank,
  e-wallet, bank transfer, COD, other), so the groups' totals, paid and unpaid add up to
  the gross, paid and unpaid.
* **Cash**: a shift's expected cash counts a cash sale once the cashier took the money
  (``tendered`` recorded, or the sale is paid), even if the server has not heard yet; a cash
  sale canceled after that is a cash refund. A closed shift shows what it recorded at the
  close, never a recomputation.

A report built before the payment statuses were refreshed from the server says so
(``statuses_refreshed``); printouts mark it as provisional.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from enum import StrEnum

from pos_app.domain.business_day import business_day, day_bounds
from pos_app.domain.shift import CashMovement, ExpectedCash, Language, Shift, expected_cash
from pos_app.domain.validation import require_aware, whole_rupiah

CASH = "cash"


class SaleState(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"
    CANCELED = "canceled"


@dataclass(frozen=True, slots=True)
class SaleRecord:
    """One journal entry as the reports need it (the lead fills these from the sales journal).

    ``method`` is the canonical code (``cash``, ``qris``, ``va_bca``, ``bank_transfer``, ``cod`` …);
    ``tendered`` is not ``None`` once the cashier took cash for the sale.
    """

    receipt: str
    created_at: datetime  # aware, server-corrected time
    method: str
    total: int  # what the buyer pays, after discounts (the server's gross)
    discount: int
    state: SaleState
    shift_id: str | None
    tendered: int | None = None
    change: int | None = None
    order_number: str | None = None
    store_name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", SaleState(self.state))
        require_aware(self.created_at, f"{self.receipt}: the sale time")
        whole_rupiah(self.total, f"{self.receipt}: the total")
        whole_rupiah(self.discount, f"{self.receipt}: the discount")
        for name in ("tendered", "change"):
            value = getattr(self, name)
            if value is not None:
                whole_rupiah(value, f"{self.receipt}: {name}")

    @property
    def is_sale(self) -> bool:
        return self.state is not SaleState.CANCELED

    @property
    def cash_taken(self) -> bool:
        """The money is (or was, before a cancellation) in the drawer."""
        return self.method == CASH and (self.tendered is not None or self.state is SaleState.PAID)

    @property
    def cash_in_drawer(self) -> int:
        """What a cash sale put in the drawer: handed over less change. The server's total can
        differ (a store may add a unique code to the bank transfer that carries cash), and the
        drawer only ever saw the till's amount."""
        if self.tendered is not None and self.change is not None:
            return self.tendered - self.change
        return self.total


# --- payment method groups -------------------------------------------------------------

_EWALLETS = frozenset({"ovo", "dana", "shopeepay", "linkaja", "gopay"})
_GROUP_ORDER = ("cash", "qris", "va", "ewallet", "bank_transfer", "cod", "other")
_BANKS = {
    "bca": "BCA", "bni": "BNI", "bri": "BRI", "mandiri": "Mandiri", "permata": "Permata",
    "cimb": "CIMB Niaga", "bsi": "BSI", "maybank": "Maybank", "bnc": "BNC", "danamon": "Danamon",
    "artha_graha": "Artha Graha", "muamalat": "Muamalat", "btn": "BTN", "ocbc": "OCBC", "bjb": "BJB",
    "sahabat_sampoerna": "Sahabat Sampoerna", "artajasa": "Artajasa",
}  # fmt: skip
METHOD_GROUP_LABELS: Mapping[str, Mapping[Language, str]] = {
    "cash": {"id": "Tunai", "en": "Cash"},
    "qris": {"id": "QRIS", "en": "QRIS"},
    "ewallet": {"id": "E-wallet", "en": "E-wallet"},
    "bank_transfer": {"id": "Transfer bank", "en": "Bank transfer"},
    "cod": {"id": "COD (bayar di tempat)", "en": "Cash on delivery"},
    "other": {"id": "Lainnya", "en": "Other"},
}


def method_group(method: str) -> str:
    """The report row a payment method code goes to; each virtual-account bank is its own row."""
    code = (method or "").strip().lower()
    if code.startswith("va_") and len(code) > 3:
        return code
    if code in _EWALLETS:
        return "ewallet"
    return code if code in METHOD_GROUP_LABELS else "other"


def method_group_label(group: str, language: Language = "id") -> str:
    if group.startswith("va_"):
        bank = group[3:]
        return f"VA {_BANKS.get(bank, bank.replace('_', ' ').upper())}"
    return METHOD_GROUP_LABELS[group][language]


def _group_sort_key(group: str) -> tuple[int, str]:
    return (_GROUP_ORDER.index("va" if group.startswith("va_") else group), group)


# --- the report ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MethodTotal:
    group: str  # a key of METHOD_GROUP_LABELS or a "va_<bank>" code
    count: int
    paid: int
    unpaid: int
    discount: int

    @property
    def total(self) -> int:
        return self.paid + self.unpaid


@dataclass(frozen=True, slots=True)
class DrawerSummary:
    """Expected against counted cash for one shift."""

    shift: Shift
    movements: tuple[CashMovement, ...]
    expected: ExpectedCash

    @property
    def counted(self) -> int | None:
        return self.shift.counted

    @property
    def difference(self) -> int | None:
        return self.shift.difference


class ReportKind(StrEnum):
    SHIFT = "shift"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class SalesReport:
    kind: ReportKind
    start: datetime  # aware; a shift's opening, or the day's start at the cut
    end: datetime | None  # a shift's close (None while open), or the next day's start
    tz: tzinfo  # the shop's zone, for printing times
    day: date | None  # the business day (day reports)
    day_cut: time | None  # (day reports)
    sales: tuple[SaleRecord, ...]  # canceled ones included, oldest first
    methods: tuple[MethodTotal, ...]
    drawers: tuple[DrawerSummary, ...]  # one for a shift report; every shift touching the day
    movements: tuple[CashMovement, ...]  # pay-ins and pay-outs inside the report's span
    generated_at: datetime
    statuses_refreshed: bool  # False: payment statuses may be stale (offline); not final

    @property
    def shift(self) -> Shift | None:
        return self.drawers[0].shift if self.kind is ReportKind.SHIFT else None

    @property
    def open_shifts(self) -> tuple[Shift, ...]:
        return tuple(d.shift for d in self.drawers if d.shift.is_open)

    @property
    def day_is_over(self) -> bool:
        """A day report made after the day's end (always true of a shift report)."""
        return self.kind is ReportKind.SHIFT or (self.end is not None and self.generated_at >= self.end)

    @property
    def is_final(self) -> bool:
        """Payment statuses refreshed, every drawer in it counted, and the day over."""
        return self.statuses_refreshed and not self.open_shifts and self.day_is_over

    @property
    def counted_sales(self) -> tuple[SaleRecord, ...]:
        return tuple(s for s in self.sales if s.is_sale)

    @property
    def sales_count(self) -> int:
        return len(self.counted_sales)

    @property
    def paid(self) -> int:
        return sum(s.total for s in self.sales if s.state is SaleState.PAID)

    @property
    def unpaid(self) -> int:
        return sum(s.total for s in self.unpaid_sales)

    @property
    def gross(self) -> int:
        return self.paid + self.unpaid

    @property
    def discounts(self) -> int:
        return sum(s.discount for s in self.counted_sales)

    @property
    def unpaid_sales(self) -> tuple[SaleRecord, ...]:
        return tuple(s for s in self.sales if s.state is SaleState.UNPAID)

    @property
    def canceled_sales(self) -> tuple[SaleRecord, ...]:
        return tuple(s for s in self.sales if s.state is SaleState.CANCELED)

    @property
    def canceled_total(self) -> int:
        return sum(s.total for s in self.canceled_sales)


def _method_totals(sales: Iterable[SaleRecord]) -> tuple[MethodTotal, ...]:
    groups: dict[str, list[SaleRecord]] = defaultdict(list)
    for sale in sales:
        if sale.is_sale:
            groups[method_group(sale.method)].append(sale)
    return tuple(
        MethodTotal(
            group=group,
            count=len(members),
            paid=sum(s.total for s in members if s.state is SaleState.PAID),
            unpaid=sum(s.total for s in members if s.state is SaleState.UNPAID),
            discount=sum(s.discount for s in members),
        )
        for group, members in sorted(groups.items(), key=lambda item: _group_sort_key(item[0]))
    )


def _sorted(sales: Iterable[SaleRecord]) -> tuple[SaleRecord, ...]:
    return tuple(sorted(sales, key=lambda s: (s.created_at, s.receipt)))


def shift_expected_cash(
    shift: Shift, sales: Iterable[SaleRecord], movements: Iterable[CashMovement]
) -> ExpectedCash:
    """What the drawer should hold for ``shift`` now; pass the result to ``ShiftBook.close_shift``.

    Sales of other shifts are ignored, so the caller may pass a wider selection.
    """
    taken = [s for s in sales if s.shift_id == shift.id and s.cash_taken]
    return expected_cash(
        shift.opening_float,
        cash_sales=sum(s.cash_in_drawer for s in taken),
        cash_refunds=sum(s.cash_in_drawer for s in taken if s.state is SaleState.CANCELED),
        movements=[m for m in movements if m.shift_id == shift.id],
    )


def _drawer(shift: Shift, sales: Sequence[SaleRecord], movements: Sequence[CashMovement]) -> DrawerSummary:
    own = tuple(sorted((m for m in movements if m.shift_id == shift.id), key=lambda m: (m.at, m.id)))
    # A closed shift's expectation is what the cashier saw and signed off; later changes to
    # the journal (a late cancellation) must not rewrite a closed drawer.
    expected = shift.expected if shift.expected is not None else shift_expected_cash(shift, sales, own)
    return DrawerSummary(shift, own, expected)


def shift_report(
    shift: Shift,
    sales: Iterable[SaleRecord],
    movements: Iterable[CashMovement],
    *,
    tz: tzinfo,
    generated_at: datetime,
    statuses_refreshed: bool,
) -> SalesReport:
    """The report of one shift (open: an interim report; closed: the final one).

    ``sales`` may contain other shifts' sales; only ``shift``'s are taken.
    """
    require_aware(generated_at, "the report time")
    own = _sorted(s for s in sales if s.shift_id == shift.id)
    drawer = _drawer(shift, own, list(movements))
    return SalesReport(
        kind=ReportKind.SHIFT,
        start=shift.opened_at,
        end=shift.closed_at,
        tz=tz,
        day=None,
        day_cut=None,
        sales=own,
        methods=_method_totals(own),
        drawers=(drawer,),
        movements=drawer.movements,
        generated_at=generated_at,
        statuses_refreshed=statuses_refreshed,
    )


def day_report(
    day: date,
    cut: time,
    tz: tzinfo,
    sales: Iterable[SaleRecord],
    shifts: Iterable[Shift],
    movements: Iterable[CashMovement],
    *,
    generated_at: datetime,
    statuses_refreshed: bool,
) -> SalesReport:
    """The report of one business day, which may span several shifts.

    The day's figures take the sales whose time falls in the day. ``shifts`` are the shifts
    touching the day (``ShiftBook.shifts_between(*day_bounds(...))``); each gets its drawer
    summary, and a shift still open needs all of its sales in ``sales`` for its expected
    cash, including any from before the cut. A shift that crosses the cut appears in both
    days' reports with its whole drawer, because a drawer is counted once, at its close.
    """
    require_aware(generated_at, "the report time")
    all_sales = list(sales)
    all_movements = list(movements)
    start, end = day_bounds(day, cut, tz)
    own = _sorted(s for s in all_sales if business_day(s.created_at, cut, tz) == day)
    ordered = sorted(shifts, key=lambda s: (s.opened_at, s.id))
    drawers = tuple(_drawer(shift, all_sales, all_movements) for shift in ordered)
    inside = tuple(sorted((m for m in all_movements if start <= m.at < end), key=lambda m: (m.at, m.id)))
    return SalesReport(
        kind=ReportKind.DAY,
        start=start,
        end=end,
        tz=tz,
        day=day,
        day_cut=cut,
        sales=own,
        methods=_method_totals(own),
        drawers=drawers,
        movements=inside,
        generated_at=generated_at,
        statuses_refreshed=statuses_refreshed,
    )
