"""Receipts of sales: built from the journal (and the server's order when at hand), printed off
the GUI thread, remembered as printed, and never in the way of the next sale.

The slip shows the cart as the till sold it (the journal keeps the names and prices) and the
server's total, status and links; so a reprint from History works offline too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pos_app.api.models import Order
from pos_app.domain.payment_methods import SETTLED_AT_CREATION
from pos_app.domain.receipt import Receipt, ReceiptItem, ReceiptShipping
from pos_app.domain.receipt_layout import Paper, layout_text
from pos_app.domain.whatsapp import whatsapp_receipt_link
from pos_app.printing.errors import PrinterError
from pos_app.printing.factory import create_printer
from pos_app.printing.print_queue import PrintQueue
from pos_app.storage.journal import Journal, JournalEntry, JournalState
from pos_app.storage.sqlite_util import StorageError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReceiptSettings:
    printer: str = ""  # a printer spec; "" = no printer
    width: int = 32  # columns: 32 (58 mm) or 48 (80 mm)
    auto_print: bool = True
    open_drawer: bool = True
    header: str = ""
    footer: str = ""
    language: str = "id"


class NoPrinter(PrinterError):
    """No receipt printer is set up (Settings)."""


class ReceiptDesk:
    def __init__(
        self,
        journal: Journal,
        *,
        method_name: Callable[[str, str], str],  # (code, the slip's language) -> its name
        printer_factory: Callable[..., Any] = create_printer,
    ) -> None:
        self._journal = journal
        self._method_name = method_name
        self._factory = printer_factory
        self._queue: PrintQueue | None = None
        self.settings = ReceiptSettings()

    def configure(self, settings: ReceiptSettings) -> None:
        """Use these settings from the next slip on; raises PrinterSpecError for a bad spec."""
        self.settings = settings
        if not settings.printer:
            self._close_queue()
            return
        paper = Paper.MM80 if settings.width == 48 else Paper.MM58
        printer = self._factory(settings.printer, paper=paper, language=settings.language)
        if self._queue is None:
            self._queue = PrintQueue(printer)
        else:
            self._queue.set_printer(printer)

    @property
    def has_printer(self) -> bool:
        return self._queue is not None

    @property
    def prints_by_itself(self) -> bool:
        return self.has_printer and self.settings.auto_print

    # -- building -------------------------------------------------------------------------------
    def build(self, entry: JournalEntry, order: Order | None = None) -> Receipt:
        total = (order.gross_revenue if order is not None and order.gross_revenue else None) or entry.amount
        method = entry.payment_method
        tendered = entry.tendered if entry.tendered is not None and entry.tendered >= total else None
        return Receipt(
            store_name=entry.store_name,
            receipt_number=entry.receipt,
            order_number=(order.order_id if order is not None else entry.order_number) or "",
            issued_at=(order.created_at if order is not None and order.created_at else entry.created_at),
            terminal=entry.terminal,
            items=[ReceiptItem(name=n, quantity=q, unit_price=p) for n, q, p in entry.lines],
            total=total,
            payment_method=self._method_name("cash" if entry.is_cash else method, self.settings.language),
            paid=self._paid(entry, order),
            discount=entry.discount,
            shipping=_shipping(order, entry),
            cash_tendered=tendered,
            customer_name=entry.customer_name,
            payment_url=(order.payment_url if order is not None else entry.payment_url),
            public_order_url=order.public_order_url if order is not None else None,
            header=self.settings.header,
            footer=self.settings.footer,
        )

    @staticmethod
    def _paid(entry: JournalEntry, order: Order | None) -> bool:
        if entry.is_cash or method_is_no_payment(entry.payment_method):
            return True  # the money is in the drawer / there is nothing to pay
        if order is not None:
            return order.is_paid
        return entry.state is JournalState.PAID

    # -- printing ---------------------------------------------------------------------------------
    async def print_sale(self, receipt: str, order: Order | None = None) -> None:
        """Print the slip of ``receipt``; raises NoPrinter or a PrinterError (the sale is kept)."""
        if self._queue is None:
            raise NoPrinter("no receipt printer is set up")
        entry = self._journal.find(receipt)
        if entry is None:
            raise KeyError(receipt)
        slip = self.build(entry, order)
        drawer = self.settings.open_drawer and entry.is_cash and not entry.receipt_printed
        await self._queue.print(slip, open_drawer=drawer)
        try:
            self._journal.mark_printed(receipt)
        except (StorageError, KeyError) as exc:
            log.warning("%s: printed, but not recorded as printed: %s", receipt, exc)

    async def print_lines(self, lines: list[str]) -> None:
        """Print a text document (a shift or day report) on the receipt printer."""
        if self._queue is None:
            raise NoPrinter("no receipt printer is set up")
        await self._queue.print_layout(layout_text(lines, self.settings.width, "report"))

    async def test_print(self) -> None:
        if self._queue is None:
            raise NoPrinter("no receipt printer is set up")
        await self._queue.test_print()

    def whatsapp_link(self, receipt: str, order: Order | None = None) -> str | None:
        """``https://wa.me/62…?text=…`` for the sale's customer, or None without a phone."""
        entry = self._journal.find(receipt)
        if entry is None or not entry.customer_phone:
            return None
        return whatsapp_receipt_link(self.build(entry, order), entry.customer_phone, self.settings.language)

    def _close_queue(self) -> None:
        if self._queue is not None:
            self._queue.close()
            self._queue = None

    def close(self) -> None:
        self._close_queue()


def method_is_no_payment(method: str) -> bool:
    return method in SETTLED_AT_CREATION and method != "cod"


def _shipping(order: Order | None, entry: JournalEntry) -> ReceiptShipping | None:
    """The server's courier and district when the order is at hand; the sent cost otherwise."""
    sent_cost = entry.payload.get("shipping_cost")
    if order is not None and (order.courier_name or order.shipping_cost):
        district = ", ".join(p for p in (order.destination_district, order.destination_city) if p)
        return ReceiptShipping(
            courier=order.courier_name or "",
            service=order.courier_service_name or "",
            district=district,
            cost=order.shipping_cost,
        )
    if isinstance(sent_cost, int) and sent_cost > 0:
        return ReceiptShipping(courier="", service="", district="", cost=sent_cost)
    return None
