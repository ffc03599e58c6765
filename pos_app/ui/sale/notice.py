"""A message for the cashier's banner, with at most one action button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """``text`` is best a callable that translates: the banner asks it again after a language
    switch, so a message on screen changes language with everything else."""

    text: str | Callable[[], str]
    kind: str = "info"  # info | error | warning
    action: str | None = None  # "resend" | "settings" | "print" | None

    def render(self) -> str:
        return self.text() if callable(self.text) else self.text
