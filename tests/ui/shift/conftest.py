"""A till for the shift screens: a real shift book in tmp_path, sales in memory, a movable clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableWidget,
    QWidget,
)

from pos_app.services.shift_reports import ShiftReports
from pos_app.storage.shift_book import SHIFTS_FILE, ShiftBook
from pos_app.ui.common.style import STYLE_SHEET
from tests.services.shift_fakes import Clock, FakeSales, PrinterHook
from tests.shifts.builders import JAKARTA, wib

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
SCREEN = (1024, 768)


@dataclass
class Till:
    clock: Clock
    book: ShiftBook
    sales: FakeSales
    reports: ShiftReports
    printer: PrinterHook


@pytest.fixture
def till(data_dir):
    clock = Clock(wib(2026, 11, 27, 8, 0))
    book = ShiftBook(data_dir / SHIFTS_FILE, "KASIR-01", clock=clock)
    sales = FakeSales()
    yield Till(clock, book, sales, ShiftReports(book, sales, tz=JAKARTA, clock=clock), PrinterHook())
    book.close()


@pytest.fixture
def host(qtbot):
    """``host(widget)``: the widget as the central page of a 1024×768 window in the app's style."""

    windows: list[QMainWindow] = []  # qtbot holds its widgets weakly; the test may not keep one

    def show(widget: QWidget) -> QMainWindow:
        window = QMainWindow()
        windows.append(window)
        window.setStyleSheet(STYLE_SHEET)
        window.setCentralWidget(widget)
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        return window

    yield show  # qtbot closes the windows


def child(parent: QWidget, kind: type, name: str):
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def too_small_to_touch(root: QWidget) -> list[str]:
    """Visible buttons, fields and lists lower than 44 px (a finger's width)."""
    small = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QComboBox) or not widget.isVisibleTo(root):
            continue
        holder = widget.parentWidget()
        # The editor inside a combo or date box (the box is what is hit), a table's corner.
        if holder is not None and (holder.inherits("QComboBox") or holder.inherits("QAbstractSpinBox")
                                   or holder.inherits("QAbstractItemView")):  # fmt: skip
            continue
        if widget.height() < 44:
            small.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.height()} px")
    return small


def cut_off(root: QWidget) -> list[str]:
    """Visible widgets that stick out of the window (cut off at 1024×768), scrolled content aside."""
    window = root.window()
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _inside_scroll_area(widget):
            continue
        corner = widget.mapTo(window, widget.rect().bottomRight())
        if corner.x() >= window.width() or corner.y() >= window.height():
            out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def squeezed(root: QWidget) -> list[str]:
    """Visible widgets given less height than they need: clipped rows and overlapping text."""
    out = []
    kinds = QLabel | QAbstractButton | QLineEdit | QTableWidget
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        # Wrapped text needs the height for the width it got, not for the narrowest width.
        wraps = widget.hasHeightForWidth()
        needed = widget.heightForWidth(widget.width()) if wraps else widget.minimumSizeHint().height()
        if needed > 0 and widget.height() < needed:
            out.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.height()} < {needed} px")
    return out
