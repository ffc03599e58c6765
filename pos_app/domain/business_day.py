"""The shop's business day: a calendar day that starts at a cut time the owner chooses.

A shop open past midnight sets the cut to, say, 04:00, so a 02:30 sale still belongs to
the evening before. The day is reckoned on the shop's wall clock in its time zone, never
the PC's: pass the shop's ``tzinfo`` (``ZoneInfo("Asia/Jakarta")`` or a fixed offset).

Day ``d`` is the half-open span ``[start(d), start(d + 1))`` where ``start(d)`` is the first
instant at which the shop's clock reads ``d`` at the cut time or later. Defining the day by
instants rather than by "wall clock minus the cut" keeps every day one unbroken span even
where a zone's clock jumps or repeats an hour, so every moment is in exactly one day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

DEFAULT_DAY_CUT = time(0, 0)

_ONE_DAY = timedelta(days=1)
_TICK = timedelta(microseconds=1)


def parse_day_cut(text: str) -> time:
    """"04:00" as saved in the settings (which only ever save a valid "HH:MM")."""
    hours, minutes = (int(part) for part in text.split(":"))
    return time(hours, minutes)


def _check(cut: time, tz: tzinfo) -> None:
    if cut.tzinfo is not None:
        raise ValueError("the day cut is a wall-clock time; the time zone is passed as tz")
    if not isinstance(tz, tzinfo):
        raise TypeError(f"tz must be a tzinfo, got {tz!r}")


def _wall(moment: datetime, tz: tzinfo) -> datetime:
    return moment.astimezone(tz).replace(tzinfo=None)


def _day_start(day: date, cut: time, tz: tzinfo) -> datetime:
    wall = datetime.combine(day, cut)
    readings = {wall.replace(tzinfo=tz, fold=fold).astimezone(UTC) for fold in (0, 1)}
    real = [moment for moment in readings if _wall(moment, tz) == wall]
    if real:
        # A repeated wall time (clocks set back) happens twice: the day starts at the first.
        return min(real)
    # The wall time was skipped (clocks set forward): the day starts at the jump, the first
    # instant whose wall time is past the cut. The two readings straddle it; bisect.
    before, after = min(readings), max(readings)
    while after - before > _TICK:
        middle = before + (after - before) // 2
        if _wall(middle, tz) >= wall:
            after = middle
        else:
            before = middle
    return after


def day_bounds(day: date, cut: time, tz: tzinfo) -> tuple[datetime, datetime]:
    """``(start, end)`` of the business day as aware UTC datetimes: ``start <= t < end``."""
    _check(cut, tz)
    return _day_start(day, cut, tz), _day_start(day + _ONE_DAY, cut, tz)


def business_day(moment: datetime, cut: time, tz: tzinfo) -> date:
    """The business day ``moment`` (aware) belongs to, for a day that starts at ``cut`` in ``tz``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"business_day needs an aware datetime, got {moment!r}")
    _check(cut, tz)
    cut_offset = datetime.combine(date.min, cut) - datetime.combine(date.min, time())
    guess = (_wall(moment, tz) - cut_offset).date()
    # The guess can never be too late: the day starts at the first instant the clock reads
    # its cut. It is a day early for a moment in a repeated hour after the cut's first pass.
    if moment >= _day_start(guess + _ONE_DAY, cut, tz):
        return guess + _ONE_DAY
    return guess
