"""The words printed on a receipt, in Indonesian (default) and English.

The printed slip's language is its own setting: a shop may run the till in English and still
hand Indonesian receipts to buyers. Plain strings here, not Qt translations, because receipts
are laid out without Qt (on a worker thread, in domain tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeGuard

ReceiptLanguage = Literal["id", "en"]
RECEIPT_LANGUAGES: tuple[ReceiptLanguage, ...] = ("id", "en")
DEFAULT_RECEIPT_LANGUAGE: ReceiptLanguage = "id"


@dataclass(frozen=True, slots=True)
class ReceiptTexts:
    receipt_number: str
    order_number: str
    date: str
    terminal: str
    customer: str
    subtotal: str
    discount: str
    shipping: str
    ship_to: str
    service_fee: str  # what the server added on top of our sum, e.g. a payment-link fee
    adjustment: str  # what the server took off that we did not know about
    total: str
    payment: str
    cash: str
    change: str
    paid: str
    unpaid: str
    scan_to_pay: str
    scan_to_view: str
    link_to_pay: str  # before the link in a WhatsApp message, where nobody scans
    link_to_view: str
    test_title: str
    test_width: str
    test_sample: str
    test_qr_hint: str
    columns: str


TEXTS: dict[ReceiptLanguage, ReceiptTexts] = {
    "id": ReceiptTexts(
        receipt_number="No. Struk",
        order_number="No. Pesanan",
        date="Tanggal",
        terminal="Kasir",
        customer="Pelanggan",
        subtotal="Subtotal",
        discount="Diskon",
        shipping="Ongkir",
        ship_to="Kirim ke",
        service_fee="Biaya layanan",
        adjustment="Penyesuaian",
        total="TOTAL",
        payment="Pembayaran",
        cash="Tunai",
        change="Kembali",
        paid="LUNAS",
        unpaid="BELUM LUNAS",
        scan_to_pay="Scan untuk membayar",
        scan_to_view="Scan untuk melihat pesanan",
        link_to_pay="Bayar di sini",
        link_to_view="Lihat pesanan",
        test_title="TES PRINTER",
        test_width="Lebar kertas",
        test_sample="Contoh",
        test_qr_hint="QR di atas harus bisa di-scan",
        columns="kolom",
    ),
    "en": ReceiptTexts(
        receipt_number="Receipt No.",
        order_number="Order No.",
        date="Date",
        terminal="Till",
        customer="Customer",
        subtotal="Subtotal",
        discount="Discount",
        shipping="Shipping",
        ship_to="Ship to",
        service_fee="Service fee",
        adjustment="Adjustment",
        total="TOTAL",
        payment="Payment",
        cash="Cash",
        change="Change",
        paid="PAID",
        unpaid="UNPAID",
        scan_to_pay="Scan to pay",
        scan_to_view="Scan to see your order",
        link_to_pay="Pay here",
        link_to_view="Your order",
        test_title="PRINTER TEST",
        test_width="Paper width",
        test_sample="Sample",
        test_qr_hint="The QR code above should scan",
        columns="columns",
    ),
}


def is_receipt_language(value: object) -> TypeGuard[ReceiptLanguage]:
    return value in RECEIPT_LANGUAGES


def receipt_texts(language: str) -> ReceiptTexts:
    """The texts for ``language`` ("id" or "en"); anything else is a caller's bug."""
    if not is_receipt_language(language):
        raise ValueError(f"unknown receipt language {language!r}; expected one of {RECEIPT_LANGUAGES}")
    return TEXTS[language]
