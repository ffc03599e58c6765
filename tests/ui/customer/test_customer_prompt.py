"""The display's plain-data helpers: grouping, which line was scanned, which lines fit."""

from __future__ import annotations

import pytest

from pos_app.ui.customer.cart_lines import visible_window
from pos_app.ui.customer.placement import pick_customer_screen, windowed_geometry
from pos_app.ui.customer.prompt import CustomerLine, changed_line, group_digits, is_web_link, item_count

KOPI = CustomerLine("Kopi Gayo", 1, 90_000)
TEH = CustomerLine("Teh Melati", 1, 12_000)


@pytest.mark.parametrize(
    ("code", "grouped"),
    [
        ("8808123456789012", "8808 1234 5678 9012"),
        ("88081234567", "8808 1234 567"),
        (" 8808 1234 5678 ", "8808 1234 5678"),
        ("TKNS12345678", "TKNS12345678"),
        ("", ""),
    ],
)
def test_group_digits(code: str, grouped: str) -> None:
    assert group_digits(code) == grouped


def test_web_links_are_for_the_camera_and_qris_for_apps() -> None:
    assert is_web_link("https://toko.myscalev.com/o/1")
    assert is_web_link("HTTP://127.0.0.1:8765/o/1")
    assert not is_web_link("00020101021226670016COM.NOBUBANK.WWW")


def test_item_count_adds_quantities() -> None:
    assert item_count([KOPI, CustomerLine("Teh", 3, 36_000)]) == 4
    assert item_count([]) == 0


def test_changed_line_is_the_new_or_increased_one() -> None:
    assert changed_line([], [KOPI]) == 0
    assert changed_line([KOPI], [KOPI, TEH]) == 1
    more_kopi = CustomerLine("Kopi Gayo", 2, 180_000)
    assert changed_line([KOPI, TEH], [more_kopi, TEH]) == 0
    assert changed_line([KOPI, TEH], [TEH]) is None  # a removal lights nothing
    assert changed_line([KOPI, KOPI], [KOPI, KOPI, KOPI]) == 2  # duplicates are counted


@pytest.mark.parametrize(
    ("count", "capacity", "focus", "window"),
    [
        (3, 10, 2, (0, 3)),  # everything fits
        (20, 10, 19, (11, 20)),  # newest at the bottom, a marker row above
        (20, 10, None, (11, 20)),
        (20, 10, 12, (11, 20)),  # the touched line is already in the bottom window
        (20, 10, 9, (2, 10)),  # older line: markers above and below, the line last
        (20, 10, 3, (0, 9)),  # near the top: no marker above
        (20, 3, 5, (5, 6)),  # tiny: still the touched line
    ],
)
def test_visible_window(count: int, capacity: int, focus: int | None, window: tuple[int, int]) -> None:
    start, end = visible_window(count, capacity, focus)
    assert (start, end) == window
    rows = (end - start) + (start > 0) + (end < count)
    assert rows <= capacity
    if focus is not None:
        assert start <= focus < end


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_pick_customer_screen() -> None:
    till, second, third = FakeScreen("DP-1"), FakeScreen("HDMI-1"), FakeScreen("HDMI-2")
    assert pick_customer_screen(screens=[till], primary=till) is None
    assert pick_customer_screen(screens=[till, second], primary=till) is second
    assert pick_customer_screen(screens=[second, till], primary=till) is second
    assert pick_customer_screen("HDMI-2", screens=[till, second, third], primary=till) is third
    # A chosen monitor that is unplugged today: the second screen, never the till's.
    assert pick_customer_screen("HDMI-9", screens=[till, second], primary=till) is second
    assert pick_customer_screen("HDMI-9", screens=[till], primary=till) is None


def test_windowed_geometry_fits_a_small_screen() -> None:
    from PySide6.QtCore import QRect

    assert windowed_geometry(QRect(0, 0, 1920, 1040)) == QRect(448, 136, 1024, 768)
    small = windowed_geometry(QRect(0, 0, 800, 600))
    assert small == QRect(0, 0, 800, 600)
