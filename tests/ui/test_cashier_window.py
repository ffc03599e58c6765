"""Issue 3 acceptance: the cashier window end to end against the training server."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from pos_app.settings import AppSettings, SettingsStore
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


@pytest.mark.asyncio
async def test_digital_sale_by_scan_shows_a_qr_that_confirms_itself(qtbot, server, tmp_path):
    store = server.data.stores[0]
    variant = store.digital_variants()[0]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        assert window.focusWidget() is child(window, QLineEdit, "scanInput")
        scan(qtbot, window, variant.sku)
        scan(qtbot, window, variant.sku.lower())
        fill_customer(qtbot, window)
        payment = child(window, QComboBox, "paymentMethod")
        assert payment.currentData() == store.payment_methods[0]
        assert child(window, QLabel, "cartTotal").text() == _rupiah(2 * variant.price)
        window.resize(1280, 800)
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().save(str(ARTIFACTS / "cashier-cart.png"))

        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        view = child(window, QWidget, "paymentView")
        await wait_for(view.isVisible, what="payment screen")

        [sent] = order_requests(server)
        assert sent.json_body["ordervariants"] == [{"variant_unique_id": variant.unique_id, "quantity": 2}]
        assert sent.json_body["customer_phone"] == "6281234567890"
        assert sent.json_body["payment_method"] == store.payment_methods[0]
        [order] = server.orders()
        url = child(window, QWidget, "paymentUrl")
        assert url.text() == order["payment_url"] and url.isVisible()
        child(window, QTabWidget, "qrTabs").setCurrentIndex(0)
        await wait_for(
            lambda: decode_widget(child(window, QWidget, "paymentQr")) == [order["payment_url"]],
            what="QR decodes",
        )
        window.grab().save(str(ARTIFACTS / "cashier-payment.png"))

        server.mark_paid(order["id"])
        status = child(window, QWidget, "paymentStatus")
        await wait_for(lambda: status.property("status") == "paid", timeout=10, what="paid status")


def _rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


@pytest.mark.asyncio
async def test_bundle_found_by_search_and_mixed_cart_in_one_order(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if s.digital_bundles())
    bundle = store.digital_bundles()[0]
    option = next(o for o in bundle.price_options if o.is_visible)
    variant = store.digital_variants()[0]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        search = child(window, QLineEdit, "productSearch")
        qtbot.keyClicks(search, bundle.name[:12])
        child(window, QTabWidget, "catalogTabs").setCurrentIndex(1)
        bundles: QAbstractItemView = child(window, QAbstractItemView, "bundleView")
        model = bundles.model()
        shown = f"{bundle.name} – {option.name}"
        rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == shown]
        assert rows, "the bundle option is found by searching its bundle name"
        bundles.setFocus()
        bundles.setCurrentIndex(model.index(rows[0], 0))
        qtbot.keyClick(bundles, Qt.Key.Key_Return)
        assert search.text() == bundle.name[:12], "adding from the list leaves the search as it was"
        scan(qtbot, window, variant.sku)
        fill_customer(qtbot, window, email="rina@example.co.id")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(child(window, QWidget, "paymentView").isVisible, what="payment screen")
        [sent] = order_requests(server)
        assert sent.json_body["orderbundles"] == [
            {"bundle_price_option_unique_id": option.unique_id, "quantity": 1}
        ]
        assert sent.json_body["ordervariants"] == [{"variant_unique_id": variant.unique_id, "quantity": 1}]
        assert sent.json_body["customer_email"] == "rina@example.co.id"
        assert len(server.orders()) == 1


@pytest.mark.asyncio
async def test_validation_blocks_checkout_and_keeps_everything(qtbot, server, tmp_path):
    store = server.data.stores[0]
    variant = store.digital_variants()[0]
    # No walk-in name set by the owner: then a name is required (Scalev needs one).
    SettingsStore(tmp_path / "config").save(AppSettings(walk_in_name=""))
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        button = checkout_button(window)
        fill_customer(qtbot, window)
        assert not button.isEnabled(), "an empty cart cannot be checked out"
        scan(qtbot, window, variant.sku)
        assert button.isEnabled()

        for field_name, bad in (("customerName", ""), ("customerPhone", "12-34"), ("customerEmail", "rina@")):
            fill_customer(qtbot, window)
            field = child(window, QLineEdit, field_name)
            field.clear()
            if bad:
                qtbot.keyClicks(field, bad)
            field.editingFinished.emit()
            assert not button.isEnabled(), f"{field_name}={bad!r} must block checkout"
            qtbot.keyClick(window, Qt.Key.Key_F12)
            assert field.property("invalid") is True, f"{field_name} is marked"
            assert child(window, QLabel, f"{field_name}Error").isVisible()
        assert order_requests(server) == []

        # A server 400 with field errors marks the field; cart and customer survive.
        fill_customer(qtbot, window)
        payment = child(window, QComboBox, "paymentMethod")
        payment.addItem("Not offered here", "va_artajasa")
        payment.setCurrentIndex(payment.count() - 1)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: len(order_requests(server)) == 1, what="order sent")
        await wait_for(lambda: payment.property("invalid") is True, what="payment method marked")
        assert child(window, QLabel, "noticeBanner").isVisible()
        assert window.cart_model.cart.lines[0].item.sku == variant.sku
        assert child(window, QLineEdit, "customerName").text() == "Rina Kartikasari"
        assert not child(window, QWidget, "paymentView").isVisible()
        assert server.orders() == []


@pytest.mark.asyncio
async def test_unknown_sku_beeps_and_scans_never_land_in_search(qtbot, server, tmp_path):
    store = server.data.stores[0]
    variant = store.digital_variants()[0]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, "NO-SUCH-SKU")
        message = child(window, QLabel, "scanMessage")
        assert message.isVisible() and "NO-SUCH-SKU" in message.text()
        assert window.cart_model.cart.is_empty

        search = child(window, QLineEdit, "productSearch")
        search.setFocus()
        qtbot.keyClicks(search, "ko")
        qtbot.keyClicks(search, variant.sku)  # a scanner firing right after the cashier typed
        qtbot.keyClick(search, Qt.Key.Key_Return)
        assert search.text() == "ko"
        assert [(line.item.sku, line.quantity) for line in window.cart_model.cart] == [(variant.sku, 1)]


@pytest.mark.asyncio
async def test_keyboard_only_quantity_and_remove(qtbot, server, tmp_path):
    store = server.data.stores[0]
    first, second = store.digital_variants()[:2]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, first.sku)
        scan(qtbot, window, second.sku)
        qtbot.keyClick(window, Qt.Key.Key_F6)
        cart = child(window, QAbstractItemView, "cartView")
        assert window.focusWidget() is cart
        cart.setCurrentIndex(cart.model().index(0, 0))
        for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            qtbot.keyClick(cart, key)
            await asyncio.sleep(0.06)  # a person's pace: faster keys would read as a scan
        assert window.cart_model.cart.lines[0].quantity == 2
        qtbot.keyClick(cart, Qt.Key.Key_Delete)
        assert [line.item.sku for line in window.cart_model.cart] == [second.sku]
        qtbot.keyClick(window, Qt.Key.Key_F3)
        assert window.focusWidget() is child(window, QLineEdit, "productSearch")
        qtbot.keyClick(window, Qt.Key.Key_F4)
        assert window.focusWidget() is child(window, QLineEdit, "customerName")
        qtbot.keyClick(window, Qt.Key.Key_F2)
        assert window.focusWidget() is child(window, QLineEdit, "scanInput")


@pytest.mark.asyncio
async def test_every_control_has_an_accessible_name(server, tmp_path):
    names = [
        "mainWindow",
        "storeSearch",
        "storeList",
        "productSearch",
        "productView",
        "bundleView",
        "scanInput",
        "cartView",
        "cartTotal",
        "customerName",
        "customerPhone",
        "customerEmail",
        "paymentMethod",
        "checkoutButton",
        "paymentView",
        "paymentQr",
        "paymentUrl",
        "paymentStatus",
        "newSaleButton",
        "cancelOrderButton",
    ]
    async with cashier_window(server, tmp_path) as window:
        for name in names:
            widget = window if name == "mainWindow" else child(window, QWidget, name)
            assert widget.objectName() == name
            assert widget.accessibleName(), f"{name} has no accessible name"


@pytest.mark.asyncio
async def test_the_last_store_is_remembered(server, tmp_path):
    second = server.data.stores[1]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, second.id)
    async with cashier_window(server, tmp_path) as window:
        await wait_for(lambda: window.controller.store is not None, what="a store chosen by itself")
        assert window.controller.store.id == second.id
        store_list = child(window, QAbstractItemView, "storeList")
        assert store_list.currentIndex().row() == window.store_pane.model.row_of(second.id)


@pytest.mark.asyncio
async def test_f1_shows_the_shortcut_map_without_blocking(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await wait_for(window.isActiveWindow, what="window active")
        qtbot.keyClick(window, Qt.Key.Key_F1)
        help_dialog = child(window, QWidget, "shortcutsHelp")
        await wait_for(help_dialog.isVisible, what="shortcut map")
        table = child(help_dialog, QAbstractItemView, "shortcutsTable")
        model = table.model()
        keys = {model.index(row, column).data() for row in range(model.rowCount()) for column in (0, 2)}
        assert {f"F{number}" for number in range(1, 13)} | {"Ctrl+N", "Ctrl+P", "Esc"} <= keys
        assert not help_dialog.isModal()
        help_dialog.close()


@pytest.mark.asyncio
async def test_a_scan_with_the_focus_on_the_cart_adds_one_unit_and_changes_nothing_else(
    qtbot, server, tmp_path
):
    store = server.data.stores[0]
    first = store.digital_variants()[0]
    dashed = next(v for v in store.variants() if "-" in v.sku and v.sku != first.sku)
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, first.sku)
        cart = child(window, QAbstractItemView, "cartView")
        cart.setFocus()
        cart.setCurrentIndex(cart.model().index(0, 0))
        qtbot.keyClicks(cart, dashed.sku)  # the "-" inside the code must not lower a quantity
        qtbot.keyClick(cart, Qt.Key.Key_Return)
        assert [(line.item.sku, line.quantity) for line in window.cart_model.cart] == [
            (first.sku, 1),
            (dashed.sku, 1),
        ]


@pytest.mark.asyncio
async def test_a_scan_on_the_payment_screen_waits_for_payment_then_starts_the_next_sale(
    qtbot, server, tmp_path
):
    store = server.data.stores[0]
    first, second = store.digital_variants()[:2]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, first.sku)
        fill_customer(qtbot, window)
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        new_sale = child(window, QWidget, "newSaleButton")
        new_sale.setFocus()

        qtbot.keyClicks(new_sale, second.sku)
        qtbot.keyClick(new_sale, Qt.Key.Key_Return)
        assert window.payment_view.isVisible(), "an unpaid order stays on screen"
        assert child(window, QLabel, "noticeBanner").isVisible()

        [order] = server.orders()
        server.mark_paid(order["id"])
        status = child(window, QWidget, "paymentStatus")
        await wait_for(lambda: status.property("status") == "paid", what="paid")
        focused = QApplication.focusWidget() or window
        qtbot.keyClicks(focused, second.sku)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        assert not window.payment_view.isVisible()
        assert [(line.item.sku, line.quantity) for line in window.cart_model.cart] == [(second.sku, 1)]
        assert child(window, QLineEdit, "customerName").text() == ""


@pytest.mark.asyncio
async def test_going_back_to_a_store_costs_no_catalog_requests(server, tmp_path):
    first, second = server.data.stores[:2]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, first.id)
        await choose_store(window, second.id)
        await choose_store(window, first.id)
        await wait_for(lambda: window.controller.store.id == first.id, what="back on the first store")
        await asyncio.sleep(0.5)  # room for a refetch, were there one (it takes ~50 ms here)
        await wait_for(lambda: not window.product_pane.progress.isVisible(), what="nothing loading")
        product_pages = [r for r in server.requests if r.path == f"/v3/stores/{first.id}/products"]
        pages_per_load = -(-len(first.products) // 25)
        assert len(product_pages) == pages_per_load, "the catalog was fetched once, then read from the cache"
        assert window.product_pane.products.total_count > 0
