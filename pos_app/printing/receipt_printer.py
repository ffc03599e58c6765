"""The one interface every receipt output implements; app.py picks the implementation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pos_app.domain.receipt import Receipt
from pos_app.domain.receipt_layout import Paper, ReceiptLayout, layout_receipt, layout_test_slip
from pos_app.domain.receipt_texts import DEFAULT_RECEIPT_LANGUAGE, receipt_texts

# Every connect and write to a printer gives up after this long: a printer that is off must
# fail the job quickly enough for the cashier to fix it and print again.
DEFAULT_TIMEOUT_S = 5.0


class ReceiptPrinter(Protocol):
    """Blocking calls: run them through :class:`pos_app.printing.print_queue.PrintQueue`.

    Both raise :class:`pos_app.printing.errors.PrinterError` subclasses only.
    """

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> None:
        """Print ``receipt``; the drawer opens only for a cash sale and only when asked
        (``open_drawer=False`` for a reprint)."""
        ...

    def test_print(self) -> None:
        """Print a short set-up slip (column ruler, sample total, QR code)."""
        ...

    def print_layout(self, layout: ReceiptLayout) -> None:
        """Print any laid-out document (a shift or day report) on the same paper."""
        ...


@dataclass(frozen=True, slots=True)
class SlipFormat:
    """How slips are laid out: paper width and the printed language (its own setting)."""

    paper: Paper = Paper.MM80
    language: str = DEFAULT_RECEIPT_LANGUAGE

    def __post_init__(self) -> None:
        if not isinstance(self.paper, Paper):
            raise TypeError(f"paper must be a Paper, got {self.paper!r}")
        receipt_texts(self.language)  # an unknown language fails here, not at the first sale

    def layout(self, receipt: Receipt) -> ReceiptLayout:
        return layout_receipt(receipt, self.paper.columns, self.language)

    def test_layout(self) -> ReceiptLayout:
        return layout_test_slip(self.paper.columns, self.language)
