"""The async stages of the shipping flow and what the cashier is told about them.

One task slot per stage (district search, more districts, postal codes, warehouses,
couriers), a set of stages still working, and the failures with their Retry actions. The
texts are built when shown, never stored translated, so they follow a language switch.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from pos_app.api.errors import ApiError
from pos_app.ui.common.tasks import TaskSlots
from pos_app.ui.shipping.texts import STAGES, ShippingTexts

Again = Callable[[], None]


class Stages:
    def __init__(self, texts: ShippingTexts, on_change: Callable[[], None]) -> None:
        self._texts = texts
        self._on_change = on_change
        self._tasks = TaskSlots(*STAGES)
        # stage → (what failed, why, how to try again)
        self._errors: dict[str, tuple[Callable[[], str], Callable[[], str], Again]] = {}
        self._busy: set[str] = set()
        self.hint: Callable[[], str] | None = None  # a nudge shown when nothing else is

    def start(
        self,
        stage: str,
        make: Callable[[], Awaitable[Any]],
        found: Callable[[Any], None],
        again: Again,
        *,
        on_error: Callable[[ApiError], None] | None = None,
    ) -> None:
        """Run ``make`` for ``stage``, replacing whatever that stage was doing."""
        self._busy.add(stage)
        self._errors.pop(stage, None)

        def ok(result: object) -> None:
            self._busy.discard(stage)
            found(result)
            self._on_change()

        def failed(exc: ApiError) -> None:
            self._busy.discard(stage)
            if on_error is not None:
                on_error(exc)
            self.fail(stage, exc, again)
            self._on_change()

        self._tasks[stage].start_latest(make, ok, failed)
        self._on_change()

    def changed(self) -> None:
        """Tell the owner to redraw the message and the confirm button."""
        self._on_change()

    def cancel(self, stage: str) -> None:
        """Drop the stage's work and its message: what it was for has changed."""
        self._tasks[stage].cancel()
        self._busy.discard(stage)
        self._errors.pop(stage, None)

    def fail(self, stage: str, exc: ApiError, again: Again) -> None:
        self._errors[stage] = (partial(self._texts.failed, stage), partial(self._texts.cause, exc), again)

    def fail_plain(self, stage: str, text: Callable[[], str], again: Again) -> None:
        self._errors[stage] = (text, str, again)  # str() == "": the text says it all

    def is_busy(self, stage: str) -> bool:
        return stage in self._busy

    def retry(self) -> None:
        failed = list(self._errors.values())
        self._errors.clear()
        for _what, _why, again in failed:
            again()
        self._on_change()

    def stop(self) -> None:
        self._tasks.cancel_all()
        self._busy.clear()

    def message(self, missing: list[str]) -> tuple[str, str, bool]:
        """(text, kind, offer Retry) for the message bar: errors first, then work in progress,
        then the hint, then what the form still needs, else "ready"."""
        if self._errors:
            return self._error_text(), "error", True
        if self._busy:
            return " ".join(self._texts.busy(s) for s in STAGES if s in self._busy), "info", False
        if self.hint is not None:
            return self.hint(), "info", False
        if missing:
            return self._texts.missing([self._texts.part(m) for m in missing]), "info", False
        return self._texts.ready(), "info", False

    def _error_text(self) -> str:
        # Stages failing for one reason (offline, say) share one sentence about that reason.
        by_cause: dict[str, list[str]] = {}
        for what, why, _again in self._errors.values():
            by_cause.setdefault(why(), []).append(what())
        return "\n".join(" ".join([*whats, cause]).strip() for cause, whats in by_cause.items())
