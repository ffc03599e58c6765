"""The till's function keys (F1 lists them: ui.window.shortcuts_help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pos_app.ui.window.main_window import MainWindow


def bind_keys(w: MainWindow, sale_page: QWidget) -> None:
    # Sale keys belong to the sale page: hidden with it, they never clash with the payment
    # screen's own keys (Qt ignores shortcuts of hidden widgets).
    def bind(key, slot, owner: QWidget) -> None:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    bind(Qt.Key.Key_F1, w.help.show_help, w)
    bind(Qt.Key.Key_Escape, w.pages.go_back, w)
    bind(Qt.Key.Key_F10, w.settings.open, w)
    bind(Qt.Key.Key_F8, w.pages.show_history, w)
    bind(Qt.Key.Key_F11, w.shift_menu.show_menu, w)
    bind(Qt.Key.Key_F2, w.focus_scan, sale_page)
    bind(Qt.Key.Key_F3, w.focus_search, sale_page)
    bind(Qt.Key.Key_F4, w.focus_customer, sale_page)
    bind(Qt.Key.Key_F5, w.choose_shipping, sale_page)
    bind(Qt.Key.Key_F6, w.focus_cart, sale_page)
    bind(Qt.Key.Key_F7, w.sale_screen.focus_discount, sale_page)
    bind(Qt.Key.Key_F9, lambda: w.run(w.parking.park_or_resume()), sale_page)
    bind(Qt.Key.Key_F12, w.checkout, sale_page)
    bind("Ctrl+N", w.new_sale, sale_page)
