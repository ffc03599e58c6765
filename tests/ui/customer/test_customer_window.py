"""The display's manners as a window: no focus taken, its own language, its own screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QVBoxLayout, QWidget

from pos_app.languages import install_language
from pos_app.ui.customer import CustomerDisplay, CustomerLine, PaymentPrompt
from tests.ui.customer.helpers import QRIS, STORE, make_display, settle, shown


@pytest.fixture
def till(qtbot) -> Iterator[QLineEdit]:
    """Another window with the keyboard, as the cashier's scan field has it."""
    window = QWidget()  # kept alive by this frame until the test ends
    qtbot.addWidget(window)
    scan_field = QLineEdit(window)
    QVBoxLayout(window).addWidget(scan_field)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    scan_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is scan_field)
    yield scan_field


def test_showing_and_updating_leaves_the_focus_with_the_till(qtbot, till: QLineEdit) -> None:
    display = CustomerDisplay()
    qtbot.addWidget(display)

    def focus_stayed() -> None:
        qtbot.wait(50)
        assert QApplication.focusWidget() is till
        assert QApplication.activeWindow() is till.window()

    display.place(QGuiApplication.primaryScreen(), windowed=False)
    qtbot.waitExposed(display)
    focus_stayed()
    display.show_cart(STORE, [CustomerLine("Kopi", 1, 90_000)], 90_000)
    focus_stayed()
    display.show_payment(PaymentPrompt(amount=90_000, method_name="QRIS", qr_data=QRIS))
    focus_stayed()
    display.show_paid(90_000)
    focus_stayed()
    display.place(None, windowed=True)
    focus_stayed()


def test_it_asks_the_window_system_for_no_focus_and_has_no_controls(qtbot) -> None:
    display = make_display(qtbot)
    assert display.objectName() == "customerDisplay"
    assert display.isWindow()
    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert display.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    display.show_payment(PaymentPrompt(amount=1, method_name="QRIS", qr_data=QRIS))
    children = display.findChildren(QWidget)
    assert children
    assert [c for c in children if c.focusPolicy() != Qt.FocusPolicy.NoFocus] == []
    assert display.findChildren(QAbstractButton) == []
    assert display.findChildren(QLineEdit) == []


def test_indonesian_by_default_while_the_cashier_reads_english(qtbot) -> None:
    app = QApplication.instance()
    install_language(app, "en")
    display = make_display(qtbot)
    assert display.language() == "id"
    display.show_paid(5_000)
    assert shown(display, "customerDoneTitle") == "LUNAS"
    assert display.windowTitle() == "Layar pelanggan"


def test_the_cashiers_language_switch_does_not_reach_the_display(qtbot) -> None:
    app = QApplication.instance()
    display = make_display(qtbot)
    display.show_cart(STORE, [CustomerLine("Kopi", 1, 90_000)], 90_000)
    install_language(app, "id")
    install_language(app, "en")  # every widget gets LanguageChange
    settle()
    assert shown(display, "customerItemCount") == "1 barang"


def test_the_display_can_speak_english_under_an_indonesian_till(qtbot) -> None:
    app = QApplication.instance()
    install_language(app, "id")
    display = make_display(qtbot)
    display.show_paid(5_000)
    display.set_language("en")
    assert display.language() == "en"
    assert shown(display, "customerDoneTitle") == "PAID"  # the state on screen is redrawn
    assert shown(display, "customerTotalCaption") == "Total paid"
    display.set_language("id")
    assert shown(display, "customerDoneTitle") == "LUNAS"


def test_a_missing_translation_leaves_english(qtbot, tmp_path, caplog) -> None:
    display = make_display(qtbot)
    display.set_language("id", tmp_path)  # nothing compiled there
    assert display.language() == "en"
    assert shown(display, "customerWelcome") == "Welcome"
    assert "build_translations.py" in caplog.text
    with pytest.raises(ValueError):
        display.set_language("fr")


def test_full_screen_on_the_given_screen(qtbot) -> None:
    display = CustomerDisplay()
    qtbot.addWidget(display)
    screen = QGuiApplication.primaryScreen()
    display.place(screen, windowed=False)
    qtbot.waitExposed(display)
    assert display.isFullScreen()
    assert display.screen() == screen
    qtbot.waitUntil(lambda: display.geometry() == screen.geometry())

    display.place(screen, windowed=True)
    assert not display.isFullScreen()
    assert display.isVisible()
    assert screen.availableGeometry().contains(display.geometry())


def test_no_screen_to_fill_means_a_window_not_full_screen(qtbot) -> None:
    # pick_customer_screen() answers None on a single-screen till: never cover the till.
    display = CustomerDisplay()
    qtbot.addWidget(display)
    display.place(None, windowed=False)
    qtbot.waitExposed(display)
    assert not display.isFullScreen()
    assert display.isVisible()


def test_unplugging_its_monitor_hides_a_full_screen_display(qtbot) -> None:
    display = CustomerDisplay()
    qtbot.addWidget(display)
    screen = QGuiApplication.primaryScreen()
    display.place(screen, windowed=True)
    display._on_screen_removed(screen)
    assert display.isVisible()  # a window simply moves with Qt to the remaining screen
    display.place(screen, windowed=False)
    display._on_screen_removed(screen)
    assert not display.isVisible()  # rather than full screen over the till
