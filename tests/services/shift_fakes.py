"""A sales journal in memory for the shift screens and reports, and a clock tests can move."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import count

from pos_app.api.errors import ApiError, NetworkError
from pos_app.domain.sales_report import SaleRecord, SaleState
from pos_app.services.shift_reports import RefreshResult

_receipts = count(1)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeSales:
    """Sale records by receipt, and what "the server" says about them.

    ``online = False`` makes a refresh leave every record unchecked, as the real source does
    offline; ``gate`` (an Event) holds a refresh until the test sets it.
    """

    def __init__(self) -> None:
        self.records: dict[str, SaleRecord] = {}
        self.server: dict[str, SaleState] = {}
        self.online = True
        self.error: ApiError = NetworkError("offline", request_sent=False)
        self.raise_error = False
        self.asked: list[list[str]] = []
        self.gate: asyncio.Event | None = None

    def add(
        self,
        total: int,
        method: str,
        *,
        at: datetime,
        shift_id: str | None,
        state: SaleState = SaleState.PAID,
        tendered: int | None = None,
        discount: int = 0,
        server: SaleState | None = None,
    ) -> SaleRecord:
        if method == "cash" and tendered is None and state is SaleState.PAID:
            tendered = total
        record = SaleRecord(
            receipt=f"KASIR-01-{next(_receipts):06d}",
            created_at=at,
            method=method,
            total=total,
            discount=discount,
            state=state,
            shift_id=shift_id,
            tendered=tendered,
            change=None if tendered is None else tendered - total,
            store_name="Kopi Nusantara",
        )
        self.records[record.receipt] = record
        if server is not None:
            self.server[record.receipt] = server
        return record

    def sales_between(self, start: datetime, end: datetime) -> list[SaleRecord]:
        return [r for r in self.records.values() if start <= r.created_at < end]

    def sales_of_shift(self, shift_id: str) -> list[SaleRecord]:
        return [r for r in self.records.values() if r.shift_id == shift_id]

    async def refresh_statuses(self, records: Sequence[SaleRecord]) -> RefreshResult:
        self.asked.append([r.receipt for r in records])
        if self.gate is not None:
            await self.gate.wait()
        await asyncio.sleep(0)
        if self.raise_error:
            raise self.error
        if not self.online:
            return RefreshResult(checked=0, unchecked=len(records), error=self.error)
        for record in records:
            state = self.server.get(record.receipt)
            if state is not None:
                self.records[record.receipt] = replace(self.records[record.receipt], state=state)
        return RefreshResult(checked=len(records), unchecked=0)


class PrinterHook:
    """The receipt printer queue as the screens see it: records what it was asked to print."""

    def __init__(self) -> None:
        self.printed: list[list[str]] = []
        self.fail: Exception | None = None

    async def __call__(self, lines: list[str]) -> None:
        await asyncio.sleep(0)
        if self.fail is not None:
            raise self.fail
        self.printed.append(list(lines))
