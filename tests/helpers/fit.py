"""Does a screen fit? Texts wider than their widgets, tables that scroll sideways, controls too
small to touch: found with the widgets' own font metrics, as a cashier would see them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QWidget,
)

MIN_TOUCH = 44  # px: a finger, not a mouse pointer


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0


def text_problems(root: QWidget) -> list[str]:
    """Visible texts that do not fit the widget showing them."""
    found = []
    for label in root.findChildren(QLabel):
        if not _visible(label, root) or not label.text() or label.wordWrap() or label.pixmap() is not None:
            continue
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        metrics = label.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
        available = label.contentsRect().width() - 2 * label.margin() - label.indent()
        if needed > available + 1:
            found.append(f"label {_name(label)}: {label.text()!r} needs {needed}px, has {available}px")
    for button in root.findChildren(QPushButton):
        if not _visible(button, root) or not button.text():
            continue
        text = button.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        icon = button.iconSize().width() if not button.icon().isNull() else 0
        needed = button.fontMetrics().horizontalAdvance(text) + icon
        if needed + 8 > button.width():
            found.append(f"button {_name(button)}: {text!r} needs {needed}px, has {button.width()}px")
    for box in root.findChildren(QCheckBox) + root.findChildren(QRadioButton):
        if not _visible(box, root) or not box.text():
            continue
        needed = box.fontMetrics().horizontalAdvance(box.text().replace("&", "")) + 24
        if needed > box.width() + 1:
            found.append(f"checkbox {_name(box)}: {box.text()!r} needs {needed}px, has {box.width()}px")
    for bar in root.findChildren(QTabBar):
        if not _visible(bar, root):
            continue
        for index in range(bar.count()):
            if not bar.isTabVisible(index):
                continue
            text = bar.tabText(index).replace("&", "")
            needed = bar.fontMetrics().horizontalAdvance(text)
            rect = bar.tabRect(index)
            if needed > rect.width() - 8 and bar.elideMode() == Qt.TextElideMode.ElideNone:
                found.append(f"tab {_name(bar)}[{index}]: {text!r} needs {needed}px, has {rect.width()}px")
    for header in root.findChildren(QHeaderView):
        if not _visible(header, root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not text:
                continue
            needed = header.fontMetrics().horizontalAdvance(text)
            if needed + 12 > header.sectionSize(section):
                found.append(f"header {_name(header.parentWidget())}[{section}]: {text!r} needs {needed}px, "
                             f"has {header.sectionSize(section)}px")  # fmt: skip
    return found


def scroll_problems(root: QWidget) -> list[str]:
    """Tables that need a sideways scrollbar at their default column layout."""
    found = []
    for view in root.findChildren(QTableView):
        if not _visible(view, root):
            continue
        bar = view.horizontalScrollBar()
        if bar.maximum() > 0:
            found.append(f"table {_name(view)} scrolls sideways by {bar.maximum()}px")
    return found


def touch_problems(root: QWidget) -> list[str]:
    """Controls a cashier touches that are lower than a finger."""
    found = []
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not _visible(widget, root):
            continue
        if widget.parentWidget() is not None and isinstance(widget.parentWidget(), QAbstractItemView):
            continue  # an editor inside a table cell follows the row height
        if isinstance(widget.parentWidget(), QLineEdit | QTabBar | QComboBox | QAbstractSpinBox):
            continue  # parts of a control (a field's clear button, tab arrows): the control counts
        if widget.height() < MIN_TOUCH:
            found.append(f"{type(widget).__name__} {_name(widget)} is {widget.height()}px high")
    for view in root.findChildren(QAbstractItemView):
        if not _visible(view, root) or isinstance(view, QHeaderView):
            continue
        model = view.model()
        if model is None or model.rowCount() == 0:
            continue
        height = view.visualRect(model.index(0, 0)).height()
        if 0 < height < MIN_TOUCH:
            found.append(f"rows of {_name(view)} are {height}px high")
    return found


def all_problems(root: QWidget) -> list[str]:
    return text_problems(root) + scroll_problems(root) + touch_problems(root)

