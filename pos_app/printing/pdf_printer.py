"""PDF receipts: one file per receipt, the page as wide as the paper and as tall as the slip."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from pos_app.domain.receipt import Receipt
from pos_app.domain.receipt_layout import Paper, ReceiptLayout
from pos_app.printing.errors import PrinterError, PrinterNotFound, error_from_os
from pos_app.printing.receipt_printer import SlipFormat
from pos_app.printing.slip_painter import SlipPainter

PDF_DPI = 600  # device units per inch: fine enough that whole-unit QR modules are exact
_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def slip_page_layout(slip: SlipPainter, name: str) -> QPageLayout:
    """A page exactly the paper's width and the slip's height, without margins."""
    size = QPageSize(
        QSizeF(slip.width_mm, slip.height_mm()),
        QPageSize.Unit.Millimeter,
        name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def render_slip_pdf(layout: ReceiptLayout, paper: Paper) -> bytes:
    """The slip as a one-page PDF document."""
    slip = SlipPainter(layout, paper, PDF_DPI)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(layout.title)
    writer.setCreator("Kasir")
    writer.setPageLayout(slip_page_layout(slip, layout.title))
    painter = QPainter()
    if not painter.begin(writer):
        raise PrinterError(f"could not start a PDF for {layout.title}")
    try:
        slip.paint(painter, writer.width())
    finally:
        painter.end()
    buffer.close()
    return data.data()


def pdf_file_name(title: str) -> str:
    """A file name every file system accepts: KASIR-01-000123.pdf."""
    return f"{_UNSAFE_FILE_CHARS.sub('_', title).strip('._') or 'receipt'}.pdf"


class PdfReceiptPrinter:
    """Writes ``<receipt number>.pdf`` into ``directory``; a reprint replaces the file."""

    def __init__(self, directory: Path, slip: SlipFormat) -> None:
        self.directory = Path(directory)
        self.slip = slip

    def path_for(self, receipt: Receipt) -> Path:
        return self.directory / pdf_file_name(receipt.receipt_number)

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> None:
        # A PDF has no drawer: open_drawer is accepted for the common interface and ignored.
        layout = self.slip.layout(receipt)
        self._write(pdf_file_name(layout.title), render_slip_pdf(layout, self.slip.paper))

    def test_print(self) -> None:
        self.print_layout(self.slip.test_layout())

    def print_layout(self, layout: ReceiptLayout) -> None:
        self._write(pdf_file_name(layout.title), render_slip_pdf(layout, self.slip.paper))

    def _write(self, name: str, data: bytes) -> None:
        where = f"PDF folder {self.directory}"
        try:
            # The folder itself may be made; its parent must exist (an unplugged USB stick
            # must not turn into a new folder on the local disk).
            self.directory.mkdir(exist_ok=True)
            # Written aside and renamed: a crash never leaves half a PDF under the real name.
            fd, temporary = tempfile.mkstemp(prefix=".kasir-", suffix=".pdf", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(temporary, self.directory / name)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except FileNotFoundError as exc:
            raise PrinterNotFound(f"{where}: {exc}") from exc
        except OSError as exc:
            raise error_from_os(exc, where) from exc
