"""Keeps barcode scans out of search, quantity and customer fields.

A scanner types a whole code in a few milliseconds and ends it with Enter. When such a
burst that names a known SKU lands in any other text field, the field gets its old text
back and the code goes to the scan handler instead: one unit added, nothing overcharged.
In a quantity field even an unknown fast burst is refused, because no person types a
six-digit quantity that fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

# Scanners send a character every 1-15 ms; people rarely type faster than 50 ms a key.
MAX_GAP_SECONDS = 0.03
MIN_SCAN_LENGTH = 4
MIN_UNKNOWN_SCAN_IN_QUANTITY = 6

QUANTITY_FIELD_PROPERTY = "quantityField"


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
        self._field: QLineEdit | None = None
        self._snapshot = ""
        self._burst = ""
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QLineEdit):
            return False
        if watched is self._scan_field or watched.window() is not self._scan_field.window():
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(watched, now)
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            self._reset()
            return False
        if watched is not self._field or now - self._last > MAX_GAP_SECONDS:
            self._field = watched
            self._snapshot = watched.text()
            self._burst = ""
        self._burst += text
        self._last = now
        return False

    def _finish(self, field: QLineEdit, now: float) -> bool:
        burst, snapshot = self._burst, self._snapshot
        is_burst = field is self._field and now - self._last <= MAX_GAP_SECONDS * 3
        self._reset()
        if not is_burst or len(burst) < MIN_SCAN_LENGTH:
            return False
        # Fast typing may run straight into the scan, so the code can be any tail of the burst.
        for start in range(len(burst) - MIN_SCAN_LENGTH + 1):
            if self._is_known(burst[start:]):
                field.setText(snapshot + burst[:start])
                self._submit(burst[start:])
                return True
        if field.property(QUANTITY_FIELD_PROPERTY) and len(burst) >= MIN_UNKNOWN_SCAN_IN_QUANTITY:
            field.setText(snapshot)
            self._submit(burst)
            return True
        return False

    def _reset(self) -> None:
        self._field = None
        self._burst = ""
