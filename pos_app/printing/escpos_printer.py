"""ESC/POS thermal printers: the receipt rendered once into bytes, then sent."""

from __future__ import annotations

from pos_app.domain.receipt import Receipt
from pos_app.domain.receipt_layout import ReceiptLayout
from pos_app.printing.escpos_render import render_escpos
from pos_app.printing.escpos_transport import send_escpos
from pos_app.printing.receipt_printer import DEFAULT_TIMEOUT_S, SlipFormat
from pos_app.printing.spec import EscposSpec


class EscposReceiptPrinter:
    def __init__(self, spec: EscposSpec, slip: SlipFormat, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.spec = spec
        self.slip = slip
        self.timeout = timeout

    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> bytes:
        """The bytes :meth:`print_receipt` sends (for previews, tests and benchmarks)."""
        return render_escpos(self.slip.layout(receipt), open_drawer=open_drawer and receipt.is_cash)

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> None:
        send_escpos(self.spec, self.render(receipt, open_drawer=open_drawer), timeout=self.timeout)

    def test_print(self) -> None:
        self.print_layout(self.slip.test_layout())

    def print_layout(self, layout: ReceiptLayout) -> None:
        send_escpos(self.spec, render_escpos(layout), timeout=self.timeout)
