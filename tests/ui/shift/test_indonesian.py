"""The shift screens in Indonesian, the counter's language: translated, switched live, nothing cut."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from pos_app.languages import install_language, qm_path
from pos_app.ui.shift.shift_screen import ShiftScreen
from tests.ui.shift.conftest import ARTIFACTS, child, cut_off, squeezed, too_small_to_touch
from tests.ui.shift.test_close_shift import acceptance_shift


@pytest.fixture
def indonesian(qapp):
    if not qm_path("id").exists():
        pytest.fail("pos_app/i18n/kasir_id.qm is missing: run python packaging/build_translations.py")
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


@pytest.mark.asyncio
async def test_close_and_report_in_indonesian(qtbot, till, host, qapp):
    acceptance_shift(till)
    screen = ShiftScreen(till.reports, retry_after=None)
    window = host(screen)
    try:
        screen.show_close()
        page = screen.closePage
        qtbot.keyClicks(child(page, QLineEdit, "shiftCounted"), "310.000")
        assert child(page, QPushButton, "shiftCloseButton").text() == "&Close shift"

        install_language(qapp, "id")  # switched while the screen is up
        await asyncio.sleep(0.05)
        assert child(page, QPushButton, "shiftCloseButton").text() == "&Tutup shift"
        difference = child(page, QLabel, "shiftDifference").text()
        assert difference == "Kurang: -Rp 5.000 (uang kurang dari seharusnya)"
        labels = [w.text() for w in page.findChildren(QLabel)]
        assert "Modal awal" in labels and "Kas seharusnya" in labels and "Kas keluar (1)" in labels
        assert too_small_to_touch(page) == [] and cut_off(page) == [] and squeezed(page) == []
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(ARTIFACTS / "shift-close-id.png"))

        await screen.show_day_report(date(2026, 11, 27))
        await asyncio.sleep(0.05)
        view = screen.reportView
        assert child(view, QLabel, "reportState").text().startswith("Sementara: ")
        assert child(view, QPushButton, "reportPrint").text() == "&Cetak"
        assert too_small_to_touch(view) == [] and cut_off(view) == [] and squeezed(view) == []
        assert window.grab().save(str(ARTIFACTS / "day-report-id.png"))
    finally:
        install_language(qapp, "en")
        await screen.aclose()


def test_open_page_in_indonesian(qtbot, till, host, indonesian):
    screen = ShiftScreen(till.reports, cashier="Sari")
    window = host(screen)
    screen.show_open()
    page = screen.openPage
    assert child(page, QPushButton, "shiftOpenButton").text() == "&Buka shift"
    page.open_shift()
    assert child(page, QLabel, "shiftOpenError").text() == "Isi modal awal, atau 0 kalau laci kosong."
    assert too_small_to_touch(page) == [] and cut_off(page) == [] and squeezed(page) == []
    assert window.grab().save(str(ARTIFACTS / "shift-open-id.png"))
