"""Client-side limiter: one API key stays under Scalev's burst limit (contract §3.6).

Sliding window rather than a token bucket, because the server counts requests in the
last 10 seconds and a bucket refilling continuously could still overshoot its window.
Several terminals polling on one key share the budget only if they share the limiter;
one app = one client = one limiter.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable

log = logging.getLogger("pos_app.api")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[object]]


class RateLimiter:
    """At most ``max_requests`` starts in any ``period`` seconds, plus server-ordered holds.

    ``clock`` must be monotonic (seconds); ``sleep`` must yield to the event loop. Both
    are injectable so tests can run minutes of traffic in no time.
    """

    def __init__(
        self,
        max_requests: int = 100,
        period: float = 10.0,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if max_requests < 1 or period <= 0:
            raise ValueError("the limiter needs max_requests >= 1 and period > 0")
        self.max_requests = max_requests
        self.period = period
        self._clock = clock
        self._sleep = sleep
        self._starts: deque[float] = deque()
        self._hold_until = 0.0
        # One waiter at a time, in arrival order: no request is starved by later ones.
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(max_requests={self.max_requests}, period={self.period})"

    @property
    def held_for(self) -> float:
        """Seconds left on a hold ordered by the server (0 when none)."""
        return max(0.0, self._hold_until - self._clock())

    def hold(self, seconds: float) -> None:
        """Let nothing through for ``seconds`` (after a 429): polling backs off too."""
        until = self._clock() + max(0.0, seconds)
        if until > self._hold_until:
            self._hold_until = until
            log.info("rate limited by the server: holding all requests for %.1f s", seconds)

    def delay(self) -> float:
        """How long the next request would wait right now (0 = it may start)."""
        now = self._clock()
        self._forget_before(now - self.period)
        wait = self._hold_until - now
        if len(self._starts) >= self.max_requests:
            wait = max(wait, self._starts[0] + self.period - now)
        return max(0.0, wait)

    async def acquire(self) -> None:
        """Wait (without blocking the loop) until a request may start, and count it."""
        async with self._lock:
            while (wait := self.delay()) > 0:
                await self._sleep(wait)
            self._starts.append(self._clock())

    def _forget_before(self, cutoff: float) -> None:
        starts = self._starts
        while starts and starts[0] <= cutoff:
            starts.popleft()
