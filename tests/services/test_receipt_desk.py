"""ReceiptDesk.build: one sale's slip from the journal entry and the server's order.

The journal gives what the till sold (names, prices, cash); the order gives what the server
made of it (number, total, time, courier, status, links). Without the order (offline reprint)
the slip falls back to the journal alone.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pos_app.api.models import Order
from pos_app.domain.receipt import ReceiptItem, ReceiptShipping
from pos_app.domain.receipt_layout import layout_receipt
from pos_app.services.receipts import ReceiptDesk, ReceiptSettings
from pos_app.storage.journal import Journal, JournalEntry, JournalState
from tests.helpers.sales import begin_sale

SOLD_AT = datetime(2026, 11, 27, 6, 59, 30, tzinfo=UTC)  # the till's clock, when the sale began
CREATED_AT = datetime(2026, 11, 27, 7, 5, tzinfo=UTC)  # the server's clock: 14.05 in Jakarta
LINES = (("Kopi Gayo 250 gr – Biji", 2, 85_000), ("Tumbler Hitam", 1, 120_000))
TILL_TOTAL = 2 * 85_000 + 120_000 - 10_000  # 280.000 with a 10.000 discount
PUBLIC_URL = "https://tokokopigayo.myscalev.com/o/261127KQWZTRB?s=7f3a9c"
PAYMENT_URL = "https://pay.scalev.id/invoice/261127KQWZTRB-8d1e2b"


def method_name(code: str, language: str) -> str:
    """Shows which code and language the desk asked for, so a wrong one cannot pass unnoticed."""
    return f"<{code}:{language}>"


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3", "KASIR-01", clock=lambda: SOLD_AT)
    yield j
    j.close()


@pytest.fixture
def desk(journal):
    desk = ReceiptDesk(journal, method_name=method_name)
    desk.settings = ReceiptSettings(header="Jl. Sabang 12", footer="Terima kasih")
    return desk


@pytest.fixture
def shop_in_jakarta():
    """The computer's clock set to WIB (UTC+7), as at a till in Jakarta."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone cannot be changed on this system")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "WIB-7"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def sale(
    journal: Journal,
    method: str = "qris",
    *,
    tendered: int | None = None,
    shipping_cost: int | None = None,
    confirmed: bool = True,
    server_total: int | None = None,
) -> JournalEntry:
    payload: dict[str, object] = {"payment_method": method, "variants": [{"variant_id": 1, "qty": 2}]}
    if shipping_cost is not None:
        payload["shipping_cost"] = shipping_cost
    total = TILL_TOTAL + (shipping_cost or 0)
    entry = begin_sale(
        journal,
        total=total,
        payload=payload,
        discount=10_000,
        tendered=tendered,
        change=None if tendered is None else tendered - total,
        lines=LINES,
    )
    if confirmed:
        entry = journal.mark_confirmed(entry.receipt, order(gross_revenue=server_total or 0))
    return entry


def order(**changes) -> Order:
    values: dict[str, object] = dict(
        id="0190-aaaa",
        order_id="261127KQWZTRB",
        status="confirmed",
        payment_status="unpaid",
        payment_method="qris",
        public_order_url=PUBLIC_URL,
        payment_url=PAYMENT_URL,
        gross_revenue=284_500,  # the till's 280.000 plus the payment link's 4.500 fee
        created_at=CREATED_AT,
    )
    values.update(changes)
    return Order(**values)  # type: ignore[arg-type]


def test_the_slip_shows_the_cart_as_sold_and_the_servers_total(desk, journal):
    entry = sale(journal)
    receipt = desk.build(entry, order())
    assert receipt.items == (
        ReceiptItem(name="Kopi Gayo 250 gr – Biji", quantity=2, unit_price=85_000),
        ReceiptItem(name="Tumbler Hitam", quantity=1, unit_price=120_000),
    )
    assert (receipt.store_name, receipt.receipt_number, receipt.terminal) == (
        "Toko Kopi Gayo",
        "KASIR-01-000001",
        "KASIR-01",
    )
    assert receipt.order_number == "261127KQWZTRB"
    assert receipt.customer_name == "Budi Santoso"
    assert receipt.discount == 10_000
    # The server's gross_revenue, not the till's sum: the fee shows as its own line.
    assert entry.total == 280_000
    assert receipt.total == 284_500
    assert receipt.extra_charge == 4_500
    assert (receipt.header, receipt.footer) == ("Jl. Sabang 12", "Terima kasih")
    assert receipt.payment_method == "<qris:id>"


def test_a_partial_order_without_totals_keeps_the_journals_amount(desk, journal):
    entry = sale(journal, server_total=281_000)  # the create answer's gross_revenue
    assert desk.build(entry, order(gross_revenue=0)).total == 281_000
    assert desk.build(sale(journal), order(gross_revenue=0)).total == 280_000


def test_the_time_is_the_servers_creation_time_on_the_shop_clock(desk, journal, shop_in_jakarta):
    entry = sale(journal)
    receipt = desk.build(entry, order())
    assert receipt.issued_at == CREATED_AT
    assert "Tanggal         27/11/2026 14.05" in layout_receipt(receipt, 32).lines
    # Without the server's time, the journal's (the till's clock when the sale began).
    without_time = desk.build(entry, order(created_at=None))
    assert without_time.issued_at == SOLD_AT
    assert "Tanggal         27/11/2026 13.59" in layout_receipt(without_time, 32).lines


def test_shipping_comes_from_the_orders_courier_service_and_district(desk, journal):
    entry = sale(journal, shipping_cost=18_000)
    shipped = order(
        courier_name="JNE",
        courier_service_name="Reguler",
        destination_district="Kebayoran Baru",
        destination_city="Jakarta Selatan",
        shipping_cost=19_000,  # the server's cost wins over the quote the till sent
    )
    receipt = desk.build(entry, shipped)
    assert receipt.shipping == ReceiptShipping(
        courier="JNE", service="Reguler", district="Kebayoran Baru, Jakarta Selatan", cost=19_000
    )
    lines = layout_receipt(receipt, 48).lines
    assert "  JNE Reguler" in lines
    assert "  Kirim ke: Kebayoran Baru, Jakarta Selatan" in lines
    # Only a district, or only a city: no dangling comma.
    assert desk.build(
        entry, order(courier_name="J&T", destination_city="Bandung", shipping_cost=19_000)
    ).shipping == (ReceiptShipping(courier="J&T", service="", district="Bandung", cost=19_000))


def test_without_the_order_the_slip_shows_the_shipping_cost_that_was_sent(desk, journal):
    entry = sale(journal, shipping_cost=18_000)
    assert desk.build(entry, None).shipping == ReceiptShipping(
        courier="", service="", district="", cost=18_000
    )
    # An order that says nothing about shipping falls back to the sent cost as well.
    assert desk.build(entry, order()).shipping == ReceiptShipping(
        courier="", service="", district="", cost=18_000
    )
    assert desk.build(sale(journal), order()).shipping is None


@pytest.mark.parametrize(
    ("method", "tendered", "payment_status", "paid"),
    [
        ("qris", None, "unpaid", False),
        ("qris", None, "paid", True),
        ("qris", None, "settled", True),
        ("va_bca", None, "pending", False),
        ("cod", None, "unpaid", False),  # paid to the courier, later
        ("no_payment", None, "unpaid", True),  # nothing to pay
        # Cash, carried by a manual method: the money is in the drawer before the server's mark.
        ("no_payment", 300_000, "unpaid", True),
        ("bank_transfer", 300_000, "unpaid", True),
        ("bank_transfer", None, "unpaid", False),  # a real transfer waits for the cashier
    ],
)
def test_paid_status_from_the_order_or_cash_or_no_payment(
    desk, journal, method, tendered, payment_status, paid
):
    entry = sale(journal, method, tendered=tendered)
    receipt = desk.build(entry, order(payment_method=method, payment_status=payment_status))
    assert receipt.paid is paid
    # The QR follows the status: the order page once paid, the payment page before.
    assert receipt.qr_data == (PUBLIC_URL if paid else PAYMENT_URL)


def test_cash_sale_shows_cash_as_its_method_with_tendered_and_change(desk, journal):
    entry = sale(journal, "no_payment", tendered=300_000)
    receipt = desk.build(entry, order(payment_method="no_payment", gross_revenue=280_000))
    assert receipt.payment_method == "<cash:id>"  # not the manual method that carries it
    assert receipt.cash_tendered == 300_000
    assert receipt.change == 20_000
    lines = layout_receipt(receipt, 32).lines
    assert "Pembayaran             <cash:id>" in lines
    assert "Tunai                 Rp 300.000" in lines
    assert "Kembali                Rp 20.000" in lines


def test_cash_below_the_servers_total_is_not_printed_as_tendered(desk, journal):
    # The server added a fee after the cash was counted: no negative change on paper.
    entry = sale(journal, "no_payment", tendered=280_000)
    receipt = desk.build(entry, order(payment_method="no_payment", gross_revenue=284_500))
    assert receipt.cash_tendered is None and receipt.change is None
    assert receipt.paid


def test_links_come_from_the_order(desk, journal):
    entry = sale(journal)
    receipt = desk.build(entry, order(payment_status="paid"))
    assert (receipt.public_order_url, receipt.payment_url) == (PUBLIC_URL, PAYMENT_URL)
    assert layout_receipt(receipt, 32).qr_data == PUBLIC_URL


def test_without_the_order_the_journal_alone_makes_the_slip(desk, journal):
    # An offline reprint from History: the number, total and payment link the journal kept.
    entry = journal.mark_confirmed(
        sale(journal, confirmed=False).receipt,
        order(
            id="0190-bbbb", order_id="261127ZZZZZZZ", payment_url="https://pay.scalev.id/x", gross_revenue=0
        ),
    )
    receipt = desk.build(entry, None)
    assert receipt.order_number == "261127ZZZZZZZ"
    assert receipt.total == 280_000
    assert receipt.issued_at == SOLD_AT
    assert receipt.payment_url == "https://pay.scalev.id/x"
    assert receipt.public_order_url is None
    assert receipt.shipping is None
    assert not receipt.paid and receipt.qr_data == "https://pay.scalev.id/x"
    # Once the journal knows the sale was paid, so does the slip (with no link to pay again).
    paid = journal.mark_paid(entry.receipt)
    assert paid.state is JournalState.PAID
    assert desk.build(paid, None).paid
    assert desk.build(paid, None).qr_data is None
    # The order at hand names the order, even before the journal recorded its number.
    assert desk.build(sale(journal, confirmed=False), order()).order_number == "261127KQWZTRB"
    # A sale the server never numbered still prints, without an order number.
    unsent = sale(journal, confirmed=False)
    assert desk.build(unsent, None).order_number == ""
    assert "No. Pesanan" not in "\n".join(layout_receipt(desk.build(unsent, None), 32).lines)


def test_a_server_time_in_another_zone_is_shown_on_the_shop_clock(desk, journal, shop_in_jakarta):
    makassar = datetime(2026, 11, 27, 15, 5, tzinfo=timezone(timedelta(hours=8)))  # WITA
    receipt = desk.build(sale(journal), order(created_at=makassar))
    assert "Tanggal         27/11/2026 14.05" in layout_receipt(receipt, 32).lines
