"""Issue 4 acceptance in the real window: physical carts are quoted, digital ones are not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pos_app.ui.common.roles import ObjectRole
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


def shipping_dialog() -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "shippingDialog" and widget.isVisible():
            return widget
    return None


def make_current(view: QAbstractItemView, row: int) -> None:
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def quotes_in(table: QAbstractItemView) -> list:
    model = table.model()
    return [model.index(row, 0).data(ObjectRole) for row in range(model.rowCount())]


async def quote_cheapest(qtbot, district: str = "Coblong"):
    """Fill the open shipping dialog like a cashier: address, district, cheapest courier."""
    await wait_for(lambda: shipping_dialog() is not None, what="shipping dialog")
    dialog = shipping_dialog()
    qtbot.keyClicks(child(dialog, QLineEdit, "addressInput"), "Jl. Dipati Ukur No. 35, RT 02/RW 05")
    qtbot.keyClicks(child(dialog, QLineEdit, "locationSearch"), district)
    locations = child(dialog, QAbstractItemView, "locationList")
    await wait_for(lambda: locations.model().rowCount() > 0, what="districts found")
    make_current(locations, 0)
    couriers = child(dialog, QAbstractItemView, "courierTable")
    warehouses = child(dialog, QAbstractItemView, "warehouseTable")
    await wait_for(lambda: warehouses.model().rowCount() > 0, what="warehouses")
    await wait_for(lambda: couriers.model().rowCount() > 0, what="couriers")
    quotes = quotes_in(couriers)
    cheapest_row = min(range(len(quotes)), key=lambda row: quotes[row].cost)
    make_current(couriers, cheapest_row)
    confirm = child(dialog, QPushButton, "shippingConfirm")
    await wait_for(confirm.isEnabled, what="confirm enabled")
    return dialog, quotes[cheapest_row], confirm


@pytest.mark.asyncio
async def test_physical_sale_end_to_end_carries_the_exact_quote(qtbot, server, tmp_path):
    store = server.data.store_with_method("qris")
    variant = store.physical_variants()[0]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, variant.sku)
        fill_customer(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        dialog, quote, confirm = await quote_cheapest(qtbot)
        dialog.resize(900, 640)
        ARTIFACTS.mkdir(exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / "shipping-in-checkout.png"))
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.payment_view.isVisible(), what="payment screen")

        [sent] = order_requests(server)
        body = sent.json_body
        assert body["courier_service_id"] == quote.courier_service_id
        assert body["shipping_cost"] == quote.cost
        assert body["shipment_provider_code"] == quote.shipment_provider_code
        [order] = server.orders()
        assert order["courier_service"]["id"] == quote.courier_service_id
        assert int(float(order["shipping_cost"])) == quote.cost
        assert order["shipment_provider_code"] == quote.shipment_provider_code
        assert order["destination_address"]["address"] == "Jl. Dipati Ukur No. 35, RT 02/RW 05"
        assert order["destination_address"]["location"] == body["location_id"]
        assert body["warehouse_unique_id"].startswith("warehouse")
        assert decode_widget(child(window, QWidget, "paymentQr")) == [order["payment_url"]]


@pytest.mark.asyncio
async def test_bundle_with_physical_lines_sends_expanded_variants_and_weight(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if s.physical_bundles())
    bundle = store.physical_bundles()[0]
    option = next(o for o in bundle.price_options if o.is_visible)
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        child(window, QLineEdit, "productSearch").setText(bundle.name)
        bundles = child(window, QAbstractItemView, "bundleView")
        rows = [
            r for r in range(bundles.model().rowCount()) if option.name in bundles.model().index(r, 0).data()
        ]
        bundles.setFocus()
        bundles.setCurrentIndex(bundles.model().index(rows[0], 0))
        qtbot.keyClick(bundles, Qt.Key.Key_Return)
        qtbot.keyClick(bundles, Qt.Key.Key_Return)  # two units of the bundle
        fill_customer(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        _dialog, _quote, confirm = await quote_cheapest(qtbot)

        expected_variants = {}
        for line in bundle.lines:
            expected_variants[line.variant.id] = expected_variants.get(line.variant.id, 0) + line.quantity * 2
        expected_weight = 2 * (
            sum(line.variant.weight * line.quantity for line in bundle.lines if line.variant.is_physical)
            + bundle.weight_bump
        )
        [warehouse_search] = [r for r in server.requests if r.path.endswith("/search-warehouse")]
        sent_variants = {v["variant_id"]: v["qty"] for v in warehouse_search.json_body["variants"]}
        assert sent_variants == expected_variants
        courier_searches = [r for r in server.requests if r.path.endswith("/search-courier-service")]
        assert courier_searches and courier_searches[-1].json_body["weight"] == expected_weight
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.payment_view.isVisible(), what="payment screen")
        [sent] = order_requests(server)
        assert sent.json_body["orderbundles"] == [
            {"bundle_price_option_unique_id": option.unique_id, "quantity": 2}
        ]


@pytest.mark.asyncio
async def test_changing_the_payment_method_after_quoting_requotes(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if len(s.payment_methods) >= 2 and "cod" in s.payment_methods)
    variant = store.physical_variants()[0]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        payment = child(window, QComboBox, "paymentMethod")
        payment.setCurrentIndex(payment.findData(next(m for m in store.payment_methods if m != "cod")))
        scan(qtbot, window, variant.sku)
        fill_customer(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_F5)  # quote before checkout
        _dialog, first_quote, confirm = await quote_cheapest(qtbot)
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.controller.shipping is not None, what="quote kept")
        assert order_requests(server) == []
        searches_before = len([r for r in server.requests if r.path.endswith("/search-courier-service")])

        payment.setCurrentIndex(payment.findData("cod"))
        await wait_for(
            lambda: (
                window.controller.shipping is not None and window.controller.shipping.payment_method == "cod"
            ),
            what="re-quoted for COD",
        )
        searches = [r for r in server.requests if r.path.endswith("/search-courier-service")]
        assert len(searches) > searches_before and searches[-1].json_body["payment_method"] == "cod"
        new_cost = window.controller.shipping.shipping_cost
        assert new_cost != first_quote.cost, "the training server prices COD differently"
        assert window.controller.shipping.courier_service_id == first_quote.courier_service_id

        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.payment_view.isVisible(), what="payment screen")
        [sent] = order_requests(server)
        assert sent.json_body["payment_method"] == "cod"
        assert sent.json_body["shipping_cost"] == new_cost


@pytest.mark.asyncio
async def test_digital_only_cart_never_opens_the_dialog(qtbot, server, tmp_path):
    store = server.data.stores[0]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, store.digital_variants()[0].sku)
        fill_customer(qtbot, window)
        assert not child(window, QPushButton, "shippingButton").isVisible()
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.payment_view.isVisible(), what="payment screen")
        assert shipping_dialog() is None
        assert not [
            r for r in server.requests if "shipping-costs" in r.path or r.path.startswith("/v3/locations")
        ]
