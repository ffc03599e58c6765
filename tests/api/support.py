"""Shared bits for the API tests: contract example payloads, a fake clock, mock clients."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from pos_app.api import RateLimiter, RetryPolicy, ScalevClient

DATA = Path(__file__).parent / "data"
BASE_URL = "https://api.example.test"
API_KEY = "sk_test_SECRETKEY_0123456789abcdef"


def example(name: str) -> Any:
    """A fresh copy of a contract §7 example (tests may mutate it)."""
    return copy.deepcopy(json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


class FakeClock:
    """A monotonic clock that only moves when someone sleeps on it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def fast_retry(slept: list[float] | None = None, **overrides: Any) -> RetryPolicy:
    """Real policy shape, but pauses are recorded in ``slept`` instead of slept."""
    record = slept if slept is not None else []

    async def sleep(seconds: float) -> None:
        record.append(seconds)
        await asyncio.sleep(0)

    return RetryPolicy(jitter=lambda: 0.5, sleep=sleep, **overrides)


def mock_client(
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    retry: RetryPolicy | None = None,
    limiter: RateLimiter | None = None,
    api_key: str = API_KEY,
) -> ScalevClient:
    return ScalevClient(
        BASE_URL,
        api_key,
        transport=httpx.MockTransport(handler),
        retry=retry or fast_retry(),
        limiter=limiter,
    )


def page(items: list[Any], next_cursor: str | None = None) -> dict[str, Any]:
    return {
        "data": items,
        "is_paginated": True,
        "has_next": next_cursor is not None,
        "has_previous": False,
        "next_cursor": next_cursor,
        "previous_cursor": None,
        "page_size": 25,
    }
