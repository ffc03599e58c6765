"""Background work started from widgets, without losing a task or letting a stale one win."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


def _report(task: asyncio.Task) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        # Same path as an exception in an asyncSlot: the app's excepthook shows it,
        # and under pytest-qt it fails the test.
        sys.excepthook(type(exc), exc, exc.__traceback__)


class TaskSlot:
    """Holds at most one running task: starting another cancels the previous one.

    Used for searches, where a late answer to an old query must never overwrite the
    answer to the newer one.
    """

    def __init__(self) -> None:
        self._task: asyncio.Task | None = None

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        self.cancel()
        self._task = asyncio.get_running_loop().create_task(coro)
        self._task.add_done_callback(_report)
        return self._task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def aclose(self) -> None:
        """Cancel the task and wait until it has really ended."""
        task = self._task
        self.cancel()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task | None:
        return self._task


class TaskGroup:
    """Keeps references to fire-and-forget tasks so they are not garbage collected."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task] = set()

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_report)
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def aclose(self) -> None:
        tasks = list(self._tasks)
        self.cancel_all()
        await asyncio.gather(*tasks, return_exceptions=True)
