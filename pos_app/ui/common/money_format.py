"""Rupiah amounts and dates as Indonesian counters write them, whatever the UI language.

Money is always shown the Indonesian way (``Rp 1.234.567``) because prices, receipts and
the customer's banking app all use it; switching the UI to English must not turn
``1.500`` (fifteen hundred) into something that reads as one and a half.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from pos_app.domain.money import Rupiah, format_rupiah, parse_rupiah

# One shared locale object: building a QLocale per call would cost more than the formatting.
_ID = QLocale("id_ID")

# Four-digit year and the Indonesian ``.`` between hours and minutes (id_ID's short
# format has a two-digit year, which is ambiguous on a receipt kept for years).
DATETIME_FORMAT = "dd/MM/yyyy HH.mm"
DATE_FORMAT = "dd/MM/yyyy"



def format_money(amount: Rupiah) -> str:
    """``Rp 1.234.567``; negative amounts as ``-Rp 1.234.567`` (the receipts' formatter)."""
    return format_rupiah(amount)


def parse_money(text: str) -> Rupiah:
    """Whole rupiah from ``1500000``, ``1.500.000`` or ``Rp 1.500.000``.

    Raises ``ValueError`` for anything else, so a field can mark the input as wrong
    instead of guessing.
    """
    return parse_rupiah(text)


def _to_qdatetime(moment: datetime | QDateTime) -> QDateTime:
    if isinstance(moment, QDateTime):
        return moment.toLocalTime()
    if moment.tzinfo is not None:
        # Server times come with an offset; the cashier wants the time on the shop clock.
        moment = moment.astimezone().replace(tzinfo=None)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def format_datetime(moment: datetime | QDateTime) -> str:
    """``05/01/2026 09.07``: day first, 24-hour clock, in the computer's local time."""
    return _ID.toString(_to_qdatetime(moment), DATETIME_FORMAT)


def format_time(moment: datetime | QDateTime) -> str:
    """``09.07``: the time of day on the shop clock (History shows one day at a time)."""
    return _ID.toString(_to_qdatetime(moment).time(), "HH.mm")


def format_date(day: date | QDate) -> str:
    """``05/01/2026``."""
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return _ID.toString(qdate, DATE_FORMAT)
