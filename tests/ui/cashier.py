"""Driving the real cashier window against a training server, as a cashier would."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPushButton, QWidget

from pos_app.app import AppConfig, create_main_window
from pos_app.credentials import MemoryCredentialStore
from pos_app.sandbox import TrainingServer
from tests.helpers.waiting import wait_for

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
# Screenshots go here: a fresh clone has no such folder, and QPixmap.save() into a missing
# folder only returns False, so a test run alone would save nothing and say nothing.
ARTIFACTS.mkdir(parents=True, exist_ok=True)


@asynccontextmanager
async def cashier_window(
    server: TrainingServer,
    data_dir: Path,
    *,
    credentials=None,
    open_shift: bool = True,
    fast_polling: bool = True,
    **config,
):
    """The real window against ``server``; with a shift already open (a sale needs one),
    unless ``open_shift=False`` (the tests of opening one at checkout). Payments are polled
    every 0.3 s unless ``fast_polling=False`` (then at the app's own default pace)."""
    settings = dict(base_url=server.base_url, api_key=server.api_key, data_dir=data_dir, training=True)
    settings.update(config_dir=data_dir / "config")
    if fast_polling:
        settings.update(payment_poll_interval=0.3)
    settings.update(config)
    window = await create_main_window(
        AppConfig(**settings), credentials=credentials or MemoryCredentialStore()
    )
    shifts = window.app_context.shifts
    if open_shift and shifts.current() is None:
        shifts.open_shift("Tester", 0)
    window.show()
    try:
        yield window
    finally:
        window.close()
        await window.app_context.aclose()


def child(window: QWidget, kind, name: str):
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


async def choose_store(window, store_id: int) -> None:
    store_list: QAbstractItemView = child(window, QAbstractItemView, "storeList")
    model = store_list.model()
    await wait_for(lambda: window.store_pane.model.row_of(store_id) is not None, what="store listed")
    row = window.store_pane.model.row_of(store_id)
    store_list.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    await wait_for(
        lambda: not window.product_pane.progress.isVisible() and window.product_pane.products.total_count,
        timeout=20,
        what="catalog loaded",
    )
    await wait_for(lambda: child(window, QComboBox, "paymentMethod").count() > 0, what="payment methods")


def scan(qtbot, window, sku: str) -> None:
    field = child(window, QLineEdit, "scanInput")
    qtbot.keyClicks(field, sku)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def fill_customer(qtbot, window, name="Rina Kartikasari", phone="0812-3456-7890", email="") -> None:
    for object_name, text in (("customerName", name), ("customerPhone", phone), ("customerEmail", email)):
        field = child(window, QLineEdit, object_name)
        field.clear()
        if text:
            qtbot.keyClicks(field, text)
        field.editingFinished.emit()


def checkout_button(window) -> QPushButton:
    return child(window, QPushButton, "checkoutButton")


def order_requests(server: TrainingServer) -> list:
    return [r for r in server.requests if r.method == "POST" and r.path == "/v3/orders"]
