"""Support: Open log folder hands the log folder to the system's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from pos_app.ui.settings.hooks import SettingsHooks
from tests.ui.settings.conftest import Opener, show_page


def test_open_log_folder_opens_the_log_folder(qtbot, make_dialog, opener: Opener, tmp_path: Path) -> None:
    dialog = make_dialog()
    page = dialog.supportPage
    show_page(dialog, page)
    assert page.logFolderPath.text() == str(tmp_path / "logs")  # shown, to read out to support
    qtbot.mouseClick(page.openLogFolderButton, Qt.MouseButton.LeftButton)
    assert opener.urls == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert opener.urls[0].isLocalFile()
    assert (tmp_path / "logs").is_dir()  # a file manager cannot open a folder that is not there
    assert not page.logFolderResult.isVisible()


def test_a_folder_that_will_not_open_is_reported(qtbot, make_dialog, opener: Opener) -> None:
    opener.answer = False
    dialog = make_dialog()
    page = dialog.supportPage
    show_page(dialog, page)
    qtbot.mouseClick(page.openLogFolderButton, Qt.MouseButton.LeftButton)
    assert page.logFolderResult.isVisible()
    assert page.logFolderResult.text() == "The folder could not be opened. Its path is shown above."
    opener.answer = True
    qtbot.mouseClick(page.openLogFolderButton, Qt.MouseButton.LeftButton)
    assert not page.logFolderResult.isVisible()
    assert len(opener.urls) == 2


def test_the_real_opener_is_the_desktop_one() -> None:
    from PySide6.QtGui import QDesktopServices

    from pos_app.app_log import default_log_dir

    hooks = SettingsHooks()
    assert hooks.open_url is QDesktopServices.openUrl
    assert hooks.log_dir is default_log_dir
