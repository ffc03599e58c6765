"""Tell the cashier that something went wrong, without stopping the till.

The window stays usable (the box is non-modal and opened with ``show()``); the details,
already scrubbed of keys and personal data, can be copied for support. The log file holds
the same traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class ErrorReporter(QObject):
    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self._box: QMessageBox | None = None

    def show(self, details: str) -> None:
        if self._box is not None and self._box.isVisible():
            self._box.setDetailedText(details)  # one box at a time: the newest error
            return
        box = QMessageBox(self._window)
        box.setObjectName("errorReport")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Kasir"))
        box.setText(self.tr("Something went wrong. The sale in progress is kept."))
        box.setInformativeText(
            self.tr("If it happens again, copy the details for support. They are also in the log file.")
        )
        box.setDetailedText(details)
        copy = QPushButton(self.tr("Copy details"), box)
        copy.setObjectName("copyErrorDetails")
        box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        # An action button closes the box by default; copying should not.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(box.detailedText()))
        self._box = box
        # show(), not open(): open() makes the box window-modal, which would lock the till
        # whenever the box has a parent window.
        box.show()
