"""Fault knobs for training and tests: latency, random 5xx, 429 bursts, lost order replies."""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Burst429:
    reset_at: int  # Unix seconds
    as_json: bool  # alternate bodies so clients meet both documented 429 forms


class FaultInjector:
    """Thread-safe switches read by the request handler.

    ``latency`` and ``error_rate`` are plain attributes; the one-shot faults count down.
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

    def reset(self) -> None:
        with self._lock:
            self.latency = 0.0
            self.error_rate = 0.0
            self._burst_left = self._drop_left = self._fail_left = 0
            self._burst_served = 0

    def random_seed(self, seed: int) -> None:
        with self._lock:
            self._rng.seed(seed)

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
