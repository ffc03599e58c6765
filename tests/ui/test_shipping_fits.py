"""Issue 13 for the shipping dialog: usable on a 1024x768 or 1366x768 counter screen, both languages.

The dialog is walked through its states against the training server (empty, districts found,
postal codes loaded while the couriers are still being priced, couriers listed and one picked,
an error) and checked with the widgets' own font metrics (tests/helpers/fit.py). The offscreen
screen has one fixed size, so each counter screen is handed to ``fit_to`` as the area the
dialog may use, as its ``showEvent`` does with the real screen's available geometry.
Screenshots of the 1024x768 walk go to tests/artifacts/screen-shipping-<state>-<lang>.png.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

from pos_app.api.client import ScalevClient
from pos_app.api.models import CourierQuote, Store
from pos_app.api.retry import RetryPolicy
from pos_app.domain.cart import Cart
from pos_app.languages import install_language
from pos_app.services.shipping import ShippingService
from pos_app.ui.common.clear_button import ClearButton
from pos_app.ui.shipping.dialog import ShippingDialog
from pos_app.ui.shipping.models import CourierTableModel
from tests.helpers.fit import MIN_TOUCH, all_problems
from tests.helpers.waiting import wait_for
from tests.services.test_shipping_service import STORE, FakeShippingClient, physical_cart
from tests.ui.cashier import ARTIFACTS
from tests.ui.test_shipping_dialog import ADDRESS, COURIER_PATH, Ui, seeded_bundle_cart, seeded_store

SIZES = [(1024, 768), (1366, 768)]
LANGUAGES = ["id", "en"]


class Look:
    """Checks one state of the dialog and keeps its picture (1024x768 only, as the README)."""

    def __init__(self, dialog: ShippingDialog, size: tuple[int, int], language: str) -> None:
        self.dialog = dialog
        self.size = size
        self.language = language
        self.problems: list[str] = []

    async def __call__(self, state: str) -> None:
        await asyncio.sleep(0.05)  # layouts settle
        dialog = self.dialog
        found = all_problems(dialog) + placeholder_problems(dialog) + postal_problems(dialog)
        frame = dialog.frameGeometry()
        if frame.width() > self.size[0] or frame.height() > self.size[1]:
            found.append(f"the dialog is {frame.width()}x{frame.height()}")
        confirm = dialog.form.confirm
        if not confirm.isVisible() or not dialog.rect().contains(
            QRect(confirm.mapTo(dialog, QPoint()), confirm.size())
        ):
            found.append("the confirm button is not on screen")
        self.problems += [f"{state}: {problem}" for problem in found]
        if self.size == (1024, 768):
            ARTIFACTS.mkdir(exist_ok=True)
            dialog.grab().save(str(ARTIFACTS / f"screen-shipping-{state}-{self.language}.png"))


def placeholder_problems(root: QWidget) -> list[str]:
    """Placeholders cut short: fit.py checks labels and buttons; an empty field's hint counts too."""
    found = []
    for field in root.findChildren(QLineEdit):
        if not field.isVisible() or field.text() or not field.placeholderText():
            continue
        option = QStyleOptionFrame()
        field.initStyleOption(option)
        area = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
        margins = field.textMargins()
        available = area.width() - margins.left() - margins.right() - 4  # QLineEdit's 2 px each side
        needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
        if needed > available:
            name = field.objectName() or field.parentWidget().objectName()
            found.append(
                f"placeholder of {name}: {field.placeholderText()!r} needs {needed}px, has {available}px"
            )
    return found


def postal_problems(dialog: ShippingDialog) -> list[str]:
    """A postal code is shown whole, and the drop-down arrow lies inside the box."""
    box = dialog.form.postal_code
    field = box.lineEdit()
    needed = field.fontMetrics().horizontalAdvance("40115")
    found = [] if field.width() >= needed + 8 else [f"postal code field {field.width()}px for {needed}px"]
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    arrow = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, box
    )
    if not box.rect().contains(arrow) or arrow.width() < 36:
        found.append(f"postal code arrow at {arrow} in a {box.width()}x{box.height()} box")
    if field.geometry().intersects(arrow):
        found.append("the postal code text runs under its arrow")
    return found


@pytest.fixture
def host(qtbot) -> QWidget:
    from pos_app.ui.common.style import STYLE_SHEET

    window = QWidget()
    window.setObjectName("hostWindow")
    window.setStyleSheet(STYLE_SHEET)  # as the main window sets it for the dialogs it opens
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


@contextlib.asynccontextmanager
async def opened(
    host: QWidget, service: ShippingService, store: Store, cart: Cart, size: tuple[int, int]
) -> AsyncIterator[ShippingDialog]:
    """The dialog open over the till, sized for a counter screen of ``size``."""
    dialog = ShippingDialog(service, store=store, cart=cart, payment_method="qris", parent=host)
    dialog.open()
    dialog.fit_to(QRect(0, 0, *size))
    try:
        yield dialog
    finally:
        dialog.reject()
        await asyncio.sleep(0.01)  # let cancelled tasks finish on this loop before it closes


@pytest.mark.asyncio
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen popup
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_state_fits(host, server, size, language):
    install_language(QApplication.instance(), language)
    raw_store, store = seeded_store(server)
    cart, _expanded, _grams = seeded_bundle_cart(raw_store)
    coblong = next(loc for loc in server.data.locations if loc.subdistrict_name == "Coblong")
    async with (
        ScalevClient(server.base_url, "sk_training", retry=RetryPolicy.never()) as client,
        opened(host, ShippingService(client), store, cart, size) as dialog,
    ):
        ui = Ui(dialog)
        look = Look(dialog, size, language)
        await look("empty")

        QTest.keyClicks(ui.address, ADDRESS)
        QTest.keyClicks(ui.search, "kota")  # many districts: a full list to scroll
        await wait_for(lambda: len(ui.location_rows()) > 5, what="districts found")
        await look("districts")

        # The couriers take their time: the postal codes are in, the prices are not yet.
        server.faults.set_latency(5.0, method="POST", path=COURIER_PATH)
        ui.search.clear()
        QTest.keyClicks(ui.search, "Coblong")
        await wait_for(lambda: coblong.display in ui.location_rows(), what="Coblong")
        row = ui.location_rows().index(coblong.display)
        ui.locations.setCurrentIndex(ui.locations.model().index(row, 0))
        await wait_for(lambda: ui.postal.count() == len(coblong.postal_codes), what="postal codes")
        await wait_for(lambda: ui.current_warehouse_id() is not None, what="warehouse")
        await look("postal")
        ui.postal.showPopup()  # the codes to pick from: rows a finger can pick
        await asyncio.sleep(0.05)
        popup = ui.postal.view()
        row_height = popup.visualRect(popup.model().index(0, 0)).height()
        look.problems += [] if row_height >= MIN_TOUCH else [f"postal codes list rows are {row_height}px"]
        if size == (1024, 768):
            popup.window().grab().save(str(ARTIFACTS / f"screen-shipping-postal-list-{language}.png"))
        ui.postal.hidePopup()

        server.faults.set_latency(0.0, method="POST", path=COURIER_PATH)
        ui.postal.setCurrentIndex(1)  # another code: priced again, now quickly
        await wait_for(lambda: len(ui.courier_ids()) > 3 and not dialog.flow.missing()[:-1],
                       what="couriers")  # fmt: skip
        ui.make_courier_current(ui.courier_ids()[0])
        await wait_for(ui.confirm.isEnabled, what="confirm enabled")
        await look("couriers")

        server.stop()  # the shop's Wi-Fi drops: the longest message there is
        ui.make_courier_current(ui.courier_ids()[-1])
        ui.warehouses.setCurrentIndex(ui.warehouses.model().index(
            (ui.warehouses.currentIndex().row() + 1) % ui.warehouses.model().rowCount(), 0))  # fmt: skip
        await wait_for(ui.error_shown, what="offline message")
        await look("error")
        assert not look.problems, "\n".join(look.problems)


@pytest.mark.asyncio
async def test_the_dialog_opens_within_the_screen(host):
    dialog = ShippingDialog(
        ShippingService(FakeShippingClient()), store=STORE, cart=physical_cart(), payment_method="qris",
        parent=host,
    )  # fmt: skip
    dialog.open()
    try:
        area = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().width() <= area.width()
        assert dialog.frameGeometry().height() <= area.height()
        # The counter screens, a taskbar at the bottom, and 1366x768 at 125 % scaling.
        for area in (QRect(0, 0, 1024, 768), QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 728),
                     QRect(0, 0, 1093, 582)):  # fmt: skip
            dialog.fit_to(area)
            assert area.contains(dialog.frameGeometry()), (area, dialog.frameGeometry())
    finally:
        dialog.reject()
        await asyncio.sleep(0.01)


LONG_COURIER = "Nusantara Logistik Ekspres Antar Pulau"
LONG_SERVICE = "Prioritas Kilat Sampai Hari Ini Juga"


class _LongNames(FakeShippingClient):
    """Couriers whose names are longer than any column gives them."""

    async def search_courier_services(self, *args, **kwargs) -> list[CourierQuote]:
        quotes = await super().search_courier_services(*args, **kwargs)
        return [
            *quotes,
            CourierQuote(
                courier_service_id=501, service_code="PRIOKLT", service_name=LONG_SERVICE,
                courier_code="nusantara", courier_name=LONG_COURIER, cost=123_000, etd="1-2",
            ),
        ]  # fmt: skip


@pytest.mark.asyncio
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_long_courier_names_are_cut_with_the_whole_name_in_a_tooltip(host, size):
    client = _LongNames()
    async with opened(host, ShippingService(client), STORE, physical_cart(), size) as dialog:
        ui = Ui(dialog)
        QTest.keyClicks(ui.address, ADDRESS)
        QTest.keyClicks(ui.search, "coblong")
        await wait_for(lambda: ui.location_rows(), what="districts")
        ui.locations.setCurrentIndex(ui.locations.model().index(0, 0))
        await wait_for(lambda: 501 in ui.courier_ids(), what="couriers")
        ui.make_courier_current(501)
        await wait_for(ui.confirm.isEnabled, what="confirm enabled")
        await asyncio.sleep(0.05)
        assert all_problems(dialog) == []
        assert ui.couriers.horizontalScrollBar().maximum() == 0
        model = ui.couriers.model()
        row = ui.courier_ids().index(501)
        for column in (CourierTableModel.COURIER, CourierTableModel.SERVICE):
            shown = model.index(row, column).data()
            width = ui.couriers.fontMetrics().horizontalAdvance(shown)
            assert width > ui.couriers.columnWidth(column)  # cut with "…" in the cell…
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            assert tip == f"{LONG_COURIER} {LONG_SERVICE}"  # …and whole in the tooltip
        if size == (1024, 768):
            dialog.grab().save(str(ARTIFACTS / "screen-shipping-long-names-en.png"))


def test_fields_have_clear_buttons_a_finger_can_hit(qtbot):
    dialog = ShippingDialog(
        ShippingService(FakeShippingClient()), store=STORE, cart=physical_cart(), payment_method="qris"
    )
    qtbot.addWidget(dialog)
    for field in (dialog.form.address_input, dialog.form.location_search):
        button = field.findChild(ClearButton)
        assert button is not None and not field.isClearButtonEnabled()  # ours, not Qt's 22x18 one
        assert button.width() >= 36 and button.height() >= 36
