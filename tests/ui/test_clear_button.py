"""The finger-sized clear button: behaves like Qt's own, only larger."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from pos_app.ui.common.clear_button import ClearButton, add_clear_button
from pos_app.ui.common.style import STYLE_SHEET


@pytest.fixture
def field(qtbot) -> Iterator[QLineEdit]:
    window = QWidget()
    window.setStyleSheet(STYLE_SHEET)  # the app's 44 px fields
    qtbot.addWidget(window)
    line = QLineEdit(window)
    line.setObjectName("search")
    line.setClearButtonEnabled(True)  # replaced: the small one must go
    other = QLineEdit(window)
    other.setObjectName("next")
    layout = QVBoxLayout(window)
    layout.addWidget(line)
    layout.addWidget(other)
    window.resize(360, 120)
    window.show()
    qtbot.waitExposed(window)
    add_clear_button(line)
    yield line  # the window stays referenced (and alive) until the test is done
    del window


def button_of(field: QLineEdit) -> ClearButton:
    button = field.findChild(ClearButton)
    assert button is not None
    return button


def test_hidden_while_empty_and_shown_with_text(field):
    button = button_of(field)
    assert not field.isClearButtonEnabled()
    assert not button.isVisible()
    QTest.keyClicks(field, "kopi")
    assert button.isVisible()
    field.setReadOnly(True)  # like Qt's: nothing to clear in a field that cannot be edited
    assert not button.isVisible()
    field.setReadOnly(False)
    assert button.isVisible()
    field.setText("")
    assert not button.isVisible()


def test_a_finger_fits_and_it_sits_inside_the_field_past_the_text(field):
    QTest.keyClicks(field, "kopi gayo")
    button = button_of(field)
    assert button.width() >= 36 and button.height() >= 36
    assert field.height() >= 44
    assert field.rect().contains(button.geometry())
    assert button.geometry().right() >= field.width() - 8  # at the right edge
    assert field.textMargins().right() >= button.width()  # the text stops before it
    field.resize(field.width() + 50, field.height())
    assert field.rect().contains(button.geometry())
    assert button.geometry().right() >= field.width() - 8  # follows a resize


def test_click_clears_emits_text_edited_and_keeps_the_focus_in_the_field(field, qtbot):
    QTest.keyClicks(field, "kopi")
    edits: list[str] = []
    field.textEdited.connect(edits.append)
    field.window().findChild(QLineEdit, "next").setFocus()
    qtbot.mouseClick(button_of(field), Qt.MouseButton.LeftButton)
    assert field.text() == ""
    assert edits == [""]  # a search field refreshes as after a hand-made delete
    assert not button_of(field).isVisible()
    assert field.hasFocus()


def test_not_in_the_tab_chain(field):
    assert button_of(field).focusPolicy() == Qt.FocusPolicy.NoFocus


def test_tooltip_and_accessible_name_follow_the_language(field):
    from PySide6.QtCore import QTranslator

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"ID:{source}" if source else source

        def isEmpty(self) -> bool:
            return False

    button = button_of(field)
    assert button.accessibleName() == "Clear"
    translator = Shouting()
    QApplication.installTranslator(translator)
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert button.toolTip() == "ID:Clear"
    finally:
        QApplication.removeTranslator(translator)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert button.accessibleName() == "Clear"


def test_picture(field):
    from tests.ui.cashier import ARTIFACTS

    QTest.keyClicks(field, "Jl. Ir. H. Juanda No. 112, RT 02/RW 05")
    field.setCursorPosition(0)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = field.window().grab(QRect(0, 0, field.window().width(), field.geometry().bottom() + 8))
    assert shot.save(str(ARTIFACTS / "clear-button.png"))
