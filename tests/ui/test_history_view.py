"""The order history pane against the training server, a real client, journal and checkout."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from pos_app.api.client import ScalevClient
from pos_app.api.models import Order, Store
from pos_app.api.retry import RetryPolicy
from pos_app.domain.cart import Cart, variant_item
from pos_app.domain.customer import Customer
from pos_app.domain.order_payload import build_order_payload
from pos_app.sandbox import TrainingServer
from pos_app.services.checkout import CheckoutService
from pos_app.services.checkout_outcomes import CheckoutResult
from pos_app.storage.journal import Journal, JournalEntry, JournalState
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.style import STYLE_SHEET
from pos_app.ui.history.history_model import (
    CUSTOMER,
    ORDER,
    RECEIPT,
    STATUS,
    TIME,
    TOTAL,
    HistoryModel,
    HistorySortProxy,
    method_name,
)
from pos_app.ui.history.history_view import HistoryView
from tests.helpers.waiting import wait_for

# The offscreen platform says this whenever a shown window's minimum size changes.

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CUSTOMERS = (
    ("Rina Kartikasari", "6281234567890"),
    ("Budi Santoso", "6285712345678"),
    ("Sari Wulandari", "6287811112222"),
)


@pytest.fixture
def server():
    with TrainingServer() as running:
        yield running


@dataclass
class Till:
    view: HistoryView
    client: ScalevClient
    journal: Journal
    checkout: CheckoutService
    sales: list[CheckoutResult] = field(default_factory=list)
    reopened: list[tuple[Order, str, int]] = field(default_factory=list)

    def sale(self, name: str) -> CheckoutResult:
        return next(s for s in self.sales if s.entry.customer_name == name)

    def entry(self, name: str) -> JournalEntry:
        entry = self.journal.find(self.sale(name).receipt)
        assert entry is not None
        return entry


def _payload(store, variant, name: str, phone: str, quantity: int) -> tuple[dict[str, Any], int]:
    cart = Cart()
    item = variant_item(
        unique_id=variant.unique_id, variant_id=variant.id, name=variant.fullname, price=variant.price,
        sku=variant.sku, weight=variant.weight, item_type=variant.item_type,
    )  # fmt: skip
    cart.add(item, quantity)
    payload = build_order_payload(
        store_unique_id=store.unique_id,
        customer=Customer(name, phone),
        cart=cart,
        payment_method=store.payment_methods[0],
    )
    return payload, cart.subtotal


@pytest.fixture
def till(qtbot, server, tmp_path):
    """``async with till(**view_options) as t:`` three sales of today and the pane over them."""

    @contextlib.asynccontextmanager
    async def open_till(
        *, sales: int = 3, retry: RetryPolicy | None = None, **options: Any
    ) -> AsyncIterator[Till]:
        client = ScalevClient(server.base_url, server.api_key, retry=retry)
        journal = Journal(tmp_path / "journal.sqlite3", terminal="KASIR-01")
        checkout = CheckoutService(client, journal)
        view: HistoryView | None = None
        try:
            seed = server.data.stores[0]
            store = Store(seed.id, seed.unique_id, seed.name)
            variants = seed.digital_variants()
            results = []
            for n, (name, phone) in enumerate(CUSTOMERS[:sales]):
                payload, total = _payload(seed, variants[n], name, phone, n + 1)
                results.append(await checkout.submit(store=store, payload=payload, total=total))
            options.setdefault("lookup_pause", 0.0)
            view = HistoryView(journal, client, checkout, **options)
            qtbot.addWidget(view)
            view.setStyleSheet(STYLE_SHEET + view.styleSheet())  # as inside the main window
            view.resize(1000, 600)
            view.show()
            state = Till(view, client, journal, checkout, results)
            view.reopenRequested.connect(lambda order, entry: state.reopened.append(
                (order, entry.store_name, entry.total)))  # fmt: skip
            yield state
        finally:
            if view is not None:
                await view.aclose()
            await client.aclose()
            journal.close()

    return open_till


def child(view: QWidget, kind: type, name: str) -> Any:
    widget = view.findChild(kind, name)
    assert widget is not None, name
    return widget


def table(view: HistoryView) -> QTableView:
    return child(view, QTableView, "historyTable")


def cell(view: HistoryView, row: int, column: int) -> str:
    model = table(view).model()
    return model.index(row, column).data()


def rows(view: HistoryView, column: int = RECEIPT) -> list[str]:
    model = table(view).model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def row_of(view: HistoryView, receipt: str) -> int:
    return rows(view).index(receipt)


def status_of(view: HistoryView, receipt: str) -> str:
    return cell(view, row_of(view, receipt), STATUS)


def select(view: HistoryView, receipt: str) -> None:
    assert view.select_receipt(receipt)
    assert view.selected_entry() is not None and view.selected_entry().receipt == receipt


def message(view: HistoryView) -> str:
    return child(view, QLabel, "historyMessage").text()


def order_lookups(server: TrainingServer) -> list[str]:
    return [r.path for r in server.requests if r.method == "GET" and r.path.startswith("/v3/orders/")]


async def answer_confirm(view: QWidget, button: str) -> QMessageBox:
    def shown() -> QMessageBox | None:
        box = view.findChild(QMessageBox, "confirmDialog")
        return box if box is not None and box.isVisible() else None

    await wait_for(shown, what="confirm dialog")
    dialog = shown()
    assert dialog is not None
    child(dialog, QPushButton, button).click()
    return dialog


@pytest.mark.asyncio
async def test_lists_today_and_refresh_marks_the_paid_order(till, server) -> None:
    async with till() as t:
        view = t.view
        assert view.objectName() == "orderHistory" and view.accessibleName()
        assert child(view, QDateEdit, "historyDate").date() == QDate.currentDate()
        # Newest first, each with receipt, order number, customer, total.
        assert rows(view) == [s.receipt for s in reversed(t.sales)]
        for sale in t.sales:
            row = row_of(view, sale.receipt)
            assert cell(view, row, ORDER) == sale.order.order_id
            assert cell(view, row, CUSTOMER) == f"{sale.entry.customer_name} · {sale.entry.customer_phone}"
            assert cell(view, row, TOTAL) == "Rp " + f"{sale.entry.total:,}".replace(",", ".")
            assert status_of(view, sale.receipt) == "Waiting for payment"

        assert not child(view, QLabel, "historyMethodTotals").isVisible()  # nothing received yet
        paid = t.sale("Budi Santoso")
        server.mark_paid(paid.order.id)
        server.clear_requests()
        await view.refresh()

        assert status_of(view, paid.receipt) == "Paid"
        assert t.entry("Budi Santoso").state is JournalState.PAID
        assert status_of(view, t.sale("Rina Kartikasari").receipt) == "Waiting for payment"
        assert t.entry("Rina Kartikasari").state is JournalState.CONFIRMED
        assert sorted(order_lookups(server)) == sorted(f"/v3/orders/{s.order.id}" for s in t.sales)
        assert message(view).startswith("Payment status checked at")
        summary = child(view, QLabel, "historySummary").text()
        assert summary == f"Orders: 3 · Paid: 1 · Received: Rp {paid.entry.total:,}".replace(",", ".")
        # Per method: what came in, not what is still waiting.
        methods = child(view, QLabel, "historyMethodTotals")
        assert methods.isVisible()
        received = format_money(t.entry("Budi Santoso").amount)
        assert methods.text() == f"Received by method: {method_name(paid.entry)} {received}"

        # Final orders are not asked again.
        server.clear_requests()
        await view.refresh()
        assert paid.order.id not in " ".join(order_lookups(server))
        assert len(order_lookups(server)) == 2

        select(view, t.sale("Rina Kartikasari").receipt)
        assert child(view, QPushButton, "historyCancel").isEnabled()
        view.table.setFocus()
        ARTIFACTS.mkdir(exist_ok=True)
        view.grab().save(str(ARTIFACTS / "history.png"))


@pytest.mark.asyncio
async def test_search_by_phone_order_number_and_name(till, qtbot) -> None:
    async with till() as t:
        view = t.view
        search = child(view, QLineEdit, "historySearch")
        budi = t.sale("Budi Santoso")

        qtbot.keyClicks(search, "0857-1234")  # typed the way the customer says it
        assert rows(view) == [budi.receipt]
        search.clear()
        qtbot.keyClicks(search, t.sale("Sari Wulandari").order.order_id)
        assert rows(view) == [t.sale("Sari Wulandari").receipt]
        search.clear()
        qtbot.keyClicks(search, "rina")
        assert rows(view) == [t.sale("Rina Kartikasari").receipt]
        search.clear()
        qtbot.keyClicks(search, "tidak ada")
        assert rows(view) == []
        assert message(view) == "No order of this day matches the search."
        search.clear()
        assert len(rows(view)) == 3
        assert message(view) == ""


@pytest.mark.asyncio
async def test_enter_and_double_click_reopen_the_fresh_order(till, qtbot, server) -> None:
    async with till() as t:
        view = t.view
        sari = t.sale("Sari Wulandari")
        select(view, sari.receipt)
        qtbot.keyClick(table(view), Qt.Key.Key_Return)
        await wait_for(lambda: len(t.reopened) == 1, what="reopen by Enter")

        order, store_name, total = t.reopened[0]
        assert isinstance(order, Order)
        assert order.id == sari.order.id
        assert order.payment_url == server.get_order(sari.order.id)["payment_url"]
        assert order.payment_url == sari.entry.payment_url
        assert store_name == server.data.stores[0].name
        assert total == sari.entry.total

        rina = t.sale("Rina Kartikasari")
        server.mark_paid(rina.order.id)
        tv = table(view)
        rect = tv.visualRect(tv.model().index(row_of(view, rina.receipt), CUSTOMER))
        # A real double-click starts with a click (QTest's widget dblclick alone would not).
        qtbot.mouseClick(tv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        await wait_for(lambda: len(t.reopened) == 2, what="reopen by double-click")
        assert t.reopened[1][0].id == rina.order.id and t.reopened[1][0].is_paid
        # The fresh order told the pane it was paid, and the journal knows it now too.
        assert t.entry("Rina Kartikasari").state is JournalState.PAID
        assert status_of(view, rina.receipt) == "Paid"


@pytest.mark.asyncio
async def test_cancel_asks_then_cancels_on_the_server_and_in_the_journal(till, server) -> None:
    async with till() as t:
        view = t.view
        rina = t.sale("Rina Kartikasari")
        select(view, rina.receipt)
        cancel = child(view, QPushButton, "historyCancel")
        assert cancel.isEnabled()

        cancel.click()
        await answer_confirm(view, "confirmCancelButton")  # "Keep order"
        await asyncio.sleep(0.05)
        assert server.get_order(rina.order.id)["status"] != "canceled"
        assert t.entry("Rina Kartikasari").state is JournalState.CONFIRMED

        cancel.click()
        dialog = await answer_confirm(view, "confirmOkButton")
        assert dialog.text() == f"Cancel order {rina.order.order_id}?"
        await wait_for(lambda: status_of(view, rina.receipt) == "Canceled", what="canceled row")

        assert server.get_order(rina.order.id)["status"] == "canceled"
        assert t.entry("Rina Kartikasari").state is JournalState.CANCELED
        assert message(view) == f"Order {rina.order.order_id} canceled."
        assert not cancel.isEnabled()
        assert not child(view, QPushButton, "historyReopen").isEnabled()
        view.reopen()  # Enter on a canceled row does nothing
        await asyncio.sleep(0.05)
        assert t.reopened == []


@pytest.mark.asyncio
async def test_cancel_refused_by_the_server_is_said_in_plain_words(till, server) -> None:
    async with till() as t:
        view = t.view
        budi = t.sale("Budi Santoso")
        select(view, budi.receipt)
        child(view, QPushButton, "historyCancel").click()
        server.faults.error_rate = 1.0  # every request answers 5xx
        await answer_confirm(view, "confirmOkButton")
        await wait_for(lambda: "not canceled" in message(view), what="error message")
        server.faults.reset()

        assert message(view) == (
            f"Order {budi.order.order_id} was not canceled. "
            "The Scalev server had a problem. Please try again in a moment."
        )
        assert child(view, QLabel, "historyMessage").property("kind") == "error"
        assert t.entry("Budi Santoso").state is JournalState.CONFIRMED
        assert status_of(view, budi.receipt) == "Waiting for payment"
        assert child(view, QPushButton, "historyCancel").isEnabled()  # may try again


@pytest.mark.asyncio
async def test_paid_orders_cannot_be_canceled(till, server) -> None:
    async with till() as t:
        view = t.view
        budi = t.sale("Budi Santoso")
        server.mark_paid(budi.order.id, "settled")
        await view.refresh()
        select(view, budi.receipt)
        assert status_of(view, budi.receipt) == "Paid"
        assert not child(view, QPushButton, "historyCancel").isEnabled()
        assert child(view, QPushButton, "historyReopen").isEnabled()


@pytest.mark.asyncio
async def test_copy_link_puts_the_payment_url_on_the_clipboard(till, server) -> None:
    async with till() as t:
        view = t.view
        sari = t.sale("Sari Wulandari")
        select(view, sari.receipt)
        QGuiApplication.clipboard().clear()
        child(view, QPushButton, "historyCopyLink").click()
        assert QGuiApplication.clipboard().text() == server.get_order(sari.order.id)["payment_url"]
        assert message(view) == f"Payment link of order {sari.order.order_id} copied."


@pytest.mark.asyncio
async def test_yesterday_shows_none_and_today_comes_back(till, server) -> None:
    async with till() as t:
        view = t.view
        day = child(view, QDateEdit, "historyDate")
        assert day.calendarPopup()
        day.setDate(QDate.currentDate().addDays(-1))
        assert rows(view) == []
        assert message(view) == "No orders on this day."
        assert child(view, QLabel, "historySummary").text() == "Orders: 0 · Paid: 0 · Received: Rp 0"
        day.setDate(QDate.currentDate())
        assert len(rows(view)) == 3
        assert message(view) == ""


@pytest.mark.asyncio
async def test_sales_without_an_order_are_listed_but_offer_no_order_actions(till, server) -> None:
    async with till(sales=1) as t:
        view = t.view
        entry = t.journal.begin(
            store_id=1, store_unique_id="store_x", store_name="Toko", customer_name="Dewi Lestari",
            customer_phone="6281300001111", total=25000, payload={"customer_name": "Dewi Lestari"},
        )  # fmt: skip
        t.journal.mark_sent(entry.receipt)
        t.journal.mark_rejected(entry.receipt, "Stok habis")
        server.clear_requests()
        await view.refresh()

        assert status_of(view, entry.receipt) == "Rejected: Stok habis"
        assert cell(view, row_of(view, entry.receipt), ORDER) == "–"
        assert order_lookups(server) == [f"/v3/orders/{t.sales[0].order.id}"]  # only real orders
        select(view, entry.receipt)
        for name in ("historyReopen", "historyCancel", "historyCopyLink"):
            assert not child(view, QPushButton, name).isEnabled(), name


@pytest.mark.asyncio
async def test_rate_limit_stops_the_round_and_retries(till, server) -> None:
    # No client-side retry here, so the pane's own handling is what is tested.
    async with till(retry=RetryPolicy.never()) as t:
        view = t.view
        rina = t.sale("Rina Kartikasari")
        server.mark_paid(rina.order.id)
        server.clear_requests()
        server.faults.rate_limit_burst(1, reset_in=1.0)
        task = view.refresh()
        await wait_for(lambda: message(view) == "Too many requests, will retry", what="rate-limit message")
        assert len(order_lookups(server)) == 1  # the round stopped at the first 429
        assert child(view, QLabel, "historyMessage").property("kind") == "warning"

        await asyncio.wait_for(task, timeout=10)
        assert status_of(view, rina.receipt) == "Paid"
        assert t.entry("Rina Kartikasari").state is JournalState.PAID
        assert message(view).startswith("Payment status checked at")


@pytest.mark.asyncio
async def test_at_most_max_lookups_per_refresh_least_recently_checked_first(till, server) -> None:
    async with till(max_lookups=2) as t:
        view = t.view
        server.clear_requests()
        await view.refresh()
        first = order_lookups(server)
        assert len(first) == 2
        assert "press Refresh to check 1 more" in message(view)

        server.clear_requests()
        await view.refresh()
        second = order_lookups(server)
        assert len(second) == 2
        never_checked = {f"/v3/orders/{s.order.id}" for s in t.sales} - set(first)
        assert second[0] in never_checked


@pytest.mark.asyncio
async def test_a_new_refresh_cancels_the_running_one(till, server) -> None:
    async with till(lookup_pause=0.3) as t:
        view = t.view
        old = view.refresh()
        await wait_for(lambda: len(order_lookups(server)) >= 1, what="first lookup")
        new = view.refresh()
        await asyncio.wait_for(new, timeout=10)
        assert old.cancelled()


@pytest.mark.asyncio
async def test_keyboard_tab_order_mnemonics_and_accessible_names(till) -> None:
    async with till() as t:
        view = t.view
        names = ["historyDate", "historySearch", "historyRefresh", "historyTable",
                 "historyReopen", "historyCopyLink", "historyCancel"]  # fmt: skip
        chain: list[str] = []
        widget: QWidget = child(view, QWidget, "historyDate")
        for _ in range(200):
            if widget.objectName() in names and widget.objectName() not in chain:
                chain.append(widget.objectName())
            widget = widget.nextInFocusChain()
        assert chain == names
        assert not table(view).tabKeyNavigation()
        for name in names:
            control = child(view, QWidget, name)
            assert control.accessibleName(), name
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, name
        for name in ("historyRefresh", "historyReopen", "historyCopyLink", "historyCancel"):
            assert "&" in child(view, QPushButton, name).text(), name
        assert "(F5)" in child(view, QPushButton, "historyRefresh").text()
        assert "(Enter)" in child(view, QPushButton, "historyReopen").text()
        assert child(view, QLabel, "historyMessage").accessibleName()


class _Shouting(QTranslator):
    """Stands in for the Indonesian file: every HistoryView string in capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (a null string) means "not translated here": other screens still alive in
        # this test process stay English. An empty string would count as a translation.
        if context not in ("HistoryView", "HistoryModel"):
            return None
        # Placeholders stay as they are, as a real translation must keep them.
        return re.sub(r"\{[^}]*\}|[^{]+", lambda m: m[0] if m[0].startswith("{") else m[0].upper(), source)

    def isEmpty(self) -> bool:
        return False  # Qt skips empty translators (no LanguageChange at all)


@pytest.mark.asyncio
async def test_language_change_retranslates_texts_and_headers(till) -> None:
    async with till() as t:
        view = t.view
        translator = _Shouting()
        QApplication.installTranslator(translator)
        try:
            await wait_for(lambda: view.refresh_button.text() == "&REFRESH (F5)", what="retranslated")
            header = table(view).model().headerData(STATUS, Qt.Orientation.Horizontal)
            assert header == "STATUS"
            assert cell(view, 0, STATUS) == "WAITING FOR PAYMENT"
        finally:
            QApplication.removeTranslator(translator)
        await wait_for(lambda: view.refresh_button.text() == "&Refresh (F5)", what="back to English")


def _entry(n: int, **changes: Any) -> JournalEntry:
    base = JournalEntry(
        receipt=f"KASIR-01-{n:06d}", terminal="KASIR-01", seq=n,
        created_at=datetime(2026, 1, 5, 2, n, tzinfo=UTC), store_id=1, store_unique_id="store_a",
        store_name="Toko", customer_name=f"Pelanggan {n}", customer_phone=f"62812000{n:04d}",
        total=1000 * n, payload={}, state=JournalState.CONFIRMED, attempts=1,
        updated_at=datetime(2026, 1, 5, 2, n, tzinfo=UTC), order_pk=f"pk-{n}", order_number=f"ORD{n}",
        payment_url=f"https://pay.example/{n}",
    )  # fmt: skip
    return replace(base, **changes)


def test_model_words_live_status_and_raw_sorting(qtmodeltester) -> None:
    model = HistoryModel()
    model.set_entries([
        _entry(9),
        _entry(10, state=JournalState.REJECTED, order_pk=None, order_number=None, reason="stok habis"),
        _entry(2, state=JournalState.UNSENT, order_pk=None, order_number=None),
        _entry(3, state=JournalState.UNKNOWN, order_pk=None, order_number=None),
        _entry(4, state=JournalState.PAID),
        _entry(5, state=JournalState.CANCELED),
    ])  # fmt: skip
    qtmodeltester.check(model)
    words = [model.index(r, STATUS).data() for r in range(model.rowCount())]
    assert words == ["Waiting for payment", "Rejected: stok habis", "Not sent", "Unknown – being checked",
                     "Paid", "Canceled"]  # fmt: skip
    assert model.index(0, TOTAL).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, ORDER).data() == "ORD9" and model.index(1, ORDER).data() == "–"
    local = datetime(2026, 1, 5, 2, 9, tzinfo=UTC).astimezone()
    assert model.index(0, TIME).data() == local.strftime("%H.%M")  # the day is chosen above
    assert model.index(0, 0).data(ObjectRole).receipt == "KASIR-01-000009"

    model.update_status("KASIR-01-000009", "settled", "confirmed")  # the server knows better
    assert model.index(0, STATUS).data() == "Paid"
    model.update_status("KASIR-01-000009", "conflict", "confirmed")
    assert model.index(0, STATUS).data() == "Payment needs attention"
    model.update_status("KASIR-01-000009", "unpaid", "canceled")
    assert model.index(0, STATUS).data() == "Canceled"

    proxy = HistorySortProxy()
    proxy.setSourceModel(model)
    proxy.sort(TOTAL, Qt.SortOrder.AscendingOrder)
    # Numbers, not strings: Rp 9.000 comes before Rp 10.000.
    assert [proxy.index(r, TOTAL).data() for r in range(3)] == ["Rp 2.000", "Rp 3.000", "Rp 4.000"]
    assert proxy.index(proxy.rowCount() - 1, TOTAL).data() == "Rp 10.000"
    proxy.sort(TIME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, RECEIPT).data() == "KASIR-01-000010"
    qtmodeltester.check(proxy)
