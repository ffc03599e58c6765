"""Server, merchant and customer text is data: markup in a name is shown literally everywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QPushButton, QWidget

from pos_app.api.models import Location, Page, Store
from pos_app.domain.cart import variant_item
from pos_app.domain.parked_sale import TypedCustomer
from pos_app.storage.journal import JournalEntry, JournalState
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.history.history_model import CUSTOMER, METHOD, STATUS, STORE, HistoryModel
from pos_app.ui.history.parked_sales_model import ParkedSalesModel
from pos_app.ui.sale.cart_model import ITEM, TOTAL, CartModel
from pos_app.ui.sale.sellable_model import NAME, SKU, SellableModel
from pos_app.ui.sale.store_model import StoreListModel
from pos_app.ui.shipping.models import CourierTableModel, LocationListModel
from tests.helpers.parked import MAIN, sample
from tests.helpers.waiting import wait_for
from tests.services.test_shipping_service import quotes_for
from tests.ui.cashier import cashier_window, child, choose_store, fill_customer, scan
from tests.ui.test_shipping_checkout import quote_cheapest

MARKUP = "<span style='font-size:72pt'>LUNAS</span>"  # typed by QTest: Latin-1 only


def rich_labels(*roots: QWidget) -> list[str]:
    """Visible labels showing markup that Qt would render as HTML."""
    found = []
    for root in roots:
        for label in [root, *root.findChildren(QLabel)]:
            if not isinstance(label, QLabel) or not label.isVisible() or "<span" not in label.text():
                continue
            if label.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{label.objectName() or type(label).__name__}: {label.text()!r}")
    return found


def shown_tip(tip: str) -> str:
    """What Qt's tooltip shows for ``tip``: its label is AutoText, so it guesses like this."""
    if not QtGui.Qt.mightBeRichText(tip):  # QtGui's Qt: the function lives there
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def tip(model: QAbstractItemModel, row: int, column: int = 0) -> str:
    return shown_tip(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))


def markup_tips(*roots: QWidget) -> list[str]:
    """Every item tooltip under ``roots`` that carries the markup, as Qt would show it."""
    shown = []
    for root in roots:
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for row in range(model.rowCount()):
                column = 0  # (columnCount() is private in a PySide6 list model)
                while (index := model.index(row, column)).isValid():
                    text = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(text, str) and "span" in text:
                        shown.append(shown_tip(text))
                    column += 1
    return shown


def shown_somewhere(*roots: QWidget) -> bool:
    return any(
        MARKUP in label.text()
        for root in roots
        for label in root.findChildren(QLabel)
        if label.isVisible()
    )


@pytest.mark.asyncio
async def test_markup_in_store_product_courier_and_customer_names_is_shown_literally(qtbot, server, tmp_path):
    store = server.data.store_with_method("qris")
    store.name = f"Toko {MARKUP}"
    variant = store.physical_variants()[0]
    variant.fullname = f"Kopi {MARKUP}"
    for service in server.data.couriers:
        service.name = f"Kilat {MARKUP}"
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, variant.sku)
        assert MARKUP in child(window, QLabel, "scanMessage").text()
        tips = markup_tips(window)  # the store list, the product list and the cart
        assert {f"Toko {MARKUP}", f"Kopi {MARKUP}"} <= {t.split("\n")[0].split(" (")[0] for t in tips}
        assert all(MARKUP in t for t in tips), tips
        fill_customer(qtbot, window, name=f"Rina {MARKUP}")
        qtbot.keyClick(window, Qt.Key.Key_F5)
        dialog, _quote, confirm = await quote_cheapest(qtbot)
        assert shown_somewhere(dialog) and not rich_labels(dialog)
        tips = markup_tips(dialog)
        assert any(t.endswith(f" Kilat {MARKUP}") for t in tips) and all(MARKUP in t for t in tips), tips
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        await wait_for(lambda: window.controller.shipping is not None, what="shipping chosen")
        assert shown_somewhere(window.cart_pane), "the courier is in the cart's shipping line"
        assert not rich_labels(window)
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_for(window.payment_view.isVisible, timeout=20, what="payment screen")
        assert shown_somewhere(window.payment_view), "the store and customer names are on the screen"
        assert not rich_labels(window)

        qtbot.mouseClick(child(window, QPushButton, "cancelOrderButton"), Qt.MouseButton.LeftButton)
        boxes: list[QWidget] = []

        def question() -> bool:
            boxes[:] = [w for w in QApplication.topLevelWidgets()
                        if w.objectName() == "confirmDialog" and w.isVisible()]  # fmt: skip
            return bool(boxes)

        await wait_for(question, what="cancel question")
        assert shown_somewhere(boxes[0]), "the customer's name is in the question"
        assert not rich_labels(boxes[0])
        qtbot.mouseClick(child(boxes[0], QPushButton, "confirmCancelButton"), Qt.MouseButton.LeftButton)


# --- tooltips: Qt guesses rich text there too, and a tooltip takes no text format ------------


@given(st.text(st.sampled_from("ab <>&;/='\"\n#x9pqtspan"), max_size=40))
def test_a_plain_tooltip_shows_any_text_literally(text: str) -> None:
    assert shown_tip(plain_tooltip(text)) == text


def test_a_tooltip_without_markup_is_left_as_it_is() -> None:
    assert plain_tooltip("Kopi Gayo\nKG-250  Rp 85.000") == "Kopi Gayo\nKG-250  Rp 85.000"
    assert plain_tooltip("Tom & Jerry") == "Tom & Jerry"
    assert plain_tooltip(None) is None and plain_tooltip("") == ""


def test_every_item_model_shows_markup_in_names_literally_in_its_tooltip(qapp) -> None:
    stores = StoreListModel()
    stores.set_stores([Store(1, "a", f"Toko {MARKUP}", domain="https://toko.id"), Store(2, "b", MARKUP)])
    assert tip(stores, 0) == f"Toko {MARKUP}\nhttps://toko.id"
    assert tip(stores, 1) == MARKUP

    product = variant_item(
        unique_id="variant_1", variant_id=1, name=f"Kopi {MARKUP}", price=1000, sku="SKU-1",
        weight=100, item_type="physical",
    )  # fmt: skip
    sellables = SellableModel()
    sellables.replace_all([product])
    for column in (NAME, SKU):
        assert tip(sellables, 0, column) == f"Kopi {MARKUP} (physical)\nSKU-1  Rp 1.000"

    cart = CartModel()
    cart.add(product)
    for column in (ITEM, TOTAL):
        assert tip(cart, 0, column) == f"Kopi {MARKUP}\nRp 1.000 · Physical: needs shipping"

    couriers = CourierTableModel()
    quotes = quotes_for(610, "qris", 1000)
    couriers.set_quotes([replace(quotes[0], courier_name=f"Kilat {MARKUP}", service_name="Reg")])
    for column in (CourierTableModel.COURIER, CourierTableModel.SERVICE):
        assert tip(couriers, 0, column) == f"Kilat {MARKUP} Reg"

    locations = LocationListModel()
    locations.set_page("x", Page(items=(Location(1, f"Coblong {MARKUP}", "Kota Bandung", "Jawa Barat", ""),)))
    assert tip(locations, 0) == f"Coblong {MARKUP}, Kota Bandung, Jawa Barat"

    parked = ParkedSalesModel()
    sale = sample(f"Meja {MARKUP}", store=replace(MAIN, name=f"Toko {MARKUP}"),
                  customer=TypedCustomer(f"Rina {MARKUP}", "0812 3456 7890", ""))  # fmt: skip
    parked.set_sales([sale], MAIN.id)
    whole = parked.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert MARKUP in whole and tip(parked, 0) == whole

    when = datetime(2026, 1, 5, 2, 9, tzinfo=UTC)
    entry = JournalEntry(
        receipt="KASIR-01-000009", terminal="KASIR-01", seq=9, created_at=when, store_id=1,
        store_unique_id="store_a", store_name=f"Toko {MARKUP}", customer_name=f"Rina {MARKUP}",
        customer_phone="6281200000009", total=1000, payload={"payment_method": MARKUP},
        state=JournalState.REJECTED, attempts=1, updated_at=when, reason=f"stok {MARKUP}",
    )  # fmt: skip
    history = HistoryModel()
    history.set_entries([entry])
    assert tip(history, 0, CUSTOMER) == f"Rina {MARKUP}\n6281200000009"
    assert tip(history, 0, STORE) == f"Toko {MARKUP}"
    assert tip(history, 0, METHOD) == MARKUP  # an unknown method is named by its code
    assert tip(history, 0, STATUS) == f"Rejected: stok {MARKUP}"  # the server's reason
