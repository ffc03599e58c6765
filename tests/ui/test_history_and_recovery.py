"""Issue 5 in the window: order history, reopening a QR, recovery of the last session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QWidget

from pos_app.api.client import ScalevClient
from pos_app.storage.journal import Journal, JournalState
from tests.helpers.qr import decode_widget
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, checkout_button, child, choose_store, fill_customer, scan


@pytest.mark.asyncio
async def test_history_reopens_a_qr_without_touching_the_sale_in_progress(qtbot, server, tmp_path):
    store = server.data.stores[0]
    first, second = store.digital_variants()[:2]
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, first.sku)
        fill_customer(qtbot, window)
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        [order] = server.orders()
        qtbot.mouseClick(child(window, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
        assert window.cart_model.cart.is_empty

        scan(qtbot, window, second.sku)  # the next customer's sale has begun
        qtbot.keyClick(window, Qt.Key.Key_F8)
        history = child(window, QWidget, "orderHistory")
        assert history.isVisible()
        table = child(history, QAbstractItemView, "historyTable")
        await wait_for(lambda: table.model().rowCount() == 1, what="the sale in history")
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        await wait_for(window.payment_view.isVisible, what="reopened payment screen")
        assert decode_widget(child(window, QWidget, "paymentQr")) == [order["payment_url"]]

        qtbot.mouseClick(child(window, QPushButton, "newSaleButton"), Qt.MouseButton.LeftButton)
        assert history.isVisible(), "leaving a reopened QR goes back to the history"
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert [line.item.sku for line in window.cart_model.cart] == [second.sku], (
            "the sale in progress is kept"
        )


@pytest.mark.asyncio
async def test_an_order_sent_before_a_crash_is_recovered_at_start(server, tmp_path):
    store = server.data.stores[0]
    variant = store.digital_variants()[0]
    data_dir = tmp_path / "data"
    # What a till killed mid-request leaves behind: an entry marked sent, an order that
    # reached the server, and no answer ever read.
    journal = Journal(data_dir / "journal.sqlite3", terminal="KASIR-01")
    entry = journal.begin(
        store_id=store.id,
        store_unique_id=store.unique_id,
        store_name=store.name,
        customer_name="Rina",
        customer_phone="6281234567890",
        total=variant.price,
        payload={
            "store_unique_id": store.unique_id,
            "customer_name": "Rina",
            "customer_phone": "6281234567890",
            "ordervariants": [{"variant_unique_id": variant.unique_id, "quantity": 1}],
            "payment_method": store.payment_methods[0],
        },
    )
    journal.mark_sent(entry.receipt)
    async with ScalevClient(server.base_url, server.api_key) as client:
        await client.create_order(entry.payload)
    journal.close()

    async with cashier_window(server, data_dir) as window:
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(
            lambda: notice.isVisible() and "1" in notice.text(), timeout=15, what="recovery notice"
        )
        [recovered] = window.app_context.journal.list()
        assert recovered.state is JournalState.CONFIRMED and recovered.adopted
        assert recovered.order_pk == server.orders()[0]["id"]
        assert server.order_create_attempts == 1
