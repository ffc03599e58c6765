"""A receipt for the buyer's WhatsApp: a ``wa.me`` link with a short text and the order link.

The UI opens the link (QDesktopServices); WhatsApp, on the phone or the desktop, shows the
message ready to send to the customer's number.
"""

from __future__ import annotations

from urllib.parse import quote

from pos_app.domain.money import format_rupiah
from pos_app.domain.phone import normalize_phone
from pos_app.domain.receipt import Receipt
from pos_app.domain.receipt_layout import format_receipt_time
from pos_app.domain.receipt_texts import receipt_texts

WA_ME = "https://wa.me/"


def receipt_message(receipt: Receipt, language: str = "id") -> str:
    """The short receipt as plain text lines (no WhatsApp markup of our own)."""
    texts = receipt_texts(language)
    lines = [receipt.store_name, f"{texts.receipt_number} {receipt.receipt_number}"]
    if receipt.order_number:
        lines.append(f"{texts.order_number} {receipt.order_number}")
    lines.append(format_receipt_time(receipt.issued_at))
    lines.append("")
    lines += [f"{item.quantity} x {item.name}: {format_rupiah(item.total)}" for item in receipt.items]
    if receipt.shipping is not None:
        lines.append(f"{texts.shipping}: {format_rupiah(receipt.shipping.cost)}")
    status = texts.paid if receipt.paid else texts.unpaid
    lines.append(f"{texts.total}: {format_rupiah(receipt.total)} ({status})")
    link = receipt.qr_data
    if link is not None:
        lines += ["", f"{texts.link_to_view if receipt.paid else texts.link_to_pay}: {link}"]
    return "\n".join(lines)


def whatsapp_link(phone: str, text: str) -> str:
    """``https://wa.me/62…?text=…`` for any way a cashier typed the number.

    Raises ``pos_app.domain.phone.PhoneError`` when ``phone`` is not an Indonesian number.
    """
    number = normalize_phone(phone)
    return f"{WA_ME}{number}?text={quote(text, safe='')}"


def whatsapp_receipt_link(receipt: Receipt, phone: str, language: str = "id") -> str:
    return whatsapp_link(phone, receipt_message(receipt, language))
