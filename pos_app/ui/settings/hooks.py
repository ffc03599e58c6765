"""What the settings dialog asks of the computer, in one place so tests can stand in for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from pos_app.app_log import default_log_dir
from pos_app.printing.receipt_printer import DEFAULT_TIMEOUT_S
from pos_app.ui.settings.display_group import screen_names


def system_printer_names() -> list[str]:
    # QtPrintSupport is loaded only when the owner picks a kind that uses a printer name.
    from pos_app.printing.system_printer import system_printer_names as names

    return names()


@dataclass(frozen=True, slots=True)
class SettingsHooks:
    open_url: Callable[[QUrl], bool] = field(default=QDesktopServices.openUrl)
    log_dir: Callable[[], Path] = field(default=default_log_dir)
    printer_names: Callable[[], list[str]] = field(default=system_printer_names)
    screen_names: Callable[[], list[str]] = field(default=screen_names)
    # Every connect and write of a test print gives up after this long (seconds).
    print_timeout: float = DEFAULT_TIMEOUT_S
