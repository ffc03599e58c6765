"""The sliding-window limiter and the retry policy, on a fake clock."""

from __future__ import annotations

import asyncio
import time

import pytest

from pos_app.api import (
    ApiTimeoutError,
    AuthError,
    NetworkError,
    RateLimitedError,
    RateLimiter,
    RetryPolicy,
    ServerError,
    ValidationError,
)
from tests.api.support import FakeClock


@pytest.mark.asyncio
async def test_limiter_lets_100_through_then_waits_for_the_oldest_to_leave_the_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    for _ in range(100):
        await limiter.acquire()
    assert clock.sleeps == [] and clock.now == 1000.0
    await limiter.acquire()
    assert clock.now == pytest.approx(1010.0)


@pytest.mark.asyncio
async def test_limiter_window_slides_never_more_than_100_in_any_10_seconds() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    starts: list[float] = []
    for i in range(350):
        if i % 7 == 0:
            await clock.sleep(0.9)  # uneven traffic, like a catalog load plus polling
        await limiter.acquire()
        starts.append(clock.now)
    for i, start in enumerate(starts):
        in_window = [s for s in starts[i:] if s < start + 10.0]
        assert len(in_window) <= 100


@pytest.mark.asyncio
async def test_limiter_hold_after_429_stops_every_request() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    await limiter.acquire()
    limiter.hold(5.0)
    assert limiter.held_for == pytest.approx(5.0)
    await limiter.acquire()
    assert clock.now == pytest.approx(1005.0)
    # A shorter hold never shortens a longer one.
    limiter.hold(10.0)
    limiter.hold(1.0)
    assert limiter.held_for == pytest.approx(10.0)


@pytest.mark.asyncio
async def test_limiter_waits_without_blocking_the_loop() -> None:
    limiter = RateLimiter(max_requests=2, period=0.3)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    task = asyncio.ensure_future(ticker())
    started = time.monotonic()
    try:
        for _ in range(3):
            await limiter.acquire()
    finally:
        task.cancel()
    assert time.monotonic() - started >= 0.25
    assert ticks >= 10  # the loop kept running while the third request waited


@pytest.mark.asyncio
async def test_limiter_serves_concurrent_waiters_in_order() -> None:
    clock = FakeClock()
    limiter = RateLimiter(max_requests=1, period=1.0, clock=clock, sleep=clock.sleep)
    order: list[int] = []

    async def one(n: int) -> None:
        await limiter.acquire()
        order.append(n)

    await asyncio.gather(*(one(n) for n in range(5)))
    assert order == [0, 1, 2, 3, 4]
    assert clock.now == pytest.approx(1004.0)


def test_limiter_repr_and_validation() -> None:
    assert repr(RateLimiter()) == "RateLimiter(max_requests=100, period=10.0)"
    with pytest.raises(ValueError):
        RateLimiter(max_requests=0)


def test_backoff_is_exponential_with_full_jitter() -> None:
    top = RetryPolicy(jitter=lambda: 0.999999, base_delay=0.5, max_delay=8.0)
    assert [round(top.backoff(n), 3) for n in (1, 2, 3, 4, 5, 6)] == [0.5, 1, 2, 4, 8, 8]
    zero = RetryPolicy(jitter=lambda: 0.0)
    assert zero.backoff(3) == 0.0


@pytest.mark.parametrize(
    "error",
    [
        ServerError("x", status=503),
        NetworkError("x", request_sent=True),
        ApiTimeoutError("x"),
        RateLimitedError("x", retry_after=2.0),
    ],
)
def test_transient_errors_are_retried_up_to_max_attempts(error: Exception) -> None:
    policy = RetryPolicy(jitter=lambda: 0.5)
    assert policy.delay_after(error, attempt=1, waited=0.0) is not None
    assert policy.delay_after(error, attempt=2, waited=0.0) is not None
    assert policy.delay_after(error, attempt=3, waited=0.0) is None


def test_429_waits_the_servers_retry_after() -> None:
    policy = RetryPolicy()
    assert policy.delay_after(RateLimitedError("x", retry_after=7.5), 1, 0.0) == 7.5


@pytest.mark.parametrize("error", [AuthError("x"), ValidationError("x")])
def test_client_errors_are_not_retried(error: Exception) -> None:
    assert RetryPolicy().delay_after(error, attempt=1, waited=0.0) is None


def test_total_wait_is_bounded() -> None:
    policy = RetryPolicy(max_attempts=10, max_total_wait=20.0)
    rate_limited = RateLimitedError("x", retry_after=15.0)
    assert policy.delay_after(rate_limited, attempt=1, waited=0.0) == 15.0
    assert policy.delay_after(rate_limited, attempt=2, waited=15.0) is None
    assert RetryPolicy.never().delay_after(ServerError("x"), 1, 0.0) is None
