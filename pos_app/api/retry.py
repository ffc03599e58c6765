"""When and how long to wait before sending a read again.

Only requests that change nothing are ever retried (the transport decides which); a
retried ``POST /v3/orders`` could create a second sale (contract §8.4).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    NetworkError,
    RateLimitedError,
    ServerError,
)

_TRANSIENT = (ServerError, NetworkError, ApiTimeoutError, RateLimitedError)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded in attempts and in total waiting.

    ``max_total_wait`` caps the sum of the pauses (not the time spent in requests), so a
    cashier is never left waiting much longer than that before seeing an error.
    """

    max_attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_total_wait: float = 20.0
    jitter: Callable[[], float] = field(default=random.random, repr=False)  # in [0, 1)
    sleep: Callable[[float], Awaitable[object]] = field(default=asyncio.sleep, repr=False)

    @classmethod
    def never(cls) -> RetryPolicy:
        return cls(max_attempts=1)

    def should_retry(self, error: ApiError) -> bool:
        return isinstance(error, _TRANSIENT)

    def backoff(self, attempt: int) -> float:
        """Pause after failed attempt number ``attempt`` (1-based): full jitter."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return self.jitter() * ceiling

    def delay_after(self, error: ApiError, attempt: int, waited: float) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise."""
        if attempt >= self.max_attempts or not self.should_retry(error):
            return None
        # After a 429 the server said when; guessing sooner only earns another 429.
        delay = error.retry_after if isinstance(error, RateLimitedError) else self.backoff(attempt)
        if waited + delay > self.max_total_wait:
            return None
        return delay
