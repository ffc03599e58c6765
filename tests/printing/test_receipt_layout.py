"""The slip as text: widths, right-aligned money, wrapped names, the words it prints."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.money import format_rupiah
from pos_app.domain.receipt import Receipt, ReceiptItem, ReceiptShipping
from pos_app.domain.receipt_layout import (
    Emphasis,
    Paper,
    QrRow,
    TextRow,
    layout_receipt,
    layout_test_slip,
    slip_text,
    wrap_words,
)
from tests.printing.samples import (
    PAYMENT_URL,
    PUBLIC_ORDER_URL,
    paid_cash_receipt,
    unpaid_qris_receipt,
)

PRINTABLE = set(string.printable) - set("\t\n\r\x0b\x0c")


def _row(layout, starts_with):
    return next(row for row in layout.rows if isinstance(row, TextRow) and row.text.startswith(starts_with))


@pytest.mark.parametrize("paper", list(Paper))
def test_every_line_fits_the_paper(paper):
    for receipt in (paid_cash_receipt(), unpaid_qris_receipt()):
        layout = layout_receipt(receipt, paper.columns)
        assert max(len(line) for line in layout.lines) == paper.columns
        assert all(set(line) <= PRINTABLE for line in layout.lines)


@pytest.mark.parametrize("paper", list(Paper))
def test_money_is_flush_right(paper):
    receipt = paid_cash_receipt()
    layout = layout_receipt(receipt, paper.columns)
    amounts = [item.total for item in receipt.items]
    amounts += [receipt.subtotal, -receipt.discount, receipt.shipping_cost, receipt.total]
    amounts += [receipt.cash_tendered, receipt.change]
    for amount in amounts:
        text = format_rupiah(amount)
        assert any(len(line) == paper.columns and line.endswith(" " + text) for line in layout.lines), text


def test_58mm_slip_reads_as_a_cashier_expects():
    receipt = paid_cash_receipt()
    layout = layout_receipt(receipt, Paper.MM58.columns)
    assert layout.lines[:3] == (
        "         Toko Kopi Gayo",
        "Jl. Sabang No. 12, Jakarta Pusat",
        "       WA 0812-3456-7890",
    )
    assert "No. Struk        KASIR-01-000123" in layout.lines
    assert "No. Pesanan        261127KQWZTRB" in layout.lines
    assert "Tanggal         27/11/2026 14.05" in layout.lines
    assert "Pelanggan           Budi Santoso" in layout.lines
    # The long name wraps between words; the en dash of a bundle name becomes a hyphen.
    assert "Kopi Arabika Gayo Wine Process" in layout.lines
    assert "Premium Grade 1 - Biji Utuh 1 kg" in layout.lines
    assert "  2 x Rp 285.000      Rp 570.000" in layout.lines
    assert "Diskon                -Rp 26.500" in layout.lines
    assert "Ongkir                 Rp 18.000" in layout.lines
    assert "  JNE Reguler" in layout.lines
    assert "TOTAL                 Rp 818.000" in layout.lines
    assert "Kembali                Rp 32.000" in layout.lines
    assert "Biaya layanan" not in "\n".join(layout.lines)


def test_the_terminal_that_sold_is_named_under_the_date():
    lines = layout_receipt(paid_cash_receipt(terminal="KASIR-DEPAN"), 32).lines
    at = lines.index("Tanggal         27/11/2026 14.05")
    assert lines[at + 1] == "Kasir                KASIR-DEPAN"
    english = layout_receipt(paid_cash_receipt(), 48, "en").lines
    at = english.index(f"Date{'27/11/2026 14.05'.rjust(44)}")
    assert english[at + 1] == f"Till{'KASIR-01'.rjust(44)}"


def test_shipping_shows_cost_courier_service_and_where_it_goes():
    # 58 mm: the district wraps under its indent; 80 mm: one line.
    narrow = layout_receipt(paid_cash_receipt(), 32).lines
    at = narrow.index("Ongkir                 Rp 18.000")
    assert narrow[at + 1 : at + 4] == ("  JNE Reguler", "  Kirim ke: Kebayoran Baru,", "  Jakarta Selatan")
    assert narrow[at + 4] == "=" * 32  # the total follows
    wide = layout_receipt(paid_cash_receipt(), 48).lines
    at = wide.index(f"Ongkir{'Rp 18.000'.rjust(42)}")
    assert wide[at + 1 : at + 3] == ("  JNE Reguler", "  Kirim ke: Kebayoran Baru, Jakarta Selatan")
    english = layout_receipt(paid_cash_receipt(), 48, "en").lines
    assert "  Ship to: Kebayoran Baru, Jakarta Selatan" in english
    assert f"Shipping{'Rp 18.000'.rjust(40)}" in english


def test_shipping_lines_leave_out_what_is_not_known():
    # The cost the till sent, before the server named a courier or district (offline reprint).
    cost_only = layout_receipt(
        paid_cash_receipt(shipping=ReceiptShipping(courier="", service="", district="", cost=18_000)), 32
    ).lines
    at = cost_only.index("Ongkir                 Rp 18.000")
    assert cost_only[at + 1] == "=" * 32
    courier = ReceiptShipping(courier="SiCepat", service="", district=" ", cost=18_000)
    courier_only = layout_receipt(paid_cash_receipt(shipping=courier), 32).lines
    at = courier_only.index("Ongkir                 Rp 18.000")
    assert courier_only[at + 1 : at + 3] == ("  SiCepat", "=" * 32)
    no_shipping = "\n".join(layout_receipt(paid_cash_receipt(shipping=None, total=800_000), 32).lines)
    assert "Ongkir" not in no_shipping and "Kirim ke" not in no_shipping


@pytest.mark.parametrize("paper", list(Paper))
def test_cash_lines_name_the_method_and_show_tendered_and_change(paper):
    width = paper.columns
    receipt = paid_cash_receipt()
    lines = layout_receipt(receipt, width).lines
    at = lines.index(f"Pembayaran{'Tunai'.rjust(width - 10)}")
    assert lines[at - 1] == "=" * width  # right under the total
    assert lines[at + 1] == f"Tunai{'Rp 850.000'.rjust(width - 5)}"
    assert lines[at + 2] == f"Kembali{'Rp 32.000'.rjust(width - 7)}"
    assert receipt.change == 32_000
    assert _row(layout_receipt(receipt, width), "Kembali").emphasis is Emphasis.BOLD
    # Exact cash: the change line says 0, it does not vanish.
    exact = layout_receipt(paid_cash_receipt(cash_tendered=818_000), width).lines
    assert f"Kembali{'Rp 0'.rjust(width - 7)}" in exact


def test_other_methods_have_a_method_line_but_no_cash_lines():
    lines = layout_receipt(unpaid_qris_receipt(), 32).lines
    assert "Pembayaran                  QRIS" in lines
    assert not any(line.startswith(("Tunai", "Kembali")) for line in lines)
    transfer = layout_receipt(paid_cash_receipt(payment_method="Transfer Bank BCA", cash_tendered=None), 32)
    assert "Pembayaran     Transfer Bank BCA" in transfer.lines
    assert not any(line.startswith(("Tunai", "Kembali")) for line in transfer.lines)


def test_the_total_stands_out():
    layout = layout_receipt(paid_cash_receipt(), Paper.MM80.columns)
    assert _row(layout, "TOTAL").emphasis is Emphasis.LARGE
    assert _row(layout, "Toko Kopi Gayo".center(48)[:10]).emphasis is Emphasis.BOLD
    status = [row for row in layout.rows if isinstance(row, TextRow) and row.text.strip() == "LUNAS"]
    assert [row.emphasis for row in status] == [Emphasis.LARGE]


def test_paid_and_unpaid_status_and_qr():
    paid = layout_receipt(paid_cash_receipt(), 32)
    unpaid = layout_receipt(unpaid_qris_receipt(), 32)
    assert paid.qr_data == PUBLIC_ORDER_URL
    assert unpaid.qr_data == PAYMENT_URL
    assert "BELUM LUNAS" in "\n".join(unpaid.lines)
    assert "BELUM LUNAS" not in "\n".join(paid.lines)
    assert "Scan untuk membayar" in "\n".join(unpaid.lines)
    # The QR code comes after the status and before the owner's footer.
    kinds = [type(row).__name__ for row in paid.rows]
    assert kinds.count("QrRow") == 1
    qr_at = kinds.index("QrRow")
    assert any("LUNAS" in row.text for row in paid.rows[:qr_at] if isinstance(row, TextRow))
    assert any("Terima kasih!" in row.text for row in paid.rows[qr_at:] if isinstance(row, TextRow))


def test_no_qr_row_without_a_printable_link():
    layout = layout_receipt(paid_cash_receipt(public_order_url=None), 32)
    assert not any(isinstance(row, QrRow) for row in layout.rows)


def test_the_servers_fee_gets_its_own_line_so_the_slip_adds_up():
    receipt = unpaid_qris_receipt()
    lines = layout_receipt(receipt, 32).lines
    assert f"Subtotal{format_rupiah(receipt.subtotal).rjust(24)}" in lines
    assert f"Biaya layanan{'Rp 4.500'.rjust(19)}" in lines
    assert receipt.subtotal + 4_500 == receipt.total
    lower = layout_receipt(paid_cash_receipt(total=800_000, cash_tendered=None), 32).lines
    assert f"Penyesuaian{'-Rp 18.000'.rjust(21)}" in lower


def test_english_slip():
    text = "\n".join(layout_receipt(unpaid_qris_receipt(), 48, "en").lines)
    for label in ("Receipt No.", "Order No.", "Customer", "Service fee", "UNPAID", "Scan to pay"):
        assert label in text
    assert "Pelanggan" not in text


def test_names_are_data_never_markup_or_printer_commands():
    receipt = paid_cash_receipt(
        store_name="<b>Toko</b>\x1b@",
        items=(ReceiptItem(name="Kopi\x1dV\x00 <i>Gayo</i> Café", quantity=1, unit_price=1_000),),
        discount=0,
        shipping=None,
        total=1_000,
        cash_tendered=1_000,
    )
    lines = layout_receipt(receipt, 32).lines
    assert "<b>Toko</b>?@" in lines[0]
    assert "Kopi V? <i>Gayo</i> Cafe" in lines  # GS counts as white space, NUL does not
    assert all(set(line) <= PRINTABLE for line in lines)


def test_multi_line_header_and_footer_keep_their_lines_and_blank_lines():
    receipt = paid_cash_receipt(header="Baris satu\n\nBaris tiga", footer="Sampai jumpa")
    lines = layout_receipt(receipt, 32).lines
    at = lines.index("           Baris satu")
    assert lines[at : at + 3] == ("           Baris satu", "", "           Baris tiga")
    assert lines[-1] == "          Sampai jumpa"


def test_unknown_language_and_too_narrow_paper_are_refused():
    with pytest.raises(ValueError):
        layout_receipt(paid_cash_receipt(), 32, "fr")
    with pytest.raises(ValueError):
        layout_receipt(paid_cash_receipt(), 20)


def test_test_slip_shows_the_column_ruler():
    layout = layout_test_slip(32)
    assert "12345678901234567890123456789012" in layout.lines
    assert layout.qr_data
    assert max(len(line) for line in layout.lines) == 32


def test_slip_text_folds_accents_and_replaces_the_rest():
    assert slip_text("Café Ñoño – “Ōsaka” …") == 'Cafe Nono - "Osaka" ...'
    assert slip_text("咖啡\x07\x1b") == "????"
    assert slip_text("a\tb\nc") == "a b c"


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)


@given(text=st.lists(words, max_size=12).map(" ".join), width=st.sampled_from([32, 48]))
def test_wrap_never_cuts_a_word_that_fits_a_line(text, width):
    lines = wrap_words(text, width)
    assert all(len(line) <= width for line in lines)
    folded = slip_text(text)
    # Nothing is lost or reordered ...
    assert "".join("".join(lines).split()) == "".join(folded.split())
    # ... and every word short enough for a line is on one line, whole.
    tokens = [token for line in lines for token in line.split()]
    for word in folded.split():
        if len(word) <= width:
            assert word in tokens


amounts = st.integers(min_value=0, max_value=10**10)
items = st.builds(
    ReceiptItem,
    name=st.text(min_size=1, max_size=120),
    quantity=st.integers(min_value=1, max_value=999),
    unit_price=amounts,
)


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(items, min_size=1, max_size=6),
    name=st.text(max_size=60),
    extra=st.integers(min_value=0, max_value=10**6),
    paper=st.sampled_from(list(Paper)),
    language=st.sampled_from(["id", "en"]),
)
def test_any_receipt_fits_and_keeps_its_money_flush_right(items, name, extra, paper, language):
    receipt = Receipt(
        store_name=name,
        receipt_number="KASIR-01-000001",
        order_number="261127KQWZTRB",
        issued_at=paid_cash_receipt().issued_at,
        terminal="KASIR-01",
        items=items,
        total=sum(item.total for item in items) + extra,
        payment_method=name,
        paid=True,
        customer_name=name,
        public_order_url=PUBLIC_ORDER_URL,
        footer=name,
    )
    layout = layout_receipt(receipt, paper.columns, language)
    assert all(len(line) <= paper.columns for line in layout.lines)
    assert all(set(line) <= PRINTABLE for line in layout.lines)
    for amount in [item.total for item in items] + [receipt.total]:
        text = format_rupiah(amount)
        assert any(line.endswith(" " + text) and len(line) == paper.columns for line in layout.lines), text
    total_rows = [row for row in layout.rows if isinstance(row, TextRow) and row.emphasis is Emphasis.LARGE]
    assert any(row.text.endswith(format_rupiah(receipt.total)) for row in total_rows)
