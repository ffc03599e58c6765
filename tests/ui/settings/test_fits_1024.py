"""Issue 13: every settings page is whole at 1024×768, in Indonesian and English.

A walk over each page (and each kind of printer) measures every text against its widget
with the widget's own font metrics, every control a finger hits against 44 px, and every
widget against the dialog's edges. Screenshots of each page land in tests/artifacts.
"""

from __future__ import annotations

import asyncio
import re

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)

from pos_app.credentials import MemoryCredentialStore
from pos_app.settings import AppSettings
from pos_app.ui.settings.printer_spec_editor import KINDS
from pos_app.ui.settings.settings_dialog import PageScroll, SettingsDialog
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.waiting import wait_for
from tests.ui.settings.conftest import ARTIFACTS, SCREEN, SCREEN_AREA, TASKBAR, URL, show_page

TOUCH = 44
TITLE_BAR = 32
SETTINGS = AppSettings(
    default_store_id=4127,
    receipt_printer="tcp://192.168.1.50:9100",
    receipt_header="Toko Nusantara\nJl. Merdeka 17, Bandung",
    customer_display=True,
    transfer_accounts_text="BCA 1234567890 a.n. Toko Nusantara",
)


def shown(text: str) -> str:
    """The text as drawn: a single & marks the shortcut letter and is not drawn."""
    return re.sub(r"&(.)", r"\1", text)


def qt_internal(widget: QWidget) -> bool:
    # The editor inside a combo or spin box (the box is what is hit), a tab bar's scroll arrows.
    holder = widget.parentWidget()
    return holder is not None and isinstance(holder, QComboBox | QAbstractSpinBox | QTabBar)


def text_overflows(root: QWidget) -> list[str]:
    """Visible texts wider than the room their widget gives them, by the widget's font metrics."""
    out: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or qt_internal(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text():
            room = widget.contentsRect().width()
            if widget.wordWrap():
                widest = max(metrics.horizontalAdvance(word) for word in shown(widget.text()).split())
                if widest > room:
                    out.append(f"{name}: a word of {widest} px in {room} px")
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    out.append(f"{name}: {widget.height()} px high, its lines need {needed}")
            elif metrics.horizontalAdvance(shown(widget.text())) > room:
                out.append(f"{name}: {widget.text()!r} is wider than {room} px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width():
                out.append(
                    f"{name}: {widget.text()!r} needs {widget.sizeHint().width()} > {widget.width()} px"
                )
        elif isinstance(widget, QComboBox):
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            for index in range(widget.count()):
                text = widget.itemText(index)
                content = QSize(metrics.horizontalAdvance(text), metrics.height())
                needed = (
                    widget.style()
                    .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, widget)
                    .width()
                )
                if needed > widget.width():
                    out.append(f"{name}: item {text!r} needs {needed} > {widget.width()} px")
        elif isinstance(widget, QLineEdit):
            option = QStyleOptionFrame()
            widget.initStyleOption(option)
            room = (
                widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget).width()
            )
            for text in (widget.text(), widget.placeholderText()):
                if widget.echoMode() == QLineEdit.EchoMode.Normal and metrics.horizontalAdvance(text) > room:
                    out.append(f"{name}: {text!r} is wider than its {room} px")
    return out


def too_small_to_touch(root: QWidget) -> list[str]:
    small = []
    for widget in root.findChildren(QWidget):
        kinds = QAbstractButton | QLineEdit | QComboBox | QPlainTextEdit
        touched = isinstance(widget, kinds) and widget.isVisibleTo(root) and not qt_internal(widget)
        if touched and widget.height() < TOUCH:
            small.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.height()} px")
    return small


def cut_off(dialog: SettingsDialog) -> list[str]:
    """Widgets reaching past the dialog's edges, and pages that would need scrolling."""
    out = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or isinstance(widget, PageScroll) or qt_internal(widget):
            continue
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        if corner.x() >= dialog.width() or corner.y() >= dialog.height():
            out.append(f"{type(widget).__name__} {widget.objectName()!r} reaches {corner.x()}, {corner.y()}")
    scroll = dialog.tabs.currentWidget()
    assert isinstance(scroll, PageScroll)
    for bar in (scroll.verticalScrollBar(), scroll.horizontalScrollBar()):
        if bar.isVisible():
            out.append(f"{scroll.objectName()} scrolls {bar.orientation().name}")
    return out


def tab_problems(dialog: SettingsDialog) -> list[str]:
    bar = dialog.tabs.tabBar()
    out = []
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        if rect.height() < TOUCH:
            out.append(f"tab {index} is {rect.height()} px high")
        if bar.tabSizeHint(index).width() > rect.width() or rect.right() >= bar.width():
            out.append(f"tab {bar.tabText(index)!r} is cut")
    return out


def plain_text_only(dialog: SettingsDialog) -> list[str]:
    return [
        f"{label.objectName()!r}"
        for label in dialog.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
    ]


def check(dialog: SettingsDialog, where: str) -> None:
    QApplication.processEvents()
    problems = text_overflows(dialog) + too_small_to_touch(dialog) + cut_off(dialog) + tab_problems(dialog)
    assert not problems, f"{where}:\n" + "\n".join(problems)


async def fitted_dialog(make_dialog) -> SettingsDialog:
    dialog = make_dialog(SETTINGS, MemoryCredentialStore())
    await asyncio.sleep(0.05)  # the language change and the first layout settle
    assert dialog.width() <= SCREEN[0]
    assert dialog.height() <= SCREEN[1] - TASKBAR - TITLE_BAR
    assert plain_text_only(dialog) == []
    return dialog


async def connection_test(qtbot, dialog: SettingsDialog, key: str) -> None:
    answers: list[object] = []
    dialog.connectionChecked.connect(answers.append)
    dialog.keyEdit.setText(key)
    qtbot.mouseClick(dialog.testConnectionButton, Qt.MouseButton.LeftButton)
    await wait_for(lambda: answers, what="connection test")
    dialog.connectionChecked.disconnect(answers.append)
    dialog.keyEdit.clear()


@pytest.mark.asyncio
@pytest.mark.parametrize("language", ["id", "en"])
async def test_every_page_fits_a_1024_by_768_till(qtbot, make_dialog, switch_language, language: str) -> None:
    switch_language(language)
    dialog = await fitted_dialog(make_dialog)
    for page in dialog.pages:
        show_page(dialog, page)
        check(dialog, page.objectName())
    editor = dialog.receiptsPage.printerEditor
    show_page(dialog, dialog.receiptsPage)
    for kind in KINDS:
        editor.kindCombo.setCurrentIndex(editor.kindCombo.findData(kind))
        check(dialog, f"printer kind {kind!r}")
        editor.problem()  # Save was pressed: an empty address now shows its message in red
        check(dialog, f"printer kind {kind!r} refused")

    # The longest messages: the missing-permission answer, and Save without a key.
    show_page(dialog, dialog.connectionPage)
    await connection_test(qtbot, dialog, "rk_limited")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.formError.isVisible()
    for page in dialog.pages:
        show_page(dialog, page)
        check(dialog, f"{page.objectName()} with both messages")


@pytest.mark.asyncio
async def test_the_dialog_grows_for_a_message_instead_of_cutting(qtbot, make_dialog) -> None:
    """Issue 13: the dialog did not grow for the Test connection message and cut the hints."""
    dialog = make_dialog(AppSettings(), MemoryCredentialStore())
    before = dialog.height()
    await connection_test(qtbot, dialog, "rk_limited")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)  # no key: a two-line warning
    await asyncio.sleep(0.05)
    assert dialog.formError.isVisible()
    assert before < dialog.height() <= SCREEN[1] - TASKBAR - TITLE_BAR
    for page in dialog.pages:
        show_page(dialog, page)
        check(dialog, f"{page.objectName()} after growing")


@pytest.mark.asyncio
async def test_on_a_screen_too_small_pages_scroll_and_nothing_is_squeezed(qtbot, make_dialog) -> None:
    dialog = make_dialog(SETTINGS, MemoryCredentialStore())
    dialog.fit_to(SCREEN_AREA.adjusted(0, 0, 0, -250))
    await connection_test(qtbot, dialog, "rk_limited")
    assert dialog.height() <= SCREEN_AREA.height() - 250 - TITLE_BAR
    for page in dialog.pages:
        show_page(dialog, page)
        assert text_overflows(dialog) == [], page.objectName()
    scroll = dialog.tabs.currentWidget()
    assert isinstance(scroll, PageScroll) and not scroll.horizontalScrollBar().isVisible()
    show_page(dialog, dialog.receiptsPage)
    assert dialog.tabs.currentWidget().verticalScrollBar().isVisible()  # reached by scrolling


# --- looking at it ---------------------------------------------------------------------------


def screenshot(till: QWidget, dialog: SettingsDialog, name: str) -> None:
    """What the owner sees: the dialog centred on the 1024×768 till."""
    QApplication.processEvents()
    screen = QPixmap(*SCREEN)
    painter = QPainter(screen)
    painter.drawPixmap(0, 0, till.grab())
    shot = dialog.grab()
    corner = QPoint((SCREEN[0] - shot.width()) // 2, (SCREEN[1] - TASKBAR - shot.height()) // 2)
    painter.drawPixmap(corner, shot)
    painter.setPen(QColor("#667085"))  # offscreen windows have no frame: draw its edge
    painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert screen.save(str(ARTIFACTS / name))


@pytest.mark.asyncio
async def test_screenshots(qtbot, till, make_dialog, switch_language) -> None:
    switch_language("id")
    dialog = make_dialog(SETTINGS, MemoryCredentialStore({URL: "sk_good"}))
    await connection_test(qtbot, dialog, "sk_good")
    screenshot(till, dialog, "settings-connection.png")
    show_page(dialog, dialog.counterPage)
    screenshot(till, dialog, "settings-counter.png")
    page = dialog.receiptsPage
    show_page(dialog, page)
    with FakePrinter() as printer:
        page.printerEditor.set_spec(printer.spec)
        qtbot.mouseClick(page.testPrintButton, Qt.MouseButton.LeftButton)
        await wait_for(lambda: page.testPrintResult.property("kind") == "ok", what="test slip")
    screenshot(till, dialog, "settings-receipts.png")
    show_page(dialog, dialog.supportPage)
    screenshot(till, dialog, "settings-support.png")

    switch_language("en")
    await wait_for(lambda: dialog.windowTitle() == "Settings", what="English")
    show_page(dialog, dialog.connectionPage)
    screenshot(till, dialog, "settings-connection-en.png")
