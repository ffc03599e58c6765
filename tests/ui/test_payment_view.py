"""The payment screen: the QR codes on screen, a status that confirms itself, cancel and next sale."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from pos_app.api.client import ScalevClient
from pos_app.api.errors import ApiError, NetworkError, RateLimitedError, ServerError
from pos_app.api.models import Order, OrderStatusChange, PaymentInfo
from pos_app.api.payment_parsing import parse_payment_info
from pos_app.sandbox import TrainingServer
from pos_app.services.payment_watcher import PaymentWatcher
from pos_app.ui.common.qr_widget import QrWidget
from pos_app.ui.common.style import STYLE_SHEET
from pos_app.ui.payment.payment_view import PaymentView
from tests.helpers.qr import decode_widget
from tests.helpers.waiting import wait_for

# The offscreen platform says this whenever a shown window's minimum size changes; it is
# about the headless plugin, not about this screen.

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PAYMENT_URL = "https://toko-nusantara.myscalev.com/o/0f1e2d3c4b5a69788796a5b4c3d2e1f0/success"
QR_STRING = (
    "00020101021226670016COM.NOBUBANK.WWW01189360050300000879140214520146220000010303UMI"
    "51440014ID.CO.QRIS.WWW0215ID20232921381220303UMI5204541153033605405150005802ID5914"
    "TOKO NUSANTARA6007JAKARTA61051211062070703A0163044C7D"
)
ORDER = Order(
    id="01936f4e-7c1a-7b3e-9d2f-5a6b7c8d9e0f",
    order_id="261127KQWZTRB",
    status="pending",
    payment_status="unpaid",
    payment_method="payment_link",
    payment_url=PAYMENT_URL,
    store_name="Toko Nusantara",
    gross_revenue=1234567,
)
QRIS_ORDER = replace(ORDER, payment_method="qris", qr_string=QR_STRING)


class FakeSource:
    """Stands in for ScalevClient: the test sets what the server currently says."""

    def __init__(self, order: Order) -> None:
        self.current = order
        self.get_calls = 0
        self.check_calls = 0
        self.canceled: list[str] = []
        self.created_payments: list[str] = []
        self.payment_info: Mapping[str, Any] = {}
        self.fail_next: ApiError | None = None  # the next read fails with this
        self.fail_cancel: ApiError | None = None

    def _maybe_fail(self) -> None:
        if self.fail_next is not None:
            exc, self.fail_next = self.fail_next, None
            raise exc

    async def get_order(self, order_pk: str) -> Order:
        self.get_calls += 1
        self._maybe_fail()
        return self.current

    async def check_payment(self, order_pk: str) -> Order:
        self.check_calls += 1
        self._maybe_fail()
        return self.current

    async def create_payment_info(self, order_pk: str) -> PaymentInfo:
        self.created_payments.append(order_pk)
        return parse_payment_info(dict(self.payment_info))

    async def mark_payment_paid(self, order_pk: str) -> OrderStatusChange:
        self.current = replace(self.current, payment_status="paid")
        return OrderStatusChange(
            id=order_pk, order_id=self.current.order_id, status="pending", payment_status="paid"
        )

    async def cancel_order(self, order_pk: str) -> OrderStatusChange:
        if self.fail_cancel is not None:
            raise self.fail_cancel
        self.canceled.append(order_pk)
        self.current = replace(self.current, status="canceled")
        return OrderStatusChange(
            id=order_pk, order_id=self.current.order_id, status="canceled", payment_status="unpaid"
        )


def fast_watcher(source: FakeSource) -> PaymentWatcher:
    return PaymentWatcher(source, interval=0.02, conflict_interval=0.05, max_interval=0.1)


@pytest.fixture
def showing(qtbot):
    """``async with showing(order) as (view, source):`` a shown view, fully stopped on exit.

    The tasks must have ended before the test coroutine returns: qasync's
    run_until_complete processes Qt events once more after the coroutine is done, outside
    the running loop, and a poll timer due then would fail with "no running event loop".
    """

    @contextlib.asynccontextmanager
    async def show(order: Order = ORDER, **kwargs: Any) -> AsyncIterator[tuple[PaymentView, FakeSource]]:
        source = FakeSource(order)
        view = PaymentView(source, lambda: fast_watcher(source), **kwargs)
        qtbot.addWidget(view)
        view.resize(900, 650)
        view.show()
        view.show_order(order, store_name="Toko Nusantara", till_total=1234567)
        try:
            yield view, source
        finally:
            await view.aclose()

    return show


def child(view: QWidget, kind: type, name: str) -> Any:
    widget = view.findChild(kind, name)
    assert widget is not None, name
    return widget


def status(view: PaymentView) -> str:
    return child(view, QLabel, "paymentStatus").property("status")


@pytest.mark.asyncio
async def test_shows_the_order_link_and_a_readable_qr(showing) -> None:
    async with showing() as (view, _):
        await asyncio.sleep(0)

        assert view.objectName() == "paymentView"
        assert child(view, QLineEdit, "paymentUrl").text() == PAYMENT_URL
        qr = child(view, QrWidget, "paymentQr")
        assert qr.data() == PAYMENT_URL
        assert decode_widget(qr) == [PAYMENT_URL]
        assert child(view, QLabel, "orderNumber").text() == "261127KQWZTRB"
        assert child(view, QLabel, "paymentTotal").text() == "Rp 1.234.567"
        assert "Toko Nusantara" in child(view, QLabel, "storeName").text()
        assert status(view) == "unpaid"
        assert child(view, QLabel, "paymentStatus").text() == "Waiting for payment…"
        # No QRIS code for this order: only the camera tab.
        tabs = child(view, QTabWidget, "qrTabs")
        assert not tabs.isTabVisible(tabs.indexOf(child(view, QWidget, "methodPage")))


@pytest.mark.asyncio
async def test_qris_order_shows_qris_first_and_keeps_the_link_qr(showing) -> None:
    async with showing(QRIS_ORDER) as (view, _):
        await asyncio.sleep(0)

        tabs = child(view, QTabWidget, "qrTabs")
        qris_index = tabs.indexOf(child(view, QWidget, "methodPage"))
        assert tabs.isTabVisible(qris_index)
        assert tabs.currentIndex() == qris_index
        assert "QRIS" in tabs.tabText(qris_index)
        assert decode_widget(child(view, QrWidget, "methodQr")) == [QR_STRING]

        tabs.setCurrentIndex(tabs.indexOf(child(view, QrWidget, "paymentQr")))
        assert decode_widget(child(view, QrWidget, "paymentQr")) == [PAYMENT_URL]


@pytest.mark.asyncio
async def test_qris_image_url_is_downloaded_and_drawn(showing) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from pos_app.ui.common.qr_widget import qr_image

    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qr_image(QR_STRING).scaled(200, 200).save(buffer, "PNG")
    urls: list[str] = []

    async def loader(url: str) -> bytes:
        urls.append(url)
        return bytes(png.data())

    image_order = replace(ORDER, payment_method="qris", qr_image_url="https://pg.example/qr.png")
    async with showing(image_order, image_loader=loader) as (view, _):
        qris = child(view, QrWidget, "methodQr")
        await wait_for(qris.has_content, what="QRIS image drawn")

        assert urls == ["https://pg.example/qr.png"]
        assert decode_widget(qris) == [QR_STRING]


@pytest.mark.asyncio
async def test_qris_image_url_without_loader_shows_the_url(showing) -> None:
    image_order = replace(ORDER, payment_method="qris", qr_image_url="https://pg.example/qr.png")
    async with showing(image_order) as (view, _):
        await asyncio.sleep(0)
        assert "https://pg.example/qr.png" in child(view, QLabel, "methodText").text()


@pytest.mark.asyncio
async def test_qris_order_without_a_code_asks_for_one_once(showing) -> None:
    async with showing(replace(ORDER, payment_method="qris")) as (view, source):
        source.payment_info = {"qr_string": QR_STRING}
        qris = child(view, QrWidget, "methodQr")
        await wait_for(lambda: qris.data() == QR_STRING, what="QRIS code from create_payment")
        await wait_for(lambda: source.get_calls >= 2, what="a few polls")
        assert source.created_payments == [ORDER.id]
        assert decode_widget(qris) == [QR_STRING]  # polls without the code do not wipe it


@pytest.mark.asyncio
async def test_status_flips_to_paid_when_the_server_says_so(showing) -> None:
    async with showing() as (view, source):
        paid: list[str] = []
        view.paid.connect(paid.append)
        await wait_for(lambda: source.get_calls >= 1, what="first poll")
        assert status(view) == "unpaid"

        source.current = replace(ORDER, payment_status="paid", status="confirmed")
        await wait_for(lambda: status(view) == "paid", what="paid status")

        assert paid == [ORDER.id]
        assert "PAID" in child(view, QLabel, "paymentStatus").text()
        assert not child(view, QPushButton, "cancelOrderButton").isVisible()
        calls = source.get_calls
        await asyncio.sleep(0.1)
        assert source.get_calls == calls  # polling stopped
        assert child(view, QrWidget, "paymentQr").data() == PAYMENT_URL


@pytest.mark.asyncio
async def test_conflict_needs_attention(showing) -> None:
    async with showing() as (view, source):
        source.current = replace(ORDER, payment_status="conflict")
        await wait_for(lambda: status(view) == "conflict", what="conflict status")
        assert "attention" in child(view, QLabel, "paymentStatus").text()
        assert child(view, QPushButton, "cancelOrderButton").isVisible()


@pytest.mark.asyncio
async def test_connection_trouble_is_shown_and_cleared(showing) -> None:
    async with showing() as (view, source):
        problem = child(view, QLabel, "connectionProblem")
        source.fail_next = NetworkError("down", request_sent=False)
        await wait_for(problem.isVisible, what="offline line")
        assert "still checking" in problem.text()
        await wait_for(lambda: not problem.isVisible(), what="offline line cleared")


@pytest.mark.asyncio
async def test_check_payment_now(showing) -> None:
    async with showing(replace(ORDER)) as (view, source):
        source.current = replace(ORDER, payment_status="settled")
        child(view, QPushButton, "checkPaymentButton").click()
        await wait_for(lambda: status(view) == "settled", what="settled via check")
        assert source.check_calls == 1


@pytest.mark.asyncio
async def test_paid_found_by_check_stops_polling(showing) -> None:
    async with showing() as (view, source):
        source.current = replace(ORDER, payment_status="paid")
        child(view, QPushButton, "checkPaymentButton").click()
        await wait_for(lambda: status(view) == "paid", what="paid via check")
        calls = source.get_calls
        await asyncio.sleep(0.1)
        assert source.get_calls == calls


@pytest.mark.asyncio
async def test_rate_limit_is_shown_as_busy_not_offline(showing) -> None:
    async with showing() as (view, source):
        problem = child(view, QLabel, "connectionProblem")
        source.fail_next = RateLimitedError("429", retry_after=0.05)
        await wait_for(problem.isVisible, what="busy line")
        assert "busy" in problem.text()


@pytest.mark.asyncio
async def test_keyboard_shortcuts(qtbot, showing) -> None:
    async with showing() as (view, source):
        view.activateWindow()
        await wait_for(view.isActiveWindow, what="active window")
        requested: list[bool] = []
        view.newSaleRequested.connect(lambda: requested.append(True))
        qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert requested == [True]
        qtbot.keyClick(view, Qt.Key.Key_F5)
        await wait_for(lambda: source.check_calls == 1, what="F5 checks the payment")


@pytest.mark.asyncio
async def test_check_payment_failure_is_said_in_plain_words(showing) -> None:
    async with showing() as (view, source):
        source.fail_next = ServerError("boom", status=502)
        child(view, QPushButton, "checkPaymentButton").click()
        message = child(view, QLabel, "actionMessage")
        await wait_for(message.isVisible, what="error message")
        assert "Scalev server had a problem" in message.text()
        assert "502" not in message.text()


async def _answer_confirm(view: QWidget, button: str, number: str = ORDER.order_id) -> QMessageBox:
    box: list[QMessageBox] = []
    await wait_for(
        lambda: box.append(view.findChild(QMessageBox, "confirmDialog")) or (box[-1] and box[-1].isVisible()),
        what="confirm dialog",
    )
    dialog = box[-1]
    assert dialog.text() == f"Cancel order {number}?"
    child(dialog, QPushButton, button).click()
    return dialog


@pytest.mark.asyncio
async def test_cancel_asks_then_cancels(showing) -> None:
    async with showing() as (view, source):
        canceled: list[str] = []
        view.orderCanceled.connect(canceled.append)

        child(view, QPushButton, "cancelOrderButton").click()
        await _answer_confirm(view, "confirmOkButton")

        await wait_for(lambda: canceled == [ORDER.id], what="orderCanceled")
        assert source.canceled == [ORDER.id]
        assert child(view, QLabel, "paymentStatus").text() == "Canceled"
        assert not child(view, QPushButton, "cancelOrderButton").isVisible()


@pytest.mark.asyncio
async def test_cancel_can_be_declined(showing) -> None:
    async with showing() as (view, source):
        child(view, QPushButton, "cancelOrderButton").click()
        await _answer_confirm(view, "confirmCancelButton")
        await asyncio.sleep(0.05)
        assert source.canceled == []
        assert status(view) == "unpaid"
        assert child(view, QPushButton, "cancelOrderButton").isEnabled()


@pytest.mark.asyncio
async def test_paid_while_asking_closes_the_question(showing) -> None:
    async with showing() as (view, source):
        child(view, QPushButton, "cancelOrderButton").click()
        await wait_for(lambda: view.findChild(QMessageBox, "confirmDialog") is not None, what="dialog")
        source.current = replace(ORDER, payment_status="paid")
        await wait_for(lambda: status(view) == "paid", what="paid")
        await wait_for(
            lambda: not any(
                isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
            ),
            what="dialog closed",
        )
        assert source.canceled == []


@pytest.mark.asyncio
async def test_cancel_failure_is_said_in_plain_words(showing) -> None:
    async with showing() as (view, source):
        source.fail_cancel = NetworkError("down", request_sent=False)
        child(view, QPushButton, "cancelOrderButton").click()
        await _answer_confirm(view, "confirmOkButton")
        message = child(view, QLabel, "actionMessage")
        await wait_for(message.isVisible, what="error message")
        assert message.text() == (
            "Order 261127KQWZTRB was not canceled. "
            "The server cannot be reached. Check the internet connection."
        )
        assert status(view) == "unpaid"
        button = child(view, QPushButton, "cancelOrderButton")
        await wait_for(button.isEnabled, what="cancel offered again")


@pytest.mark.asyncio
async def test_new_sale_copy_and_open(showing) -> None:
    opened: list[QUrl] = []
    async with showing(open_url=opened.append) as (view, _):
        requested: list[bool] = []
        view.newSaleRequested.connect(lambda: requested.append(True))

        new_sale = child(view, QPushButton, "newSaleButton")
        assert "Ctrl+N" in new_sale.text()
        new_sale.click()
        assert requested == [True]

        child(view, QPushButton, "copyUrlButton").click()
        assert QGuiApplication.clipboard().text() == PAYMENT_URL
        child(view, QPushButton, "openUrlButton").click()
        assert opened == [QUrl(PAYMENT_URL)]


@pytest.mark.asyncio
@pytest.mark.parametrize("url", ["file:///etc/passwd", "kasir-evil://pay", "http://evil.example/pay"])
async def test_an_unsafe_payment_url_is_neither_encoded_nor_opened(showing, url) -> None:
    opened: list[QUrl] = []
    order = replace(ORDER, payment_url=url)
    async with showing(order, open_url=opened.append) as (view, _):
        qr = child(view, QrWidget, "paymentQr")
        assert qr.data() is None and not qr.has_content()
        child(view, QPushButton, "openUrlButton").click()
        assert opened == []
        message = child(view, QLabel, "actionMessage")
        assert message.isVisible() and "not a secure https address" in message.text()
        assert "not shown as a QR" in child(view, QLabel, "scanHint").text()


@pytest.mark.asyncio
async def test_every_control_has_an_accessible_name(showing) -> None:
    async with showing(QRIS_ORDER) as (view, _):
        for kind in (QPushButton, QLineEdit, QrWidget, QTabWidget):
            for widget in view.findChildren(kind):
                assert widget.accessibleName(), widget.objectName()
        for name in ("orderNumber", "paymentTotal", "paymentStatus", "storeName"):
            assert child(view, QLabel, name).accessibleName()


@pytest.mark.asyncio
async def test_language_change_retranslates(showing) -> None:
    async with showing() as (view, _):
        label = child(view, QLabel, "paymentStatus")
        label.setText("stale")
        QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
        assert label.text() == "Waiting for payment…"


@pytest.mark.asyncio
async def test_show_order_replaces_the_previous_watch(showing) -> None:
    async with showing() as (view, source):
        other = replace(
            ORDER, id="other", order_id="261127ZZZZZZZ", payment_url="https://x.example/p", gross_revenue=5000
        )
        source.current = other
        view.show_order(other, store_name="Toko Nusantara", till_total=5000)
        await wait_for(lambda: source.get_calls >= 2, what="polls")
        assert child(view, QLabel, "orderNumber").text() == "261127ZZZZZZZ"
        assert child(view, QLineEdit, "paymentUrl").text() == "https://x.example/p"
        assert child(view, QLabel, "paymentTotal").text() == "Rp 5.000"


@pytest.mark.asyncio
async def test_link_qr_is_decodable_while_the_qris_tab_is_in_front(qtbot) -> None:
    # As in the main window: the view is built hidden on a stacked page and shown later,
    # so the camera tab was never current and would keep a 100x30 size without care.
    source = FakeSource(QRIS_ORDER)
    stack = QStackedWidget()
    stack.addWidget(QLabel("sale page"))
    view = PaymentView(source, lambda: fast_watcher(source))
    stack.addWidget(view)
    qtbot.addWidget(stack)
    stack.resize(900, 650)
    stack.show()
    view.show_order(QRIS_ORDER, store_name="Toko Nusantara", till_total=1234567)
    stack.setCurrentWidget(view)
    try:
        await asyncio.sleep(0.05)
        qr = child(view, QrWidget, "paymentQr")
        assert not qr.isVisible()
        assert decode_widget(qr) == [PAYMENT_URL]
        assert decode_widget(child(view, QrWidget, "methodQr")) == [QR_STRING]
    finally:
        await view.aclose()


@pytest.mark.asyncio
async def test_screenshots(qtbot) -> None:
    """Pictures to look at (tests/artifacts), in the main window's style sheet as in the app."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    source = FakeSource(QRIS_ORDER)
    window = QMainWindow()
    window.setStyleSheet(STYLE_SHEET)
    view = PaymentView(source, lambda: fast_watcher(source))
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.resize(900, 650)
    window.show()
    view.show_order(QRIS_ORDER, store_name="Toko Nusantara", till_total=1234567)
    try:
        await asyncio.sleep(0.05)
        assert decode_widget(child(view, QrWidget, "methodQr")) == [QR_STRING]
        assert window.grab().save(str(ARTIFACTS / "payment-waiting.png"))
        source.current = replace(QRIS_ORDER, payment_status="paid", status="confirmed")
        await wait_for(lambda: status(view) == "paid", what="paid")
        await asyncio.sleep(0.05)
        assert window.grab().save(str(ARTIFACTS / "payment-paid.png"))
    finally:
        await view.aclose()


# -- end to end: the real ScalevClient against the training server ---------------------------


def _training_sale(server: TrainingServer, method: str) -> dict[str, Any]:
    store = next(s for s in server.data.stores if method in s.payment_methods and s.digital_variants())
    variant = store.digital_variants()[0]
    return {
        "store_unique_id": store.unique_id,
        "customer_name": "Uji Coba",
        "customer_phone": "6281234567890",
        "ordervariants": [{"variant_unique_id": variant.unique_id, "quantity": 2}],
        "payment_method": method,
    }


@contextlib.asynccontextmanager
async def _training_view(qtbot, method: str) -> AsyncIterator[tuple[PaymentView, TrainingServer, Order]]:
    with TrainingServer() as server:
        async with ScalevClient(server.base_url, "sk_training") as client:
            order = await client.create_order(_training_sale(server, method))
            view = PaymentView(client, lambda: PaymentWatcher(client, interval=0.1))
            qtbot.addWidget(view)
            view.resize(900, 650)
            view.show()
            view.show_order(order, store_name=order.store_name or "", till_total=order.gross_revenue)
            try:
                yield view, server, order
            finally:
                await view.aclose()


@pytest.mark.asyncio
async def test_training_server_qris_order_is_scannable_and_turns_paid(qtbot) -> None:
    async with _training_view(qtbot, "qris") as (view, server, order):
        assert order.payment_url and order.qr_string
        tabs = child(view, QTabWidget, "qrTabs")
        assert tabs.currentWidget() is child(view, QWidget, "methodPage")
        assert decode_widget(child(view, QrWidget, "methodQr")) == [order.qr_string]
        tabs.setCurrentWidget(child(view, QrWidget, "paymentQr"))
        assert decode_widget(child(view, QrWidget, "paymentQr")) == [order.payment_url]
        assert child(view, QLineEdit, "paymentUrl").text() == order.payment_url
        paid: list[str] = []
        view.paid.connect(paid.append)

        server.mark_paid(order.id)

        await wait_for(lambda: paid == [order.id], what="paid from the training server")
        assert status(view) == "paid"


@pytest.mark.asyncio
async def test_training_server_cancel_voids_the_order(qtbot) -> None:
    async with _training_view(qtbot, "payment_link") as (view, server, order):
        child(view, QPushButton, "cancelOrderButton").click()
        await _answer_confirm(view, "confirmOkButton", order.order_id)
        await wait_for(lambda: child(view, QLabel, "paymentStatus").text() == "Canceled", what="canceled")
        assert server.get_order(order.id)["status"] == "canceled"
