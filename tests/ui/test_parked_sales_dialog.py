"""The parked sales list: what it shows, resuming and deleting by keyboard and mouse, 1024×768."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QListView, QMessageBox, QPushButton, QWidget

from pos_app.domain.parked_sale import ParkedSale, TypedCustomer
from pos_app.storage.parked_sales import PARKED_FILE, ParkedSales
from pos_app.ui.common.async_dialogs import CONFIRM_CANCEL_BUTTON, CONFIRM_DIALOG, CONFIRM_OK_BUTTON
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.style import STYLE_SHEET
from pos_app.ui.history.parked_sales_dialog import (
    ParkedSalesDialog,
    choose_parked_sale,
    default_label_template,
)
from pos_app.ui.history.parked_sales_model import DetailsRole, ParkedSalesModel
from tests.helpers.parked import BRANCH, COFFEE, EBOOK, GIFT_BOX, MAIN, cart_of, sample
from tests.helpers.waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREEN = (1024, 768)


@pytest.fixture
def parked(tmp_path: Path) -> Iterator[ParkedSales]:
    with ParkedSales(tmp_path / PARKED_FILE) as opened:
        yield opened


@pytest.fixture
def three(parked: ParkedSales) -> tuple[ParkedSale, ParkedSale, ParkedSale]:
    """Oldest first: one here, one in the branch, the newest here."""
    first = parked.park(sample("Ibu baju merah", minutes=0, number=1))
    branch = parked.park(
        sample("Pak Budi – ambil dus", store=BRANCH, minutes=5, number=2,
               cart=cart_of((EBOOK, 1)), customer=TypedCustomer("Budi Santoso"))
    )  # fmt: skip
    newest = parked.park(
        sample("Mbak jaket hijau", minutes=9, number=3,
               cart=cart_of((COFFEE, 1), (GIFT_BOX, 2), (EBOOK, 4)), customer=TypedCustomer())
    )  # fmt: skip
    return first, branch, newest


@pytest.fixture
def window(qtbot) -> QWidget:
    # The cashier window stands behind the dialog, with the app's style sheet, at 1024×768.
    widget = QWidget()
    widget.setObjectName("paneFrame")
    widget.setStyleSheet(STYLE_SHEET)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    return widget


async def shown_dialog() -> ParkedSalesDialog:
    await wait_for(lambda: isinstance(QApplication.activeModalWidget(), ParkedSalesDialog), what="dialog")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ParkedSalesDialog)
    return dialog


async def question() -> QMessageBox:
    await wait_for(lambda: QApplication.activeModalWidget().objectName() == CONFIRM_DIALOG, what="question")
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def labels(dialog: ParkedSalesDialog) -> list[str]:
    model = dialog.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# --- the model ----------------------------------------------------------------------------------


def test_model_puts_this_store_first_newest_first(qtmodeltester, three) -> None:
    first, branch, newest = three
    model = ParkedSalesModel()
    model.set_sales([newest, branch, first], MAIN.id)  # as storage lists them
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(ObjectRole) for r in range(3)] == [newest, first, branch]
    assert model.index(0, 0).data(DetailsRole).startswith(f"{MAIN.name} · 7 items · parked ")
    assert model.index(1, 0).data(DetailsRole).startswith(f"{MAIN.name} · Rina Kartikasari · 3 items")
    other = f"Other store: {BRANCH.name} · Budi Santoso · 1 item ·"
    assert model.index(2, 0).data(DetailsRole).startswith(other)
    # In the branch, the branch's sale is the one at the top.
    model.set_sales([newest, branch, first], BRANCH.id)
    assert [model.index(r, 0).data(ObjectRole) for r in range(3)] == [branch, newest, first]


def test_names_are_data_never_markup(parked: ParkedSales) -> None:
    sale = parked.park(sample("<b>VIP</b> & co", store=BRANCH))
    model = ParkedSalesModel()
    model.set_sales([sale], MAIN.id)
    index = model.index(0, 0)
    assert index.data() == "<b>VIP</b> & co"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith("<b>VIP</b> & co, Rp 320.000.")
    assert "&lt;b&gt;VIP&lt;/b&gt; &amp; co" in index.data(Qt.ItemDataRole.ToolTipRole)


# --- the dialog ---------------------------------------------------------------------------------


def test_names_and_shape(qtbot, parked: ParkedSales, three) -> None:
    dialog = ParkedSalesDialog(parked, MAIN.id)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "parkedSalesDialog"
    view = dialog.findChild(QListView, "parkedSales")
    assert view is dialog.list and isinstance(view.model(), QAbstractListModel)
    for name in ("resumeParkedButton", "deleteParkedButton", "closeParkedButton"):
        button = dialog.findChild(QPushButton, name)
        assert button is not None and button.accessibleName()
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert labels(dialog) == ["Mbak jaket hijau", "Ibu baju merah", "Pak Budi – ambil dus"]
    assert dialog.selected() == three[2]  # the newest of this store, ready for Enter
    assert dialog.resume_button.isDefault()


@pytest.mark.asyncio
async def test_enter_resumes_the_selected_sale_once(qtbot, window, parked: ParkedSales, three) -> None:
    first, branch, newest = three
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    assert dialog.list.hasFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    resumed = await asyncio.wait_for(task, 5)
    assert resumed == first
    assert resumed.cart().lines == cart_of((COFFEE, 2), (GIFT_BOX, 1)).lines
    assert parked.list() == [newest, branch]  # taken out: exactly one sale left the list


@pytest.mark.asyncio
async def test_a_sale_of_another_store_is_resumed_with_its_store(qtbot, window, parked, three) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    rect = dialog.list.visualRect(dialog.list.model().index(2, 0))
    # A real double-click starts with a press; QTest's DblClick event alone has none.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.isVisible()  # one click only selects
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    resumed = await asyncio.wait_for(task, 5)
    assert (resumed.store_id, resumed.store_name) == (BRANCH.id, BRANCH.name)
    assert parked.count(BRANCH.id) == 0


@pytest.mark.asyncio
async def test_escape_closes_and_resumes_nothing(qtbot, window, parked: ParkedSales, three) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert await asyncio.wait_for(task, 5) is None
    assert parked.count() == 3


@pytest.mark.asyncio
async def test_delete_asks_first(qtbot, window, parked: ParkedSales, three) -> None:
    first, branch, _newest = three
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    box = await question()
    assert "Mbak jaket hijau" in box.text()
    assert not dialog.resume_button.isEnabled()  # nothing else while the question is open
    qtbot.mouseClick(box.findChild(QPushButton, CONFIRM_CANCEL_BUTTON), Qt.MouseButton.LeftButton)
    await wait_for(lambda: dialog.resume_button.isEnabled(), what="question answered")
    assert parked.count() == 3

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = await question()
    qtbot.mouseClick(box.findChild(QPushButton, CONFIRM_OK_BUTTON), Qt.MouseButton.LeftButton)
    await wait_for(lambda: labels(dialog) == ["Ibu baju merah", "Pak Budi – ambil dus"], what="deleted")
    assert parked.list() == [branch, first]
    assert dialog.message.text() == "“Mbak jaket hijau” deleted."
    assert dialog.selected() == first and dialog.isVisible()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert await asyncio.wait_for(task, 5) is None


@pytest.mark.asyncio
async def test_a_sale_resumed_at_another_window_is_not_resumed_twice(qtbot, window, parked, three) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    with ParkedSales(parked.path) as other_window:
        other_window.take(three[2].id)
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already resumed or deleted" in dialog.message.text()
    assert labels(dialog) == ["Ibu baju merah", "Pak Budi – ambil dus"]
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(task, 5) == three[0]


@pytest.mark.asyncio
async def test_a_file_that_fails_keeps_the_dialog_and_the_sale(qtbot, window, parked, three, caplog) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    parked.close()  # stands in for a locked or vanished file
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.isVisible() and not task.done()
    assert dialog.message.text().startswith("The sale could not be resumed. Try again")
    assert "could not resume parked sale" in caplog.text
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert await asyncio.wait_for(task, 5) is None
    with ParkedSales(parked.path) as reopened:
        assert reopened.count() == 3


@pytest.mark.asyncio
async def test_a_cancelled_caller_puts_a_taken_sale_back(qtbot, window, parked, three) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)  # taken, not yet handed over
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert parked.list() == [three[2], three[1], three[0]]


@pytest.mark.asyncio
async def test_an_empty_list_says_how_to_park(qtbot, window, parked: ParkedSales) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    assert "Press F9" in dialog.hint.text()
    assert not dialog.resume_button.isEnabled() and not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # nothing to resume: nothing happens
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert not task.done() and dialog.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(task, 5) is None


# --- looks: 1024×768, both languages ------------------------------------------------------------


def test_an_open_dialog_follows_a_language_switch(qtbot, parked: ParkedSales, three, switch_language) -> None:
    dialog = ParkedSalesDialog(parked, MAIN.id)
    qtbot.addWidget(dialog)
    switch_language("id")
    qtbot.waitUntil(lambda: dialog.title.text() == "Transaksi ditahan")  # the event is posted
    assert dialog.windowTitle() == "Transaksi ditahan"
    assert dialog.resume_button.text() == "&Lanjutkan (Enter)"
    details = dialog.list.model().index(2, 0).data(DetailsRole)
    assert details.startswith(f"Toko lain: {BRANCH.name} · Budi Santoso · 1 barang · ditahan ")
    switch_language("en")
    qtbot.waitUntil(lambda: dialog.title.text() == "Parked sales")


def _check_fits(dialog: ParkedSalesDialog) -> None:
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 40  # a taskbar
    for button in dialog.findChildren(QPushButton):
        assert button.height() >= 44, button.objectName()
        assert button.sizeHint().width() <= button.width(), f"{button.objectName()}: {button.text()!r}"
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.sizeHint().width() <= label.width(), f"{label.objectName()}: {label.text()!r}"
    view = dialog.list
    last = view.visualRect(view.model().index(view.model().rowCount() - 1, 0))
    assert last.bottom() <= view.viewport().height(), "the third sale is cut off"


async def _screenshot(window: QWidget, parked: ParkedSales, name: str) -> None:
    task = asyncio.ensure_future(choose_parked_sale(window, parked, MAIN.id))
    dialog = await shown_dialog()
    await asyncio.sleep(0.05)
    _check_fits(dialog)
    # What the cashier sees: the dialog centred on the 1024×768 till.
    screen = QPixmap(*SCREEN)
    painter = QPainter(screen)
    painter.drawPixmap(0, 0, window.grab())
    shot = dialog.grab()
    corner = QPoint((SCREEN[0] - shot.width()) // 2, (SCREEN[1] - shot.height()) // 2)
    painter.drawPixmap(corner, shot)
    painter.setPen(QColor("#667085"))  # offscreen windows have no frame: draw its edge
    painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert screen.save(str(ARTIFACTS / name))
    dialog.reject()
    assert await asyncio.wait_for(task, 5) is None


@pytest.mark.asyncio
async def test_screenshot(qtbot, window, parked: ParkedSales, three) -> None:
    await _screenshot(window, parked, "parked-sales.png")


@pytest.mark.asyncio
async def test_screenshot_in_indonesian(qtbot, window, parked: ParkedSales, three, switch_language) -> None:
    switch_language("id")
    assert default_label_template() == "Transaksi {number} – {time}"
    parked.park_cart(cart_of((EBOOK, 1)), store=MAIN, label_template=default_label_template())
    await _screenshot(window, parked, "parked-sales-id.png")
