"""Server, merchant and customer text is data: markup in a name is shown literally everywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.helpers.waiting import wait_for
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
        fill_customer(qtbot, window, name=f"Rina {MARKUP}")
        qtbot.keyClick(window, Qt.Key.Key_F5)
        dialog, _quote, confirm = await quote_cheapest(qtbot)
        assert shown_somewhere(dialog) and not rich_labels(dialog)
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
