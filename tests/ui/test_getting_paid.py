"""Issue 11 in the real window against the training server: every method as it is really paid,
cash with change, discount, switching method, walk-in customers, parked sales."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.domain.sale import SalePhase
from pos_app.languages import install_language
from pos_app.storage.journal import JournalState
from tests.helpers.qr import decode_widget
from tests.helpers.waiting import wait_for
from tests.ui.cashier import (
    ARTIFACTS,
    cashier_window,
    checkout_button,
    child,
    choose_store,
    fill_customer,
    order_requests,
    scan,
)
from tests.ui.test_shipping_checkout import quote_cheapest

KOPI, BATIK, DAPUR, OLEH = 4127, 4133, 4158, 4162


def store_of(server, store_id: int):
    return next(s for s in server.data.stores if s.id == store_id)


def price(server, store_id: int, *prices: int) -> None:
    """The store's first digital items cost exactly ``prices`` (set before the window loads them)."""
    for variant, amount in zip(store_of(server, store_id).digital_variants(), prices, strict=False):
        variant.price = amount


async def cart_of(qtbot, window, server, store_id: int, items: int = 1):
    """A digital cart of ``items`` lines in ``store_id``."""
    store = store_of(server, store_id)
    await choose_store(window, store.id)
    for variant in store.digital_variants()[:items]:
        scan(qtbot, window, variant.sku)
    return store


def choose_method(window, code: str) -> None:
    combo = child(window, QComboBox, "paymentMethod")
    row = combo.findData(code)
    assert row >= 0, f"{code} not offered: {[combo.itemData(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(row)


async def sell(qtbot, window, server, store_id: int, method: str, items: int = 1):
    """A digital cart of ``store_id`` for the usual customer, checked out with ``method``: the
    payment screen is up when this returns."""
    store = await cart_of(qtbot, window, server, store_id, items=items)
    fill_customer(qtbot, window)
    choose_method(window, method)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    await wait_for(window.payment_view.isVisible, what="payment screen")
    return store


def only_order(server) -> dict:
    [order] = server.orders()
    return order


async def dialog_named(name: str) -> QWidget:
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    await wait_for(visible, what=name)
    await asyncio.sleep(0)
    return found[0]


@pytest.mark.asyncio
async def test_cash_change_mapped_method_marked_paid_once_even_when_the_mark_fails_twice(
    qtbot, server, tmp_path
):
    price(server, OLEH, 90_000)
    async with cashier_window(server, tmp_path) as window:
        install_language(QApplication.instance(), "id")
        await cart_of(qtbot, window, server, OLEH)
        fill_customer(qtbot, window)
        choose_method(window, "cash")
        server.faults.fail_next(2, method="POST", path="/v3/orders/change-status", status=503)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        dialog = await dialog_named("cashDialog")
        tendered = child(dialog, QLineEdit, "cashTendered")
        qtbot.keyClicks(tendered, "100.000")
        assert child(dialog, QLabel, "cashChange").text() == "Rp 10.000"
        dialog.resize(1024, 768)
        assert dialog.grab().save(str(ARTIFACTS / "cash-step-id.png"))
        qtbot.mouseClick(child(dialog, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="cash done")
        assert window.sale.phase is SalePhase.DONE
        order = only_order(server)
        assert order["payment_method"] == "no_payment"  # the store's manual method carries cash
        assert order["metadata"]["pos_cash_tendered"] == 100_000
        assert order["metadata"]["pos_cash_change"] == 10_000
        assert "Tunai" in order["notes"]
        assert child(window, QLabel, "cashChangeShown").text() == "Rp 10.000"
        # Nothing is left to pay by link: no payment page to copy or open.
        for name in ("paymentUrl", "copyUrlButton", "openUrlButton"):
            assert not child(window, QWidget, name).isVisible(), name
        assert child(window, QPushButton, "printReceiptButton").isVisible()
        window.resize(1024, 768)
        assert window.grab().save(str(ARTIFACTS / "payment-cash-id.png"))
        # The mark is retried by itself and lands once.
        await wait_for(lambda: server.get_order(order["id"])["payment_status"] == "paid", timeout=15,
                       what="marked paid")  # fmt: skip
        marks = [r for r in server.requests if r.path == "/v3/orders/change-status"]
        assert [r.status for r in marks] == [503, 503, 200]
        await wait_for(lambda: window.app_context.journal.entries()[0].cash_marked, what="journal marked")
        [entry] = window.app_context.journal.entries()
        assert (entry.tendered, entry.change, entry.state) == (100_000, 10_000, JournalState.PAID)
        assert len(order_requests(server)) == 1 and len(server.orders()) == 1
        await wait_for(lambda: child(window, QWidget, "paymentStatus").property("status") == "paid",
                       what="LUNAS")  # fmt: skip
        assert window.grab().save(str(ARTIFACTS / "payment-paid-id.png"))


@pytest.mark.asyncio
async def test_less_cash_than_the_total_cannot_be_confirmed(qtbot, server, tmp_path):
    price(server, OLEH, 90_000)
    async with cashier_window(server, tmp_path) as window:
        await cart_of(qtbot, window, server, OLEH)
        fill_customer(qtbot, window)
        choose_method(window, "cash")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        dialog = await dialog_named("cashDialog")
        qtbot.keyClicks(child(dialog, QLineEdit, "cashTendered"), "Rp 50.000")
        assert not child(dialog, QPushButton, "cashConfirm").isEnabled()
        assert "40.000" in child(dialog, QLabel, "cashMessage").text()
        qtbot.keyClick(child(dialog, QLineEdit, "cashTendered"), Qt.Key.Key_Return)
        assert dialog.isVisible() and server.orders() == []
        dialog.reject()


@pytest.mark.asyncio
async def test_va_shows_the_grouped_number_and_is_done_when_the_server_says_paid(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        install_language(QApplication.instance(), "id")
        await sell(qtbot, window, server, KOPI, "va_bca")
        order = only_order(server)
        number = order["pg_payment_info"]["payment_method"]["virtual_account"]["channel_properties"][
            "virtual_account_number"
        ]
        shown = child(window, QLabel, "vaNumber").text()
        assert shown.replace(" ", "") == number and " " in shown
        assert child(window, QLabel, "paymentMethodName").text() == "Virtual Account BCA"
        window.resize(1024, 768)
        assert window.grab().save(str(ARTIFACTS / "payment-va-id.png"))
        server.mark_paid(order["id"])
        await wait_for(lambda: window.sale.phase is SalePhase.DONE, what="done when paid")


@pytest.mark.asyncio
async def test_bank_transfer_shows_the_accounts_and_the_cashier_confirms_it(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        install_language(QApplication.instance(), "id")
        store = await sell(qtbot, window, server, KOPI, "bank_transfer")
        accounts = child(window, QLabel, "bankAccounts")
        account = store.payment_accounts[0]
        await wait_for(lambda: account.account_number in accounts.text(), what="accounts shown")
        window.resize(1024, 768)
        assert window.grab().save(str(ARTIFACTS / "payment-transfer-id.png"))
        assert window.sale.phase is SalePhase.PAYING  # not paid by itself: manual methods never are
        qtbot.mouseClick(child(window, QPushButton, "transferReceivedButton"), Qt.MouseButton.LeftButton)
        box = await dialog_named("confirmDialog")
        qtbot.mouseClick(child(box, QPushButton, "confirmOkButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.sale.phase is SalePhase.DONE, what="done")
        assert only_order(server)["payment_status"] == "paid"


@pytest.mark.asyncio
@pytest.mark.parametrize(("store_id", "method"), [(DAPUR, "ovo"), (BATIK, "invoice"), (BATIK, "card")])
async def test_page_methods_show_a_qr_of_the_servers_url(qtbot, server, tmp_path, store_id, method):
    async with cashier_window(server, tmp_path) as window:
        await cart_of(qtbot, window, server, store_id)
        fill_customer(qtbot, window)
        choose_method(window, method)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        info = only_order(server)["pg_payment_info"]
        if method == "ovo":
            expected = next(a["url"] for a in info["actions"] if a["url_type"] == "WEB")
        else:
            expected = info["invoice_url" if method == "invoice" else "redirect_url"]
        await wait_for(lambda: decode_widget(child(window, QWidget, "methodQr")) == [expected], what="code")
        assert window.payment_view.active_code() == expected
        server.mark_paid(only_order(server)["id"])
        await wait_for(lambda: window.sale.phase is SalePhase.DONE, what="done when paid")


@pytest.mark.asyncio
async def test_alfamart_shows_the_payment_code(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await sell(qtbot, window, server, BATIK, "alfamart")
        code = only_order(server)["pg_payment_info"]["payment_method"]["over_the_counter"][
            "channel_properties"
        ]["payment_code"]
        assert child(window, QLabel, "paymentCode").text().replace(" ", "") == code


@pytest.mark.asyncio
async def test_no_payment_is_done_at_creation(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await sell(qtbot, window, server, OLEH, "no_payment")
        assert window.sale.phase is SalePhase.DONE
        assert "No payment" in child(window, QLabel, "settledText").text()
        # Done: a scan starts the next sale.
        scan(qtbot, window, store_of(server, OLEH).digital_variants()[0].sku)
        await wait_for(lambda: window.sale.phase is SalePhase.EDITING and len(window.sale.cart) == 1,
                       what="next sale")  # fmt: skip


@pytest.mark.asyncio
async def test_cod_is_done_at_creation(qtbot, server, tmp_path):
    store = store_of(server, OLEH)
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, store.physical_variants()[0].sku)
        fill_customer(qtbot, window)
        choose_method(window, "cod")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        _dialog, _quote, confirm = await quote_cheapest(qtbot)
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, timeout=20, what="payment screen")
        assert window.sale.phase is SalePhase.DONE
        assert "courier" in child(window, QLabel, "settledText").text()


@pytest.mark.asyncio
async def test_discount_ten_percent_and_one_above_the_subtotal(qtbot, server, tmp_path):
    price(server, KOPI, 90_000)
    async with cashier_window(server, tmp_path) as window:
        await cart_of(qtbot, window, server, KOPI)
        fill_customer(qtbot, window)
        discount = child(window, QLineEdit, "discountInput")
        qtbot.keyClick(window, Qt.Key.Key_F7)
        qtbot.keyClicks(discount, "100.000")
        error = child(window, QLabel, "discountError")
        assert error.isVisible() and "subtotal" in error.text()
        assert not checkout_button(window).isEnabled()
        discount.clear()
        qtbot.keyClicks(discount, "10%")
        assert not error.isVisible()
        assert child(window, QLabel, "cartTotal").text() == "Rp 81.000"
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        [sent] = order_requests(server)
        assert sent.json_body["product_discount"] == 9_000
        assert child(window, QLabel, "paymentTotal").text() == "Rp 81.000"


@pytest.mark.asyncio
async def test_switching_qris_to_va_leaves_one_live_order(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await sell(qtbot, window, server, KOPI, "qris")
        first = only_order(server)
        view = window.payment_view
        view._start("cancel", view._switch(first["id"], "va_bca"))  # what the menu's choice runs
        box = await dialog_named("confirmDialog")
        qtbot.mouseClick(child(box, QPushButton, "confirmOkButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: child(window, QLabel, "vaNumber").isVisible(), what="VA shown")
        orders = server.orders()
        live = [o for o in orders if o["status"] != "canceled"]
        assert len(orders) == 2 and len(live) == 1 and live[0]["payment_method"] == "va_bca"
        [entry] = window.app_context.journal.entries()
        assert entry.order_pk == live[0]["id"] and entry.replaced_orders == (first["id"],)


@pytest.mark.asyncio
async def test_walk_in_customers_need_what_delivery_needs(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        store = await cart_of(qtbot, window, server, KOPI)
        # Neither phone nor email for a digital item: refused, with the reason.
        fill_customer(qtbot, window, name="", phone="", email="")
        assert not checkout_button(window).isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_F12)
        assert "digital item" in child(window, QLabel, "customerPhoneError").text()
        # Only an email: goes through, under the walk-in name.
        fill_customer(qtbot, window, name="", phone="", email="pembeli@example.co.id")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        [sent] = order_requests(server)
        assert sent.json_body["customer_name"] == "Pelanggan umum"
        assert "customer_phone" not in sent.json_body
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        # A shipped cart without a phone: refused, with the reason.
        scan(qtbot, window, store.physical_variants()[0].sku)
        fill_customer(qtbot, window, name="Budi", phone="", email="budi@example.co.id")
        assert not checkout_button(window).isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_F12)
        assert "courier" in child(window, QLabel, "customerPhoneError").text()


@pytest.mark.asyncio
async def test_a_parked_sale_survives_a_restart_and_resumes_into_its_store(qtbot, server, tmp_path):
    from pos_app.ui.common.async_dialogs import ASK_TEXT_DIALOG

    kopi, batik = store_of(server, KOPI), store_of(server, BATIK)
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, kopi.id)
        scan(qtbot, window, kopi.digital_variants()[0].sku)
        fill_customer(qtbot, window, name="Ibu Sari")
        qtbot.keyClick(window, Qt.Key.Key_F9)
        ask = await dialog_named(ASK_TEXT_DIALOG)
        ask.setTextValue("Ibu Sari – ambil tas")
        ask.accept()
        await wait_for(lambda: window.sale.cart.is_empty, what="the next sale")
        assert "1" in child(window, QPushButton, "parkedSalesButton").text()
        assert window.customer_form.name.text() == ""
    # A restart: a new window on the same data folder; the cashier is now in another store.
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, batik.id)
        assert "1" in child(window, QPushButton, "parkedSalesButton").text()
        qtbot.mouseClick(child(window, QPushButton, "parkedSalesButton"), Qt.MouseButton.LeftButton)
        dialog = await dialog_named("parkedSalesDialog")
        qtbot.mouseClick(child(dialog, QPushButton, "resumeParkedButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.controller.store.id == kopi.id and len(window.sale.cart) == 1,
                       what="resumed into its store")  # fmt: skip
        assert window.sale.cart.lines[0].item.sku == kopi.digital_variants()[0].sku
        assert window.customer_form.name.text() == "Ibu Sari"
        assert window.app_context.parked.count() == 0
