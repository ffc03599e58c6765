"""The business day: a day cut at the owner's time, reckoned on the shop's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.business_day import DEFAULT_DAY_CUT, business_day, day_bounds

JAKARTA = ZoneInfo("Asia/Jakarta")
FOUR = time(4, 0)


def wib(*args: int) -> datetime:
    return datetime(*args, tzinfo=JAKARTA)


def test_a_0230_sale_with_a_0400_cut_belongs_to_the_previous_day():
    assert business_day(wib(2026, 11, 28, 2, 30), FOUR, JAKARTA) == date(2026, 11, 27)


def test_the_cut_itself_starts_the_new_day():
    assert business_day(wib(2026, 11, 28, 4, 0), FOUR, JAKARTA) == date(2026, 11, 28)
    assert business_day(wib(2026, 11, 28, 3, 59, 59, 999_999), FOUR, JAKARTA) == date(2026, 11, 27)


def test_midnight_cut_is_the_calendar_day():
    assert time(0, 0) == DEFAULT_DAY_CUT
    assert business_day(wib(2026, 11, 27, 23, 59, 59), DEFAULT_DAY_CUT, JAKARTA) == date(2026, 11, 27)
    assert business_day(wib(2026, 11, 28, 0, 0), DEFAULT_DAY_CUT, JAKARTA) == date(2026, 11, 28)
    assert business_day(wib(2026, 11, 28, 2, 30), DEFAULT_DAY_CUT, JAKARTA) == date(2026, 11, 28)


def test_the_day_is_the_shops_not_utcs():
    moment = datetime(2026, 11, 27, 19, 30, tzinfo=UTC)  # 02:30 on the 28th in Jakarta
    assert business_day(moment, DEFAULT_DAY_CUT, JAKARTA) == date(2026, 11, 28)
    assert business_day(moment, FOUR, JAKARTA) == date(2026, 11, 27)
    assert business_day(moment, DEFAULT_DAY_CUT, ZoneInfo("Asia/Jayapura")) == date(2026, 11, 28)
    assert business_day(moment, DEFAULT_DAY_CUT, UTC) == date(2026, 11, 27)


def test_bounds_are_utc_and_half_open():
    start, end = day_bounds(date(2026, 11, 27), FOUR, JAKARTA)
    assert start == datetime(2026, 11, 26, 21, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 27, 21, 0, tzinfo=UTC)
    assert start.utcoffset() == timedelta(0) and end.utcoffset() == timedelta(0)


def test_a_cut_inside_a_skipped_hour_starts_the_day_at_the_jump():
    berlin = ZoneInfo("Europe/Berlin")  # 2026-03-29 02:00 CET jumps to 03:00 CEST (01:00 UTC)
    start, _ = day_bounds(date(2026, 3, 29), time(2, 30), berlin)
    assert start == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert business_day(datetime(2026, 3, 29, 0, 59, tzinfo=UTC), time(2, 30), berlin) == date(2026, 3, 28)


def test_a_cut_inside_a_repeated_hour_starts_the_day_at_its_first_pass():
    berlin = ZoneInfo("Europe/Berlin")  # 2026-10-25 03:00 CEST goes back to 02:00 CET (01:00 UTC)
    start, _ = day_bounds(date(2026, 10, 25), time(2, 30), berlin)
    assert start == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # 02:10 on the second pass comes after the cut's first pass: still the 25th, not the 24th.
    second_pass = datetime(2026, 10, 25, 1, 10, tzinfo=UTC)
    assert business_day(second_pass, time(2, 30), berlin) == date(2026, 10, 25)


def test_refuses_naive_moments_and_aware_cuts():
    with pytest.raises(ValueError, match="aware"):
        business_day(datetime(2026, 11, 28, 2, 30), FOUR, JAKARTA)
    with pytest.raises(ValueError, match="wall-clock"):
        day_bounds(date(2026, 11, 28), time(4, 0, tzinfo=UTC), JAKARTA)


ZONES = [
    UTC,
    timezone(timedelta(hours=7)),
    JAKARTA,
    ZoneInfo("Asia/Makassar"),
    ZoneInfo("Asia/Jayapura"),
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("Europe/Dublin"),  # its "winter time" is the DST offset
    ZoneInfo("America/Sao_Paulo"),  # DST used to start at midnight: 00:00 did not exist
    ZoneInfo("Australia/Lord_Howe"),  # half-hour DST
    ZoneInfo("Pacific/Apia"),  # skipped 2011-12-30 entirely
]
moments = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC))


@settings(max_examples=400)
@given(moment=moments, cut=st.times(), tz=st.sampled_from(ZONES))
def test_every_moment_lies_in_exactly_one_business_day(moment, cut, tz):
    day = business_day(moment, cut, tz)
    start, end = day_bounds(day, cut, tz)
    assert start <= moment < end
    # Neighbouring days touch without overlap, so no other day can contain the moment.
    assert day_bounds(day - timedelta(days=1), cut, tz)[1] == start
    assert day_bounds(day + timedelta(days=1), cut, tz)[0] == end
    assert business_day(start, cut, tz) == day
    assert business_day(end - timedelta(microseconds=1), cut, tz) == day


@given(moment=moments, cut=st.times(), tz=st.sampled_from(ZONES))
def test_the_day_never_goes_backwards(moment, cut, tz):
    later = moment + timedelta(minutes=37)
    assert business_day(later, cut, tz) >= business_day(moment, cut, tz)
