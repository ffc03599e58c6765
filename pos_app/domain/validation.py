"""Argument checks shared by the shift and report records (money is whole-rupiah ``int``)."""

from __future__ import annotations

from datetime import datetime


def whole_rupiah(value: object, what: str, *, positive: bool = False) -> int:
    # bool is an int in Python: a stray True must not become Rp 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be whole rupiah (int), got {value!r}")
    if value < 0 or (positive and value == 0):
        raise ValueError(f"{what} must be {'more than' if positive else 'at least'} 0, got {value}")
    return value


def require_aware(moment: datetime, what: str) -> None:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {moment!r}")
