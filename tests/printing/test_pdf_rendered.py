"""Issue 12's PDF acceptance, read from the file itself: a paid sale printed through ``pdf://DIR``
at 58 and 80 mm, the page rendered by PDFium (as a PDF viewer would), its QR decoded and its
text extracted.

The painter-image tests (test_slip_pdf.py) cannot see what QPdfWriter makes of the painting;
these read the PDF bytes the shop actually gets.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage

from pos_app.api.models import Order
from pos_app.domain.money import format_rupiah
from pos_app.domain.receipt_layout import Paper
from pos_app.printing.pdf_printer import pdf_file_name
from pos_app.services.receipts import ReceiptDesk, ReceiptSettings
from pos_app.storage.journal import Journal
from pos_app.ui.payment.labels import payment_label_in
from tests.helpers.qr import is_regular_qr, read_image
from tests.helpers.sales import begin_sale

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
RENDER_DPI = 203  # a thermal head's resolution: what a slip must still scan at
POINTS_PER_INCH = 72
PUBLIC_ORDER_URL = "https://tokokopigayo.myscalev.com/o/261127KQWZTRB?s=7f3a9c"
PAYMENT_URL = "https://pay.scalev.id/invoice/261127KQWZTRB-8d1e2b"
LINES = (("Kopi Gayo 250 gr – Biji", 2, 85_000), ("Tumbler Hitam", 1, 120_000))
TILL_TOTAL = 290_000
SERVER_TOTAL = 294_500  # the server's gross_revenue: the till's sum plus a 4.500 payment fee


def render_page(path: Path, dpi: int = RENDER_DPI) -> tuple[QImage, str, float, float]:
    """Page 1 of the PDF as a grayscale image, its text, and where "TOTAL" and its first
    character sit, measured down from the top of the page in pixels of that image."""
    document = pdfium.PdfDocument(str(path))
    try:
        assert len(document) == 1
        page = document[0]
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
        assert bitmap.n_channels == 1
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8
        ).copy()  # owns its pixels once the document is closed
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        searcher = textpage.search("TOTAL", match_case=True, match_whole_word=True)
        found = searcher.get_next()
        assert found is not None, "no TOTAL on the page"
        _left, bottom, _right, _top = textpage.get_charbox(found[0])
        total_from_top = (page.get_height() - bottom) * dpi / POINTS_PER_INCH
        return image, text, total_from_top, page.get_width() * 25.4 / POINTS_PER_INCH
    finally:
        document.close()


def text_lines(text: str) -> list[str]:
    """The page's text lines with runs of spaces collapsed (PDF text has no columns)."""
    return [" ".join(line.split()) for line in text.splitlines()]


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3", "KASIR-01")
    yield j
    j.close()


def paid_qris_sale(journal: Journal) -> tuple[str, Order]:
    entry = begin_sale(
        journal,
        total=TILL_TOTAL,
        payload={"payment_method": "qris"},
        lines=LINES,
    )
    order = Order(
        id="0190-aaaa",
        order_id="261127KQWZTRB",
        status="confirmed",
        payment_status="paid",
        payment_method="qris",
        public_order_url=PUBLIC_ORDER_URL,
        payment_url=PAYMENT_URL,
        gross_revenue=SERVER_TOTAL,
        created_at=datetime(2026, 11, 27, 7, 5, tzinfo=UTC),
    )
    journal.mark_confirmed(entry.receipt, order)
    journal.mark_paid(entry.receipt)
    return entry.receipt, order


@pytest.mark.asyncio
@pytest.mark.parametrize("paper", list(Paper))
async def test_pdf_receipt_page_shows_the_total_and_a_qr_of_the_order_url(qapp, tmp_path, journal, paper):
    receipt, order = paid_qris_sale(journal)
    folder = tmp_path / "Struk"
    desk = ReceiptDesk(journal, method_name=payment_label_in)
    try:
        desk.configure(ReceiptSettings(printer=f"pdf://{folder}", width=paper.columns))
        await desk.print_sale(receipt, order)  # as after a sale: on the print thread
    finally:
        desk.close()
    path = folder / pdf_file_name(receipt)
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    assert journal.find(receipt).receipt_printed

    image, text, total_from_top, width_mm = render_page(path)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(ARTIFACTS / f"receipt-pdf-{paper.value}mm.png"))
    assert width_mm == pytest.approx(paper.value, abs=0.5)

    # The QR a phone scans off the rendered page is the public order page (a paid slip).
    barcodes = read_image(image)
    assert [barcode.text for barcode in barcodes] == [order.public_order_url]
    assert is_regular_qr(barcodes[0])
    assert barcodes[0].position.top_left.y > total_from_top  # below the total, as laid out

    # The page's text: the server's total on the TOTAL line, the order, the status.
    lines = text_lines(text)
    assert f"TOTAL {format_rupiah(SERVER_TOTAL)}" in lines
    assert f"TOTAL {format_rupiah(TILL_TOTAL)}" not in lines
    assert "No. Pesanan 261127KQWZTRB" in lines
    assert f"No. Struk {receipt}" in lines
    assert "Pembayaran QRIS" in lines
    assert "LUNAS" in lines and "BELUM LUNAS" not in lines
