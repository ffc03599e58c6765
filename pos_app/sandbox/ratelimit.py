"""Per-key fixed-window request counting, as Scalev's 100 requests per 10 seconds burst limit."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quota:
    limit: int
    remaining: int
    reset_at: float  # Unix seconds on the real clock (the handler shifts and rounds it)
    exceeded: bool


class RateLimiter:
    def __init__(self, limit: int | None = 100, window: float = 10.0) -> None:
        self.limit = limit  # None switches enforcement off (headers are still sent)
        self.window = window
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, key: str) -> Quota:
        """Count one request for ``key`` and say whether it is over the limit."""
        now = time.time()
        limit = self.limit if self.limit is not None else 100
        with self._lock:
            start, count = self._windows.get(key, (now, 0))
            if now - start >= self.window:
                start, count = now, 0
            count += 1
            self._windows[key] = (start, count)
        exceeded = self.limit is not None and count > self.limit
        return Quota(limit, max(0, limit - count), start + self.window, exceeded)

    def peek(self, key: str) -> Quota:
        now = time.time()
        limit = self.limit if self.limit is not None else 100
        with self._lock:
            start, count = self._windows.get(key, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        return Quota(limit, max(0, limit - count), start + self.window, False)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()
