"""One async job per purpose, where only the newest answer counts.

The dialog searches districts as the cashier types and re-quotes when a choice changes, so
old requests are still in flight when new ones start. Cancelling the old task saves the
request; the generation counter is the guard that holds even when a cancelled call still
delivers its answer (a client that swallows CancelledError, a result already queued).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from pos_app.api.errors import ApiError

T = TypeVar("T")

log = logging.getLogger(__name__)


class LatestTask(Generic[T]):
    def __init__(self, name: str) -> None:
        self._name = name
        self._task: asyncio.Task[None] | None = None
        self._generation = 0

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(
        self,
        make: Callable[[], Awaitable[T]],
        on_result: Callable[[T], None],
        on_error: Callable[[ApiError], None],
    ) -> None:
        self.cancel()
        generation = self._generation

        async def run() -> None:
            try:
                result = await make()
            except asyncio.CancelledError:
                raise
            except ApiError as exc:
                if generation == self._generation:
                    on_error(exc)
                return
            except Exception:
                # A bug, not a network problem: report it the app-wide way (sys.excepthook; under
                # pytest-qt that fails the test), and still leave the cashier a Retry.
                sys.excepthook(*sys.exc_info())
                if generation == self._generation:
                    on_error(ApiError("unexpected error"))
                return
            if generation == self._generation:
                on_result(result)
            else:
                log.debug("dropped a stale %s answer", self._name)

        # Keep the reference: the loop holds tasks weakly, and a collected task never finishes.
        self._task = asyncio.get_running_loop().create_task(run(), name=f"shipping-{self._name}")

    def cancel(self) -> None:
        """Forget the running job: its answer, if one still comes, is dropped."""
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None


def cancel_all(tasks: list[LatestTask[Any]]) -> None:
    for task in tasks:
        task.cancel()
