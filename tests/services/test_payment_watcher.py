"""PaymentWatcher: stops when paid, keeps looking on conflict, gives way under rate limits."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable
from dataclasses import replace

import pytest

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from pos_app.api.models import Order
from pos_app.services.payment_watcher import PaymentWatcher, is_final

UNPAID = Order(id="0190-aaaa", order_id="261127KQWZTRB", status="pending", payment_status="unpaid")


def order(**changes: str) -> Order:
    return replace(UNPAID, **changes)


class FakeSource:
    """Answers get_order from a script: an Order is returned, an exception raised."""

    def __init__(self, script: Iterable[Order | ApiError]) -> None:
        self._script = list(script)
        self.calls: list[str] = []

    async def get_order(self, order_pk: str) -> Order:
        self.calls.append(order_pk)
        if not self._script:
            raise AssertionError("polled after the script ended")
        step = self._script.pop(0)
        if isinstance(step, ApiError):
            raise step
        return step


class FakeTime:
    """A clock that only moves when the watcher sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make(script: Iterable[Order | ApiError], **kwargs: float) -> tuple[PaymentWatcher, FakeSource, FakeTime]:
    source = FakeSource(script)
    fake = FakeTime()
    watcher = PaymentWatcher(source, sleep=fake.sleep, clock=fake.clock, **kwargs)
    return watcher, source, fake


@pytest.mark.parametrize("status", ["paid", "settled"])
@pytest.mark.asyncio
async def test_stops_when_paid_or_settled(status: str) -> None:
    watcher, source, fake = make([order(), order(), order(payment_status=status)])
    updates: list[Order] = []

    final = await watcher.watch("0190-aaaa", updates.append)

    assert final.payment_status == status
    assert [u.payment_status for u in updates] == ["unpaid", "unpaid", status]
    assert source.calls == ["0190-aaaa"] * 3
    # Waits one interval before each request: the caller already had a fresh order.
    assert fake.sleeps == [3.0, 3.0, 3.0]


@pytest.mark.asyncio
async def test_stops_when_canceled_elsewhere() -> None:
    watcher, _, _ = make([order(status="canceled")])
    final = await watcher.watch("0190-aaaa", lambda _: None)
    assert final.status == "canceled"
    assert is_final(final)


@pytest.mark.asyncio
async def test_conflict_is_reported_and_polling_goes_on_slower() -> None:
    watcher, source, fake = make(
        [order(payment_status="conflict"), order(payment_status="conflict"), order(payment_status="paid")],
        interval=2.0,
        conflict_interval=12.0,
    )
    updates: list[str] = []

    await watcher.watch("0190-aaaa", lambda o: updates.append(o.payment_status))

    assert updates == ["conflict", "conflict", "paid"]
    assert fake.sleeps == [2.0, 12.0, 12.0]
    assert len(source.calls) == 3


@pytest.mark.asyncio
async def test_rate_limit_waits_retry_after_and_backs_off_then_returns_to_normal() -> None:
    limited = [RateLimitedError("slow down", retry_after=1.0) for _ in range(4)]
    late = RateLimitedError("slow down", retry_after=45.0)
    watcher, _, fake = make([*limited, late, order(), order(), order(payment_status="paid")], fast_for=1000)
    problems: list[ApiError] = []

    await watcher.watch("0190-aaaa", lambda _: None, problems.append)

    assert problems == [*limited, late]
    # 3 s first, then doubling (6, 12, 24, 30 cap); the server's 45 s beats the cap;
    # once answers come back the normal 3 s cadence resumes.
    assert fake.sleeps == [3.0, 6.0, 12.0, 24.0, 30.0, 45.0, 3.0, 3.0]


@pytest.mark.asyncio
async def test_rate_limit_retry_after_longer_than_backoff_is_respected() -> None:
    watcher, _, fake = make([RateLimitedError("429", retry_after=9.5), order(payment_status="paid")])
    await watcher.watch("0190-aaaa", lambda _: None)
    assert fake.sleeps == [3.0, 9.5]


@pytest.mark.parametrize(
    "error",
    [
        NetworkError("no route", request_sent=False),
        ServerError("bad gateway", status=502),
        ApiTimeoutError("read timeout"),
    ],
)
@pytest.mark.asyncio
async def test_survives_network_trouble_with_backoff(error: ApiError) -> None:
    watcher, source, fake = make([error, error, order(), order(payment_status="paid")])
    problems: list[ApiError] = []
    updates: list[str] = []

    final = await watcher.watch("0190-aaaa", lambda o: updates.append(o.payment_status), problems.append)

    assert final.is_paid
    assert problems == [error, error]
    assert updates == ["unpaid", "paid"]
    assert fake.sleeps == [3.0, 6.0, 12.0, 3.0]
    assert len(source.calls) == 4


@pytest.mark.asyncio
async def test_cadence_counts_the_time_a_request_took() -> None:
    fake = FakeTime()

    class SlowSource(FakeSource):
        async def get_order(self, order_pk: str) -> Order:
            fake.now += 2.0  # the request took two seconds
            return await super().get_order(order_pk)

    source = SlowSource([order(), order(payment_status="paid")])
    watcher = PaymentWatcher(source, sleep=fake.sleep, clock=fake.clock)
    await watcher.watch("0190-aaaa", lambda _: None)
    assert fake.sleeps == [3.0, 1.0]


@pytest.mark.parametrize("error", [AuthError("bad key", status=401), NotFoundError("gone", status=404)])
@pytest.mark.asyncio
async def test_errors_waiting_cannot_fix_propagate(error: ApiError) -> None:
    watcher, source, _ = make([order(), error])
    with pytest.raises(type(error)):
        await watcher.watch("0190-aaaa", lambda _: None)
    assert len(source.calls) == 2


@pytest.mark.asyncio
async def test_cancelling_the_task_stops_polling() -> None:
    source = FakeSource([order()] * 1000)
    watcher = PaymentWatcher(source, interval=0.01)
    task = asyncio.ensure_future(watcher.watch("0190-aaaa", lambda _: None))
    while len(source.calls) < 2:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    calls = len(source.calls)
    await asyncio.sleep(0.05)
    assert len(source.calls) == calls


def test_rejects_a_non_positive_interval() -> None:
    with pytest.raises(ValueError):
        PaymentWatcher(FakeSource([]), interval=0)



@pytest.mark.asyncio
async def test_polls_every_second_for_two_minutes_then_backs_off():
    class Clock:
        now = 0.0

    polls: list[float] = []

    class Slow:
        async def get_order(self, order_pk):
            polls.append(Clock.now)
            return order() if Clock.now < 300 else order(payment_status="paid")

    async def sleep(seconds: float) -> None:
        Clock.now += seconds

    watcher = PaymentWatcher(
        Slow(), interval=1.0, fast_for=120.0, slow_interval=5.0, sleep=sleep, clock=lambda: Clock.now
    )
    await watcher.watch("pk", lambda _order: None)
    early = [t for t in polls if t <= 120]
    late = [b - a for a, b in itertools.pairwise(polls) if a > 125]
    assert len(early) >= 115  # about once a second
    assert late and all(gap == pytest.approx(5.0) for gap in late)
    assert len(polls) < 120 + (300 - 120) / 5 + 5  # within a sane request budget
