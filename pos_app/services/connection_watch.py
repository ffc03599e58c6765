"""Noticing by itself that the server can be reached again.

Started when a request fails because the network is gone; it asks the server now and
then (cheaply, one store-list page) until it answers, so the cashier never has to guess
when to press again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from pos_app.api.errors import ApiError, ApiTimeoutError, NetworkError

# Seconds between probes: quick at first (a Wi-Fi blip), then no more than twice a minute.
PROBE_DELAYS_S: Sequence[float] = (2.0, 3.0, 5.0, 10.0, 20.0, 30.0)


def is_offline_error(exc: BaseException) -> bool:
    return isinstance(exc, NetworkError | ApiTimeoutError)


class ConnectionWatch:
    def __init__(
        self,
        probe: Callable[[], Awaitable[object]],
        *,
        delays: Sequence[float] = PROBE_DELAYS_S,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._probe = probe
        self._delays = delays
        self._sleep = sleep

    async def wait_until_back(self) -> int:
        """Return once a probe succeeds; says how many probes it took."""
        attempt = 0
        while True:
            await self._sleep(self._delays[min(attempt, len(self._delays) - 1)])
            attempt += 1
            try:
                await self._probe()
            except ApiError as exc:
                if not is_offline_error(exc):
                    return attempt  # the server answered, even if with an error: it is reachable
                continue
            return attempt
