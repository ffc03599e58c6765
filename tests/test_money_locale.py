"""Money and dates on screen: QLocale("id_ID") output normalised to what receipts show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QTime

from pos_app.ui.common.money_format import format_date, format_datetime, format_money, parse_money


@pytest.mark.parametrize("text", ["1500000", "1.500.000", "Rp 1.500.000"])
def test_the_three_ways_cashiers_type_an_amount(text: str) -> None:
    assert parse_money(text) == 1_500_000


def test_display() -> None:
    assert format_money(1_500_000) == "Rp 1.500.000"
    assert format_money(1_234_567) == "Rp 1.234.567"
    assert format_money(0) == "Rp 0"
    assert format_money(999) == "Rp 999"
    assert format_money(-25_000) == "-Rp 25.000"


def test_fifteen_hundred_is_not_one_and_a_half() -> None:
    assert parse_money("1.500") == 1500
    assert format_money(1500) == "Rp 1.500"


@pytest.mark.parametrize("bad", ["", "abc", "1,500,000", "12.34.567", "Rp"])
def test_rejects_what_is_not_rupiah(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_money(bad)


@pytest.mark.parametrize("bad", [1.5, True, "100"])
def test_only_whole_rupiah_is_formatted(bad: object) -> None:
    with pytest.raises(TypeError):
        format_money(bad)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**15))
def test_display_round_trips(amount: int) -> None:
    assert parse_money(format_money(amount)) == amount


def test_datetime_is_day_first_with_four_digit_year() -> None:
    assert format_datetime(datetime(2026, 1, 5, 9, 7, 3)) == "05/01/2026 09.07"
    assert format_datetime(QDateTime(QDate(2026, 12, 31), QTime(23, 59))) == "31/12/2026 23.59"
    assert format_date(datetime(2026, 8, 17).date()) == "17/08/2026"


def test_aware_datetimes_show_on_the_shop_clock() -> None:
    moment = datetime(2026, 3, 1, 5, 30, tzinfo=UTC)
    local = moment.astimezone()
    expected = f"{local:%d/%m/%Y %H}.{local:%M}"
    assert format_datetime(moment) == expected
    # The same instant written with another offset shows the same local time.
    assert format_datetime(moment.astimezone(timezone(timedelta(hours=7)))) == expected
