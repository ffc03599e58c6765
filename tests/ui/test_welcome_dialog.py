"""First start: the welcome, its two ways in, and the training-mode banner."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from pos_app.credentials import MemoryCredentialStore, resolve_api_key
from pos_app.services.connection_check import ConnectionChecker
from pos_app.settings import AppSettings, SettingsStore
from pos_app.ui.settings.settings_dialog import SettingsDialog
from pos_app.ui.settings.welcome_dialog import (
    WelcomeDialog,
    ask_first_start,
    needs_first_start,
    run_first_start,
)
from pos_app.ui.window.training_banner import TrainingBanner
from tests.helpers.waiting import wait_for

# The offscreen platform says this whenever a dialog is shown; it means nothing headless.

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture
def window(qtbot) -> QWidget:
    # Stands in for the main window: closing the last window would quit the app and stop the loop.
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


async def modal(kind: type[QDialog]) -> QDialog:
    await wait_for(lambda: isinstance(QApplication.activeModalWidget(), kind), what=kind.__name__)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


# --- when it shows ---------------------------------------------------------------------------


def test_first_start_is_needed_without_a_key(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path, system_language=lambda: "id").load()
    credentials = MemoryCredentialStore()
    assert needs_first_start(settings, resolve_api_key(credentials, settings.base_url, environ={}))
    credentials.set(settings.base_url, "sk_live_abc")
    assert not needs_first_start(settings, resolve_api_key(credentials, settings.base_url, environ={}))
    # A kiosk provisioned through the environment skips the welcome too.
    assert not needs_first_start(settings, resolve_api_key(MemoryCredentialStore(), settings.base_url,
                                                           environ={"SCALEV_API_KEY": "sk_env"}))  # fmt: skip
    # Training mode needs no key.
    assert not needs_first_start(AppSettings(training_mode=True), None)


# --- the dialog ------------------------------------------------------------------------------


def test_names_and_keyboard(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "welcomeDialog"
    assert dialog.tryTrainingButton.objectName() == "tryTrainingButton"
    assert dialog.connectStoreButton.objectName() == "connectStoreButton"
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        assert widget.objectName() and widget.accessibleName(), widget
    assert dialog.connectStoreButton.isDefault()  # Enter connects the store
    assert "Kasir" in dialog.titleLabel.text()


@pytest.mark.asyncio
async def test_try_training_mode_resolves_to_training(qtbot, window: QWidget) -> None:
    task = asyncio.ensure_future(ask_first_start(window))
    dialog = await modal(WelcomeDialog)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.tryTrainingButton, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(task, 5) == "training"


@pytest.mark.asyncio
async def test_enter_connects_the_store(qtbot, window: QWidget) -> None:
    task = asyncio.ensure_future(ask_first_start(window))
    dialog = await modal(WelcomeDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert await asyncio.wait_for(task, 5) == "connect"


@pytest.mark.asyncio
async def test_escape_closes_without_a_choice(qtbot, window: QWidget) -> None:
    task = asyncio.ensure_future(ask_first_start(window))
    dialog = await modal(WelcomeDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert await asyncio.wait_for(task, 5) is None


# --- the whole first start -------------------------------------------------------------------


@pytest.mark.asyncio
async def test_training_from_the_first_start(qtbot, window: QWidget) -> None:
    settings = AppSettings(terminal_name="KASIR-02")
    task = asyncio.ensure_future(
        run_first_start(window, settings, MemoryCredentialStore(), ConnectionChecker())
    )
    qtbot.mouseClick((await modal(WelcomeDialog)).tryTrainingButton, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(task, 5) == AppSettings(terminal_name="KASIR-02", training_mode=True)


@pytest.mark.asyncio
async def test_connect_opens_settings_and_cancel_returns_to_the_welcome(qtbot, window: QWidget) -> None:
    credentials = MemoryCredentialStore()
    task = asyncio.ensure_future(run_first_start(window, AppSettings(), credentials, ConnectionChecker()))
    qtbot.mouseClick((await modal(WelcomeDialog)).connectStoreButton, Qt.MouseButton.LeftButton)
    settings_dialog = await modal(SettingsDialog)
    qtbot.mouseClick(settings_dialog.cancelButton, Qt.MouseButton.LeftButton)

    welcome = await modal(WelcomeDialog)  # back where the cashier started, not an empty till
    qtbot.mouseClick(welcome.connectStoreButton, Qt.MouseButton.LeftButton)
    settings_dialog = await modal(SettingsDialog)
    qtbot.keyClicks(settings_dialog.keyEdit, "sk_live_abc123")
    qtbot.mouseClick(settings_dialog.saveButton, Qt.MouseButton.LeftButton)

    saved = await asyncio.wait_for(task, 5)
    assert saved == AppSettings()
    assert credentials.get(saved.base_url) == "sk_live_abc123"


# --- training banner -------------------------------------------------------------------------


def test_training_banner_is_bold_amber_and_says_so(qtbot) -> None:
    banner = TrainingBanner()
    qtbot.addWidget(banner)
    banner.resize(600, banner.sizeHint().height())
    banner.show()
    assert banner.objectName() == "trainingBanner"
    assert banner.text() == "TRAINING MODE – orders are not real"
    assert banner.accessibleName() == banner.text()
    image = banner.grab().toImage()
    assert image.pixelColor(3, 3) == QColor("#ffb300")


# --- language and looks ----------------------------------------------------------------------


def test_switching_language_retranslates_the_welcome(qtbot, switch_language) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    banner = TrainingBanner(dialog)
    dialog.show()
    switch_language("id")
    qtbot.waitUntil(lambda: dialog.titleLabel.text() == "Selamat datang di Kasir")
    assert dialog.tryTrainingButton.text() == "Coba &mode latihan"
    assert dialog.connectStoreButton.text() == "&Hubungkan toko Scalev saya"
    assert banner.text() == "MODE LATIHAN – pesanan tidak sungguhan"
    switch_language("en")
    qtbot.waitUntil(lambda: dialog.titleLabel.text() == "Welcome to Kasir")
    assert banner.text() == "TRAINING MODE – orders are not real"


@pytest.mark.parametrize("language", ["en", "id"])
def test_screenshots(qtbot, switch_language, language: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    switch_language(language)
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    assert dialog.grab().save(str(ARTIFACTS / f"welcome-{language}.png"))

    # The banner as the main window shows it: a strip across the top of the screen.
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(TrainingBanner())
    layout.addStretch(1)
    screen.resize(720, 120)
    screen.show()
    assert screen.grab().save(str(ARTIFACTS / f"training-banner-{language}.png"))
