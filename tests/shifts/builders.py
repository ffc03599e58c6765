"""Small builders for shift-report tests: sales, shifts and movements at Jakarta times."""

from __future__ import annotations

from datetime import datetime
from itertools import count
from zoneinfo import ZoneInfo

from pos_app.domain.sales_report import SaleRecord
from pos_app.domain.shift import CashMovement, MovementKind, Shift

JAKARTA = ZoneInfo("Asia/Jakarta")
SHIFT_ID = "KASIR-01-S00001-abcdef"
_receipts = count(1)


def wib(*args: int) -> datetime:
    return datetime(*args, tzinfo=JAKARTA)


def sale(
    total: int,
    method: str = "cash",
    state: str = "paid",
    *,
    at: datetime | None = None,
    shift_id: str | None = SHIFT_ID,
    discount: int = 0,
    tendered: int | None = None,
    change: int | None = None,
    receipt: str | None = None,
) -> SaleRecord:
    if method == "cash" and state == "paid" and tendered is None:
        tendered, change = total, 0
    return SaleRecord(
        receipt=receipt or f"KASIR-01-{next(_receipts):06d}",
        created_at=at or wib(2026, 11, 27, 10, 0),
        method=method,
        total=total,
        discount=discount,
        state=state,  # type: ignore[arg-type]
        shift_id=shift_id,
        tendered=tendered,
        change=change,
        order_number=None,
        store_name="Toko Nusantara",
    )


def open_shift(
    opening_float: int = 200_000, *, at: datetime | None = None, shift_id: str = SHIFT_ID
) -> Shift:
    return Shift(shift_id, "KASIR-01", 1, "Sari", opening_float, at or wib(2026, 11, 27, 8, 0))


def pay_out(amount: int, reason: str = "beli kantong plastik", *, at: datetime | None = None) -> CashMovement:
    return CashMovement(1, SHIFT_ID, MovementKind.PAY_OUT, amount, reason, at or wib(2026, 11, 27, 11, 0))
