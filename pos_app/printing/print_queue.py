"""Print jobs on one worker thread, awaited from the asyncio (qasync) loop.

One thread, so two jobs never interleave their bytes on a printer, and the event loop never
waits for a device: ``await queue.print(...)`` suspends only the coroutine that asked.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from pos_app.domain.receipt import Receipt
from pos_app.domain.receipt_layout import ReceiptLayout
from pos_app.printing.receipt_printer import ReceiptPrinter


class PrintQueue:
    def __init__(self, printer: ReceiptPrinter) -> None:
        self._printer = printer
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kasir-print")

    @property
    def printer(self) -> ReceiptPrinter:
        return self._printer

    def set_printer(self, printer: ReceiptPrinter) -> None:
        """Use ``printer`` for jobs queued from now on (settings changed); queued jobs keep theirs."""
        self._printer = printer

    async def print(self, receipt: Receipt, *, open_drawer: bool = False) -> None:
        """Print ``receipt``; raises :class:`pos_app.printing.errors.PrinterError` subclasses.

        Cancelling the awaiting task does not stop a job a printer is already receiving;
        the slip simply comes out while nobody waits for it.
        """
        job = functools.partial(self._printer.print_receipt, receipt, open_drawer=open_drawer)
        await self._run(job)

    async def test_print(self) -> None:
        await self._run(self._printer.test_print)

    async def print_layout(self, layout: ReceiptLayout) -> None:
        await self._run(functools.partial(self._printer.print_layout, layout))

    async def _run(self, job: Callable[[], None]) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, job)

    def close(self) -> None:
        """Drop jobs not yet started; one already printing finishes within its timeout."""
        self._executor.shutdown(wait=False, cancel_futures=True)
