"""The operating system's printer (any driver: thermal, laser, "Print to PDF") via QtPrintSupport."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from pos_app.domain.receipt import Receipt
from pos_app.domain.receipt_layout import Paper, ReceiptLayout
from pos_app.printing.errors import PrinterNotFound, PrinterOffline
from pos_app.printing.pdf_printer import slip_page_layout
from pos_app.printing.receipt_printer import SlipFormat
from pos_app.printing.slip_painter import SlipPainter


def system_printer_names() -> list[str]:
    """Printers the OS offers, for the settings page (``system://NAME``)."""
    return QPrinterInfo.availablePrinterNames()


def print_layout_on(printer: QPrinter, layout: ReceiptLayout, paper: Paper, where: str) -> None:
    """Paint ``layout`` on a configured ``QPrinter``: page as wide as the paper, as tall as the slip."""
    slip = SlipPainter(layout, paper, printer.resolution())
    printer.setDocName(layout.title)
    printer.setFullPage(True)
    if not printer.setPageLayout(slip_page_layout(slip, layout.title)):
        raise PrinterOffline(f"{where}: refused a {slip.width_mm:g} mm x {slip.height_mm():.0f} mm page")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterOffline(f"{where}: could not start a print job")
    try:
        slip.paint(painter, printer.width())
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrinterOffline(f"{where}: the print job failed")


class SystemReceiptPrinter:
    def __init__(self, printer_name: str, slip: SlipFormat) -> None:
        self.printer_name = printer_name
        self.slip = slip

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> None:
        # Through a driver there is no portable drawer command; many thermal drivers open the
        # drawer by their own setting. open_drawer is accepted for the common interface.
        self._print(self.slip.layout(receipt))

    def test_print(self) -> None:
        self._print(self.slip.test_layout())

    def print_layout(self, layout: ReceiptLayout) -> None:
        self._print(layout)

    def _print(self, layout: ReceiptLayout) -> None:
        where = f"printer {self.printer_name!r}"
        info = QPrinterInfo.printerInfo(self.printer_name)
        if info.isNull():
            raise PrinterNotFound(f"{where}: no such printer on this computer")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        print_layout_on(printer, layout, self.slip.paper, where)
