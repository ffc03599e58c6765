"""Issue 14 in the real window: a sale opens the shift in one step, cash in and out, the close
explains every rupiah, the report matches the journal and the server, prints and exports."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from pos_app.domain.shift import MovementKind
from pos_app.storage.journal import JournalState
from tests.helpers.escpos_reader import read_escpos
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.waiting import wait_for
from tests.ui.cashier import ARTIFACTS, cashier_window, child, choose_store, fill_customer, scan
from tests.ui.test_getting_paid import choose_method, dialog_named

KOPI, OLEH = 4127, 4162


async def sell_cash(qtbot, window, sku: str) -> None:
    scan(qtbot, window, sku)
    fill_customer(qtbot, window)
    choose_method(window, "cash")
    qtbot.keyClick(window, Qt.Key.Key_F12)
    dialog = await dialog_named("cashDialog")
    qtbot.mouseClick(child(dialog, QPushButton, "cashQuick0"), Qt.MouseButton.LeftButton)  # exact
    qtbot.mouseClick(child(dialog, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
    await wait_for(window.payment_view.isVisible, what="cash sale done")
    window.new_sale()


@pytest.mark.asyncio
async def test_float_two_cash_sales_a_pay_out_and_qris_close_with_a_short_of_five_thousand(
    qtbot, server, tmp_path
):
    oleh = next(s for s in server.data.stores if s.id == OLEH)
    kopi = next(s for s in server.data.stores if s.id == KOPI)
    ninety, forty_five = oleh.digital_variants()[:2]
    ninety.price, forty_five.price = 90_000, 45_000
    with FakePrinter() as printer:
        async with cashier_window(
            server, tmp_path, open_shift=False, receipt_printer=printer.spec, receipt_width=48
        ) as window:
            book = window.app_context.shifts
            await choose_store(window, oleh.id)
            # The first sale of the day opens the shift in one step, with the float.
            scan(qtbot, window, ninety.sku)
            fill_customer(qtbot, window)
            choose_method(window, "cash")
            qtbot.keyClick(window, Qt.Key.Key_F12)
            opening = await dialog_named("shiftOpenDialog")
            child(opening, QLineEdit, "shiftCashier").setText("Rina")
            qtbot.keyClicks(child(opening, QLineEdit, "shiftFloat"), "200.000")
            opening.resize(1024, 768)
            opening.grab().save(str(ARTIFACTS / "window-shift-open.png"))
            qtbot.mouseClick(child(opening, QPushButton, "shiftOpenButton"), Qt.MouseButton.LeftButton)
            cash = await dialog_named("cashDialog")
            qtbot.mouseClick(child(cash, QPushButton, "cashQuick0"), Qt.MouseButton.LeftButton)
            qtbot.mouseClick(child(cash, QPushButton, "cashConfirm"), Qt.MouseButton.LeftButton)
            await wait_for(window.payment_view.isVisible, what="first cash sale")
            shift = book.current()
            assert shift is not None and shift.opening_float == 200_000
            window.new_sale()
            await sell_cash(qtbot, window, forty_five.sku)
            book.add_movement(MovementKind.PAY_OUT, 20_000, "Beli uang kembalian")
            # One QRIS sale in another store, paid by the customer's app.
            await choose_store(window, kopi.id)
            sku = kopi.digital_variants()[0].sku
            await wait_for(lambda: window.product_pane.find_sku(sku) is not None, what="Kopi's catalog")
            scan(qtbot, window, sku)
            fill_customer(qtbot, window)
            choose_method(window, "qris")
            qtbot.keyClick(window, Qt.Key.Key_F12)
            await wait_for(window.payment_view.isVisible, what="qris sale")
            qris_order = next(o for o in server.orders() if o["payment_method"] == "qris")
            server.mark_paid(qris_order["id"])
            await wait_for(lambda: window.sale.phase.value == "done", what="qris paid")
            window.new_sale()
            entries = window.app_context.journal.entries()
            assert {e.shift_id for e in entries} == {shift.id}  # every sale belongs to the shift

            # The close: expected 200.000 + 135.000 − 20.000 = 315.000; 310.000 counted.
            window.shift_menu.close_shift()
            page = window.shift_menu.screen.closePage
            await wait_for(page.isVisible, what="close page")
            qtbot.keyClicks(child(page, QLineEdit, "shiftCounted"), "310.000")
            difference = child(page, QLabel, "shiftDifference")
            assert "-Rp 5.000" in difference.text()
            qtbot.keyClicks(child(page, QLineEdit, "shiftNote"), "Kembalian salah hitung")
            window.resize(1024, 768)
            window.grab().save(str(ARTIFACTS / "window-shift-close.png"))
            qtbot.mouseClick(child(page, QPushButton, "shiftCloseButton"), Qt.MouseButton.LeftButton)
            sure = await dialog_named("confirmDialog")
            qtbot.mouseClick(child(sure, QPushButton, "confirmOkButton"), Qt.MouseButton.LeftButton)
            await wait_for(lambda: book.get(shift.id).closed_at is not None, what="shift closed")
            closed = book.get(shift.id)
            assert (closed.counted, closed.difference) == (310_000, -5_000)
            assert closed.note == "Kembalian salah hitung"
            assert closed.expected is not None and closed.expected.total == 315_000

            # The shift report: per method, as the journal and the server say.
            view = window.shift_menu.screen.reportView
            await wait_for(lambda: view.report() is not None and view.report().shift is not None,
                           what="shift report")  # fmt: skip
            report = view.report()
            totals = {m.group: m.total for m in report.methods}
            assert totals["cash"] == 135_000
            assert totals["qris"] == int(qris_order["gross_revenue"])
            paid = [e for e in window.app_context.journal.entries() if e.state is JournalState.PAID]
            assert sum(totals.values()) == sum(e.amount for e in paid)
            window.grab().save(str(ARTIFACTS / "window-day-report.png"))

            # Printed on the receipt printer, and exported as CSV whose rows add up.
            slips = len(printer.jobs)  # the sales' own receipts came out by themselves
            await view.print_report()
            printed = read_escpos(printer.wait_for_jobs(slips + 1)[-1]).text
            assert "315.000" in printed and "135.000" in printed
            path = view.export_csv(tmp_path / "shift.csv")
            rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
            header, *body = rows
            section, gross = header.index("section"), header.index("gross")
            sale_rows = [r for r in body if r[section] == "sale"]
            assert sum(int(r[gross] or 0) for r in sale_rows) == report.gross
