"""Issue 13: the till opens filling a counter screen, and where the cashier left it after that."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMainWindow

from pos_app.ui.window.placement import place_on_screen, saved_placement


def test_a_counter_screen_up_to_1366_wide_opens_the_till_maximised(qtbot):
    for screen in (QRect(0, 0, 1024, 768), QRect(0, 0, 1366, 768)):
        window = QMainWindow()
        qtbot.addWidget(window)
        place_on_screen(window, "", screen)
        assert window.windowState() & Qt.WindowState.WindowMaximized


def test_a_wide_office_screen_gets_a_centred_window_not_a_maximised_one(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    place_on_screen(window, "", QRect(0, 0, 1920, 1080))
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    assert (window.width(), window.height()) == (1280, 800)
    assert window.geometry().center().x() in range(955, 966)


def test_the_saved_placement_wins_over_the_screen_rule(qtbot):
    first = QMainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen 800x600 screen Qt clamps to
    first.move(40, 30)
    saved = saved_placement(first)
    assert saved

    again = QMainWindow()
    qtbot.addWidget(again)
    place_on_screen(again, saved, QRect(0, 0, 1024, 768))
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert (again.width(), again.height()) == (700, 500)


def test_a_damaged_saved_placement_falls_back_to_the_screen_rule(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    place_on_screen(window, "not base64 geometry!", QRect(0, 0, 1024, 768))
    assert window.windowState() & Qt.WindowState.WindowMaximized
