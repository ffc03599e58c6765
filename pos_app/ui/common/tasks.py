"""Background work started from widgets, without losing a task or letting a stale one win.

Three shapes cover every screen:

* :class:`TaskSlot` holds one job of one purpose (a search, a quote, a poll): starting a
  new one cancels the old one, and with :meth:`TaskSlot.start_latest` an answer that still
  arrives from a replaced job is dropped (a generation counter guards it even when a
  cancelled call delivers its result anyway).
* :class:`TaskSlots` is a set of named slots for a screen with several purposes.
* :class:`TaskGroup` keeps fire-and-forget jobs alive until they end.

Every task reports an unexpected exception through ``sys.excepthook``, the same path as an
exception in an ``asyncSlot``: the app logs it and shows it, and under pytest-qt the test fails.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from pos_app.api.errors import ApiError

T = TypeVar("T")

log = logging.getLogger(__name__)


def _report(task: asyncio.Task) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


class TaskSlot:
    """At most one running task: starting another cancels the previous one."""

    def __init__(self, name: str = "task") -> None:
        self._name = name
        self._task: asyncio.Task | None = None
        self._generation = 0

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        self.cancel()
        return self._launch(coro)

    def _launch(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        # Keep the reference: the loop holds tasks weakly, and a collected task never finishes.
        self._task = asyncio.get_running_loop().create_task(coro, name=self._name)
        self._task.add_done_callback(_report)
        return self._task

    def start_latest(
        self,
        make: Callable[[], Awaitable[T]],
        on_result: Callable[[T], None],
        on_error: Callable[[ApiError], None],
    ) -> asyncio.Task:
        """Run ``make``; hand its answer on only if no newer job replaced this one."""
        self.cancel()
        generation = self._generation

        async def run() -> None:
            try:
                result = await make()
            except ApiError as exc:
                if generation == self._generation:
                    on_error(exc)
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                # A bug, not a network problem: report it the app-wide way, and still leave
                # the cashier a way to try again.
                sys.excepthook(*sys.exc_info())
                if generation == self._generation:
                    on_error(ApiError("unexpected error"))
                return
            if generation == self._generation:
                on_result(result)
            else:
                log.debug("dropped a stale %s answer", self._name)

        return self._launch(run())

    def cancel(self) -> None:
        """Forget the running job; a job never cancels itself (it is replacing itself)."""
        self._generation += 1
        task = self._task
        if task is not None and not task.done() and task is not asyncio.current_task():
            task.cancel()
        self._task = None

    async def aclose(self) -> None:
        """Cancel the task and wait until it has really ended."""
        task = self._task
        self.cancel()
        if task is not None and task is not asyncio.current_task():
            await asyncio.gather(task, return_exceptions=True)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task | None:
        return self._task

    @property
    def generation(self) -> int:
        return self._generation


class TaskSlots:
    """Named :class:`TaskSlot` objects of one screen, stopped together."""

    def __init__(self, *names: str) -> None:
        self._slots = {name: TaskSlot(name) for name in names}

    def __getitem__(self, name: str) -> TaskSlot:
        return self._slots[name]

    def running(self, name: str) -> bool:
        return self._slots[name].running

    def cancel_all(self) -> None:
        for slot in self._slots.values():
            slot.cancel()

    async def aclose(self) -> None:
        tasks = [slot.task for slot in self._slots.values() if slot.task is not None]
        self.cancel_all()
        current = asyncio.current_task()
        await asyncio.gather(*(t for t in tasks if t is not current), return_exceptions=True)


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
