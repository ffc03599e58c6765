"""Shift and day reports for the screens: from the shift book and the sales journal, then refreshed.

Offline first: a report is built from local records at once (:meth:`ShiftReports.shift_report`,
:meth:`ShiftReports.day_report`) and says it is provisional while unpaid sales have not been
asked about. The ``refreshed_*`` methods ask the server through the :class:`SalesSource` and
build the report again from what the journal then holds, so the screen, the printout and the
CSV never show a status the journal does not have.

No Qt here; the PDF is painted in ``pos_app.ui.shift.report_files``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Protocol

from pos_app.api.errors import ApiError
from pos_app.domain.business_day import DEFAULT_DAY_CUT, business_day, day_bounds
from pos_app.domain.report_export import report_csv, report_lines
from pos_app.domain.sales_report import (
    ReportKind,
    SaleRecord,
    SalesReport,
    SaleState,
    day_report,
    shift_expected_cash,
    shift_report,
)
from pos_app.domain.shift import CashMovement, ExpectedCash, Language, Shift
from pos_app.storage.shift_book import ShiftBook

# The receipt printer queue, injected by the composition root: prints the lines (already cut
# to the paper's width) and returns once they are handed to the printer; raises on failure.
PrintLines = Callable[[list[str]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """What one round of asking the server about sales achieved."""

    checked: int  # records the server answered for (their journal entries are updated)
    unchecked: int  # records that could not be asked: offline, refused, rate limited, budget
    error: ApiError | None = None  # why some were left, when there was one reason

    @property
    def complete(self) -> bool:
        return self.unchecked == 0


class SalesSource(Protocol):
    """The sales journal as the reports need it (the lead implements it on the journal)."""

    def sales_between(self, start: datetime, end: datetime) -> list[SaleRecord]:
        """Sales made in ``[start, end)`` (aware), canceled ones included, any shift."""
        ...

    def sales_of_shift(self, shift_id: str) -> list[SaleRecord]:
        """Every sale made in the shift, whatever its time (a shift may cross the day cut)."""
        ...

    async def refresh_statuses(self, records: Sequence[SaleRecord]) -> RefreshResult:
        """Ask the server for the payment status of ``records`` and write the answers to the
        journal. Offline or refused, it does not raise: it counts what was left unchecked."""
        ...


@dataclass(frozen=True, slots=True)
class RefreshedReport:
    report: SalesReport
    refresh: RefreshResult | None  # None: nothing was unpaid, the server had nothing to tell


def _merge(*groups: Iterable[SaleRecord]) -> list[SaleRecord]:
    # A sale of an open shift is often in both the day's and the shift's selection.
    merged: dict[str, SaleRecord] = {}
    for group in groups:
        for record in group:
            merged[record.receipt] = record
    return list(merged.values())


def _unpaid(records: Iterable[SaleRecord]) -> list[SaleRecord]:
    return [r for r in records if r.state is SaleState.UNPAID]


class ShiftReports:
    """Builds the reports of this till's shift book and journal.

    ``tz`` is the shop's time zone and ``clock`` the server-corrected clock (the same the
    book uses); ``day_cut`` is the owner's setting, changed with :meth:`set_day_cut`.
    """

    def __init__(
        self,
        book: ShiftBook,
        sales: SalesSource,
        *,
        tz: tzinfo,
        clock: Callable[[], datetime],
        day_cut: time = DEFAULT_DAY_CUT,
    ) -> None:
        self.book = book
        self.sales = sales
        self.tz = tz
        self._clock = clock
        self.day_cut = DEFAULT_DAY_CUT
        self.set_day_cut(day_cut)

    def set_day_cut(self, cut: time) -> None:
        day_bounds(date(2000, 1, 1), cut, self.tz)  # refuses a cut with a time zone now, not later
        self.day_cut = cut

    def today(self) -> date:
        """The business day it is now (before the cut, still yesterday)."""
        return business_day(self._clock(), self.day_cut, self.tz)

    def business_day_of(self, moment: datetime) -> date:
        return business_day(moment, self.day_cut, self.tz)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return day_bounds(day, self.day_cut, self.tz)

    def shifts_of_day(self, day: date) -> list[Shift]:
        return self.book.shifts_between(*self.day_bounds(day))

    # --- the drawer ----------------------------------------------------------------------

    def expected_cash(self, shift: Shift) -> ExpectedCash:
        """What the drawer of ``shift`` should hold now; show it, then close with exactly it."""
        return shift_expected_cash(shift, self.sales.sales_of_shift(shift.id), self.book.movements(shift.id))

    def cash_sales_count(self, shift: Shift) -> int:
        return sum(1 for s in self.sales.sales_of_shift(shift.id) if s.cash_taken)

    # --- reports from the journal only ---------------------------------------------------

    def _shift_parts(self, shift_id: str) -> tuple[Shift, list[SaleRecord], list[CashMovement]]:
        shift = self.book.get(shift_id)
        return shift, self.sales.sales_of_shift(shift_id), self.book.movements(shift_id)

    def _day_parts(self, day: date) -> tuple[list[Shift], list[SaleRecord], list[CashMovement]]:
        shifts = self.shifts_of_day(day)
        # An open shift's expected cash needs all of its sales, also those before the cut.
        extra = [self.sales.sales_of_shift(s.id) for s in shifts if s.is_open]
        sales = _merge(self.sales.sales_between(*self.day_bounds(day)), *extra)
        movements = [m for s in shifts for m in self.book.movements(s.id)]
        return shifts, sales, movements

    def _build_shift(self, shift_id: str, refreshed: set[str] | None) -> SalesReport:
        shift, sales, movements = self._shift_parts(shift_id)
        return shift_report(
            shift, sales, movements, tz=self.tz, generated_at=self._clock(),
            statuses_refreshed=self._all_asked(sales, refreshed),
        )  # fmt: skip

    def _build_day(self, day: date, refreshed: set[str] | None) -> SalesReport:
        shifts, sales, movements = self._day_parts(day)
        return day_report(
            day, self.day_cut, self.tz, sales, shifts, movements, generated_at=self._clock(),
            statuses_refreshed=self._all_asked(sales, refreshed),
        )  # fmt: skip

    @staticmethod
    def _all_asked(sales: Iterable[SaleRecord], asked: set[str] | None) -> bool:
        # Nothing unpaid: nothing the server could change. Otherwise every unpaid sale must
        # have been answered for in this round (a sale made during the round was not).
        unpaid = _unpaid(sales)
        return not unpaid or (asked is not None and all(s.receipt in asked for s in unpaid))

    def shift_report(self, shift_id: str) -> SalesReport:
        """From the journal only; provisional while any of its sales is unpaid."""
        return self._build_shift(shift_id, None)

    def day_report(self, day: date) -> SalesReport:
        """From the journal only; provisional while unpaid sales, open drawers or the day remain."""
        return self._build_day(day, None)

    # --- refreshed from the server -------------------------------------------------------

    async def _refresh(self, records: list[SaleRecord]) -> tuple[RefreshResult | None, set[str] | None]:
        unpaid = _unpaid(records)
        if not unpaid:
            return None, None
        try:
            result = await self.sales.refresh_statuses(unpaid)
        except ApiError as exc:  # the contract says it does not raise; offline is no bug, though
            result = RefreshResult(checked=0, unchecked=len(unpaid), error=exc)
        return result, ({r.receipt for r in unpaid} if result.complete else None)

    async def refreshed_shift_report(self, shift_id: str) -> RefreshedReport:
        _, sales, _ = self._shift_parts(shift_id)
        result, asked = await self._refresh(sales)
        return RefreshedReport(self._build_shift(shift_id, asked), result)

    async def refreshed_day_report(self, day: date) -> RefreshedReport:
        _, sales, _ = self._day_parts(day)
        result, asked = await self._refresh(sales)
        return RefreshedReport(self._build_day(day, asked), result)


# --- printing and files ----------------------------------------------------------------------


async def print_report(
    report: SalesReport, print_lines: PrintLines, *, columns: int = 48, language: Language = "id"
) -> list[str]:
    """Send the report to the receipt printer; the printed lines, for the log or a test."""
    lines = report_lines(report, columns, language)
    await print_lines(lines)
    return lines


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def report_file_stem(report: SalesReport, language: Language = "id") -> str:
    """``laporan-shift-KASIR-01-12-2026-11-27`` or ``laporan-harian-2026-11-27`` (English: report-…)."""
    prefix = "laporan" if language == "id" else "report"
    shift = report.shift
    if report.kind is ReportKind.SHIFT and shift is not None:
        terminal = _UNSAFE.sub("-", shift.terminal).strip("-") or "kasir"
        opened = shift.opened_at.astimezone(report.tz).date().isoformat()
        return f"{prefix}-shift-{terminal}-{shift.number}-{opened}"
    day = report.day.isoformat() if report.day else report.start.astimezone(report.tz).date().isoformat()
    return f"{prefix}-{'harian' if language == 'id' else 'day'}-{day}"


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a failed save leaves no half file."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def save_csv(report: SalesReport, path: Path, language: Language = "id") -> Path:
    """The report's CSV as UTF-8 with a byte-order mark: Excel, which owners open it with,
    reads a CSV without one in the PC's old code page and garbles names with accents."""
    return write_atomically(path, report_csv(report, language).encode("utf-8-sig"))
