"""First start: a friendly hello and two ways in: practise, or connect a real store.

Shown when no API key is saved. Training mode lets a new cashier learn the till before
anyone has found the API key; connecting opens the settings dialog.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from pos_app.credentials import CredentialStore
from pos_app.services.connection_check import ConnectionChecker
from pos_app.settings import AppSettings
from pos_app.ui.common.async_dialogs import wait_finished
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.settings.dialog_tools import snug_size_hint
from pos_app.ui.settings.settings_dialog import open_settings
from pos_app.ui.window.training_banner import TrainingBanner

__all__ = [
    "FirstStartChoice",
    "TrainingBanner",
    "WelcomeDialog",
    "ask_first_start",
    "needs_first_start",
    "run_first_start",
]

FirstStartChoice = Literal["training", "connect"]

_TITLE_STYLE = "font-size: 26px; font-weight: bold; color: #0d47a1;"
_TEXT_STYLE = "font-size: 15px; color: #263238;"
_HINT_STYLE = "font-size: 13px; color: #546e7a;"
_BIG_BUTTON_STYLE = (
    "QPushButton { font-size: 16px; font-weight: bold; padding: 14px 20px;"
    " border-radius: 8px; border: 2px solid %s; background: %s; color: %s; }"
    " QPushButton:focus { border: 3px solid #000000; }"
)


class WelcomeDialog(RetranslateOnLanguageChange, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._choice: FirstStartChoice | None = None

        self.titleLabel = PlainLabel(objectName="welcomeTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setStyleSheet(_TITLE_STYLE)
        self.introLabel = PlainLabel(objectName="welcomeText", wordWrap=True)
        self.introLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.introLabel.setStyleSheet(_TEXT_STYLE)
        self.tryTrainingButton = QPushButton(objectName="tryTrainingButton")
        self.tryTrainingButton.setStyleSheet(_BIG_BUTTON_STYLE % ("#e65100", "#ffb300", "#1a1a1a"))
        self.connectStoreButton = QPushButton(objectName="connectStoreButton", default=True)
        self.connectStoreButton.setStyleSheet(_BIG_BUTTON_STYLE % ("#0d47a1", "#1565c0", "#ffffff"))
        for button in (self.tryTrainingButton, self.connectStoreButton):
            button.setMinimumHeight(64)
        self.connectHint = PlainLabel(objectName="connectHint", wordWrap=True)
        self.trainingHint = PlainLabel(objectName="trainingHint", wordWrap=True)
        for hint in (self.connectHint, self.trainingHint):
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setStyleSheet(_HINT_STYLE)
        self.tryTrainingButton.clicked.connect(lambda: self._choose("training"))
        self.connectStoreButton.clicked.connect(lambda: self._choose("connect"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        # Each hint sits right under its button; the space goes between the choices.
        layout.setSpacing(6)
        layout.addWidget(self.titleLabel)
        layout.addSpacing(4)
        layout.addWidget(self.introLabel)
        layout.addSpacing(22)
        layout.addWidget(self.connectStoreButton)
        layout.addWidget(self.connectHint)
        layout.addSpacing(18)
        layout.addWidget(self.tryTrainingButton)
        layout.addWidget(self.trainingHint)
        self.setMinimumWidth(460)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return snug_size_hint(self, super().sizeHint())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Kasir"))
        self.titleLabel.setText(self.tr("Welcome to Kasir"))
        self.introLabel.setText(
            self.tr("Sell at the counter from your Scalev store: scan, take payment, print the receipt.")
        )
        self.tryTrainingButton.setText(self.tr("Try &training mode"))
        self.connectStoreButton.setText(self.tr("&Connect my Scalev store"))
        self.titleLabel.setAccessibleName(self.tr("Welcome to Kasir"))
        self.introLabel.setAccessibleName(self.tr("About Kasir"))
        training_hint = self.tr("Practise with made-up products; no real orders are created.")
        connect_hint = self.tr("Have your Scalev API key ready; you paste it in the next step.")
        self.trainingHint.setText(training_hint)
        self.connectHint.setText(connect_hint)
        self.trainingHint.setAccessibleName(training_hint)
        self.connectHint.setAccessibleName(connect_hint)
        self.tryTrainingButton.setAccessibleName(self.tr("Try training mode"))
        self.tryTrainingButton.setAccessibleDescription(training_hint)
        self.connectStoreButton.setAccessibleName(self.tr("Connect my Scalev store"))
        self.connectStoreButton.setAccessibleDescription(connect_hint)

    def _choose(self, choice: FirstStartChoice) -> None:
        self._choice = choice
        self.accept()

    def choice(self) -> FirstStartChoice | None:
        return self._choice


def needs_first_start(settings: AppSettings, api_key: str | None) -> bool:
    """Whether to greet: no key to work with and not already in training mode.

    ``api_key`` is what ``pos_app.credentials.resolve_api_key`` found (environment or store).
    """
    return not settings.training_mode and not (api_key or "").strip()


async def ask_first_start(parent: QWidget | None) -> FirstStartChoice | None:
    """Show the welcome; ``"training"``, ``"connect"``, or None if it was closed."""
    dialog = WelcomeDialog(parent)
    try:
        code = await wait_finished(dialog)
        return dialog.choice() if code == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


async def run_first_start(
    parent: QWidget | None,
    settings: AppSettings,
    credentials: CredentialStore,
    checker: ConnectionChecker,
) -> AppSettings | None:
    """The whole first start: welcome, then training or the settings dialog.

    Cancelling the settings brings the welcome back, so the cashier is never left with
    an empty till and no way in. None means the cashier closed the welcome itself.
    """
    while True:
        choice = await ask_first_start(parent)
        if choice is None:
            return None
        if choice == "training":
            return replace(settings, training_mode=True)
        saved = await open_settings(parent, replace(settings, training_mode=False), credentials, checker)
        if saved is not None:
            return saved
