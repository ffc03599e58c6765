"""Where the customer display goes, and keeping the keyboard with the till meanwhile."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QWidget

WINDOWED_SIZE = QSize(1024, 768)  # the design size; shrunk to fit a smaller screen


def pick_customer_screen(
    preferred_name: str = "",
    screens: Sequence[QScreen] | None = None,
    primary: QScreen | None = None,
) -> QScreen | None:
    """The screen the settings name, else the first screen that is not the till's; ``None`` if
    there is only one.

    A named screen that is not connected (the monitor is unplugged today) falls back to
    "the second screen", not to the till's own.
    """
    screens = list(QGuiApplication.screens()) if screens is None else list(screens)
    primary = QGuiApplication.primaryScreen() if primary is None else primary
    if preferred_name:
        for screen in screens:
            if screen.name() == preferred_name:
                return screen
    return next((screen for screen in screens if screen != primary), None)


def windowed_geometry(available: QRect, size: QSize = WINDOWED_SIZE) -> QRect:
    """A window of ``size`` (or as much of it as fits) centred in ``available``."""
    width, height = min(size.width(), available.width()), min(size.height(), available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


class FocusKeeper(QObject):
    """Hands the keyboard straight back to the till if the display is activated anyway.

    ``WindowDoesNotAcceptFocus`` asks the window system not to focus the display, but a
    window manager may ignore it (and a cashier may click the display in windowed mode).
    A barcode scanner types into whatever has focus, so the last other window of the app
    is activated again at once, which also restores its focused widget.
    """

    def __init__(self, display: QWidget) -> None:
        super().__init__(display)
        self._display = display
        self._till: QWindow | None = QGuiApplication.focusWindow()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, window: QWindow | None) -> None:
        if window is None:
            return
        if window is not self._display.windowHandle():
            self._till = window
            return
        till = self._till
        if till is not None and shiboken6.isValid(till) and till.isVisible():
            till.requestActivate()
