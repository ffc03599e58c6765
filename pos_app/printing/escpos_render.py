"""A laid-out receipt as ESC/POS bytes, made by python-escpos's ``Dummy`` printer.

The bytes are made once, away from any device, and then handed to a transport: a slow or
broken printer never holds a half-built job, and tests read exactly what a printer gets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import segno

from pos_app.domain.receipt_layout import Emphasis, QrRow, ReceiptLayout, TextRow
from pos_app.printing.escpos_setup import prepare_escpos_import

if TYPE_CHECKING:
    from escpos.printer import Dummy

# The drawer connector's pin 2 is the one every receipt-printer drawer cable uses.
DRAWER_PIN = 2
_DOTS_PER_COLUMN = 12  # font A is 12 dots wide: 32 columns = 384 dots (58 mm), 48 = 576 (80 mm)
_QR_QUIET_MODULES = 8  # 4 white modules each side, which the paper margin must leave
_QR_MAX_DOTS_PER_MODULE = 8  # bigger adds paper, not readability


def qr_dots_per_module(data: str, columns: int) -> int:
    """The module size (1-8 dots) that fits the QR code with its quiet zone across the paper."""
    # Only the size is needed (the printer encodes and masks the code itself), and trying
    # segno's eight masks would cost four times as long as one.
    modules = segno.make_qr(data, error="m", mask=0, boost_error=False).symbol_size(border=0)[0]
    fitting = (columns * _DOTS_PER_COLUMN) // (modules + _QR_QUIET_MODULES)
    return max(1, min(_QR_MAX_DOTS_PER_MODULE, fitting))


def render_escpos(layout: ReceiptLayout, *, open_drawer: bool = False) -> bytes:
    """The printer's bytes for ``layout``: text, the native QR command, a cut, and the drawer
    pulse when ``open_drawer``.

    The layout is printable ASCII, so a fixed code page (no switching commands) prints it the
    same on any printer; CP437 is what printers start in.
    """
    prepare_escpos_import()
    from escpos.printer import Dummy

    printer = Dummy(magic_encode_args={"encoding": "CP437", "disabled": True})
    printer.hw("INIT")
    if open_drawer:
        # First, so the drawer is open while the slip prints and the cashier can give change.
        printer.cashdraw(DRAWER_PIN)
    for row in layout.rows:
        if isinstance(row, QrRow):
            _qr(printer, row.data, layout.columns)
        else:
            _text(printer, row)
    printer.cut()
    return printer.output


def _text(printer: Dummy, row: TextRow) -> None:
    if row.emphasis is Emphasis.NORMAL:
        printer.textln(row.text)
    elif row.emphasis is Emphasis.BOLD:
        printer.set(bold=True)
        printer.textln(row.text)
        printer.set(bold=False)
    else:
        printer.set(bold=True, double_height=True)
        printer.textln(row.text)
        printer.set(bold=False, normal_textsize=True)


def _qr(printer: Dummy, data: str, columns: int) -> None:
    from escpos.constants import QR_ECLEVEL_M

    # The printer draws the code itself (GS ( k): sharp at any size and a few bytes long,
    # where a raster image would be kilobytes and blur on cheap heads.
    printer.set(align="center")
    printer.qr(data, ec=QR_ECLEVEL_M, size=qr_dots_per_module(data, columns), native=True)
    printer.set(align="left")
