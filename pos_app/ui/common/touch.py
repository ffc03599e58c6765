"""Sizes for a finger on a counter's touch monitor, not for a mouse pointer."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

TOUCH = 44  # px: the smallest control or table row a cashier hits reliably with a finger


def touch_rows(view: QTableView, height: int = TOUCH) -> None:
    """Rows a finger can pick; a taller ``height`` for rows that show two lines."""
    section = height + (1 if view.showGrid() else 0)  # the grid line is part of the section
    header = view.verticalHeader()
    header.setMinimumSectionSize(section)
    header.setDefaultSectionSize(section)
