"""Indonesian phone numbers in Scalev's ``62…`` form.

Cashiers type ``0812-3456-7890``, ``+62 812 3456 7890`` or ``62812…``; all of them become
``6281234567890`` so that reconciliation searches by phone find the order.
"""

from __future__ import annotations

import re
from enum import Enum

_SEPARATORS = re.compile(r"[\s\-.()/]")

# In 62-form: 62 + area/operator code + subscriber number. Mobile numbers are 10-13
# digits in 08-form (11-14 in 62-form); Jakarta landlines are shorter (021-xxxx-xxx).
MIN_DIGITS = 10
MAX_DIGITS = 15


class PhoneProblem(Enum):
    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    NOT_INDONESIAN = "not_indonesian"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"


class PhoneError(ValueError):
    def __init__(self, problem: PhoneProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def _compact(text: str | None) -> str:
    return _SEPARATORS.sub("", text or "").removeprefix("+")


def phone_digits(text: str | None) -> str | None:
    """The ``62…`` form for comparing and searching, without validating the length.

    ``0812 34`` becomes ``6281234`` (a partial number stays partial); anything that is
    not a phone number at all gives None.
    """
    compact = _compact(text)
    if not compact or not compact.isdigit() or not compact.isascii():
        return None
    return "62" + compact[1:] if compact.startswith("0") else compact


def normalize_phone(text: str) -> str:
    """Return the ``62…`` form of an Indonesian number or raise :class:`PhoneError`."""
    if not _compact(text):
        raise PhoneError(PhoneProblem.EMPTY)
    compact = phone_digits(text)
    if compact is None:
        raise PhoneError(PhoneProblem.NOT_DIGITS)
    if compact.startswith("8"):
        # People often leave off the leading zero of a mobile number.
        compact = "62" + compact
    if not compact.startswith("62") or compact[2:3] in ("", "0"):
        raise PhoneError(PhoneProblem.NOT_INDONESIAN)
    if len(compact) < MIN_DIGITS:
        raise PhoneError(PhoneProblem.TOO_SHORT)
    if len(compact) > MAX_DIGITS:
        raise PhoneError(PhoneProblem.TOO_LONG)
    return compact
