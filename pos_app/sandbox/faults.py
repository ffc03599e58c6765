"""Fault knobs for training and tests: latency, failures, 429 bursts, lost order replies.

Server-wide knobs (``latency``, ``error_rate``) apply to every request; per-route knobs
(``set_latency(..., method=, path=)``, ``fail_next``) only to requests matching a
:class:`RoutePattern`, so a test can say "order create takes 2 s" without slowing the
catalog, or "change-status fails twice then works".
"""

from __future__ import annotations

import math
import random
import re
import threading
import time
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Burst429:
    reset_at: float  # Unix seconds on the real clock; the handler shifts it to the server's
    as_json: bool  # alternate bodies so clients meet both documented 429 forms


@dataclass(frozen=True, slots=True)
class RoutePattern:
    """Which requests a per-route fault applies to.

    ``method`` None matches every method. ``path`` None matches every path; otherwise it
    is compared segment by segment with the request path (no query): ``*`` matches one
    segment and a final ``**`` any number of segments (so ``/v3/orders/**`` is a prefix).
    Without ``**`` the match is exact: ``/v3/orders`` is order create/list only, not
    ``/v3/orders/change-status`` — a slow order create must not slow the void as well.
    """

    method: str | None = None
    path: str | None = None
    _regex: re.Pattern[str] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.method is not None:
            object.__setattr__(self, "method", self.method.upper())
        if self.path is None:
            return
        path = "/" + self.path.strip().strip("/")
        parts = []
        for segment in path.split("/")[1:]:
            if segment == "**":
                parts.append("(?:/.*)?")
            elif segment == "*":
                parts.append("/[^/]+")
            else:
                parts.append("/" + re.escape(segment))
        object.__setattr__(self, "_regex", re.compile("^" + "".join(parts) + "$"))

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and method.upper() != self.method:
            return False
        return self._regex is None or self._regex.match(path) is not None


@dataclass(slots=True)
class _Failure:
    pattern: RoutePattern
    left: int
    status: int


class FaultInjector:
    """Thread-safe switches read by the request handler.

    ``latency`` and ``error_rate`` are plain attributes; the one-shot faults count down.
    ``latency`` delays every request; everything else (per-route latency, ``fail_next``,
    random errors, bursts) applies to the API (``/v3/…``) only, never to the training
    routes (``/v3/_training/…``), thumbnails or the buyer's pages.
    """

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.latency = 0.0
        self.error_rate = 0.0
        self._burst_left = 0
        self._burst_reset_in = 1.0
        self._burst_served = 0
        self._drop_left = 0
        self._fail_left = 0
        self._route_latency: dict[RoutePattern, float] = {}
        self._failures: list[_Failure] = []

    def reset(self) -> None:
        with self._lock:
            self.latency = 0.0
            self.error_rate = 0.0
            self._burst_left = self._drop_left = self._fail_left = 0
            self._burst_served = 0
            self._route_latency.clear()
            self._failures.clear()

    def random_seed(self, seed: int) -> None:
        with self._lock:
            self._rng.seed(seed)

    def set_latency(self, seconds: float, *, method: str | None = None,
                    path: str | None = None) -> None:
        """Delay matching requests by ``seconds`` (on top of the server-wide ``latency``).

        Without ``method`` and ``path`` this sets the server-wide ``latency``. Setting a
        route again replaces its delay; 0 removes it.
        """
        if seconds < 0:
            raise ValueError("latency cannot be negative")
        if method is None and path is None:
            self.latency = seconds
            return
        pattern = RoutePattern(method, path)
        with self._lock:
            if seconds == 0:
                self._route_latency.pop(pattern, None)
            else:
                self._route_latency[pattern] = seconds

    def fail_next(self, n: int = 1, *, method: str | None = None, path: str | None = None,
                  status: int = 503) -> None:
        """The next ``n`` matching requests answer ``status`` and have no effect at all.

        Several rules may be armed at once; a request consumes one failure from the
        first (oldest) rule it matches.
        """
        if n < 1:
            raise ValueError("n must be at least 1")
        if not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (4xx or 5xx)")
        with self._lock:
            self._failures.append(_Failure(RoutePattern(method, path), n, status))

    def rate_limit_burst(self, n: int = 5, reset_in: float = 1.0) -> None:
        with self._lock:
            self._burst_left = n
            self._burst_reset_in = reset_in
            self._burst_served = 0

    def drop_after_commit(self, n: int = 1) -> None:
        with self._lock:
            self._drop_left = n

    def fail_after_commit(self, n: int = 1) -> None:
        with self._lock:
            self._fail_left = n

    # --- consumed by the handler --------------------------------------------------------

    def delay_for(self, method: str, path: str, *, per_route: bool = True) -> float:
        """Seconds to sleep before answering this request."""
        with self._lock:
            extra = max((s for p, s in self._route_latency.items() if p.matches(method, path)),
                        default=0.0) if per_route else 0.0
        return self.latency + extra

    def take_failure(self, method: str, path: str) -> int | None:
        """The status of an armed ``fail_next`` this request consumes, if any."""
        with self._lock:
            for failure in self._failures:
                if failure.pattern.matches(method, path):
                    failure.left -= 1
                    if failure.left <= 0:
                        self._failures.remove(failure)
                    return failure.status
        return None

    def take_burst(self) -> Burst429 | None:
        with self._lock:
            if self._burst_left <= 0:
                return None
            self._burst_left -= 1
            as_json = self._burst_served % 2 == 1
            self._burst_served += 1
            return Burst429(math.ceil(time.time() + self._burst_reset_in), as_json)

    def take_random_error(self) -> int | None:
        with self._lock:
            if self.error_rate <= 0 or self._rng.random() >= self.error_rate:
                return None
            return self._rng.choice((500, 502, 503))

    def take_after_commit(self) -> str | None:
        """``"drop"``, ``"fail"`` or None for an order that was just stored."""
        with self._lock:
            if self._drop_left > 0:
                self._drop_left -= 1
                return "drop"
            if self._fail_left > 0:
                self._fail_left -= 1
                return "fail"
            return None
