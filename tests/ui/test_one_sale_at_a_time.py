"""Issue 10 in the real window against the training server: one sale at a time, the server's
total, reconciliation on the server's clock, scans while the catalog loads."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from pos_app.domain.sale import SalePhase
from pos_app.storage.journal import JournalState
from pos_app.ui.common.money_format import format_money
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

KOPI = 4127  # no fee, no unique code: the server's total is the till's
DAPUR = 4158  # a Rp 2.500 payment-link fee


async def ready(qtbot, window, server, store_id: int = KOPI, *, items: int = 1):
    store = next(s for s in server.data.stores if s.id == store_id)
    await choose_store(window, store.id)
    for variant in store.digital_variants()[:items]:
        scan(qtbot, window, variant.sku)
    fill_customer(qtbot, window)
    await wait_for(checkout_button(window).isEnabled, what="checkout enabled")
    return store


def select_store(window, store_id: int) -> None:
    store_list: QAbstractItemView = child(window, QAbstractItemView, "storeList")
    row = window.store_pane.model.row_of(store_id)
    store_list.selectionModel().setCurrentIndex(
        store_list.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


@pytest.mark.asyncio
async def test_nothing_changes_a_sale_while_its_order_is_in_flight(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        store = await ready(qtbot, window, server)
        other = next(s for s in server.data.stores if s.id != store.id)
        later = store.digital_variants()[1]
        server.faults.set_latency(2.0, method="POST", path="/v3/orders")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.sale.phase is SalePhase.SENDING, what="sending")

        scan(qtbot, window, later.sku)  # the next customer's first item, too early
        message = child(window, QLabel, "scanMessage")
        assert "not added" in message.text() and later.fullname in message.text()
        assert "Scan it again" in message.text()
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        select_store(window, other.id)
        view = child(window, QAbstractItemView, "cartView")
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_Plus)
        qtbot.keyClick(view, Qt.Key.Key_Delete)

        assert window.controller.store.id == store.id
        assert [(line.item.sku, line.quantity) for line in window.sale.cart] == [
            (store.digital_variants()[0].sku, 1)
        ]
        assert not window.customer_form.isEnabled() and not window.store_pane.isEnabled()
        window.grab().save(str(ARTIFACTS / "sale-sending.png"))

        await wait_for(window.payment_view.isVisible, timeout=10, what="payment screen")
        [sent] = order_requests(server)
        assert sent.json_body["ordervariants"] == [
            {"variant_unique_id": store.digital_variants()[0].unique_id, "quantity": 1}
        ]
        # The payment screen names the store and customer of the order it shows.
        assert child(window, QLabel, "storeName").text() == store.name
        assert "Rina Kartikasari" in child(window, QLabel, "paymentCustomer").text()


@pytest.mark.asyncio
@pytest.mark.parametrize("skew_hours", [2, -2])
async def test_a_lost_answer_with_the_till_clock_hours_off_ends_in_exactly_one_order(
    qtbot, server, tmp_path, skew_hours
):
    server.clock_offset = skew_hours * 3600
    async with cashier_window(server, tmp_path) as window:
        await ready(qtbot, window, server)
        server.faults.drop_after_commit(1)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, timeout=20, what="payment screen")
        [order] = server.orders()
        [entry] = window.app_context.journal.entries()
        assert entry.adopted and entry.order_pk == order["id"]
        assert server.order_create_attempts == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("skew_hours", [2, -2])
async def test_answers_lost_twice_in_a_row_never_double_a_sale(qtbot, server, tmp_path, skew_hours):
    server.clock_offset = skew_hours * 3600
    async with cashier_window(server, tmp_path) as window:
        await ready(qtbot, window, server)
        # First: the answer is lost and the server cannot be searched either.
        server.faults.drop_after_commit(2)
        server.faults.fail_next(100, method="GET", path="/v3/orders", status=503)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.sale.phase is SalePhase.AWAITING_DECISION, timeout=30, what="decision")
        resend = checkout_button(window)
        assert resend.text() == "Resend (F12)"
        hint = child(window, QLabel, "checkoutHint").text()
        assert "Rina Kartikasari" in hint and window.controller.store.name in hint
        assert format_money(window.sale.sent.till_total) in hint
        # Store switch and a new sale wait for the decision.
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.sale.phase is SalePhase.AWAITING_DECISION and len(window.sale.cart) == 1
        own_store = window.sale.store.id
        select_store(window, next(s.id for s in server.data.stores if s.id != own_store))
        assert window.controller.store.id == own_store and window.sale.phase is SalePhase.AWAITING_DECISION
        server.faults.reset()
        server.faults.drop_after_commit(1)
        qtbot.keyClick(window, Qt.Key.Key_F12)  # Resend: looks up first, finds it, sends nothing
        await wait_for(window.payment_view.isVisible, timeout=20, what="payment screen")
        assert len(server.orders()) == 1 and server.order_create_attempts == 1

        # The next sale loses its answer too: adopted again, still one order per sale.
        window.new_sale()
        await ready(qtbot, window, server)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(
            lambda: window.payment_view.isVisible() and len(window.app_context.journal.entries()) == 2,
            timeout=20,
            what="second payment screen",
        )
        assert len(server.orders()) == 2 and server.order_create_attempts == 2
        entries = window.app_context.journal.entries()
        assert all(e.adopted and e.state is JournalState.CONFIRMED for e in entries)


@pytest.mark.asyncio
async def test_the_server_total_is_shown_and_the_difference_explained(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        store = await ready(qtbot, window, server, DAPUR)
        combo = window.customer_form.payment
        combo.setCurrentIndex(combo.findData("payment_link"))
        till_total = window.sale.cart.subtotal
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        [order] = server.orders()
        gross = int(order["gross_revenue"])
        assert gross == till_total + store.payment_link_fee
        assert child(window, QLabel, "paymentTotal").text() == "Rp " + f"{gross:,}".replace(",", ".")
        note = child(window, QLabel, "paymentTotalNote")
        assert note.isVisible() and "payment-link fee" in note.text() and "Rp 2.500" in note.text()
        assert child(window, QLabel, "paymentMethodName").text() == "Payment link"
        [entry] = window.app_context.journal.entries()
        assert (entry.total, entry.server_total, entry.amount) == (till_total, gross, gross)


@pytest.mark.asyncio
async def test_a_scan_while_the_catalog_still_loads_adds_the_item(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if s.id == KOPI)
    # Products are listed newest first, so the oldest product arrives on the last page.
    oldest = min(store.products, key=lambda p: p.id)
    sku = oldest.variants[0].sku
    server.faults.set_latency(0.6, method="GET", path="/v3/stores/*/products")
    async with cashier_window(server, tmp_path) as window:
        await wait_for(lambda: window.store_pane.model.row_of(store.id) is not None, what="store listed")
        select_store(window, store.id)
        await wait_for(lambda: window.product_pane.loading, what="catalog loading")
        scan(qtbot, window, sku)
        assert window.product_pane.find_sku(sku) is None, "the test needs a SKU not loaded yet"
        message = child(window, QLabel, "scanMessage")
        assert "Looking up SKU" in message.text()
        await wait_for(lambda: len(window.sale.cart) == 1, timeout=10, what="the scanned item added")
        assert window.sale.cart.lines[0].item.sku == sku
        assert window.product_pane.loading, "found by the server lookup, not by the finished catalog"
        await wait_for(lambda: not window.product_pane.loading, timeout=60, what="catalog loaded")
        assert len(window.sale.cart) == 1 and window.sale.cart.lines[0].quantity == 1


@pytest.mark.asyncio
async def test_unknown_only_once_the_whole_catalog_has_answered(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if s.id == KOPI)
    server.faults.set_latency(0.3, method="GET", path="/v3/stores/*/products")
    async with cashier_window(server, tmp_path) as window:
        await wait_for(lambda: window.store_pane.model.row_of(store.id) is not None, what="store listed")
        select_store(window, store.id)
        await wait_for(lambda: window.product_pane.loading, what="catalog loading")
        scan(qtbot, window, "NO-SUCH-SKU-42")
        message = child(window, QLabel, "scanMessage")
        assert "Looking up SKU" in message.text()
        assert not checkout_button(window).isEnabled()
        await wait_for(lambda: not window.product_pane.loading, timeout=60, what="catalog loaded")
        await wait_for(lambda: "Unknown SKU" in message.text(), what="unknown at the end")
        assert window.sale.cart.is_empty


@pytest.mark.asyncio
async def test_a_catalog_that_stops_part_way_never_calls_a_scan_unknown(qtbot, server, tmp_path):
    store = next(s for s in server.data.stores if s.id == KOPI)
    oldest = min(store.products, key=lambda p: p.id)  # listed last: never loaded below
    sku = oldest.variants[0].sku
    server.faults.set_latency(0.3, method="GET", path="/v3/stores/*/products")
    async with cashier_window(server, tmp_path) as window:
        await wait_for(lambda: window.store_pane.model.row_of(store.id) is not None, what="store listed")
        select_store(window, store.id)
        await wait_for(lambda: window.product_pane.loading, what="catalog loading")
        # Scalev goes away: the product list and the SKU look-up both fail.
        server.faults.fail_next(500, method="GET", path="/v3/products", status=503)
        server.faults.fail_next(500, method="GET", path="/v3/stores/*/products", status=503)
        scan(qtbot, window, sku)
        message = child(window, QLabel, "scanMessage")
        assert "Looking up SKU" in message.text()
        await wait_for(lambda: not window.product_pane.loading, timeout=60, what="the load gave up")
        assert window.product_pane.find_sku(sku) is None
        await wait_for(lambda: "could not be checked" in message.text(), timeout=60, what="handed back")
        assert "Unknown SKU" not in message.text() and sku in message.text()
        assert window.sale.cart.is_empty

        # Back online: the same scan is asked of the server and added, the list still partial.
        server.faults.reset()
        scan(qtbot, window, sku)
        await wait_for(lambda: len(window.sale.cart) == 1, timeout=20, what="added after all")
        assert window.sale.cart.lines[0].item.sku == sku
        # A code the server does not know is unknown: the server answered for it.
        scan(qtbot, window, "NO-SUCH-SKU-42")
        await wait_for(lambda: "Unknown SKU" in message.text(), timeout=20, what="unknown, by the server")


@pytest.mark.asyncio
async def test_history_looks_up_resends_and_abandons_unfinished_sales(qtbot, server, tmp_path):
    from pos_app.ui.common.async_dialogs import ASK_TEXT_DIALOG

    async with cashier_window(server, tmp_path) as window:
        # A sale whose create failed ambiguously before anything was stored: unknown.
        await ready(qtbot, window, server)
        server.faults.fail_next(1, method="POST", path="/v3/orders", status=502)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.sale.phase is SalePhase.AWAITING_DECISION, timeout=20, what="decision")
        qtbot.mouseClick(child(window, QPushButton, "setAsideButton"), Qt.MouseButton.LeftButton)
        assert window.sale.phase is SalePhase.EDITING and window.sale.cart.is_empty
        # A second one the same way, to abandon.
        await ready(qtbot, window, server)
        server.faults.fail_next(1, method="POST", path="/v3/orders", status=502)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(lambda: window.sale.phase is SalePhase.AWAITING_DECISION, timeout=20, what="decision")
        window.set_aside()
        first, second = window.app_context.journal.entries()
        assert first.state is second.state is JournalState.UNKNOWN

        qtbot.keyClick(window, Qt.Key.Key_F8)
        history = window.history_view
        await wait_for(lambda: history.model.rowCount() == 2, what="history rows")
        assert history.select_receipt(first.receipt)
        qtbot.mouseClick(child(history, QPushButton, "historyLookUp"), Qt.MouseButton.LeftButton)
        message = child(history, QLabel, "historyMessage")
        await wait_for(lambda: "not on the server" in message.text(), what="looked up")
        assert server.order_create_attempts == 2  # looking up never sends

        qtbot.mouseClick(child(history, QPushButton, "historyResend"), Qt.MouseButton.LeftButton)
        box = await _dialog(window, "confirmDialog")
        assert first.customer_name in box.informativeText() and first.store_name in box.informativeText()
        qtbot.mouseClick(child(box, QPushButton, "confirmOkButton"), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, timeout=20, what="the resent order's QR")
        assert len(server.orders()) == 1
        assert window.app_context.journal.find(first.receipt).state is JournalState.CONFIRMED

        window.activateWindow()  # the question box had the focus; the window gets it back
        await wait_for(window.isActiveWindow, what="window active")
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # back to History
        await wait_for(history.isVisible, what="history again")
        assert history.select_receipt(second.receipt)
        qtbot.mouseClick(child(history, QPushButton, "historyAbandon"), Qt.MouseButton.LeftButton)
        dialog = await _dialog(window, ASK_TEXT_DIALOG)
        dialog.setTextValue("Customer left without paying")
        dialog.accept()
        await wait_for(
            lambda: window.app_context.journal.find(second.receipt).state is JournalState.ABANDONED,
            what="abandoned",
        )
        assert window.app_context.journal.find(second.receipt).reason == "Customer left without paying"
        # Abandoned sales never come back: the next start does not look for them.
        outcomes = await window.controller.checkout_flow.recover_unfinished()
        assert second.receipt not in [outcome.receipt for outcome in outcomes]
        window.grab().save(str(ARTIFACTS / "history-unfinished.png"))


async def _dialog(window, name: str):
    from PySide6.QtWidgets import QApplication, QDialog

    found: list[QDialog] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    await wait_for(visible, what=name)
    await asyncio.sleep(0)
    return found[0]


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [429, 403])
async def test_a_sale_sent_again_after_a_refusal_leaves_nothing_to_send_twice(
    qtbot, server, tmp_path, status
):
    """429: the till waits and sends once more by itself; 403: the cashier presses F12 again.
    Either way the refused attempt never reached the server, and History must not offer it as
    a sale of its own: resending it would charge the customer twice."""
    async with cashier_window(server, tmp_path) as window:
        await ready(qtbot, window, server)
        server.faults.fail_next(1, method="POST", path="/v3/orders", status=status)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        if status == 403:
            journal = window.app_context.journal
            await wait_for(lambda: [e.state for e in journal.entries()] == [JournalState.UNSENT],
                           timeout=20, what="refused")  # fmt: skip
            button = checkout_button(window)
            await wait_for(lambda: window.sale.phase is SalePhase.EDITING and button.isEnabled(),
                           what="the cart kept for another try")  # fmt: skip
            qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, timeout=30, what="the order's QR")
        refused, sent = sorted(window.app_context.journal.entries(), key=lambda e: e.receipt)
        assert sent.state is JournalState.CONFIRMED
        assert refused.state is JournalState.ABANDONED  # retired, never looked up or sent again
        assert len(server.orders()) == 1

        qtbot.keyClick(window.payment_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        await wait_for(lambda: window.sale.phase is SalePhase.EDITING, what="next sale")
        window.pages.show_history()
        history = window.history_view
        await wait_for(lambda: history.select_receipt(refused.receipt), what="the refused attempt listed")
        assert history.model.state_text(history.selected_entry()) == f"Sent again as {sent.receipt}"
        for name in ("historyResend", "historyLookUp", "historyAbandon"):
            button = child(history, QPushButton, name)
            assert not (button.isVisible() and button.isEnabled()), name
        outcomes = await window.controller.checkout_flow.recover_unfinished()
        assert refused.receipt not in [outcome.receipt for outcome in outcomes]
        assert len(server.orders()) == 1


@pytest.mark.asyncio
async def test_the_start_counts_the_sales_left_never_sent(qtbot, server, tmp_path):
    async with cashier_window(server, tmp_path) as window:
        await ready(qtbot, window, server)
        server.faults.fail_next(1, method="POST", path="/v3/orders", status=403)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        journal = window.app_context.journal
        await wait_for(lambda: [e.state for e in journal.entries()] == [JournalState.UNSENT], what="refused")
        # The till is closed with the refused sale still on it.
    async with cashier_window(server, tmp_path) as window:
        notice = child(window, QLabel, "noticeBanner")
        await wait_for(lambda: "never sent" in notice.text(), timeout=15, what="the start notice")
        assert "1 sale(s) were never sent" in notice.text() and "History (F8)" in notice.text()
        assert server.order_create_attempts == 1  # counted, never sent by the start
