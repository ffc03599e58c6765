"""F1: the keyboard map, in a window that does not block the sale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsHelp(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsHelp")
        self.table = QTableWidget(0, 2, objectName="shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("F1", self.tr("Show this list of shortcuts")),
            ("F2", self.tr("Scan field: scan or type a SKU and press Enter")),
            ("F3", self.tr("Search products and bundles")),
            ("F4", self.tr("Customer details")),
            ("F5", self.tr("Shipping: district, courier and price")),
            ("F6", self.tr("Cart: + and − change the quantity, Delete removes the line")),
            ("F12", self.tr("Checkout")),
            ("Ctrl+N", self.tr("New sale (clears cart and customer)")),
            ("Esc", self.tr("Back: clear the search or return to the scan field")),
            ("Enter", self.tr("In a product list: add one unit")),
        ]

    def show_help(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for row, (key, action) in enumerate(rows):
            key_item = QTableWidgetItem(key)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(action))
        self.show()  # not exec(): the sale and its timers keep running
        self.raise_()
        self.activateWindow()
