"""Keeps barcode scans out of search, quantity and customer fields, lists and buttons.

A scanner types a whole code in a few milliseconds and ends it with Enter. Wherever the
focus is in the cashier window, such a burst goes to the scan handler: one unit added,
nothing overcharged.
- In a text field the keys land first; on Enter the field gets its old text back. Only a
  burst that names a known SKU is taken from a search or customer field (a fast typist
  must still be able to search), but a quantity field never keeps a fast burst of six or
  more characters: no person types a quantity like that.
- Anywhere else (the cart table, a product list, a button) the keys after the first are
  held back as soon as they come too fast for a person, so a "-" inside a code never
  lowers a quantity and the closing Enter never presses a button.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QTextEdit, QWidget

# Scanners send a character every 1-15 ms; people rarely type faster than 50 ms a key.
MAX_GAP_SECONDS = 0.03
MIN_SCAN_LENGTH = 4
MIN_UNKNOWN_SCAN_IN_QUANTITY = 6

QUANTITY_FIELD_PROPERTY = "quantityField"


def _is_text_input(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QTextEdit | QAbstractSpinBox)


class ScanRouter(QObject):
    def __init__(
        self,
        *,
        is_known_code: Callable[[str], bool],
        submit_scan: Callable[[str], object],
        scan_field: QLineEdit,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._is_known = is_known_code
        self._submit = submit_scan
        self._scan_field = scan_field
        self._clock = clock
        self._widget: QWidget | None = None
        self._snapshot = ""
        self._burst = ""
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        # Only the widget that has the focus: the same event also travels to its parents.
        if watched is not QApplication.focusWidget() or watched is self._scan_field:
            return False
        if watched.window() is not self._scan_field.window():
            return False  # dialogs (shipping, settings) have their own fields
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            self._reset()  # a key held down (say "+" on the cart), never a scanner
            return False
        now = self._clock()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(watched, now)
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            self._reset()
            return False
        fast = watched is self._widget and now - self._last <= MAX_GAP_SECONDS
        self._last = now
        if not fast:
            self._widget = watched
            self._snapshot = watched.text() if isinstance(watched, QLineEdit) else ""
            self._burst = text
            return False
        self._burst += text
        # Outside text fields a burst's keys are held back: they belong to the scan.
        return not _is_text_input(watched)

    def _finish(self, widget: QWidget, now: float) -> bool:
        burst, snapshot = self._burst, self._snapshot
        is_burst = widget is self._widget and now - self._last <= MAX_GAP_SECONDS * 3
        self._reset()
        if not is_burst or len(burst) < MIN_SCAN_LENGTH:
            return False
        # Fast typing may run straight into the scan, so the code can be any tail of the burst.
        for start in range(len(burst) - MIN_SCAN_LENGTH + 1):
            if self._is_known(burst[start:]):
                self._restore(widget, snapshot + burst[:start])
                self._submit(burst[start:])
                return True
        if not _is_text_input(widget) or (
            widget.property(QUANTITY_FIELD_PROPERTY) and len(burst) >= MIN_UNKNOWN_SCAN_IN_QUANTITY
        ):
            self._restore(widget, snapshot)
            self._submit(burst)  # an unknown code: the scan handler says so, nothing else happens
            return True
        return False

    @staticmethod
    def _restore(widget: QWidget, text: str) -> None:
        if isinstance(widget, QLineEdit):
            widget.setText(text)

    def _reset(self) -> None:
        self._widget = None
        self._burst = ""
