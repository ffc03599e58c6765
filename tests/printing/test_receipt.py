"""The receipt's own rules: which link the QR holds, what the server added, cash change."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pos_app.domain.receipt import ReceiptItem, choose_qr_data, shop_time
from tests.printing.samples import (
    ITEMS,
    PAYMENT_URL,
    PUBLIC_ORDER_URL,
    paid_cash_receipt,
    unpaid_qris_receipt,
)


def test_paid_slip_links_to_the_order_and_unpaid_to_the_payment():
    assert paid_cash_receipt().qr_data == PUBLIC_ORDER_URL
    assert unpaid_qris_receipt().qr_data == PAYMENT_URL


def test_a_paid_slip_never_carries_the_payment_link():
    # Paying twice is worse than having no QR code.
    assert choose_qr_data(paid=True, payment_url=PAYMENT_URL, public_order_url=None) is None


def test_unpaid_without_payment_link_falls_back_to_the_order_page():
    assert choose_qr_data(paid=False, payment_url=None, public_order_url=PUBLIC_ORDER_URL) == PUBLIC_ORDER_URL


@pytest.mark.parametrize(
    ("url", "printed"),
    [
        ("https://pay.scalev.id/x", True),
        ("http://127.0.0.1:8765/pay/x", True),  # the training server
        ("http://localhost:8765/pay/x", True),
        ("http://pay.scalev.id/x", False),
        ("javascript:alert(1)", False),
        ("https://", False),
        ("http://[::1", False),
        ("", False),
    ],
)
def test_only_https_or_loopback_links_are_printed(url, printed):
    assert (choose_qr_data(paid=False, payment_url=url, public_order_url=None) == url) is printed


def test_server_extra_is_the_difference_to_our_sum():
    paid = paid_cash_receipt()
    assert paid.extra_charge == 0
    assert paid.subtotal == 826_500
    unpaid = unpaid_qris_receipt()
    assert unpaid.extra_charge == 4_500
    assert paid_cash_receipt(total=paid.total - 1_000, cash_tendered=None).extra_charge == -1_000


def test_cash_change():
    receipt = paid_cash_receipt()
    assert receipt.is_cash
    assert receipt.change == 850_000 - receipt.total
    assert unpaid_qris_receipt().change is None
    assert not unpaid_qris_receipt().is_cash


def test_items_become_an_immutable_tuple():
    receipt = paid_cash_receipt(items=list(ITEMS))
    assert receipt.items == ITEMS
    assert isinstance(receipt.items, tuple)
    with pytest.raises(FrozenInstanceError):
        receipt.total = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    "changes",
    [
        {"total": 1.5},
        {"total": -1},
        {"discount": True},
        {"cash_tendered": 1_000},  # less than the total
        {"items": ["Kopi"]},
    ],
)
def test_rejects_values_that_cannot_be_printed_honestly(changes):
    with pytest.raises((TypeError, ValueError)):
        paid_cash_receipt(**changes)


@pytest.mark.parametrize("quantity", [0, -1, 1.0, True])
def test_item_quantity_is_a_whole_positive_number(quantity):
    with pytest.raises(ValueError):
        ReceiptItem(name="Kopi", quantity=quantity, unit_price=1_000)


def test_server_time_is_shown_on_the_shop_clock():
    aware = datetime(2026, 11, 27, 7, 5, tzinfo=UTC)
    assert shop_time(aware) == aware.astimezone().replace(tzinfo=None)
    jakarta = datetime(2026, 11, 27, 14, 5, tzinfo=timezone(timedelta(hours=7)))
    assert shop_time(jakarta) == shop_time(aware)
    naive = datetime(2026, 11, 27, 14, 5)
    assert shop_time(naive) is naive


def test_receipt_modules_need_no_qt_and_no_printer_library():
    # Receipts are laid out on a worker thread and in plain tests; the domain stays Qt-free.
    code = (
        "import sys, pos_app.domain.receipt_layout, pos_app.domain.whatsapp;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'httpx', 'escpos')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
