"""A receipt laid out as rows of fixed-width text (and one QR code) for a paper width.

Every output draws these same rows: the ESC/POS printer prints them in its own font, the PDF
and the system printer paint them in a monospace font, so a slip looks the same everywhere.

The text is plain printable ASCII, one character per column: thermal printers are set to a
code page we cannot know (CP437 is only the usual default), accents and symbols are not
needed for Indonesian, and control characters in a product name must never reach a printer
as commands. Anything else is folded to ASCII (``é`` → ``e``) or replaced by ``?``.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from pos_app.domain.money import format_rupiah
from pos_app.domain.receipt import Receipt, shop_time
from pos_app.domain.receipt_texts import ReceiptTexts, receipt_texts

MIN_COLUMNS = 24  # "BELUM LUNAS" and a money amount must fit beside a label
_INDENT = "  "
_DATETIME_FORMAT = "%d/%m/%Y %H.%M"  # as on screen: 27/11/2026 14.05

# Typography that NFKD leaves alone but has an obvious ASCII stand-in.
_ASCII_STAND_INS = {
    "\u2013": "-",  # en dash: bundle names are "Bundle – Option"
    "\u2014": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2022": "*",
    "\u00d7": "x",
    "\u00b7": "-",
}


class Paper(Enum):
    """Thermal roll widths; the value is the paper width in millimetres."""

    MM58 = 58
    MM80 = 80

    @property
    def columns(self) -> int:
        """Characters per line in the printer's standard font (12×24 dots)."""
        return 32 if self is Paper.MM58 else 48

    @property
    def printable_mm(self) -> float:
        """The print head's width: 384 dots (58 mm) or 576 dots (80 mm) at 203 dpi."""
        return 48.0 if self is Paper.MM58 else 72.0


class Emphasis(Enum):
    NORMAL = "normal"
    BOLD = "bold"
    LARGE = "large"  # bold and double height; double *width* would halve the columns


@dataclass(frozen=True, slots=True)
class TextRow:
    text: str  # at most ``columns`` characters, printable ASCII
    emphasis: Emphasis = Emphasis.NORMAL


@dataclass(frozen=True, slots=True)
class QrRow:
    data: str  # the link, printed centred as a QR code


Row = TextRow | QrRow


@dataclass(frozen=True, slots=True)
class ReceiptLayout:
    columns: int
    rows: tuple[Row, ...]
    title: str  # names the document: the receipt number, or "test-print"

    @property
    def lines(self) -> tuple[str, ...]:
        """The text rows alone, as printed."""
        return tuple(row.text for row in self.rows if isinstance(row, TextRow))

    @property
    def qr_data(self) -> str | None:
        return next((row.data for row in self.rows if isinstance(row, QrRow)), None)


def slip_text(text: str) -> str:
    """``text`` as printable ASCII on one line: accents folded, the rest replaced by ``?``."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if " " <= char <= "~":
            out.append(char)
        elif char in _ASCII_STAND_INS:
            out.append(_ASCII_STAND_INS[char])
        elif unicodedata.combining(char):
            continue  # the accent of a letter NFKD has split off
        elif char.isspace():
            out.append(" ")
        else:
            out.append("?")
    return "".join(out)


def wrap_words(text: str, width: int, indent: str = "") -> list[str]:
    """Lines of at most ``width`` characters; a word is cut only when it is longer than a line."""
    return textwrap.wrap(
        slip_text(text),
        width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )


class _Rows:
    """Collects rows for one paper width."""

    def __init__(self, columns: int) -> None:
        if columns < MIN_COLUMNS:
            raise ValueError(f"a receipt needs at least {MIN_COLUMNS} columns, got {columns}")
        self.columns = columns
        self.rows: list[Row] = []

    def text(self, text: str = "", emphasis: Emphasis = Emphasis.NORMAL) -> None:
        self.rows.append(TextRow(text, emphasis))

    def rule(self, char: str = "-") -> None:
        self.text(char * self.columns)

    def wrapped(self, text: str, indent: str = "", emphasis: Emphasis = Emphasis.NORMAL) -> None:
        for line in wrap_words(text, self.columns, indent):
            self.text(line, emphasis)

    def centred(self, text: str, emphasis: Emphasis = Emphasis.NORMAL) -> None:
        """Each line of a (possibly multi-line) text centred; blank lines are kept."""
        for paragraph in text.splitlines():
            lines = wrap_words(paragraph, self.columns)
            if not lines:
                self.text("", emphasis)
            for line in lines:
                self.text(line.center(self.columns).rstrip(), emphasis)

    def pair(self, label: str, value: str, emphasis: Emphasis = Emphasis.NORMAL) -> None:
        """``label`` at the left, ``value`` flush right: money columns line up on every row.

        When both do not fit on one line, the label wraps and the value follows on its own
        line(s), still flush right.
        """
        # The label keeps its leading indent (quantity lines under an item name) unless
        # dropping the indent is what lets label and value share one line.
        label, value = slip_text(label).rstrip(), slip_text(value).strip()
        for candidate in dict.fromkeys((label, label.lstrip())):
            gap = self.columns - len(candidate) - len(value)
            if gap >= 1:
                self.text(candidate + " " * gap + value, emphasis)
                return
        indent = label[: len(label) - len(label.lstrip())]
        for line in wrap_words(label.lstrip(), self.columns, indent):
            self.text(line, emphasis)
        for line in wrap_words(value, self.columns):
            self.text(line.rjust(self.columns), emphasis)

    def layout(self, title: str) -> ReceiptLayout:
        return ReceiptLayout(self.columns, tuple(self.rows), title)


def layout_text(lines: list[str], columns: int, title: str) -> ReceiptLayout:
    """A plain text document (a shift or day report) as slip rows: each line cut to the width."""
    out = _Rows(columns)
    for line in lines:
        out.text(slip_text(line)[:columns])
    return out.layout(title)


def format_receipt_time(moment: datetime) -> str:
    return shop_time(moment).strftime(_DATETIME_FORMAT)


def layout_receipt(receipt: Receipt, columns: int, language: str = "id") -> ReceiptLayout:
    """Lay ``receipt`` out for ``columns`` characters per line (32 on 58 mm, 48 on 80 mm)."""
    texts = receipt_texts(language)
    out = _Rows(columns)
    out.centred(receipt.store_name, Emphasis.BOLD)
    if receipt.header.strip():
        out.centred(receipt.header)
    out.rule()
    _details(out, receipt, texts)
    out.rule()
    for item in receipt.items:
        out.wrapped(item.name)
        out.pair(f"{_INDENT}{item.quantity} x {format_rupiah(item.unit_price)}", format_rupiah(item.total))
    out.rule()
    _sums(out, receipt, texts)
    out.rule("=")
    out.pair(texts.total, format_rupiah(receipt.total), Emphasis.LARGE)
    out.rule("=")
    _payment(out, receipt, texts)
    out.text()
    out.centred(texts.paid if receipt.paid else texts.unpaid, Emphasis.LARGE)
    qr_data = receipt.qr_data
    if qr_data is not None:
        out.text()
        out.rows.append(QrRow(qr_data))
        out.centred(texts.scan_to_view if receipt.paid else texts.scan_to_pay)
    if receipt.footer.strip():
        out.text()
        out.centred(receipt.footer)
    return out.layout(receipt.receipt_number)


def _details(out: _Rows, receipt: Receipt, texts: ReceiptTexts) -> None:
    out.pair(texts.receipt_number, receipt.receipt_number)
    if receipt.order_number:
        out.pair(texts.order_number, receipt.order_number)
    out.pair(texts.date, format_receipt_time(receipt.issued_at))
    out.pair(texts.terminal, receipt.terminal)
    if receipt.customer_name.strip():
        out.pair(texts.customer, receipt.customer_name)


def _sums(out: _Rows, receipt: Receipt, texts: ReceiptTexts) -> None:
    extra = receipt.extra_charge
    if receipt.discount or receipt.shipping is not None or extra:
        # Only worth a line when something stands between the items and the total.
        out.pair(texts.subtotal, format_rupiah(receipt.subtotal))
    if receipt.discount:
        out.pair(texts.discount, format_rupiah(-receipt.discount))
    if receipt.shipping is not None:
        shipping = receipt.shipping
        out.pair(texts.shipping, format_rupiah(shipping.cost))
        courier = f"{shipping.courier} {shipping.service}".strip()
        if courier:
            out.wrapped(courier, _INDENT)
        if shipping.district.strip():
            out.wrapped(f"{texts.ship_to}: {shipping.district}", _INDENT)
    if extra:
        out.pair(texts.service_fee if extra > 0 else texts.adjustment, format_rupiah(extra))


def _payment(out: _Rows, receipt: Receipt, texts: ReceiptTexts) -> None:
    out.pair(texts.payment, receipt.payment_method)
    if receipt.cash_tendered is not None and receipt.change is not None:
        out.pair(texts.cash, format_rupiah(receipt.cash_tendered))
        out.pair(texts.change, format_rupiah(receipt.change), Emphasis.BOLD)


TEST_QR_DATA = "Kasir printer test"


def layout_test_slip(columns: int, language: str = "id") -> ReceiptLayout:
    """A short slip to set a printer up: the column ruler shows whether the width is right,
    and the QR code shows whether the printer understands native QR commands."""
    texts = receipt_texts(language)
    out = _Rows(columns)
    out.centred(texts.test_title, Emphasis.LARGE)
    out.rule()
    out.text(("1234567890" * (columns // 10 + 1))[:columns])
    out.pair(texts.test_width, f"{columns} {texts.columns}")
    out.pair(texts.test_sample, format_rupiah(1_234_567))
    out.pair(texts.total, format_rupiah(1_234_567), Emphasis.LARGE)
    out.rule()
    out.rows.append(QrRow(TEST_QR_DATA))
    out.centred(texts.test_qr_hint)
    return out.layout("test-print")
