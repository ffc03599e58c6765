"""The server's idea of "now", learned from the ``Date`` header of every response.

A till's clock is often wrong by minutes or hours (no NTP, wrong time zone set by hand).
Everything the server times — ``X-Ratelimit-Reset``, order timestamps, list time windows —
is on the server's clock, so waits and windows must be computed on it too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# A Date header says whole seconds, truncated: the server's time was somewhere in the
# following second, so the middle of it is the best single guess.
_HALF_SECOND = 0.5
# Anything before this is a broken header rather than a clock that far off.
_EARLIEST = datetime(2020, 1, 1, tzinfo=UTC).timestamp()


def parse_http_date(value: str | None) -> float | None:
    """Unix seconds of an RFC 7231 ``Date`` value; None when missing or garbled."""
    if not value or not value.strip():
        return None
    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000" means UTC with no zone information
        moment = moment.replace(tzinfo=UTC)
    stamp = moment.timestamp()
    return stamp if stamp >= _EARLIEST else None


class ServerClock:
    """Offset between the server's clock and ours; the latest observation wins.

    ``local`` is this machine's wall clock (Unix seconds), injectable for tests.
    """

    def __init__(self, local: Callable[[], float] = time.time) -> None:
        self._local = local
        self._offset: float | None = None

    def observe(self, date_header: str | None, received_at: float | None = None) -> None:
        """Learn from one response's ``Date`` header; a missing or garbled one is ignored."""
        server = parse_http_date(date_header)
        if server is None:
            return
        local = self._local() if received_at is None else received_at
        self._offset = server + _HALF_SECOND - local

    @property
    def offset(self) -> timedelta | None:
        """How far the server's clock is ahead of ours (negative: behind); None until a
        response with a usable ``Date`` header arrived."""
        return None if self._offset is None else timedelta(seconds=self._offset)

    def now(self) -> float:
        """The server's time in Unix seconds (our clock while the offset is unknown)."""
        return self._local() + (self._offset or 0.0)

    def now_datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)
