"""The receipt for WhatsApp: the buyer's 62… number and the order link, URL-encoded."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import pytest

from pos_app.domain.phone import PhoneError
from pos_app.domain.whatsapp import receipt_message, whatsapp_link, whatsapp_receipt_link
from tests.printing.samples import PAYMENT_URL, PUBLIC_ORDER_URL, paid_cash_receipt, unpaid_qris_receipt


@pytest.mark.parametrize("typed", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "812 3456 7890"])
def test_link_goes_to_the_customers_number_in_62_form(typed):
    link = whatsapp_receipt_link(paid_cash_receipt(), typed)
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")


def test_text_carries_the_receipt_and_the_order_link_url_encoded():
    receipt = paid_cash_receipt()
    link = whatsapp_receipt_link(receipt, "081234567890")
    # Encoded completely: no raw space, newline, ?, & or # may break the wa.me link.
    query = urlsplit(link).query
    assert query.startswith("text=")
    assert not set(" \n#&?") & set(query)
    assert quote(PUBLIC_ORDER_URL, safe="") in link
    text = parse_qs(query)["text"][0]
    assert text == receipt_message(receipt)
    assert PUBLIC_ORDER_URL in text
    assert PAYMENT_URL not in text
    assert "KASIR-01-000123" in text and "261127KQWZTRB" in text
    assert "TOTAL: Rp 818.000 (LUNAS)" in text
    assert "2 x Kopi Arabika Gayo Wine Process Premium Grade 1 – Biji Utuh 1 kg: Rp 570.000" in text


def test_unpaid_message_sends_the_payment_link():
    text = receipt_message(unpaid_qris_receipt(), "en")
    assert text.endswith(f"Pay here: {PAYMENT_URL}")
    assert "(UNPAID)" in text


def test_a_number_that_is_not_indonesian_is_refused():
    with pytest.raises(PhoneError):
        whatsapp_link("+1 555 0100", "hi")
