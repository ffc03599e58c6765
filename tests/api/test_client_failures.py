"""Failures the real server cannot easily produce: retries, transport errors, secrecy."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from pos_app.api import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    NetworkError,
    RateLimitedError,
    RateLimiter,
    ResponseFormatError,
    ScalevClient,
    ServerError,
    ValidationError,
)
from tests.api.support import API_KEY, FakeClock, example, fast_retry, mock_client

PK = "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91"
Outcome = httpx.Response | Exception


class Script:
    """Plays back a list of outcomes, one per request, then keeps repeating the last."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.outcomes)) - 1
        outcome = self.outcomes[index]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    @property
    def attempts(self) -> int:
        return len(self.requests)


def ok(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body, headers={"x-request-id": "ok-1"})


def fail(
    status: int, request_id: str = "req-x", headers: dict[str, str] | None = None, **kw: Any
) -> httpx.Response:
    kw.setdefault("json", {"error": f"failed with {status}"})
    return httpx.Response(status, headers={"x-request-id": request_id, **(headers or {})}, **kw)


def transport_error(cls: type[httpx.TransportError]) -> httpx.TransportError:
    return cls("simulated", request=httpx.Request("GET", "https://api.example.test/"))


READS: dict[str, tuple[Callable[[ScalevClient], Awaitable[Any]], Any]] = {
    "get_order": (lambda c: c.get_order(PK), example("order")),
    "check_payment": (lambda c: c.check_payment(PK), example("order")),
    "products_page": (lambda c: c.products_page(4127), example("store_products")),
    "postal_codes": (lambda c: c.postal_codes(2843), example("postal_codes")),
    "search_warehouses": (
        lambda c: c.search_warehouses(4127, 2843, [(55201, 2)]),
        example("search_warehouse"),
    ),
    "search_courier_services": (
        lambda c: c.search_courier_services(4127, 610, 2843, "qris", 990),
        example("search_courier_service"),
    ),
}

WRITES: dict[str, Callable[[ScalevClient], Awaitable[Any]]] = {
    "create_order": lambda c: c.create_order(example("order_create_request")),
    "create_payment": lambda c: c.create_payment(PK),
    "change_status": lambda c: c.change_status([PK], status="canceled"),
    "cancel_order": lambda c: c.cancel_order(PK),
}

TRANSIENT: list[Callable[[], Outcome]] = [
    lambda: fail(500),
    lambda: fail(503),
    lambda: transport_error(httpx.ConnectError),
    lambda: transport_error(httpx.ReadError),
    lambda: transport_error(httpx.RemoteProtocolError),
    lambda: transport_error(httpx.ReadTimeout),
    lambda: transport_error(httpx.ConnectTimeout),
]


def _ids(items: list[Any]) -> Iterator[str]:
    return (f"case{i}" for i in range(len(items)))


@pytest.mark.parametrize("name", list(READS))
@pytest.mark.parametrize("transient", TRANSIENT, ids=list(_ids(TRANSIENT)))
@pytest.mark.asyncio
async def test_reads_are_retried_after_transient_failures(
    name: str, transient: Callable[[], Outcome]
) -> None:
    call, body = READS[name]
    script = Script(transient(), transient(), ok(body))
    slept: list[float] = []
    async with mock_client(script, retry=fast_retry(slept)) as client:
        await call(client)
    assert script.attempts == 3
    assert slept == [0.25, 0.5]  # jitter 0.5 × (0.5, 1.0): exponential, full jitter


@pytest.mark.parametrize("name", list(WRITES))
@pytest.mark.parametrize(
    "outcome",
    [
        *TRANSIENT,
        lambda: fail(429, text="Too many requests", json=None),
        lambda: transport_error(httpx.WriteError),
    ],
    ids=[*_ids(TRANSIENT), "429", "write-error"],
)
@pytest.mark.asyncio
async def test_writes_are_never_retried(name: str, outcome: Callable[[], Outcome]) -> None:
    script = Script(outcome(), ok(example("order")))
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    async with mock_client(script, limiter=limiter) as client:
        with pytest.raises(ApiError):
            await WRITES[name](client)
    assert script.attempts == 1


@pytest.mark.asyncio
async def test_reads_give_up_after_three_attempts() -> None:
    script = Script(fail(502, "gw-3"))
    async with mock_client(script) as client:
        with pytest.raises(ServerError) as caught:
            await client.get_order(PK)
    assert script.attempts == 3
    assert caught.value.request_id == "gw-3" and caught.value.status == 502


@pytest.mark.asyncio
async def test_client_errors_are_not_retried() -> None:
    script = Script(fail(401))
    async with mock_client(script) as client:
        with pytest.raises(AuthError):
            await client.get_order(PK)
    assert script.attempts == 1


@pytest.mark.asyncio
async def test_429_plain_text_without_headers_waits_10s_and_holds_every_request() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    script = Script(fail(429, text="Too many requests", json=None), ok(example("order")))
    slept: list[float] = []
    async with mock_client(script, limiter=limiter, retry=fast_retry(slept)) as client:
        order = await client.get_order(PK)
        assert order.id == PK
        assert slept == [10.0]  # the retry waited the fallback...
        assert clock.sleeps == [pytest.approx(10.0)]  # ...and so did the limiter for everyone
        # Polling another order right away is not held any more: the hold has passed.
        await client.get_order(PK)
        assert clock.sleeps == [pytest.approx(10.0)]


@pytest.mark.asyncio
async def test_429_on_create_is_raised_and_holds_the_polling() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    reset = "1795763760"
    script = Script(
        fail(429, text="Too many requests", json=None, headers={"X-Ratelimit-Reset": reset}),
        ok(example("order")),
    )
    async with mock_client(script, limiter=limiter) as client:
        with pytest.raises(RateLimitedError) as caught:
            await client.create_order(example("order_create_request"))
        wait = caught.value.retry_after
        assert 0.5 <= wait <= 60.0
        assert caught.value.reset_at == float(reset)
        assert limiter.held_for == pytest.approx(wait)
        await client.get_order(PK)  # the poll waits for the hold first
    assert clock.sleeps == [pytest.approx(wait)]


@pytest.mark.asyncio
async def test_429_longer_than_the_retry_budget_is_raised_at_once() -> None:
    script = Script(fail(429, json={"error": "slow"}, headers={"X-Ratelimit-Reset": "45"}))
    clock = FakeClock()
    async with mock_client(script, limiter=RateLimiter(clock=clock, sleep=clock.sleep)) as client:
        with pytest.raises(RateLimitedError) as caught:
            await client.get_order(PK)
    assert caught.value.retry_after == 45.0
    assert script.attempts == 1


@pytest.mark.asyncio
async def test_network_errors_through_the_client() -> None:
    async with mock_client(Script(transport_error(httpx.ConnectError))) as client:
        with pytest.raises(NetworkError) as refused:
            await client.create_order({})
    assert refused.value.request_sent is False and not refused.value.may_have_succeeded

    async with mock_client(Script(transport_error(httpx.RemoteProtocolError))) as client:
        with pytest.raises(NetworkError) as dropped:
            await client.create_order({})
    assert dropped.value.request_sent is True and dropped.value.may_have_succeeded

    async with mock_client(Script(transport_error(httpx.ReadTimeout))) as client:
        with pytest.raises(ApiTimeoutError) as slow:
            await client.create_order({})
    assert slow.value.request_sent is True


@pytest.mark.asyncio
async def test_validation_array_shape_through_the_client() -> None:
    errors = [{"severity": "error", "code": "required", "field": "customer_name", "message": "m"}]
    script = Script(fail(400, "v-1", json={"error": "Validation failed", "errors": errors}))
    async with mock_client(script) as client:
        with pytest.raises(ValidationError) as caught:
            await client.create_order({})
    assert caught.value.field_errors == {"customer_name": ["m"]}
    assert caught.value.request_id == "v-1"


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>login</html>", headers={"x-request-id": "fmt"}),
        httpx.Response(200, json=["not", "an", "order"], headers={"x-request-id": "fmt"}),
        httpx.Response(200, json={"id": PK}, headers={"x-request-id": "fmt"}),
    ],
)
@pytest.mark.asyncio
async def test_unreadable_success_bodies(response: httpx.Response) -> None:
    async with mock_client(Script(response)) as client:
        with pytest.raises(ResponseFormatError):
            await client.get_order(PK)


@pytest.mark.asyncio
async def test_non_json_success_keeps_request_id() -> None:
    script = Script(httpx.Response(200, text="oops", headers={"x-request-id": "fmt-1"}))
    async with mock_client(script) as client:
        with pytest.raises(ResponseFormatError) as caught:
            await client.get_order(PK)
    assert caught.value.request_id == "fmt-1" and caught.value.status == 200


@pytest.mark.asyncio
async def test_empty_payment_payload() -> None:
    async with mock_client(Script(httpx.Response(204))) as client:
        assert await client.create_payment(PK) == {}


@pytest.mark.asyncio
async def test_errors_never_expose_httpx_types() -> None:
    for outcome in (transport_error(httpx.ConnectError), fail(500), fail(404)):
        async with mock_client(Script(outcome), retry=fast_retry(max_attempts=1)) as client:
            with pytest.raises(ApiError) as caught:
                await client.get_order(PK)
        assert not isinstance(caught.value, httpx.HTTPError)
        assert type(caught.value).__module__.startswith("pos_app.api")


@pytest.mark.asyncio
async def test_key_echoed_by_a_server_is_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = fail(401, json={"error": f"Invalid API key {API_KEY}", "message": f"got {API_KEY}"})
    async with mock_client(Script(echo)) as client:
        with pytest.raises(AuthError) as caught:
            await client.get_order(PK)
    error = caught.value
    text = " ".join([str(error), repr(error), error.message, *map(str, error.args)])
    assert API_KEY not in text
    assert "[hidden]" in text
    assert API_KEY not in caplog.text


@pytest.mark.asyncio
async def test_log_lines_name_method_path_status_request_id_but_no_query(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="pos_app.api")
    script = Script(ok({"data": [], "has_next": False}))
    async with mock_client(script) as client:
        await client.orders_page(search="6281234567890", search_field="customer_phone")
    (record,) = [r for r in caplog.records if r.name == "pos_app.api"]
    message = record.getMessage()
    assert message.startswith("GET /v3/orders -> 200 in ")
    assert "request id ok-1" in message
    assert "6281234567890" not in caplog.text  # customer searches stay out of the log


@pytest.mark.asyncio
async def test_cancelled_request_propagates_cancellation() -> None:
    started = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(10)
        return ok(example("order"))

    async with ScalevClient(
        "https://api.example.test", API_KEY, transport=httpx.MockTransport(slow)
    ) as client:
        task = asyncio.ensure_future(client.get_order(PK))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


@pytest.mark.parametrize("url", ["http://api.scalev.com", "http://192.168.1.10:8765"])
def test_the_key_is_never_sent_in_clear_text_off_this_computer(url):
    from pos_app.api.client import ScalevClient
    from pos_app.api.request_parts import InsecureBaseUrl

    with pytest.raises(InsecureBaseUrl):
        ScalevClient(url, "sk_test_123456")


@pytest.mark.asyncio
async def test_loopback_http_is_allowed_for_the_training_server():
    from pos_app.api.client import ScalevClient

    async with ScalevClient("http://127.0.0.1:8765", "sk_test_123456") as client:
        assert client.base_url == "http://127.0.0.1:8765"
