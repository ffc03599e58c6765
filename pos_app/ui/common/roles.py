"""Item-data roles shared by the app's models."""

from PySide6.QtCore import Qt

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the domain object behind a row
SortRole = Qt.ItemDataRole.UserRole + 2  # raw value to sort on, never the display string
