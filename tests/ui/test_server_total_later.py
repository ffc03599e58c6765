"""The server's total beyond the payment screen: on a store that adds a fee, History, the
slips (printed at once or later from the journal) and the shift's sales show what the
server charges, not the till's own sum."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from pos_app.domain.sale import SalePhase
from pos_app.ui.common.money_format import format_money
from pos_app.ui.history.history_model import RECEIPT, TOTAL
from tests.helpers.escpos_reader import read_escpos
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.waiting import wait_for
from tests.ui.cashier import cashier_window, child, fill_customer
from tests.ui.test_getting_paid import cart_of, choose_method, only_order
from tests.ui.test_receipts_and_display import jobs

DAPUR = 4158  # adds a Rp 2.500 payment-link fee to the server's total


def total_line(text: str) -> str:
    [line] = [line for line in text.splitlines() if line.strip().startswith("TOTAL")]
    return " ".join(line.split()[1:])


@pytest.mark.asyncio
async def test_a_store_that_adds_a_fee_shows_and_prints_the_servers_total_later_too(qtbot, server, tmp_path):
    with FakePrinter() as printer:
        async with cashier_window(server, tmp_path, receipt_printer=printer.spec, receipt_width=48) as window:
            store = await cart_of(qtbot, window, server, DAPUR)
            fill_customer(qtbot, window)
            choose_method(window, "payment_link")
            till_total = window.sale.cart.subtotal
            qtbot.keyClick(window, Qt.Key.Key_F12)
            await wait_for(window.payment_view.isVisible, what="payment screen")
            order = only_order(server)
            gross = int(order["gross_revenue"])
            assert store.payment_link_fee and gross == till_total + store.payment_link_fee
            shown = format_money(gross).replace("\u00a0", " ")
            server.mark_paid(order["id"])
            await wait_for(lambda: window.sale.phase is SalePhase.DONE, what="paid")
            slip = read_escpos((await jobs(printer, 1))[0])  # printed by itself once paid
            assert total_line(slip.text) == shown
            assert format_money(store.payment_link_fee) in slip.text  # the fee, so the slip adds up

            [entry] = window.app_context.journal.entries()
            qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            await wait_for(lambda: window.sale.phase is SalePhase.EDITING, what="next sale")
            window.pages.show_history()
            history = window.history_view
            await wait_for(lambda: history.select_receipt(entry.receipt), what="the sale listed")
            model = child(history, QTableView, "historyTable").model()
            [row] = [r for r in range(model.rowCount()) if model.index(r, RECEIPT).data() == entry.receipt]
            assert model.index(row, TOTAL).data() == format_money(gross)

            # Reprinted offline, from the journal alone: still the server's total.
            reprint = child(history, QPushButton, "historyPrint")
            await wait_for(reprint.isEnabled, what="print enabled")
            server.faults.fail_next(20, method="GET", path=f"/v3/orders/{order['id']}", status=503)
            qtbot.mouseClick(reprint, Qt.MouseButton.LeftButton)
            offline = read_escpos((await jobs(printer, 2, timeout=30))[1])
            assert total_line(offline.text) == shown
            # And the shift's sales (the day report's figures) count what the server charged.
            records = window.shift_menu.reports.sales.sales_of_shift(entry.shift_id)
            assert [record.total for record in records] == [gross]
