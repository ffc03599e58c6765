"""Looking at one screen as a cashier at a 1024x768 or 1366x768 counter would.

``tests.helpers.fit`` finds cut texts, sideways tables and small controls; this adds what it
cannot see: a control pushed off the screen or clipped by its container (the main action
must always be reachable), a button squeezed below its text, a combo box or an empty field's
hint cut off, a scrolling page that scrolls sideways, a tab title shortened with "…", and a
page that needs more room than the monitor leaves it. Screenshots of the
1024x768 walk go to ``tests/artifacts/screen-<name>-<lang>.png``; the walks name their
screens apart from test_screens_fit's (``payment-qris-waiting``, not ``payment-qris``), so
neither overwrites the other's pictures.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)

from tests.helpers.fit import all_problems
from tests.ui.cashier import ARTIFACTS

SIZES = [(1024, 768), (1366, 768)]
LANGUAGES = ["id", "en"]


def size_id(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's page: off its viewport is fine, the cashier scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(widget, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_controls(root: QWidget) -> list[str]:
    """Buttons and fields that stick out of the screen or out of the widget that holds them."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QComboBox):
            continue
        if not (widget.isVisibleTo(root) and widget.isVisible()) or _scrolled(widget, root):
            continue
        if isinstance(widget.parentWidget(), QLineEdit | QComboBox):
            continue  # a field's own clear button or editor
        top_left = widget.mapTo(root, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not root.rect().contains(rect):
            name = widget.objectName() or widget.text()
            found.append(f"{type(widget).__name__} {name!r} at {rect.getRect()} is outside the "
                         f"{root.width()}x{root.height()} screen")  # fmt: skip
    return found


def squeezed_buttons(root: QWidget) -> list[str]:
    """Buttons narrower than their own size hint (text, padding and border): the text is cut.

    fit.py allows 8 px around a button's text; the style sheets pad buttons by 14 to 22 px
    a side, so a squeezed button loses letters at both ends before fit.py sees it.
    """
    found = []
    for button in root.findChildren(QPushButton):
        if not (button.isVisibleTo(root) and button.isVisible()) or not button.text():
            continue
        if button.width() < button.sizeHint().width():
            found.append(f"button {button.objectName()}: {button.text()!r} is {button.width()}px, "
                         f"needs {button.sizeHint().width()}px")  # fmt: skip
    return found


def cut_placeholders(root: QWidget) -> list[str]:
    """An empty field's grey hint cut off at its edge: the cashier reads half a sentence."""
    found = []
    for edit in root.findChildren(QLineEdit):
        if not (edit.isVisibleTo(root) and edit.isVisible()) or edit.text() or not edit.placeholderText():
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
        room -= 4  # QLineEdit keeps 2 px clear on each side of its text
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        if needed > room:
            found.append(f"placeholder of {edit.objectName()}: {edit.placeholderText()!r} needs {needed}px, "
                         f"has {room}px")  # fmt: skip
    return found


def cut_combo_texts(root: QWidget) -> list[str]:
    """A combo box whose chosen item is wider than its field: fit.py does not read combo boxes."""
    found = []
    for combo in root.findChildren(QComboBox):
        shown = combo.isVisibleTo(root) and combo.isVisible()
        if not shown or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if needed > field.width():
            found.append(f"combo box {combo.objectName()}: {combo.currentText()!r} needs {needed}px, "
                         f"has {field.width()}px")  # fmt: skip
    return found


def sideways_scroll_areas(root: QWidget) -> list[str]:
    """A scrolling page (not a table: fit.py checks those) that scrolls sideways."""
    found = []
    for area in root.findChildren(QScrollArea):
        if area.isVisibleTo(root) and area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{area.objectName()} scrolls sideways by {area.horizontalScrollBar().maximum()}px")
    return found


def elided_tabs(root: QWidget) -> list[str]:
    """Tabs shortened with "…": fit.py trusts a bar that may elide; a cashier reads the "…"."""
    found = []
    for bar in root.findChildren(QTabBar):
        if not (bar.isVisibleTo(root) and bar.isVisible()):
            continue
        for index in range(bar.count()):
            if bar.isTabVisible(index) and bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                found.append(f"tab {bar.tabText(index)!r} is shortened to {bar.tabRect(index).width()}px "
                             f"of {bar.tabSizeHint(index).width()}px")  # fmt: skip
    return found


class ScreenCheck:
    """Collects the problems of every screen of one walk (one size, one language)."""

    def __init__(self, size: tuple[int, int], language: str) -> None:
        self.size = size
        self.language = language
        self.problems: list[str] = []

    async def look(self, name: str, root: QWidget, page: QWidget | None = None) -> None:
        """Check ``root`` (the window, or a dialog) as shown; ``page`` is the window's page
        under test, which must fit the room the window leaves it on this monitor.

        The page is checked by its own minimum size, not by the window's size: the window's
        pages share one stack, whose minimum is the largest of theirs, so another screen
        could make the window grow and hide that this one would not fit.
        """
        await asyncio.sleep(0.05)  # layouts and lazily sized table columns settle
        root.grab()  # a paint sizes ResizeToContents columns as the cashier will see them
        await asyncio.sleep(0.02)
        found = all_problems(root) + clipped_controls(root) + squeezed_buttons(root) + cut_placeholders(root)
        found += cut_combo_texts(root) + sideways_scroll_areas(root) + elided_tabs(root)
        width, height = self.size
        if page is not None:
            room = QSize(width - (root.width() - page.width()), height - (root.height() - page.height()))
            needed = page.minimumSizeHint().expandedTo(page.minimumSize())
            if needed.width() > room.width() or needed.height() > room.height():
                found.append(f"{page.objectName()} needs {needed.width()}x{needed.height()}, "
                             f"the screen leaves it {room.width()}x{room.height()}")  # fmt: skip
        if root.width() > width or root.height() > height:
            # Which page made it grow: the window's pages share one stack (see above).
            pages = root.findChild(QStackedWidget, "pages")
            needs = [] if pages is None else [
                f"{pages.widget(i).objectName()} {pages.widget(i).minimumSizeHint().toTuple()}"
                for i in range(pages.count())
            ]  # fmt: skip
            found.append(f"{root.objectName()} is {root.width()}x{root.height()}: larger than the screen "
                         f"(pages need {', '.join(needs)})")  # fmt: skip
        self.problems += [f"{name} ({self.language}, {size_id(self.size)}): {problem}" for problem in found]
        if self.size == (1024, 768):
            ARTIFACTS.mkdir(exist_ok=True)
            root.grab().save(str(ARTIFACTS / f"screen-{name}-{self.language}.png"))

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)
