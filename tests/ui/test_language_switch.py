"""Issue 6: switching to Indonesian leaves no English text on the cashier's screens.

The test walks every visible widget of the main window, the shipping dialog and the
payment screen and compares what they show with the English source strings of the
translation file: a source string that has an Indonesian translation must not appear.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from pos_app.languages import install_language, qm_path
from tests.helpers.waiting import wait_for
from tests.ui.cashier import (
    ARTIFACTS,
    cashier_window,
    checkout_button,
    child,
    choose_store,
    fill_customer,
    scan,
)

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "kasir_id.ts"


def english_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Source strings whose Indonesian differs, as patterns that match them once filled in."""
    patterns = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        plain = source.replace("&", "")
        if not re.search(r"[A-Za-z]{3}", plain) or translation.replace("&", "") == plain:
            continue  # numbers, key names, brand names: the same in both languages
        pieces = re.split(r"\{[a-z_]+\}", plain)
        patterns.append((source, re.compile("^" + ".+?".join(re.escape(p) for p in pieces) + "$", re.S)))
    return patterns


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read on ``root`` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if widget.isWindow():
            yield name + ".windowTitle", widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield name + ".placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name + ".title", widget.title()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name}.tab{index}", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name}.item{index}", widget.itemText(index)
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"{name}.header{column}", header
        accessible = widget.accessibleName()
        if accessible:
            yield name + ".accessibleName", accessible


def untranslated(root: QWidget, patterns) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        plain = text.replace("&", "").strip()
        for source, pattern in patterns:
            if plain and pattern.match(plain):
                found.append(f"{where}: {text!r} (source {source!r})")
                break
    return found


@pytest.fixture
def indonesian(qapp):
    if not qm_path("id").exists():
        pytest.fail("pos_app/i18n/kasir_id.qm is missing: run python packaging/build_translations.py")
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


@pytest.mark.asyncio
async def test_no_english_left_on_the_cashier_screens(qtbot, server, tmp_path, indonesian):
    patterns = english_patterns()
    store = server.data.store_with_method("qris")
    async with cashier_window(server, tmp_path) as window:
        await choose_store(window, store.id)
        scan(qtbot, window, store.physical_variants()[0].sku)
        fill_customer(qtbot, window, phone="0812")  # an inline error in Indonesian too
        qtbot.keyClick(window, Qt.Key.Key_F12)
        window.resize(1280, 800)
        problems = untranslated(window, patterns)
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().save(str(ARTIFACTS / "cashier-cart-id.png"))

        fill_customer(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        await wait_for(lambda: _shipping_dialog() is not None, what="shipping dialog")
        dialog = _shipping_dialog()
        problems += untranslated(dialog, patterns)
        dialog.reject()
        await wait_for(lambda: _shipping_dialog() is None, what="dialog closed")

        window.cart_model.clear()
        scan(qtbot, window, store.digital_variants()[0].sku)
        qtbot.mouseClick(checkout_button(window), Qt.MouseButton.LeftButton)
        await wait_for(window.payment_view.isVisible, what="payment screen")
        problems += untranslated(window, patterns)
        window.grab().save(str(ARTIFACTS / "cashier-payment-id.png"))
        [order] = server.orders()
        server.mark_paid(order["id"])
        status = child(window, QWidget, "paymentStatus")
        await wait_for(lambda: status.property("status") == "paid", what="paid")
        problems += untranslated(window, patterns)
        assert not problems, "English text left after switching to Indonesian:\n" + "\n".join(
            sorted(set(problems))
        )
        assert "LUNAS" in status.text().upper()


def _shipping_dialog() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "shippingDialog" and widget.isVisible():
            return widget
    return None
