"""The log file: written, rotating, tracebacks included, and never a key, a phone or an email."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from pos_app.app_log import (
    LOG_FILE,
    install_excepthook,
    install_file_log,
    install_loop_handler,
    install_qt_message_handler,
    scrub,
)
from pos_app.ui.common.error_report import ErrorReporter
from tests.helpers.waiting import wait_for

SECRETS = ("0812-3456-7890", "3456 7890", "rina.kartika@example.co.id", "sk_live", "rk_secret")


@pytest.fixture
def file_log(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    hook = sys.excepthook
    path = install_file_log(tmp_path / "log")
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    sys.excepthook = hook


def test_a_raised_error_lands_in_the_log_with_its_traceback_and_without_personal_data(file_log):
    shown: list[str] = []
    install_excepthook(shown.append)
    logging.getLogger("pos_app.test").warning(
        "checkout for 0812-3456-7890 (rina.kartika@example.co.id) with key sk_live_abcdef123456"
    )
    try:
        raise RuntimeError("order for +62 812 3456 7890 failed; Bearer rk_secret_0987654321 refused")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = file_log.read_text(encoding="utf-8")
    assert file_log.name == LOG_FILE
    assert "Traceback (most recent call last)" in text and "RuntimeError" in text
    assert "test_a_raised_error_lands_in_the_log" in text  # the frame of the error
    for secret in SECRETS:
        assert secret not in text
    assert "[phone]" in text and "[email]" in text and "[key]" in text
    # The cashier was told, with the same scrubbed details to copy.
    assert len(shown) == 1 and "RuntimeError" in shown[0] and "3456" not in shown[0]


@pytest.mark.parametrize(
    "text",
    ["6281234567890", "081234567890", "+62 812-3456-7890", "0812 3456 789"],
)
def test_every_phone_form_is_scrubbed(text):
    assert scrub(f"phone {text} end") == "phone [phone] end"


def test_order_numbers_receipts_and_amounts_stay_readable():
    line = "receipt KASIR-01-000123 order 261127KQWZTRB total 306000 id 019ac5e2-7b41-7c3d"
    assert scrub(line) == line


def logged(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.asyncio
async def test_errors_in_asyncio_callbacks_and_unawaited_tasks_land_in_the_log(file_log):
    loop = asyncio.get_running_loop()
    previous = install_loop_handler(loop)
    try:

        def callback() -> None:
            raise LookupError("callback for rina.kartika@example.co.id failed")

        async def job() -> None:
            raise ValueError("task for 0812-3456-7890 failed")

        loop.call_soon(callback)
        task = loop.create_task(job())
        await wait_for(task.done, what="the task failed")
        del task  # nobody awaited it: the loop reports its error when it is freed
        gc.collect()
        await wait_for(lambda: "ValueError" in logged(file_log), what="the task's error logged")
        await wait_for(lambda: "LookupError" in logged(file_log), what="the callback's error logged")
    finally:
        loop.set_exception_handler(previous)
    text = logged(file_log)
    assert text.count("Traceback (most recent call last)") >= 2
    assert "in job" in text and "in callback" in text  # the frames that raised
    # Through our handler (asyncio's own would log under "asyncio" or "qasync").
    assert "ERROR pos_app: Task exception was never retrieved" in text
    assert "ERROR pos_app: Exception in callback" in text
    for secret in SECRETS:
        assert secret not in text


def test_a_qt_warning_lands_in_the_log(file_log, qapp):
    previous = install_qt_message_handler()
    try:
        qWarning("QPainter::begin: device for 0812-3456-7890 is not ready")
    finally:
        qInstallMessageHandler(previous)
    text = logged(file_log)
    assert "WARNING qt: QPainter::begin: device for [phone] is not ready" in text


@pytest.fixture
def till(qtbot):
    """A stand-in for the till window: a button that counts the cashier's clicks."""
    window = QWidget()
    window.resize(400, 300)
    button = QPushButton("Scan", window)
    button.clicks = []
    button.clicked.connect(lambda: button.clicks.append(1))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, button


def test_an_uncaught_error_shows_a_report_the_till_works_around(qtbot, file_log, till):
    window, button = till
    reporter = ErrorReporter(window)  # with a parent window: QDialog.open() would lock it
    install_excepthook(reporter.show)
    try:
        raise RuntimeError("order for 0812-3456-7890 failed")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    box = window.findChild(QMessageBox, "errorReport")
    assert box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal and not box.isModal()
    assert QApplication.activeModalWidget() is None
    # Through the window system, where Qt drops input to a window a modal box blocks.
    at = button.mapTo(window, button.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: button.clicks == [1], timeout=3000)  # the till takes input meanwhile

    details = box.detailedText()
    assert "Traceback (most recent call last)" in details and "RuntimeError" in details
    assert "3456" not in details and "[phone]" in details
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(box.findChild(QPushButton, "copyErrorDetails"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert box.isVisible(), "copying keeps the report open"

    reporter.show("the next error")  # one box at a time, with the newest details
    assert window.findChildren(QMessageBox) == [box] and box.detailedText() == "the next error"
    box.close()
