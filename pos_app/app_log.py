"""The app's log file: rotating, in the user's log folder, with secrets and personal data scrubbed.

The Windows and macOS builds have no console, so without this a crash leaves nothing for
support. Everything that reaches the file goes through :class:`Scrubber` first: API keys
(``sk_…``, ``rk_…``, bearer tokens), phone numbers and email addresses never land on disk.
``sys.excepthook``, the asyncio loop's exception handler and Qt's message handler all write
here (installed by the launcher; tests keep pytest-qt's own hooks).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from pos_app.settings import APP_NAME

LOG_FILE = "kasir.log"
LOG_DIR_ENV = "KASIR_LOG_DIR"  # overrides the folder (support, tests)
MAX_BYTES = 1_000_000
BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("pos_app")

_PATTERNS = (
    # Keys first: a key may contain digit runs that look like a phone number.
    (re.compile(r"\b(?:sk|rk|sfpk)_[A-Za-z0-9_\-]{4,}"), "[key]"),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._\-]{8,}"), "Bearer [key]"),
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), "[email]"),
    # Indonesian mobile numbers in every form people type: 62…, +62…, 08…, with spaces or dashes.
    (re.compile(r"(?<![\w])(?:\+?62|0)[\s\-]?8[\d\s\-]{6,14}\d(?![\w])"), "[phone]"),
)


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class Scrubber(logging.Formatter):
    """Formats as usual, then blanks keys, phone numbers and emails (tracebacks included)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def default_log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def install_file_log(directory: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the app's log records to ``directory/kasir.log`` (rotating); returns the file's path."""
    directory = directory or default_log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(Scrubber(LOG_FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path


def log_unhandled(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, where: str
) -> None:
    log.critical("unhandled error in %s", where, exc_info=(exc_type, exc, tb))


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Log every uncaught error; ``show`` tells the cashier (non-blocking, with the details)."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log_unhandled(exc_type, exc, tb, where="the app")
        if show is not None:
            try:
                show(details_of(exc_type, exc, tb))
            except Exception:  # the report must never be the second crash
                log.exception("could not show the error report")

    sys.excepthook = hook


def install_loop_handler(loop: asyncio.AbstractEventLoop) -> Callable[..., object] | None:
    """Errors of tasks nobody awaited go to the log instead of stderr (which nobody sees).

    Returns the loop's previous handler."""

    def handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        message = context.get("message", "asyncio error")
        if isinstance(exc, BaseException):
            log.error("%s", message, exc_info=(type(exc), exc, exc.__traceback__))
        else:
            log.error("%s", message)

    previous = loop.get_exception_handler()
    loop.set_exception_handler(handler)
    return previous


def install_qt_message_handler() -> Callable[..., object] | None:
    """Qt's warnings (a failed plugin, a bad style sheet) go to the log; returns the previous handler."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    return qInstallMessageHandler(handler)


def details_of(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    import traceback

    return scrub("".join(traceback.format_exception(exc_type, exc, tb)))
