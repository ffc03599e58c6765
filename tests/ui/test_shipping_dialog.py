"""The shipping dialog driven like a cashier would: keys typed, rows made current, Enter and Esc.

Async tests run on the qasync loop, so they poll with ``wait_for`` and never nest a Qt loop.
Tests against the training server are at the bottom; the rest use ``FakeShippingClient``,
whose delays and failures can be set per call.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTranslator
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

from pos_app.api.client import ScalevClient
from pos_app.api.errors import NetworkError, ServerError
from pos_app.api.models import Store
from pos_app.api.retry import RetryPolicy
from pos_app.domain.cart import Cart, Component, ItemKind, SellableItem, variant_item
from pos_app.domain.order_payload import ShippingChoice
from pos_app.sandbox import TrainingServer
from pos_app.sandbox.shipping import quotes as sandbox_quotes
from pos_app.services.shipping import ShippingService
from pos_app.ui.shipping.dialog import ShippingDialog, ask_for_shipping
from pos_app.ui.shipping.models import CourierTableModel, ObjectRole, SortRole
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
        from pos_app.ui.common.style import STYLE_SHEET

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


# ----- typing fast, stale answers, more pages -----------------------------------------------


@pytest.mark.asyncio
async def test_typing_fast_sends_few_location_requests(host):
    client = FakeShippingClient()
    async with opened(host, client) as ui:
        for chunk in ("cob", "lo", "ng", ", k", "o"):  # 11 keys, with short pauses like a cashier
            QTest.keyClicks(ui.search, chunk)
            await asyncio.sleep(0.05)
        await wait_for(lambda: ui.location_rows() == ["Coblong, Kota Bandung, Jawa Barat"], what="results")
        await asyncio.sleep(0.4)  # nothing else is still on its way
        assert client.count("locations_page") <= 3
        assert client.last("locations_page") == ("coblong, ko", None)


@pytest.mark.asyncio
async def test_an_older_answer_never_replaces_a_newer_one(host):
    # "suka" answers after 0.8 s, ignoring the cancel; "sukamaju 05" answers at once.
    client = FakeShippingClient(stubborn={"suka": 0.8})
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.search, "suka")
        await wait_for(lambda: client.count("locations_page") == 1, what="first search sent")
        QTest.keyClicks(ui.search, "maju 05")
        await wait_for(lambda: ui.location_rows() == ["Sukamaju 05, Kabupaten Contoh 5, Jawa Barat"])
        await asyncio.sleep(1.0)  # the slow "suka" answer has arrived by now, and was dropped
        assert ("locations_page", ("suka", None)) in client.calls
        assert ui.location_rows() == ["Sukamaju 05, Kabupaten Contoh 5, Jawa Barat"]
        assert ui.dialog.flow.location_model.query == "sukamaju 05"


@pytest.mark.asyncio
async def test_scrolling_to_the_end_loads_the_next_page(host):
    client = FakeShippingClient()
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.search, "sukamaju")
        await wait_for(lambda: len(ui.location_rows()) == 25)
        bar = ui.locations.verticalScrollBar()
        await wait_for(lambda: bar.maximum() > 0, what="list laid out")
        bar.setValue(bar.maximum())
        await wait_for(lambda: len(ui.location_rows()) == 50, what="second page")
        assert client.last("locations_page") == ("sukamaju", "25")
        bar.setValue(bar.maximum())
        await wait_for(lambda: len(ui.location_rows()) == 60, what="last page")
        assert not ui.locations.model().canFetchMore(ui.locations.rootIndex())


# ----- keyboard -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_keyboard_down_enter_chooses_and_enter_never_closes_early(host):
    client = FakeShippingClient(postal={9011: ["40111", "40112"]})
    async with opened(host, client) as ui:
        ui.dialog.activateWindow()
        QTest.keyClick(ui.address, Qt.Key.Key_Return)  # Enter moves on, it does not submit
        assert ui.dialog.isVisible()
        QTest.keyClicks(ui.search, "sukamaju 1")
        await wait_for(lambda: len(ui.location_rows()) == 10)
        QTest.keyClick(ui.search, Qt.Key.Key_Down)
        assert ui.locations.currentIndex().row() == 0
        QTest.keyClick(ui.locations, Qt.Key.Key_Down)
        QTest.keyClick(ui.locations, Qt.Key.Key_Return)  # chooses row 1 at once
        await wait_for(lambda: client.count("search_warehouses") == 1)
        assert client.last("search_warehouses")[1] == 9011  # Sukamaju 11
        assert ui.dialog.flow.choice() is None
        await wait_for(lambda: len(ui.courier_ids()) == 4)
        # The first code is filled in, and the couriers were asked once, with it.
        assert ui.postal.currentText() == "40111"
        assert client.count("search_courier_services") == 1
        assert client.last("search_courier_services")[-1] == "40111"
        QTest.keyClick(ui.warehouses, Qt.Key.Key_Return)  # on to the couriers
        QTest.keyClick(ui.couriers, Qt.Key.Key_Return)  # no street address yet: stays open
        assert ui.dialog.isVisible() and ui.dialog.result() != ui.dialog.DialogCode.Accepted
        QTest.keyClicks(ui.address, ADDRESS)
        ui.make_courier_current(61)
        await wait_for(ui.confirm.isEnabled)
        QTest.keyClick(ui.couriers, Qt.Key.Key_Return)
        assert ui.dialog.result() == ui.dialog.DialogCode.Accepted
        assert ui.dialog.choice().courier_service_id == 61


def test_tab_order_follows_the_form(qtbot):
    dialog = ShippingDialog(
        ShippingService(FakeShippingClient()), store=STORE, cart=physical_cart(), payment_method="qris"
    )
    qtbot.addWidget(dialog)
    names = ["addressInput", "locationSearch", "locationList", "postalCode", "warehouseTable", "courierTable",
             "shippingConfirm"]  # fmt: skip
    order = []
    widget = dialog.findChild(QLineEdit, "addressInput")
    for _ in range(60):
        name = widget.objectName()
        if name in names and name not in order:
            order.append(name)
        widget = widget.nextInFocusChain()
    assert order == names


def test_automation_names_are_all_there(qtbot):
    dialog = ShippingDialog(
        ShippingService(FakeShippingClient()), store=STORE, cart=physical_cart(), payment_method="qris"
    )
    qtbot.addWidget(dialog)
    expected = {
        "shippingDialog": ShippingDialog, "addressInput": QLineEdit, "locationSearch": QLineEdit,
        "locationList": QListView, "postalCode": QComboBox, "warehouseTable": QTableView,
        "courierTable": QTableView, "shippingConfirm": QPushButton, "shippingRetry": QPushButton,
        "shippingMessage": QLabel,
    }  # fmt: skip
    for name, kind in expected.items():
        widget = dialog if name == "shippingDialog" else dialog.findChild(kind, name)
        assert isinstance(widget, kind), name
        assert widget.objectName() == name
        assert widget.accessibleName().strip(), name
    assert dialog.findChild(QComboBox, "postalCode").isEditable()
    assert not dialog.findChild(QPushButton, "shippingConfirm").isEnabled()


# ----- postal code --------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_postal_code_needs_five_digits(host):
    client = FakeShippingClient()
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.address, ADDRESS)
        await choose_district(ui, "coblong")
        await wait_for(lambda: ui.postal.count() == 3 and len(ui.courier_ids()) == 4)
        ui.make_courier_current(45)
        ui.postal.lineEdit().clear()
        QTest.keyClicks(ui.postal.lineEdit(), "401x")  # the letter is refused outright
        assert ui.postal.currentText() == "401"
        QTest.keyClick(ui.postal.lineEdit(), Qt.Key.Key_Return)
        assert ui.postal_error.isVisible() and "5 digits" in ui.postal_error.text()
        assert not ui.confirm.isEnabled()
        QTest.keyClicks(ui.postal.lineEdit(), "35")
        assert not ui.postal_error.isVisible()
        # The couriers are asked again with the code; the chosen service stays chosen.
        await wait_for(lambda: client.last("search_courier_services")[-1] == "40135")
        await wait_for(ui.confirm.isEnabled)
        assert ui.dialog.choice().postal_code == "40135"
        assert ui.dialog.choice().courier_service_id == 45


@pytest.mark.asyncio
async def test_a_district_without_postal_codes_does_not_require_one(host):
    client = FakeShippingClient()
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.address, ADDRESS)
        await choose_district(ui, "lowokwaru")
        await wait_for(lambda: len(ui.courier_ids()) == 4)
        ui.make_courier_current(78)
        await wait_for(ui.confirm.isEnabled)
        assert ui.dialog.choice().postal_code == ""
        assert ui.postal.count() == 0


@pytest.mark.asyncio
async def test_one_postal_code_is_filled_in(host):
    client = FakeShippingClient()
    async with opened(host, client) as ui:
        await choose_district(ui, "tebet")
        await wait_for(lambda: ui.postal.currentText() == "12810")


# ----- problems: a plain message, Retry, nothing typed lost ---------------------------------


@pytest.mark.asyncio
async def test_no_district_found_says_so_and_keeps_the_address(host):
    client = FakeShippingClient()
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.address, ADDRESS)
        QTest.keyClicks(ui.search, "zzzqx")
        await wait_for(ui.error_shown, what="message")
        assert "No district matches “zzzqx”" in ui.message.text()
        assert ui.address.text() == ADDRESS and ui.search.text() == "zzzqx"
        ui.retry.click()
        await wait_for(lambda: client.count("locations_page") == 2)


@pytest.mark.asyncio
async def test_warehouse_error_then_retry(host):
    client = FakeShippingClient(errors={"search_warehouses": ServerError("boom", status=502)})
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.address, ADDRESS)
        await choose_district(ui, "coblong")
        await wait_for(ui.error_shown, what="message")
        assert "Could not find a warehouse" in ui.message.text()
        assert ui.address.text() == ADDRESS and not ui.confirm.isEnabled()
        del client.errors["search_warehouses"]
        ui.retry.click()
        await wait_for(lambda: len(ui.courier_ids()) == 4, what="couriers after retry")
        assert not ui.retry.isVisible()


@pytest.mark.asyncio
async def test_no_warehouse_and_no_courier_are_plain_messages(host):
    client = FakeShippingClient(warehouses=())
    async with opened(host, client) as ui:
        await choose_district(ui, "coblong")
        await wait_for(ui.error_shown)
        assert "No warehouse can ship this cart to Coblong, Kota Bandung, Jawa Barat" in ui.message.text()

    class NoCourier(FakeShippingClient):
        async def search_courier_services(self, *args, **kwargs):
            await super().search_courier_services(*args, **kwargs)
            return []

    async with opened(host, NoCourier()) as ui:
        await choose_district(ui, "coblong")
        await wait_for(ui.error_shown)
        assert "No courier delivers from Gudang Bandung - Cicendo" in ui.message.text()


@pytest.mark.asyncio
async def test_network_error_on_couriers_keeps_everything_typed(host):
    client = FakeShippingClient(
        errors={"search_courier_services": NetworkError("connection refused", request_sent=False)}
    )
    async with opened(host, client) as ui:
        QTest.keyClicks(ui.address, ADDRESS)
        await choose_district(ui, "coblong")
        await wait_for(ui.error_shown)
        assert "internet connection" in ui.message.text() and "kept" in ui.message.text()
        ui.postal.setCurrentIndex(1)
        assert (ui.address.text(), ui.search.text(), ui.postal.currentText()) == (ADDRESS, "coblong", "40132")
        assert ui.current_warehouse_id() == 610
        del client.errors["search_courier_services"]
        ui.retry.click()
        await wait_for(lambda: len(ui.courier_ids()) == 4)
        assert client.last("search_courier_services")[-1] == "40132"


# ----- previous choice, re-quote, sorting, language -----------------------------------------


@pytest.mark.asyncio
async def test_previous_choice_is_restored_and_priced_again(host):
    client = FakeShippingClient()
    cart = physical_cart()
    async with opened(host, client, cart=cart) as ui:
        await fill_everything(ui, client)
        ui.make_courier_current(45)
        await wait_for(ui.confirm.isEnabled)
        first = ui.dialog.choice()
    client.calls.clear()
    async with opened(host, client, cart=cart, payment_method="cod", previous=first) as ui:
        await wait_for(ui.confirm.isEnabled, what="restored and re-quoted")
        again = ui.dialog.choice()
        assert client.last("search_courier_services") == (4127, 610, 2843, "cod", cart.total_weight, "40131")
        assert client.count("locations_page") == 0  # no search needed to restore
        assert (again.address, again.location_id, again.postal_code) == (first.address, 2843, "40131")
        assert again.courier_service_id == 45 and again.shipping_cost == first.shipping_cost + 1500
        assert again.payment_method == "cod"


def test_courier_table_sorts_on_raw_values(qtmodeltester):
    from pos_app.ui.shipping.models import RawSortProxy

    model = CourierTableModel()
    model.set_quotes(quotes_for(610, "qris", 2500))  # 3 kg: 27.000 / 31.500 / 33.000 / 57.000
    qtmodeltester.check(model)
    proxy = RawSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(CourierTableModel.PRICE, Qt.SortOrder.AscendingOrder)
    ids = [proxy.index(r, 0).data(ObjectRole).courier_service_id for r in range(proxy.rowCount())]
    assert ids == [90, 61, 45, 78]  # as text "Rp 27.000" < "Rp 31.500" would also pass; see below
    proxy.sort(CourierTableModel.ETD, Qt.SortOrder.AscendingOrder)
    ids = [proxy.index(r, 0).data(ObjectRole).courier_service_id for r in range(proxy.rowCount())]
    assert ids == [78, 61, 45, 90]  # "1" < "1-3 hari" < "2-3" < unknown
    etds = [proxy.index(r, CourierTableModel.ETD).data() for r in range(proxy.rowCount())]
    assert etds == ["1 day", "1-3 days", "2-3 days", "–"]
    assert model.etd_text("6-8 jam") == "6-8 hours"
    small = CourierTableModel()
    costs = (9000, 10500, 100000, 900)
    small.set_quotes([replace(q, cost=c) for q, c in zip(quotes_for(610, "qris", 1), costs, strict=True)])
    proxy.setSourceModel(small)
    proxy.sort(CourierTableModel.PRICE, Qt.SortOrder.AscendingOrder)
    costs = [proxy.index(r, CourierTableModel.PRICE).data(SortRole) for r in range(proxy.rowCount())]
    assert costs == [900, 9000, 10500, 100000]  # as text "Rp 10.500" < "Rp 100.000" < "Rp 9.000"
    assert proxy.index(0, CourierTableModel.PRICE).data() == "Rp 900"
    align = proxy.index(0, CourierTableModel.PRICE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    badges = {q.courier_service_id: small.badges(q) for q in small.quotes()}
    assert badges[90] == ["Cheapest"] and badges[78] == ["Fastest"] and badges[45] == []


def test_location_and_warehouse_models(qtmodeltester):
    from pos_app.api.models import Page
    from pos_app.ui.shipping.models import LocationListModel, WarehouseTableModel
    from tests.services.test_shipping_service import LOCATIONS, WAREHOUSES

    locations = LocationListModel()
    wanted = []
    locations.more_wanted.connect(lambda q, c: wanted.append((q, c)))
    locations.set_page("suka", Page(items=LOCATIONS[3:28], has_next=True, next_cursor="25"))
    assert locations.canFetchMore(QModelIndex())
    locations.fetchMore(QModelIndex())
    locations.fetchMore(QModelIndex())  # already loading: asked once
    assert wanted == [("suka", "25")]
    locations.append_page("older query", Page(items=LOCATIONS[:1]))
    assert locations.rowCount() == 25
    locations.append_page("suka", Page(items=LOCATIONS[28:30]))
    assert locations.rowCount() == 27 and not locations.canFetchMore(QModelIndex())
    qtmodeltester.check(locations)
    warehouses = WarehouseTableModel()
    warehouses.set_warehouses(WAREHOUSES)
    qtmodeltester.check(warehouses)
    assert warehouses.index(1, WarehouseTableModel.DISTANCE).data() == "4,2 km"


class _Shouting(QTranslator):
    """Stands in for the Indonesian .qm: every text comes back marked, so a missed one shows."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"ID:{source}" if source else source

    def isEmpty(self) -> bool:
        return False  # an empty translator is installed without a LanguageChange


def test_language_change_retranslates(qtbot):
    dialog = ShippingDialog(
        ShippingService(FakeShippingClient()), store=STORE, cart=physical_cart(), payment_method="qris"
    )
    qtbot.addWidget(dialog)
    translator = _Shouting()
    QApplication.installTranslator(translator)  # sends LanguageChange to every widget
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert dialog.findChild(QPushButton, "shippingConfirm").text() == "ID:Use this shipping"
        assert dialog.windowTitle() == "ID:Shipping"
        header = dialog.form.courier_model.headerData(CourierTableModel.PRICE, Qt.Orientation.Horizontal)
        assert header == "ID:Cost"
        assert dialog.form.courier_model.etd_text("2-3") == "ID:%1 days".replace("%1", "2-3")
        assert dialog.findChild(QLabel, "shippingMessage").text().startswith("ID:")
    finally:
        QApplication.removeTranslator(translator)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.findChild(QPushButton, "shippingConfirm").text() == "Use this shipping"


# ----- against the training server over loopback --------------------------------------------

KOPI_STORE = 4127  # sells physical coffee and bundles; offers qris and cod
WAREHOUSE_PATH = "/v3/shipping-costs/search-warehouse"
COURIER_PATH = "/v3/shipping-costs/search-courier-service"


@pytest.fixture
def server():
    with TrainingServer() as running:
        yield running


def seeded_store(server) -> tuple[object, Store]:
    raw = server.data.store(KOPI_STORE)
    methods = tuple(raw.payment_methods)
    store = Store(id=raw.id, unique_id=raw.unique_id, name=raw.name, payment_methods=methods)
    return raw, store


def seeded_bundle_cart(raw_store) -> tuple[Cart, dict[int, int], int]:
    """2 × a physical variant + 2 × a physical bundle; also the expanded variants and grams."""
    variant = raw_store.physical_variants()[0]
    bundle = raw_store.physical_bundles()[0]
    option = bundle.price_options[0]
    cart = Cart()
    cart.add(variant_item(unique_id=variant.unique_id, variant_id=variant.id, name=variant.fullname,
                          price=variant.price, sku=variant.sku, weight=variant.weight,
                          item_type=variant.item_type), 2)
    components = tuple(
        Component(line.variant.id, line.quantity, line.variant.weight, line.variant.is_physical)
        for line in bundle.lines
    )
    cart.add(SellableItem(kind=ItemKind.BUNDLE_OPTION, unique_id=option.unique_id, numeric_id=option.id,
                          name=option.name, price=option.price, components=components,
                          weight_bump=bundle.weight_bump), 2)  # fmt: skip
    expanded: dict[int, int] = {variant.id: 2}
    for line in bundle.lines:
        expanded[line.variant.id] = expanded.get(line.variant.id, 0) + 2 * line.quantity
    grams = 2 * variant.weight + 2 * bundle.weight  # bundle.weight includes its weight_bump
    return cart, expanded, grams


def bodies(server, path: str) -> list[dict]:
    return [r.json_body for r in server.requests if r.path == path]


@pytest.mark.asyncio
async def test_training_server_flow_with_a_bundle_cart(host, server):
    raw_store, store = seeded_store(server)
    cart, expanded, grams = seeded_bundle_cart(raw_store)
    coblong = next(loc for loc in server.data.locations if loc.subdistrict_name == "Coblong")
    async with ScalevClient(server.base_url, "sk_training") as client:
        service = ShippingService(client)
        dialog = ShippingDialog(service, store=store, cart=cart, payment_method="qris", parent=host)
        dialog.open()
        ui = Ui(dialog)
        try:
            QTest.keyClicks(ui.address, ADDRESS)
            QTest.keyClicks(ui.search, "Coblong")
            await wait_for(lambda: any(r.startswith("Coblong,") for r in ui.location_rows()), what="Coblong")
            row = next(i for i, r in enumerate(ui.location_rows()) if r == coblong.display)
            ui.locations.setCurrentIndex(ui.locations.model().index(row, 0))
            await wait_for(lambda: ui.postal.count() == len(coblong.postal_codes), what="postal codes")
            await wait_for(lambda: ui.current_warehouse_id() is not None, what="warehouse preselected")
            distances = [w.distance_km for w in dialog.form.warehouse_model.warehouses()]
            assert len(distances) == len(raw_store.warehouse_ids)
            assert ui.warehouses.currentIndex().data(ObjectRole).distance_km == min(distances)
            await wait_for(lambda: len(ui.courier_ids()) > 0, what="courier quotes")

            ui.postal.setCurrentIndex(0)
            first_code = coblong.postal_codes[0]
            await wait_for(lambda: bodies(server, COURIER_PATH)[-1].get("postal_code") == first_code)
            await wait_for(lambda: len(ui.courier_ids()) > 0 and not dialog.flow.missing()[:-1])
            cheapest = dialog.form.courier_model.cheapest_id()
            ui.make_courier_current(cheapest)
            await wait_for(ui.confirm.isEnabled, what="confirm enabled")

            quote = ui.couriers.currentIndex().data(ObjectRole)
            choice = dialog.choice()
            assert (choice.courier_service_id, choice.shipping_cost, choice.shipment_provider_code) == (
                quote.courier_service_id, quote.cost, quote.shipment_provider_code)  # fmt: skip
            # And the quote is what the server's tariff says for this route, weight and method.
            warehouse = server.data.warehouse(choice.warehouse_id)
            expected = sandbox_quotes(server.data, warehouse, coblong, "qris", grams)[0]
            assert (choice.courier_service_id, choice.shipping_cost) == (expected.service.id, expected.cost)
            assert choice.warehouse_unique_id == warehouse.unique_id
            assert choice.location_id == coblong.id and choice.location_display == coblong.display

            warehouse_body = bodies(server, WAREHOUSE_PATH)[-1]
            assert warehouse_body["store_id"] == KOPI_STORE and warehouse_body["destination_id"] == coblong.id
            assert {v["variant_id"]: v["qty"] for v in warehouse_body["variants"]} == expanded
            courier_body = bodies(server, COURIER_PATH)[-1]
            assert courier_body["weight"] == grams == cart.total_weight
            assert (courier_body["warehouse_id"], courier_body["payment_method"]) == (warehouse.id, "qris")

            ARTIFACTS.mkdir(exist_ok=True)
            dialog.form.address_input.setCursorPosition(0)
            assert dialog.grab().save(str(ARTIFACTS / "shipping-dialog.png"))

            # The cashier switches to COD after quoting: the same service, its new price.
            cod_quote = next(q for q in dialog.form.courier_model.quotes() if q.is_cod)
            ui.make_courier_current(cod_quote.courier_service_id)
            cod_id = cod_quote.courier_service_id
            await wait_for(lambda: dialog.choice() and dialog.choice().courier_service_id == cod_id)
            fresh = await service.requote(store, dialog.choice(), cart, "cod")
            cod_expected = next(q for q in sandbox_quotes(server.data, warehouse, coblong, "cod", grams)
                                if q.service.id == cod_quote.courier_service_id)  # fmt: skip
            assert fresh is not None and fresh.payment_method == "cod"
            assert fresh.shipping_cost == cod_expected.cost > cod_quote.cost
            assert bodies(server, COURIER_PATH)[-1]["payment_method"] == "cod"
            no_cod = next((q for q in dialog.form.courier_model.quotes() if not q.is_cod), None)
            if no_cod is not None:
                ui.make_courier_current(no_cod.courier_service_id)
                await wait_for(lambda: dialog.choice().courier_service_id == no_cod.courier_service_id)
                assert await service.requote(store, dialog.choice(), cart, "cod") is None
        finally:
            dialog.reject()
            await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_training_server_typing_fast_sends_few_requests(host, server):
    _raw, store = seeded_store(server)
    async with ScalevClient(server.base_url, "sk_training") as client:
        dialog = ShippingDialog(ShippingService(client), store=store, cart=physical_cart(),
                                payment_method="qris", parent=host)  # fmt: skip
        dialog.open()
        ui = Ui(dialog)
        try:
            for chunk in ("cob", "lon", "g"):  # 7 keys typed quickly…
                QTest.keyClicks(ui.search, chunk)
                await asyncio.sleep(0.03)
            for _ in range(3):  # …then a slip corrected: 3 × Backspace and "ong" again
                QTest.keyClick(ui.search, Qt.Key.Key_Backspace)
                await asyncio.sleep(0.03)
            QTest.keyClicks(ui.search, "ong")
            await wait_for(lambda: any(r.startswith("Coblong,") for r in ui.location_rows()), what="results")
            await asyncio.sleep(0.4)
            searches = [r for r in server.requests if r.path == "/v3/locations"]
            assert 1 <= len(searches) <= 3
            assert searches[-1].query["search"] == "coblong"
        finally:
            dialog.reject()
            await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_training_server_nothing_found_and_offline(host, server):
    _raw, store = seeded_store(server)
    async with ScalevClient(server.base_url, "sk_training", retry=RetryPolicy.never()) as client:
        dialog = ShippingDialog(ShippingService(client), store=store, cart=physical_cart(),
                                payment_method="qris", parent=host)  # fmt: skip
        dialog.open()
        ui = Ui(dialog)
        try:
            QTest.keyClicks(ui.address, ADDRESS)
            QTest.keyClicks(ui.search, "Qwzx")
            await wait_for(ui.error_shown, what="nothing found")
            assert "No district matches “Qwzx”" in ui.message.text()
            ui.search.clear()
            QTest.keyClicks(ui.search, "Tebet")
            await wait_for(lambda: ui.location_rows() and not ui.retry.isVisible(), what="Tebet")
            server.stop()  # the shop's Wi-Fi drops
            ui.locations.setCurrentIndex(ui.locations.model().index(0, 0))
            await wait_for(ui.error_shown, what="offline message")
            assert "internet connection" in ui.message.text()
            assert ui.address.text() == ADDRESS and ui.search.text() == "Tebet"
            assert not ui.confirm.isEnabled()
            ARTIFACTS.mkdir(exist_ok=True)
            dialog.grab().save(str(ARTIFACTS / "shipping-dialog-offline.png"))
        finally:
            dialog.reject()
            await asyncio.sleep(0.01)
