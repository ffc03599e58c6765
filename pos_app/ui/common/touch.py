"""Sizes for a finger on a counter's touch monitor, not for a mouse pointer."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QScroller, QTableView

TOUCH = 44  # px: the smallest control or table row a cashier hits reliably with a finger


def touch_rows(view: QTableView, height: int = TOUCH) -> None:
    """Rows a finger can pick; a taller ``height`` for rows that show two lines."""
    section = height + (1 if view.showGrid() else 0)  # the grid line is part of the section
    header = view.verticalHeader()
    header.setMinimumSectionSize(section)
    header.setDefaultSectionSize(section)


def flick_to_scroll(view: QAbstractItemView) -> None:
    """A finger dragging through a list scrolls it, as on a phone; without this Qt starts a
    selection drag, leaving only the 14 px scroll bar to scroll with. Touch only: a mouse
    still clicks and selects as before."""
    QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
