"""Issue 5 acceptance in the real window: one order per sale, whatever the network does."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.credentials import MemoryCredentialStore
from pos_app.domain.sale import SalePhase
from pos_app.sandbox import TrainingServer
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


async def ready_to_pay(qtbot, window, server):
    store = server.data.stores[0]
    await choose_store(window, store.id)
    scan(qtbot, window, store.digital_variants()[0].sku)
    fill_customer(qtbot, window)
    await wait_for(checkout_button(window).isEnabled, what="checkout enabled")


@pytest.mark.asyncio
async def test_drop_after_commit_adopts_the_one_order_and_shows_its_qr(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await ready_to_pay(qtbot, window, server)
        server.faults.drop_after_commit(n=1)
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.payment_view.isVisible(), timeout=20, what="payment screen")
        [order] = server.orders()
        assert server.order_create_attempts == 1
        assert decode_widget(child(window, QWidget, "paymentQr")) == [order["payment_url"]]
        [entry] = window.app_context.journal.list()
        assert entry.order_pk == order["id"] and entry.adopted


@pytest.mark.asyncio
async def test_double_click_and_held_enter_create_one_order(qtbot, server, tmp_path):
    server.faults.latency = 0.3  # the first request is still running when the rest arrive
    async with cashier_window(server, tmp_path) as window:
        await ready_to_pay(qtbot, window, server)
        button = checkout_button(window)
        qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        for _ in range(10):  # F12 held down: auto-repeat
            qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.payment_view.isVisible(), what="payment screen")
        for _ in range(5):
            qtbot.keyClick(window, Qt.Key.Key_F12)
        assert server.order_create_attempts == 1
        assert len(server.orders()) == 1


@pytest.mark.asyncio
async def test_rate_limited_checkout_waits_and_then_succeeds(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await ready_to_pay(qtbot, window, server)
        server.faults.rate_limit_burst(n=1, reset_in=1.0)
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(lambda: notice.isVisible() and "s" in notice.text(), what="countdown shown")
        await wait_for(lambda: window.payment_view.isVisible(), timeout=15, what="payment screen")
        assert len(server.orders()) == 1


@pytest.mark.asyncio
async def test_rejected_key_opens_settings_and_the_sale_continues_with_a_new_key(qtbot, server, tmp_path):
    config_dir = tmp_path / "config"
    SettingsStore(config_dir).save(AppSettings(base_url=server.base_url))
    credentials = MemoryCredentialStore()
    async with cashier_window(
        server, tmp_path / "data", training=False, config_dir=config_dir, credentials=credentials
    ) as window:
        await ready_to_pay(qtbot, window, server)
        server.add_key("sk_rotated")
        server.remove_key(server.api_key)
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)

        def settings_dialog():
            return next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if w.objectName() == "settingsDialog" and w.isVisible()
                ),
                None,
            )

        await wait_for(lambda: settings_dialog() is not None, what="settings opened by the 401")
        assert len(window.cart_model.cart) == 1, "the cart is kept"
        assert child(window, QLineEdit, "customerName").text() == "Rina Kartikasari"
        dialog = settings_dialog()
        qtbot.keyClicks(child(dialog, QLineEdit, "apiKeyEdit"), "sk_rotated")
        qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: settings_dialog() is None, what="settings saved")
        assert credentials.get(server.base_url) == "sk_rotated"

        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.payment_view.isVisible(), what="payment screen")
        assert len(server.orders()) == 1
        assert len(order_requests(server)) == 2  # the refused one, and the one with the new key


@pytest.mark.asyncio
async def test_offline_checkout_keeps_everything_and_the_app_notices_the_server_back(qtbot, tmp_path):
    first = TrainingServer().start()
    port = first.port
    async with cashier_window(first, tmp_path) as window:
        await ready_to_pay(qtbot, window, first)
        first.close()  # the shop's Wi-Fi drops
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        badge = child(window, QLabel, "offlineBadge")
        await wait_for(badge.isVisible, what="offline shown")
        window.resize(1280, 800)
        window.grab().save(str(ARTIFACTS / "cashier-offline.png"))
        assert len(window.cart_model.cart) == 1
        assert child(window, QLineEdit, "customerName").text() == "Rina Kartikasari"
        assert not window.payment_view.isVisible()

        with TrainingServer(port=port) as second:  # the connection is back
            await wait_for(lambda: not badge.isVisible(), timeout=15, what="back online noticed")
            qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
            await wait_for(window.payment_view.isVisible, what="payment screen")
            assert len(second.orders()) == 1


@pytest.mark.asyncio
async def test_an_unanswered_order_is_looked_up_before_it_is_resent_once(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await ready_to_pay(qtbot, window, server)
        server.faults.error_rate = 1.0  # every request fails with a 5xx: create and look-ups alike
        button = checkout_button(window)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: button.text().startswith("Resend"), timeout=20, what="Resend offered")
        assert server.orders() == [], "the 5xx came before the order was stored"
        assert child(window, QPushButton, "noticeAction").isVisible()
        window.resize(1280, 800)
        window.grab().save(str(ARTIFACTS / "cashier-resend.png"))

        server.faults.error_rate = 0.0
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        [order] = server.orders()
        [entry] = window.app_context.journal.list()
        assert entry.order_pk == order["id"] and entry.attempts == 2


@pytest.mark.asyncio
async def test_a_disk_that_refuses_the_journal_sends_nothing_and_keeps_the_sale(
    qtbot, server, tmp_path, monkeypatch
):
    async with cashier_window(server, tmp_path) as window:
        await ready_to_pay(qtbot, window, server)
        journal = window.app_context.journal
        real_connection = journal._conn

        class FullDisk:
            def execute(self, sql: str, *args):
                if sql.startswith("BEGIN"):
                    raise sqlite3.OperationalError("database or disk is full")
                return real_connection.execute(sql, *args)

        monkeypatch.setattr(journal, "_conn", FullDisk())
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(lambda: notice.isVisible() and "nothing was sent" in notice.text(), what="the notice")
        assert order_requests(server) == []
        assert window.sale.phase is SalePhase.EDITING and len(window.sale.cart) == 1
        assert child(window, QLineEdit, "customerName").text() == "Rina Kartikasari"

        monkeypatch.setattr(journal, "_conn", real_connection)  # the disk has room again
        await wait_for(checkout_button(window).isEnabled, what="checkout enabled again")
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, timeout=10, what="payment screen")
        assert len(order_requests(server)) == 1
