"""The table both History tabs list orders in: whole rows a finger picks, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from pos_app.ui.common.touch import touch_rows


def order_table(parent: QWidget, name: str, model: QAbstractItemModel, time_column: int) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the table for the buttons instead of walking through its cells.
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.sortByColumn(time_column, Qt.SortOrder.DescendingOrder)
    table.verticalHeader().hide()
    # Alternating rows instead of grid lines: calmer, and the whole 44-px row is the row.
    table.setShowGrid(False)
    touch_rows(table)
    table.horizontalHeader().setHighlightSections(False)
    return table
