"""Test print: the slip goes out through the print queue's worker thread; a printer that is off
or hanging is reported in plain words while the till keeps running."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pos_app.settings import AppSettings
from pos_app.ui.settings.receipts_page import ReceiptsPage
from tests.helpers.escpos_reader import read_escpos
from tests.helpers.fake_printer import FakePrinter, UnansweringPort
from tests.helpers.waiting import wait_for
from tests.ui.settings.conftest import show_page

OFFLINE = "The printer is offline: check its power, paper and cable."


@contextmanager
def heartbeat() -> Iterator[list[float]]:
    """The gaps between ticks of a task that wants to run every 10 ms: a blocked loop shows."""
    gaps: list[float] = []

    async def beat() -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    task = asyncio.ensure_future(beat())
    try:
        yield gaps
    finally:
        task.cancel()


async def press_test_print(qtbot, page: ReceiptsPage) -> object:
    outcomes: list[object] = []
    page.testPrinted.connect(outcomes.append)
    try:
        qtbot.mouseClick(page.testPrintButton, Qt.MouseButton.LeftButton)
        await wait_for(lambda: outcomes, timeout=15, what="test print")
    finally:
        page.testPrinted.disconnect(outcomes.append)
    return outcomes[0]


@pytest.fixture
def receipts(make_dialog) -> Callable[[str], ReceiptsPage]:
    def make(spec: str) -> ReceiptsPage:
        dialog = make_dialog(AppSettings(receipt_printer=spec, receipt_width=32))
        show_page(dialog, dialog.receiptsPage)
        return dialog.receiptsPage

    return make


@pytest.mark.asyncio
async def test_test_print_reaches_a_network_printer(qtbot, receipts) -> None:
    with FakePrinter() as printer:
        page = receipts(printer.spec)
        assert await press_test_print(qtbot, page) is None
        (job,) = printer.jobs
    slip = read_escpos(job)
    assert "12345678901234567890123456789012" in slip.lines  # the 58 mm ruler: paper width was used
    assert slip.cuts == 1
    assert page.testPrintResult.isVisible()
    assert page.testPrintResult.text() == "The test slip was printed. Check that its ruler fits the paper."
    assert page.testPrintResult.property("kind") == "ok"
    assert page.testPrintButton.isEnabled()


@pytest.mark.asyncio
async def test_the_unsaved_choices_are_what_is_tested(qtbot, receipts) -> None:
    with FakePrinter() as printer:
        page = receipts("")
        page.printerEditor.specEdit.setText(printer.spec)
        page.printerEditor.specEdit.textEdited.emit(printer.spec)
        page.receiptWidthCombo.setCurrentIndex(page.receiptWidthCombo.findData(48))
        assert await press_test_print(qtbot, page) is None
        (job,) = printer.jobs
    assert "123456789012345678901234567890123456789012345678" in read_escpos(job).lines  # 80 mm


@pytest.mark.asyncio
async def test_a_printer_that_is_off_is_reported_at_once_without_blocking(qtbot, receipts) -> None:
    printer = FakePrinter()
    printer.start()
    printer.stop()  # switched off: its port refuses connections
    page = receipts(printer.spec)
    started = time.monotonic()
    with heartbeat() as gaps:
        outcome = await press_test_print(qtbot, page)
    assert isinstance(outcome, Exception)
    assert time.monotonic() - started < 1.0  # refused, well within the 1 s printer timeout
    assert page.testPrintResult.text() == OFFLINE
    assert page.testPrintResult.property("kind") == "error"
    assert page.testPrintButton.isEnabled()
    assert max(gaps, default=0) < 0.2


@pytest.mark.asyncio
async def test_a_hanging_printer_times_out_while_the_till_keeps_running(qtbot, receipts) -> None:
    with UnansweringPort() as port:
        page = receipts(port.spec)
        started = time.monotonic()
        with heartbeat() as gaps:
            qtbot.mouseClick(page.testPrintButton, Qt.MouseButton.LeftButton)
            await wait_for(lambda: page.testPrintResult.text() == "Printing a test slip…", what="busy")
            assert not page.testPrintButton.isEnabled()  # one test at a time
            await wait_for(lambda: page.testPrintResult.text() == OFFLINE, timeout=5, what="offline")
        elapsed = time.monotonic() - started
    assert 0.8 < elapsed < 3.0  # the hooks' 1 s printer timeout, not the default 5 s
    assert len(gaps) > 30 and max(gaps) < 0.2  # the loop ran all along
    assert page.testPrintButton.isEnabled()


@pytest.mark.asyncio
async def test_a_pdf_test_slip_lands_in_the_folder(qtbot, receipts, tmp_path: Path) -> None:
    folder = tmp_path / "struk"
    folder.mkdir()
    page = receipts(f"pdf://{folder}")
    assert await press_test_print(qtbot, page) is None
    assert [p.suffix for p in folder.iterdir()] == [".pdf"]
    assert page.testPrintResult.text() == "The test slip was saved as a PDF in the folder."


@pytest.mark.asyncio
async def test_nothing_is_tried_without_a_valid_printer(qtbot, receipts) -> None:
    page = receipts("")
    assert await press_test_print(qtbot, page) == "Choose a printer first."
    page.printerEditor.kindCombo.setCurrentIndex(page.printerEditor.kindCombo.findData("tcp"))
    assert (await press_test_print(qtbot, page)).startswith("Type the printer's IP address")
    assert page.testPrintResult.property("kind") == "error"


@pytest.mark.asyncio
async def test_closing_the_dialog_does_not_wait_for_the_printer(qtbot, make_dialog) -> None:
    with UnansweringPort() as port:
        dialog = make_dialog(AppSettings(receipt_printer=port.spec))
        page = dialog.receiptsPage
        show_page(dialog, page)
        qtbot.mouseClick(page.testPrintButton, Qt.MouseButton.LeftButton)
        await wait_for(lambda: not page.testPrintButton.isEnabled(), what="printing")
        started = time.monotonic()
        dialog.reject()
        await wait_for(lambda: page.testPrintButton.isEnabled(), what="cancelled")
        assert time.monotonic() - started < 0.5
        assert page.testPrintResult.text() == "Printing a test slip…"  # no late answer shown


@pytest.mark.asyncio
async def test_the_message_follows_the_language(qtbot, receipts, switch_language) -> None:
    printer = FakePrinter()
    printer.start()
    printer.stop()
    page = receipts(printer.spec)
    await press_test_print(qtbot, page)
    switch_language("id")
    indonesian = "Printer offline: periksa daya, kertas, dan kabelnya."
    await wait_for(lambda: page.testPrintResult.text() == indonesian, what="Indonesian")
