"""Issue 13: the cart works with a finger: − / + and remove on every line, names readable."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel

from pos_app.domain.sale import SalePhase
from pos_app.ui.sale.cart_model import QTY, REMOVE
from pos_app.ui.sale.cart_view import remove_rect, stepper_rects
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, child, choose_store, fill_customer, scan


def tap(view: QAbstractItemView, point: QPoint) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def quantity_buttons(view, row: int) -> tuple[QPoint, QPoint]:
    minus, _number, plus = stepper_rects(view.visualRect(view.model().index(row, QTY)))
    return minus.center(), plus.center()


def remove_button(view, row: int) -> QPoint:
    return remove_rect(view.visualRect(view.model().index(row, REMOVE))).center()


@pytest.mark.asyncio
async def test_plus_minus_and_remove_by_touch(qtbot, server, tmp_path):
    store = server.data.stores[0]
    first, second = store.digital_variants()[:2]
    async with cashier_window(server, tmp_path) as window:
        window.resize(1024, 768)
        await choose_store(window, store.id)
        scan(qtbot, window, first.sku)
        scan(qtbot, window, second.sku)
        view = child(window, QAbstractItemView, "cartView")
        await asyncio.sleep(0.05)
        minus, plus = quantity_buttons(view, 0)
        tap(view, plus)
        tap(view, plus)
        assert window.sale.cart.lines[0].quantity == 3
        tap(view, minus)
        assert window.sale.cart.lines[0].quantity == 2
        for _ in range(3):
            tap(view, minus)  # never below one: removing is its own button
        assert window.sale.cart.lines[0].quantity == 1
        tap(view, remove_button(view, 0))
        assert [line.item.sku for line in window.sale.cart] == [second.sku]
        assert "Rp" in child(window, QLabel, "cartTotal").text()


@pytest.mark.asyncio
async def test_touch_buttons_obey_the_sale_while_it_is_being_sent(qtbot, server, tmp_path):
    store = server.data.stores[0]
    item = store.digital_variants()[0]
    server.faults.set_latency(1.0, method="POST", path="/v3/orders")  # on its way while the cashier taps
    async with cashier_window(server, tmp_path) as window:
        window.resize(1024, 768)
        await choose_store(window, store.id)
        scan(qtbot, window, item.sku)
        fill_customer(qtbot, window)
        await wait_for(window.isActiveWindow, what="window active")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.sale.phase is SalePhase.SENDING, what="sending")
        view = child(window, QAbstractItemView, "cartView")
        _minus, plus = quantity_buttons(view, 0)
        tap(view, plus)
        tap(view, remove_button(view, 0))
        assert [(line.item.sku, line.quantity) for line in window.sale.cart] == [(item.sku, 1)]
        assert child(window, QLabel, "noticeBanner").isVisible(), "the cashier is told why nothing changed"
        await wait_for(window.payment_view.isVisible, timeout=10, what="payment screen")


@pytest.mark.asyncio
async def test_a_quick_second_tap_on_plus_counts_once_more_and_does_not_open_the_editor(
    qtbot, server, tmp_path
):
    store = server.data.stores[0]
    item = store.digital_variants()[0]
    async with cashier_window(server, tmp_path) as window:
        window.resize(1024, 768)
        await choose_store(window, store.id)
        scan(qtbot, window, item.sku)
        view = child(window, QAbstractItemView, "cartView")
        await asyncio.sleep(0.05)
        _minus, plus = quantity_buttons(view, 0)
        # What Qt delivers for a fast double tap: press, release, double-click, release.
        tap(view, plus)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, plus)
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, plus)
        assert view.state() != QAbstractItemView.State.EditingState
        assert window.sale.cart.lines[0].quantity == 3
