"""F1: the keyboard map, in a window that does not block the sale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch import touch_rows

_KEY_COLUMN = 84
_HALVES = 2  # two key/action pairs side by side: the whole map fits 1024x768 without scrolling


class ShortcutsHelp(RetranslateOnLanguageChange, QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsHelp")
        self.table = QTableWidget(0, 2 * _HALVES, objectName="shortcutsTable")
        self.table.verticalHeader().hide()
        touch_rows(self.table)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for half in range(_HALVES):
            header.setSectionResizeMode(2 * half, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(2 * half, _KEY_COLUMN)
            header.setSectionResizeMode(2 * half + 1, QHeaderView.ResizeMode.Stretch)
        # A long line wraps and its row grows, instead of being cut at the right edge.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Our own button: a standard Close would keep Qt's English text.
        self.close_button = QPushButton(objectName="shortcutsClose")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(920, 560)
        self.retranslate()

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("F1", self.tr("Show this list of shortcuts")),
            ("F2", self.tr("Scan field: scan or type a SKU and press Enter")),
            ("F3", self.tr("Search products and bundles")),
            ("F4", self.tr("Customer details")),
            ("F5", self.tr("Shipping: district, courier and price")),
            ("F6", self.tr("Cart: + and − change the quantity, Delete removes the line")),
            ("F7", self.tr("Discount on the whole order: an amount or a percentage")),
            ("F8", self.tr("History: today's sales, print again, unfinished orders")),
            ("F9", self.tr("Park this sale, or bring a parked sale back")),
            ("F10", self.tr("Settings")),
            ("F11", self.tr("Shift: pay in or out, close the shift, day report")),
            ("F12", self.tr("Checkout")),
            ("Ctrl+N", self.tr("New sale (clears cart and customer)")),
            ("Ctrl+P", self.tr("Payment screen: print the receipt again")),
            ("Esc", self.tr("Back: clear the search or return to the scan field")),
            ("Enter", self.tr("In a product list: add one unit")),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")] * _HALVES)
        self.close_button.setText(self.tr("Close"))
        rows = self._rows()
        per_half = -(-len(rows) // _HALVES)
        self.table.setRowCount(per_half)
        for number, (key, action) in enumerate(rows):
            row, column = number % per_half, 2 * (number // per_half)
            key_item = QTableWidgetItem(key)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, key_item)
            self.table.setItem(row, column + 1, QTableWidgetItem(action))

    def show_help(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))
        self.show()  # not exec(): the sale and its timers keep running
        self.raise_()
        self.activateWindow()
