"""Receipts as the sale flow would build them: a paid cash sale that ships, an unpaid QRIS sale."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pos_app.domain.receipt import Receipt, ReceiptItem, ReceiptShipping

PUBLIC_ORDER_URL = "https://tokokopigayo.myscalev.com/o/261127KQWZTRB?s=7f3a9c"
PAYMENT_URL = "https://pay.scalev.id/invoice/261127KQWZTRB-8d1e2b"
LONG_NAME = "Kopi Arabika Gayo Wine Process Premium Grade 1 – Biji Utuh 1 kg"

ITEMS = (
    ReceiptItem(name=LONG_NAME, quantity=2, unit_price=285_000),
    ReceiptItem(name="Tumbler Stainless 500 ml – Hitam", quantity=1, unit_price=120_000),
    ReceiptItem(name="Paket Sarapan (Bundle) – 3 pcs", quantity=3, unit_price=45_500),
)


def paid_cash_receipt(**changes) -> Receipt:
    subtotal = sum(item.total for item in ITEMS)  # 826.500
    receipt = Receipt(
        store_name="Toko Kopi Gayo",
        receipt_number="KASIR-01-000123",
        order_number="261127KQWZTRB",
        issued_at=datetime(2026, 11, 27, 14, 5),
        terminal="KASIR-01",
        items=ITEMS,
        discount=26_500,
        shipping=ReceiptShipping(
            courier="JNE", service="Reguler", district="Kebayoran Baru, Jakarta Selatan", cost=18_000
        ),
        total=subtotal - 26_500 + 18_000,
        payment_method="Tunai",
        paid=True,
        cash_tendered=850_000,
        customer_name="Budi Santoso",
        payment_url=PAYMENT_URL,
        public_order_url=PUBLIC_ORDER_URL,
        header="Jl. Sabang No. 12, Jakarta Pusat\nWA 0812-3456-7890",
        footer="Terima kasih!\nBarang yang sudah dibeli tidak dapat ditukar.",
    )
    return replace(receipt, **changes)


def unpaid_qris_receipt(**changes) -> Receipt:
    receipt = paid_cash_receipt(
        paid=False,
        payment_method="QRIS",
        cash_tendered=None,
        shipping=None,
        discount=0,
        # The payment link's fee, which the server adds to gross_revenue.
        total=sum(item.total for item in ITEMS) + 4_500,
    )
    return replace(receipt, **changes)
