"""The shipping dialog driven like a cashier would: keys typed, rows made current, Enter and Esc.

Async tests run on the qasync loop, so they poll with ``wait_for`` and never nest a Qt loop.
Tests against the training server are at the bottom; the rest use ``FakeShippingClient``,
whose delays and failures can be set per call.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QWidget,
)

from pos_app.domain.cart import Cart
from pos_app.domain.order_payload import ShippingChoice
from pos_app.services.shipping import ShippingService
from pos_app.ui.models.shipping_models import ObjectRole
from pos_app.ui.shipping_dialog import ShippingDialog, ask_for_shipping
from tests.helpers.waiting import wait_for
from tests.services.test_shipping_service import (
    STORE,
    FakeShippingClient,
    bundle_cart,
    physical_cart,
    quotes_for,
)

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ADDRESS = "Jl. Ir. H. Juanda No. 112, RT 02/RW 05, Dago"


class Ui:
    """Finds the dialog's widgets by their automation names, as a test robot would."""

    def __init__(self, dialog: ShippingDialog) -> None:
        self.dialog = dialog
        self.address: QLineEdit = dialog.findChild(QLineEdit, "addressInput")
        self.search: QLineEdit = dialog.findChild(QLineEdit, "locationSearch")
        self.locations: QListView = dialog.findChild(QListView, "locationList")
        self.postal: QComboBox = dialog.findChild(QComboBox, "postalCode")
        self.postal_error: QLabel = dialog.findChild(QLabel, "postalError")
        self.warehouses: QTableView = dialog.findChild(QTableView, "warehouseTable")
        self.couriers: QTableView = dialog.findChild(QTableView, "courierTable")
        self.confirm: QPushButton = dialog.findChild(QPushButton, "shippingConfirm")
        self.retry: QPushButton = dialog.findChild(QPushButton, "shippingRetry")
        self.message: QLabel = dialog.findChild(QLabel, "shippingMessage")

    def location_rows(self) -> list[str]:
        model = self.locations.model()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    def courier_ids(self) -> list[int]:
        model = self.couriers.model()
        return [model.index(row, 0).data(ObjectRole).courier_service_id for row in range(model.rowCount())]

    def current_warehouse_id(self) -> int | None:
        index = self.warehouses.currentIndex()
        return index.data(ObjectRole).id if index.isValid() else None

    def make_courier_current(self, service_id: int) -> None:
        row = self.courier_ids().index(service_id)
        self.couriers.setCurrentIndex(self.couriers.model().index(row, 0))

    def error_shown(self) -> bool:
        return self.message.isVisible() and self.retry.isVisible()


@pytest.fixture
def host(qtbot) -> QWidget:
    """A stand-in main window, as in the app: the dialog is window-modal over it, and closing the
    dialog is not closing the last window (which would quit Qt and stop the qasync loop)."""
    window = QWidget()
    window.setObjectName("hostWindow")
    with contextlib.suppress(ImportError):  # the app's look, when the style module is there
        from pos_app.ui.style import STYLE_SHEET

        window.setStyleSheet(STYLE_SHEET)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


@contextlib.asynccontextmanager
async def opened(
    host: QWidget,
    client: FakeShippingClient | object,
    *,
    cart: Cart | None = None,
    payment_method: str = "qris",
    previous: ShippingChoice | None = None,
) -> AsyncIterator[Ui]:
    dialog = ShippingDialog(
        ShippingService(client),  # type: ignore[arg-type]
        store=STORE,
        cart=cart or physical_cart(),
        payment_method=payment_method,
        previous=previous,
        parent=host,
    )
    dialog.open()
    try:
        yield Ui(dialog)
    finally:
        dialog.reject()
        await asyncio.sleep(0.01)  # let cancelled tasks finish on this loop before it closes


async def choose_district(ui: Ui, name: str, row: int = 0) -> None:
    ui.search.setFocus()
    QTest.keyClicks(ui.search, name)
    await wait_for(lambda: ui.locations.model().rowCount() > row, what=f"districts for {name!r}")
    ui.locations.setCurrentIndex(ui.locations.model().index(row, 0))


async def fill_everything(ui: Ui, client: FakeShippingClient) -> None:
    QTest.keyClicks(ui.address, ADDRESS)
    await choose_district(ui, "coblong")
    await wait_for(lambda: ui.postal.count() == 3, what="postal codes")
    await wait_for(lambda: ui.current_warehouse_id() == 610, what="nearest warehouse preselected")
    await wait_for(lambda: len(ui.courier_ids()) == 4, what="courier quotes")
    ui.postal.setCurrentIndex(0)  # 40131: the couriers are asked again with it
    await wait_for(
        lambda: client.last("search_courier_services")[-1] == "40131" and len(ui.courier_ids()) == 4,
        what="re-quote with the postal code",
    )


# ----- the whole flow -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_fake_flow_gives_the_quote_exactly(host):
    client = FakeShippingClient()
    cart = bundle_cart()
    async with opened(host, client, cart=cart) as ui:
        await fill_everything(ui, client)
        assert client.last("postal_codes") == (2843,)
        assert client.last("search_warehouses") == (4127, 2843, ((55201, 5), (55301, 2)))
        assert client.last("search_courier_services")[:5] == (4127, 610, 2843, "qris", cart.total_weight)
        assert not ui.confirm.isEnabled()  # no courier chosen yet
        cheapest = ui.dialog.form.courier_model.cheapest_id()
        assert ui.courier_ids()[0] == cheapest  # sorted by price, cheapest on top
        ui.make_courier_current(cheapest)
        await wait_for(ui.confirm.isEnabled, what="confirm enabled")
        quotes = quotes_for(610, "qris", cart.total_weight)
        quote = next(q for q in quotes if q.courier_service_id == cheapest)
        choice = ui.dialog.choice()
        assert choice is not None
        assert (choice.courier_service_id, choice.shipping_cost, choice.shipment_provider_code) == (
            quote.courier_service_id, quote.cost, quote.shipment_provider_code,
        )  # fmt: skip
        assert choice.address == ADDRESS and choice.postal_code == "40131"
        assert choice.location_id == 2843 and choice.location_display == "Coblong, Kota Bandung, Jawa Barat"
        assert choice.warehouse_unique_id == "warehouse_Bdg7Xc"
        assert choice.is_valid_for(cart, "qris")
        ARTIFACTS.mkdir(exist_ok=True)
        ui.dialog.grab().save(str(ARTIFACTS / "shipping-dialog-fake.png"))


@pytest.mark.asyncio
async def test_ask_for_shipping_returns_the_confirmed_choice(host):
    client = FakeShippingClient()
    service = ShippingService(client)
    task = asyncio.ensure_future(
        ask_for_shipping(host, service, store=STORE, cart=physical_cart(), payment_method="qris")
    )
    await wait_for(lambda: _open_dialog() is not None, what="dialog open")
    dialog = _open_dialog()
    assert dialog is not None and dialog.isModal()
    ui = Ui(dialog)
    await fill_everything(ui, client)
    ui.make_courier_current(45)
    await wait_for(ui.confirm.isEnabled)
    expected = dialog.choice()
    ui.confirm.click()
    assert await asyncio.wait_for(task, 5) == expected


@pytest.mark.asyncio
async def test_escape_cancels_and_returns_none(host):
    service = ShippingService(FakeShippingClient())
    task = asyncio.ensure_future(
        ask_for_shipping(host, service, store=STORE, cart=physical_cart(), payment_method="qris")
    )
    await wait_for(lambda: _open_dialog() is not None, what="dialog open")
    ui = Ui(_open_dialog())
    QTest.keyClicks(ui.address, "Jl. Dago 5")
    QTest.keyClick(ui.address, Qt.Key.Key_Escape)
    assert await asyncio.wait_for(task, 5) is None


def _open_dialog() -> ShippingDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ShippingDialog) and widget.isVisible():
            return widget
    return None
