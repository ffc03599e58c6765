"""Where the till window opens: where the cashier left it, else filling a counter screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

COUNTER_SCREEN_MAX_WIDTH = 1366  # 1024x768 and 1366x768 touch monitors: use all of it
DESK_SIZE = QSize(1280, 800)  # on a bigger office screen, a window of its own


def place_on_screen(window: QWidget, saved: str, screen: QRect) -> None:
    """Before ``show()``: the saved geometry (Qt keeps it on a screen that still exists),
    else maximised on a counter-sized screen, else a centred window."""
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    if screen.width() <= COUNTER_SCREEN_MAX_WIDTH:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    size = DESK_SIZE.boundedTo(screen.size())
    window.resize(size)
    window.move(screen.center() - QPoint(size.width() // 2, size.height() // 2))


def saved_placement(window: QWidget) -> str:
    """What ``place_on_screen`` restores next time: size, position and maximised state."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")
