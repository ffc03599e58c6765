"""The strip that marks training mode, so nobody mistakes a practice sale for a real one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from pos_app.ui.common.retranslate import RetranslateOnLanguageChange

# Amber with near-black text: readable in sunlight and for colour-blind users (contrast
# about 11:1), and unlike anything else on the till's screens.
_STYLE = (
    "QLabel#trainingBanner {"
    " background-color: #ffb300; color: #1a1a1a;"
    " font-weight: bold; font-size: 15px;"
    " padding: 6px 12px; border-bottom: 2px solid #e65100; }"
)


class TrainingBanner(RetranslateOnLanguageChange, QLabel):
    """A full-width bold amber strip: "TRAINING MODE – orders are not real"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("TRAINING MODE – orders are not real")
        self.setText(text)
        self.setAccessibleName(text)
