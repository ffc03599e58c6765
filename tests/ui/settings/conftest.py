"""The settings dialog as an owner meets it: over the 1024×768 till, with stand-ins for the computer."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.api.errors import AuthError, ForbiddenError
from pos_app.api.models import Page, Store
from pos_app.credentials import MemoryCredentialStore
from pos_app.printing.escpos_setup import PICKLE_DIR_VARIABLE
from pos_app.services.connection_check import ConnectionChecker
from pos_app.settings import AppSettings
from pos_app.ui.common.style import STYLE_SHEET
from pos_app.ui.settings.hooks import SettingsHooks
from pos_app.ui.settings.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[3]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREEN = (1024, 768)
TASKBAR = 40
# What a 1024×768 screen leaves for windows once the taskbar has its strip.
SCREEN_AREA = QRect(0, 0, SCREEN[0], SCREEN[1] - TASKBAR)
URL = "https://api.scalev.com"
STORES = (Store(4127, "store_a", "Toko Nusantara"), Store(3288, "store_b", "Kopi Senja"))
PRINTER_NAMES = ["EPSON TM-T82 Receipt", "Kantor HP LaserJet"]
SCREEN_NAMES = ["HDMI-1", "HDMI-2"]

# python-escpos keeps its printer database where the tests find it again (see tests/printing).
_CACHE = ROOT / ".pytest_cache" / "escpos-capabilities"
if not os.environ.get(PICKLE_DIR_VARIABLE):
    _CACHE.mkdir(parents=True, exist_ok=True)
    os.environ[PICKLE_DIR_VARIABLE] = str(_CACHE)


class FakeClient:
    def __init__(self, key: str) -> None:
        self.key = key

    async def stores_page(self) -> Page[Store]:
        if self.key == "sk_good":
            return Page(items=STORES)
        if self.key == "rk_limited":
            raise ForbiddenError("Forbidden", status=403)
        raise AuthError("Invalid API key", status=401)

    async def aclose(self) -> None:
        pass


def checker() -> ConnectionChecker:
    return ConnectionChecker(lambda _base_url, key: FakeClient(key))


@dataclass
class Opener:
    """Stands in for QDesktopServices.openUrl: records what it was asked to open."""

    answer: bool = True
    urls: list[QUrl] = field(default_factory=list)

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.answer


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def hooks(tmp_path: Path, opener: Opener) -> SettingsHooks:
    return SettingsHooks(
        open_url=opener,
        log_dir=lambda: tmp_path / "logs",
        printer_names=lambda: list(PRINTER_NAMES),
        screen_names=lambda: list(SCREEN_NAMES),
        print_timeout=1.0,
    )


@pytest.fixture
def till(qtbot) -> QWidget:
    """The cashier window behind the dialog: the app's style sheet, 1024×768. It also keeps a
    window open, so closing the dialog does not quit the app under the test."""
    widget = QWidget()
    widget.setObjectName("paneFrame")
    widget.setStyleSheet(STYLE_SHEET)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    return widget


@pytest.fixture
def make_dialog(qtbot, till: QWidget, hooks: SettingsHooks) -> Callable[..., SettingsDialog]:
    def make(
        settings: AppSettings | None = None, credentials: MemoryCredentialStore | None = None
    ) -> SettingsDialog:
        dialog = SettingsDialog(
            settings or AppSettings(),
            credentials if credentials is not None else MemoryCredentialStore({URL: "sk_good"}),
            checker(),
            till,
            hooks=hooks,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.fit_to(SCREEN_AREA)
        return dialog

    return make


def show_page(dialog: SettingsDialog, page: QWidget) -> None:
    dialog.tabs.setCurrentIndex(dialog.pages.index(page))
    QApplication.processEvents()


