"""What the shopper sees in each state of the sale, in Indonesian, and the pictures of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.qr_widget import QrWidget
from pos_app.ui.customer import CustomerLine, PaymentPrompt
from pos_app.ui.customer.cart_lines import CartLineRow
from tests.helpers.qr import decode_widget, is_regular_qr, read_widget
from tests.ui.customer.helpers import ARTIFACTS, PAYMENT_LINK, QRIS, STORE, label, make_display, settle, shown

KOPI = CustomerLine("Kopi Arabika Gayo 250 gr", 2, 180_000)
KERIPIK = CustomerLine("Keripik Sanjai Balado 200 gr", 1, 45_000)
TEH = CustomerLine("Teh Melati Tubruk", 3, 36_000)


def qr(display) -> QrWidget:
    found = display.findChild(QrWidget, "customerQr")
    assert found is not None
    return found


def fresh_rows(display) -> list[str]:
    return [
        row.name.full_text()
        for row in display.findChildren(CartLineRow)
        if row.isVisibleTo(display) and row.property("fresh")
    ]


def test_idle_welcomes_to_the_store(qtbot) -> None:
    display = make_display(qtbot)
    assert display.state() == "idle"
    assert shown(display, "customerWelcome") == "Selamat datang"
    assert shown(display, "customerIdleStore") is None  # no store chosen yet
    assert shown(display, "customerTotal") is None

    display.show_idle(STORE)
    assert shown(display, "customerWelcome") == "Selamat datang di"
    assert shown(display, "customerIdleStore") == STORE


def test_two_scans_show_both_lines_and_the_total(qtbot) -> None:
    display = make_display(qtbot)
    display.show_cart(STORE, [KOPI], 180_000)
    display.show_cart(STORE, [KOPI, KERIPIK], 225_000)
    settle()

    assert display.state() == "cart"
    assert display.shown_lines() == [
        ("2×", "Kopi Arabika Gayo 250 gr", "Rp 180.000"),
        ("1×", "Keripik Sanjai Balado 200 gr", "Rp 45.000"),
    ]
    assert shown(display, "customerTotal") == "Rp 225.000"
    assert shown(display, "customerTotalCaption") == "Total"
    assert shown(display, "customerItemCount") == "3 barang"
    assert shown(display, "customerStoreName") == STORE
    # Short names are shown whole, not elided, and the scan just made is the lit line.
    names = [row.name for row in display.findChildren(CartLineRow) if row.isVisibleTo(display)]
    assert [name.text() for name in names] == [KOPI.name, KERIPIK.name]
    assert fresh_rows(display) == [KERIPIK.name]


def test_one_item_is_singular(qtbot) -> None:
    display = make_display(qtbot)
    display.show_cart(STORE, [CustomerLine("Teh", 1, 12_000)], 12_000)
    assert shown(display, "customerItemCount") == "1 barang"
    display.set_language("en")
    assert shown(display, "customerItemCount") == "1 item"
    display.show_cart(STORE, [TEH], 36_000)
    assert shown(display, "customerItemCount") == "3 items"


def test_a_rescan_of_an_older_line_brings_it_into_view(qtbot) -> None:
    display = make_display(qtbot)
    lines = [CustomerLine(f"Sambal Roa Botol {i}", 1, 35_000) for i in range(25)]
    display.show_cart(STORE, lines, 875_000)
    settle()
    shown_names = [name for _qty, name, _total in display.shown_lines()]
    assert shown_names[-1] == "Sambal Roa Botol 24"  # newest at the bottom
    assert "Sambal Roa Botol 0" not in shown_names
    assert shown(display, "customerMoreLines") == f"▲ {25 - len(shown_names)} baris lagi di atas"

    lines[1] = CustomerLine("Sambal Roa Botol 1", 2, 70_000)
    display.show_cart(STORE, lines, 910_000)
    settle()
    assert ("2×", "Sambal Roa Botol 1", "Rp 70.000") in display.shown_lines()
    assert fresh_rows(display) == ["Sambal Roa Botol 1"]
    assert shown(display, "customerMoreLinesBelow").startswith("▼ ")


def test_updates_reuse_the_rows(qtbot) -> None:
    display = make_display(qtbot)
    lines = [CustomerLine(f"Barang {i}", 1, 1_000) for i in range(30)]
    display.show_cart(STORE, lines[:1], 1_000)
    settle()
    widgets = len(display.findChildren(PlainLabel))
    for count in range(2, 31):
        display.show_cart(STORE, lines[:count], count * 1_000)
    settle()
    # Only as many rows as fit are ever made, however long the cart grows.
    assert len(display.findChildren(PlainLabel)) - widgets < 3 * 15


def test_an_empty_cart_shows_the_welcome(qtbot) -> None:
    display = make_display(qtbot)
    display.show_cart(STORE, [KOPI], 180_000)
    display.show_cart(STORE, [], 0)
    assert display.state() == "idle"
    assert shown(display, "customerIdleStore") == STORE


def test_qris_prompt_shows_the_same_code_as_the_till(qtbot) -> None:
    display = make_display(qtbot)
    display.show_payment(PaymentPrompt(amount=1_234_567, method_name="QRIS", qr_data=QRIS))
    settle()

    barcodes = read_widget(qr(display))
    assert [b.text for b in barcodes] == [QRIS]
    assert is_regular_qr(barcodes[0])
    assert shown(display, "customerTotal") == "Rp 1.234.567"
    assert shown(display, "customerTotalCaption") == "Total bayar"
    assert shown(display, "customerQrHint") == "Silakan scan QR ini dengan aplikasi bank atau e-wallet"
    assert shown(display, "customerStatus") == "Menunggu pembayaran…"
    assert shown(display, "customerVaNumber") is None


def test_payment_link_prompt_says_to_use_the_camera(qtbot) -> None:
    display = make_display(qtbot)
    display.show_payment(PaymentPrompt(amount=49_000, method_name="Link pembayaran", qr_data=PAYMENT_LINK))
    settle()
    assert decode_widget(qr(display)) == [PAYMENT_LINK]
    assert shown(display, "customerQrHint") == "Silakan scan QR ini dengan kamera HP"


def test_virtual_account_digits_are_grouped(qtbot) -> None:
    display = make_display(qtbot)
    display.show_payment(
        PaymentPrompt(
            amount=250_000, method_name="Virtual Account", va_number="8808123456789012", bank_name="BNI"
        )
    )
    settle()
    assert shown(display, "customerVaNumber") == "8808 1234 5678 9012"
    assert shown(display, "customerVaCaption") == "Nomor Virtual Account BNI"
    assert shown(display, "customerInstructionHint") == "Transfer sesuai total ke nomor ini."
    assert not qr(display).isVisibleTo(display)
    assert decode_widget(display) == []  # no stale QR from anything before

    # A method name that already names the bank does not get it twice.
    display.show_payment(
        PaymentPrompt(
            amount=250_000, method_name="Virtual Account BNI", va_number="8808123456789012", bank_name="BNI"
        )
    )
    assert shown(display, "customerVaCaption") == "Nomor Virtual Account"


def test_cash_shows_received_and_change_and_no_waiting(qtbot) -> None:
    display = make_display(qtbot)
    display.show_payment(
        PaymentPrompt(amount=73_000, method_name="Tunai", cash_tendered=100_000, cash_change=27_000)
    )
    assert shown(display, "customerCashTendered") == "Rp 100.000"
    assert shown(display, "customerCashChange") == "Rp 27.000"
    assert shown(display, "customerChangeCaption") == "Kembalian"
    assert shown(display, "customerTotal") == "Rp 73.000"
    assert shown(display, "customerStatus") is None


def test_transfer_code_and_note_prompts(qtbot) -> None:
    display = make_display(qtbot)
    accounts = ("BCA 1234567890 a.n. Toko Nusantara", "Mandiri 1370012345678 a.n. Toko Nusantara")
    display.show_payment(PaymentPrompt(amount=73_000, method_name="Transfer bank", bank_accounts=accounts))
    assert shown(display, "customerBankAccounts") == "\n".join(accounts)
    assert shown(display, "customerAccountsCaption") == "Transfer ke"

    display.show_payment(PaymentPrompt(amount=73_000, method_name="Alfamart", payment_code="TKNS12345678"))
    assert shown(display, "customerPaymentCode") == "TKNS12345678"
    assert shown(display, "customerInstructionHint") == "Tunjukkan kode ini ke kasir Alfamart."
    assert shown(display, "customerBankAccounts") is None

    note = "Bayar ke kurir saat barang tiba"
    display.show_payment(PaymentPrompt(amount=73_000, method_name="COD", note=note))
    assert shown(display, "customerNote") == note
    assert shown(display, "customerPaymentCode") is None
    assert shown(display, "customerInstructionHint") is None


def test_paid_shows_lunas_and_thanks(qtbot) -> None:
    display = make_display(qtbot)
    display.show_cart(STORE, [KOPI], 180_000)
    display.show_payment(PaymentPrompt(amount=180_000, method_name="QRIS", qr_data=QRIS))
    display.show_paid(180_000)
    settle()
    assert display.state() == "paid"
    assert shown(display, "customerDoneTitle") == "LUNAS"
    assert shown(display, "customerDoneMessage") == f"Terima kasih sudah berbelanja di {STORE}!"
    assert shown(display, "customerTotalCaption") == "Total dibayar"
    assert shown(display, "customerTotal") == "Rp 180.000"
    assert decode_widget(display) == []  # the QR is gone once it is paid


def test_canceled(qtbot) -> None:
    display = make_display(qtbot)
    display.show_payment(PaymentPrompt(amount=180_000, method_name="QRIS", qr_data=QRIS))
    display.show_canceled()
    assert display.state() == "canceled"
    assert shown(display, "customerDoneTitle") == "Pesanan dibatalkan"
    assert shown(display, "customerTotal") is None


def test_markup_in_names_is_shown_literally(qtbot) -> None:
    display = make_display(qtbot)
    store, name = "<b>Toko</b> & Co", "<span style='font-size:72pt'>LUNAS</span>"
    display.show_cart(store, [CustomerLine(name, 1, 1_000)], 1_000)
    settle()
    assert display.shown_lines()[0][1] == name
    assert shown(display, "customerStoreName") == store
    display.show_payment(PaymentPrompt(amount=1_000, method_name="<i>QRIS</i>", note="<h1>x</h1>"))
    assert shown(display, "customerMethod") == "<i>QRIS</i>"
    assert shown(display, "customerNote") == "<h1>x</h1>"
    labels = display.findChildren(QLabel)
    assert labels and all(found.textFormat() == Qt.TextFormat.PlainText for found in labels)


def test_long_names_are_elided_not_overflowing(qtbot) -> None:
    display = make_display(qtbot)
    long_name = "Keripik Sanjai Balado Pedas Manis Ekstra Besar Kemasan Keluarga " * 4
    display.show_cart(long_name, [CustomerLine(long_name, 12, 540_000)], 540_000)
    settle()
    row = next(row for row in display.findChildren(CartLineRow) if row.isVisibleTo(display))
    for elided in (row.name, label(display, "customerStoreName")):
        assert elided.text().endswith("…")
        assert elided.fontMetrics().horizontalAdvance(elided.text()) <= elided.contentsRect().width()
    assert row.geometry().right() < display.width()
    assert row.total.text() == "Rp 540.000"
    assert row.total.geometry().right() <= row.width()
    assert display.width() == 1024


def test_type_is_large_enough_from_a_metre_and_a_half(qtbot) -> None:
    display = make_display(qtbot)
    display.show_cart(STORE, [KOPI], 180_000)
    settle()
    row = next(row for row in display.findChildren(CartLineRow) if row.isVisibleTo(display))
    assert label(display, "customerTotal").font().pixelSize() >= 48
    assert row.name.font().pixelSize() >= 24
    assert row.total.font().pixelSize() >= 24

    display.resize(1920, 1080)
    settle()
    assert label(display, "customerTotal").font().pixelSize() > 76  # a bigger screen, bigger type
    assert row.name.font().pixelSize() > 30


def test_screenshots(qtbot) -> None:
    """Pictures to look at (tests/artifacts/customer-*.png), at 1024×768."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    display = make_display(qtbot)
    lines = [KOPI, KERIPIK, TEH, CustomerLine("<b>Gula Aren</b> Cair 1 L", 1, 38_000)]

    def save(name: str) -> None:
        settle()
        picture = display.grab()
        assert (picture.width(), picture.height()) == (1024, 768)
        assert picture.save(str(ARTIFACTS / f"customer-{name}.png"))

    display.show_idle(STORE)
    save("idle")
    for count in range(1, len(lines) + 1):
        display.show_cart(STORE, lines[:count], sum(line.line_total for line in lines[:count]))
    save("cart")
    display.show_payment(PaymentPrompt(amount=299_000, method_name="QRIS", qr_data=QRIS))
    save("qris")
    assert decode_widget(display) == [QRIS]
    display.show_payment(
        PaymentPrompt(
            amount=299_000, method_name="Virtual Account BCA", va_number="8808123456789012", bank_name="BCA"
        )
    )
    save("va")
    display.show_payment(
        PaymentPrompt(amount=299_000, method_name="Tunai", cash_tendered=300_000, cash_change=1_000)
    )
    save("cash")
    display.show_paid(299_000)
    save("paid")
    display.show_canceled()
    save("canceled")
