"""Receipts from the window: print on demand, print by itself when a sale is done, reprint from
History, and the WhatsApp link. A printer problem never touches the sale: it is said in plain
words with "Print again", and the journal remembers the slip did not come out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from pos_app.api.models import Order
from pos_app.domain.links import is_safe_link
from pos_app.printing.errors import PrinterError
from pos_app.services.receipts import ReceiptDesk
from pos_app.ui.common.error_text import printer_error_message
from pos_app.ui.common.tasks import TaskGroup
from pos_app.ui.sale.notice import Notice

if TYPE_CHECKING:
    from pos_app.ui.window.main_window import MainWindow


class ReceiptActions(QObject):
    def __init__(
        self, window: MainWindow, desk: ReceiptDesk | None, open_url=QDesktopServices.openUrl
    ) -> None:
        super().__init__(window)
        self._w = window
        self.desk = desk
        self._open_url = open_url
        self._jobs = TaskGroup()
        self._auto_printed: set[str] = set()  # receipts printed by themselves this session
        self.last_failed: tuple[str, Order | None] | None = None  # for "Print again"

    def print_receipt(self, receipt: str | None, order: Order | None = None) -> None:
        """Queue the slip; the window goes on at once (printing runs on its own thread)."""
        if receipt is not None and self.desk is not None:
            self._jobs.start(self._print(receipt, order))

    def sale_done(self, receipt: str | None, order: Order | None) -> None:
        """The sale is paid (or settled): print its slip once, if the owner wants that."""
        if receipt is None or self.desk is None or not self.desk.prints_by_itself:
            return
        if receipt in self._auto_printed:
            return
        self._auto_printed.add(receipt)
        self.print_receipt(receipt, order)

    def print_again(self) -> None:
        if self.last_failed is not None:
            receipt, order = self.last_failed
            self.print_receipt(receipt, order)

    async def _print(self, receipt: str, order: Order | None) -> None:
        assert self.desk is not None
        try:
            await self.desk.print_sale(receipt, order)
        except PrinterError as exc:
            self.last_failed = (receipt, order)
            text = lambda exc=exc: printer_error_message(exc) + " " + self.tr("The sale is saved.")  # noqa: E731
            self._w.show_notice(Notice(text, "warning", action="print"))
            return
        self.last_failed = None
        self._w.receipt_printed(receipt)

    def send_whatsapp(self, receipt: str | None, order: Order | None) -> None:
        if receipt is None or self.desk is None:
            return
        link = self.desk.whatsapp_link(receipt, order)
        if link is None:
            text = lambda: self.tr("No phone number for this sale: WhatsApp needs one.")  # noqa: E731
            self._w.show_notice(Notice(text, "warning"))
            return
        if is_safe_link(link):
            self._open_url(QUrl(link))

    async def aclose(self) -> None:
        await self._jobs.aclose()
        if self.desk is not None:
            self.desk.close()
