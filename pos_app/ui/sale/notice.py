"""A message for the cashier's banner, with at most one action button."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    text: str
    kind: str = "info"  # info | error | warning
    action: str | None = None  # "resend" | "settings" | None
