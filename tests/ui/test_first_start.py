"""Issue 6: the first start without a key offers training mode, which reaches a working till."""

from __future__ import annotations

import argparse
import asyncio
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton

from pos_app.launcher import run_app
from tests.helpers.waiting import wait_for


def top_level(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


@pytest.mark.asyncio
async def test_first_start_without_a_key_offers_training_and_reaches_the_till(
    qtbot, qapp, tmp_path, monkeypatch
):
    # platformdirs follows XDG on Linux: settings and data land in this test's folder.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(QApplication, "quit", lambda *args: None)  # the test owns the loop
    args = argparse.Namespace(demo=False, base_url=None)
    app_task = asyncio.get_running_loop().create_task(run_app(qapp, args, data_dir=tmp_path / "data"))

    await wait_for(lambda: top_level("welcomeDialog") is not None, what="welcome")
    welcome = top_level("welcomeDialog")
    qtbot.mouseClick(welcome.findChild(QPushButton, "tryTrainingButton"), Qt.MouseButton.LeftButton)

    await wait_for(lambda: top_level("mainWindow") is not None, timeout=15, what="cashier window")
    window = top_level("mainWindow")
    assert window.findChild(QPushButton, "checkoutButton") is not None
    assert window.training_banner.isVisible(), "training mode is always visibly marked"
    # The offscreen screen is 800x600, a counter-sized one: the till fills it.
    assert window.windowState() & Qt.WindowState.WindowMaximized
    stores = window.findChild(QAbstractItemView, "storeList")
    await wait_for(lambda: stores.model().rowCount() >= 3, what="training stores listed")

    window.close()
    qapp.lastWindowClosed.emit()
    assert await asyncio.wait_for(app_task, 10) == 0
    settings = json.loads(next((tmp_path / "config").rglob("settings.json")).read_text(encoding="utf-8"))
    assert settings["window_geometry"], "where the window was is kept for the next start"
    assert (tmp_path / "data" / "Kasir" / "training" / "journal.sqlite3").exists() or any(
        (tmp_path / "data").rglob("journal.sqlite3")
    )
