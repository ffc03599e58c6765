"""The painted slip (PDF and system printer share it): text where the layout says, a QR that
scans, a page as wide as the paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from pos_app.domain.receipt_layout import Emphasis, Paper, ReceiptLayout, TextRow, layout_receipt
from pos_app.printing.errors import PrinterNotFound
from pos_app.printing.factory import create_printer
from pos_app.printing.pdf_printer import pdf_file_name, render_slip_pdf
from pos_app.printing.print_queue import PrintQueue
from pos_app.printing.slip_painter import THERMAL_DPI, SlipPainter, render_slip_image
from pos_app.printing.system_printer import print_layout_on
from tests.helpers.qr import is_regular_qr, read_image
from tests.printing.samples import PAYMENT_URL, PUBLIC_ORDER_URL, paid_cash_receipt, unpaid_qris_receipt

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
POINTS_PER_MM = 72 / 25.4


@pytest.fixture(autouse=True)
def _qt_app(qapp):
    return qapp


def _band(image: QImage, top: int, height: int) -> QImage:
    return image.copy(QRect(0, top, image.width(), height))


def _painted_alone(row: TextRow, paper: Paper, columns: int, width: int, height: int) -> QImage:
    """``row`` painted by itself at the top of a blank page: what the slip must show there."""
    slip = SlipPainter(ReceiptLayout(columns, (row,), "one row"), paper, THERMAL_DPI)
    image = QImage(width, slip.height_px(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    slip.paint(painter, width)
    painter.end()
    return _band(image, slip.row_tops()[0], height)


def _dark_pixels(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    return sum(
        1
        for y in range(gray.height())
        for value in raw[y * stride : y * stride + gray.width()]
        if value < 128
    )


@pytest.mark.parametrize("paper", list(Paper))
def test_painted_slip_shows_the_total_and_a_qr_that_scans(paper):
    receipt = paid_cash_receipt()
    layout = layout_receipt(receipt, paper.columns)
    image = render_slip_image(layout, paper)
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / f"receipt-{paper.value}mm.png"))

    assert image.width() == round(paper.value / 25.4 * THERMAL_DPI)
    barcodes = read_image(image)
    assert [barcode.text for barcode in barcodes] == [PUBLIC_ORDER_URL]
    assert is_regular_qr(barcodes[0])

    # The total row is painted where the layout puts it, in double height, with its text:
    # the band equals the same row painted alone, and differs from a wrong amount.
    slip = SlipPainter(layout, paper, THERMAL_DPI)
    index = next(
        i for i, row in enumerate(layout.rows) if isinstance(row, TextRow) and row.text.startswith("TOTAL")
    )
    total_row = layout.rows[index]
    assert total_row.emphasis is Emphasis.LARGE
    height = slip.row_height(total_row)
    assert height == 2 * slip.line_height
    band = _band(image, slip.row_tops()[index], height)
    assert _dark_pixels(band) > 200
    assert band == _painted_alone(total_row, paper, layout.columns, image.width(), height)
    wrong = TextRow(total_row.text.replace("818.000", "818.001"), Emphasis.LARGE)
    assert band != _painted_alone(wrong, paper, layout.columns, image.width(), height)


def test_unpaid_slip_qr_is_the_payment_link():
    image = render_slip_image(layout_receipt(unpaid_qris_receipt(), 32), Paper.MM58)
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(str(ARTIFACTS / "receipt-58mm-unpaid.png"))
    assert [barcode.text for barcode in read_image(image)] == [PAYMENT_URL]


def test_text_stays_inside_the_print_head():
    # 58-mm heads print 48 mm: nothing may be painted in the 5-mm paper margins.
    image = render_slip_image(layout_receipt(paid_cash_receipt(), 32), Paper.MM58)
    margin = round(4.5 / 25.4 * THERMAL_DPI)
    assert _dark_pixels(image.copy(QRect(0, 0, margin, image.height()))) == 0
    assert _dark_pixels(image.copy(QRect(image.width() - margin, 0, margin, image.height()))) == 0


def _pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every page object in a PDF."""
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    pages = re.findall(rb"/Type\s*/Page\b(?!s)", data)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert len(boxes) == len(pages)
    return [(float(w), float(h)) for w, h in boxes]


@pytest.mark.parametrize("paper", list(Paper))
def test_pdf_receipt_is_one_page_as_wide_as_the_paper(tmp_path, paper):
    receipt = paid_cash_receipt()
    create_printer(f"pdf://{tmp_path}", paper=paper).print_receipt(receipt)
    path = tmp_path / "KASIR-01-000123.pdf"
    ((width, height),) = _pdf_pages(path.read_bytes())
    assert width == pytest.approx(paper.value * POINTS_PER_MM, abs=1)
    expected_height = SlipPainter(layout_receipt(receipt, paper.columns), paper, 600).height_mm()
    assert height == pytest.approx(expected_height * POINTS_PER_MM, abs=1)
    assert 100 * POINTS_PER_MM < height < 400 * POINTS_PER_MM


def test_reprint_replaces_the_pdf_and_leaves_no_temporary_files(tmp_path):
    printer = create_printer(f"pdf://{tmp_path}", paper=Paper.MM58)
    printer.print_receipt(paid_cash_receipt())
    printer.print_receipt(paid_cash_receipt())
    printer.test_print()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["KASIR-01-000123.pdf", "test-print.pdf"]


def test_pdf_folder_is_made_but_not_its_parents(tmp_path):
    create_printer(f"pdf://{tmp_path / 'Struk'}").print_receipt(paid_cash_receipt())
    assert (tmp_path / "Struk" / "KASIR-01-000123.pdf").is_file()
    with pytest.raises(PrinterNotFound):
        create_printer(f"pdf://{tmp_path / 'USB-STICK' / 'Struk'}").print_receipt(paid_cash_receipt())


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("KASIR-01-000123", "KASIR-01-000123.pdf"),
        ("../../etc/passwd", "etc_passwd.pdf"),
        ("a b:c", "a_b_c.pdf"),
    ],
)
def test_pdf_names_are_safe(title, name):
    assert pdf_file_name(title) == name


@pytest.mark.asyncio
async def test_pdf_is_rendered_on_the_print_thread(tmp_path):
    queue = PrintQueue(create_printer(f"pdf://{tmp_path}", paper=Paper.MM80))
    try:
        await queue.print(unpaid_qris_receipt())
    finally:
        queue.close()
    assert len(_pdf_pages((tmp_path / "KASIR-01-000123.pdf").read_bytes())) == 1


def test_system_printer_path_paints_a_page_of_paper_width(tmp_path):
    # QPrinter's own PDF output stands in for a driver: the same calls a real printer gets.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "system.pdf"
    printer.setOutputFileName(str(output))
    print_layout_on(printer, layout_receipt(paid_cash_receipt(), 32), Paper.MM58, "test printer")
    ((width, _height),) = _pdf_pages(output.read_bytes())
    assert width == pytest.approx(58 * POINTS_PER_MM, abs=1)


def test_unknown_system_printer_is_not_found():
    with pytest.raises(PrinterNotFound, match="Kasir Thermal 58"):
        create_printer("system://Kasir Thermal 58").print_receipt(paid_cash_receipt())


def test_pdf_bytes_without_a_file():
    data = render_slip_pdf(layout_receipt(paid_cash_receipt(), 48), Paper.MM80)
    assert len(_pdf_pages(data)) == 1
