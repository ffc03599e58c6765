"""Each way a connection test can end has its own status (and so its own message)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import pytest

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ForbiddenError,
    NetworkError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
)
from pos_app.api.models import Page, Store
from pos_app.sandbox import TrainingServer
from pos_app.services.connection_check import ConnectionChecker, ConnectionStatus

STORES = (Store(id=4127, unique_id="store_a", name="Toko Nusantara"), Store(3288, "store_b", "Kopi Senja"))


class FakeClient:
    def __init__(self, outcome: Page[Store] | ApiError | None) -> None:
        self.outcome = outcome
        self.closed = False

    async def stores_page(self) -> Page[Store]:
        if self.outcome is None:  # never answers
            await asyncio.Event().wait()
        if isinstance(self.outcome, ApiError):
            raise self.outcome
        assert self.outcome is not None
        return self.outcome

    async def aclose(self) -> None:
        self.closed = True


def _checker(client: FakeClient, timeout: float = 5.0) -> ConnectionChecker:
    return ConnectionChecker(lambda base_url, key: client, timeout=timeout)


def closed_port_url() -> str:
    # Bind, read the port, close: nothing listens there any more, so connecting is refused.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.asyncio
async def test_ok_counts_the_stores() -> None:
    client = FakeClient(Page(items=STORES, has_next=True, next_cursor="c2"))
    result = await _checker(client).check("https://api.scalev.com", "sk_live")
    assert result.status is ConnectionStatus.OK and result.ok
    assert result.store_count == 2
    assert result.more_stores
    assert [s.name for s in result.stores] == ["Toko Nusantara", "Kopi Senja"]
    assert client.closed


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (AuthError("Invalid API key", status=401), ConnectionStatus.WRONG_KEY),
        (ForbiddenError("Forbidden", status=403), ConnectionStatus.MISSING_SCOPE),
        (NetworkError("could not connect", request_sent=False), ConnectionStatus.UNREACHABLE),
        (ApiTimeoutError("no answer in time"), ConnectionStatus.UNREACHABLE),
        (ServerError("boom", status=502), ConnectionStatus.SERVER_ERROR),
        (RateLimitedError("slow down", retry_after=3.0), ConnectionStatus.OTHER),
        (ResponseFormatError("unreadable response: stores"), ConnectionStatus.OTHER),
    ],
)
@pytest.mark.asyncio
async def test_each_failure_has_its_status(error: ApiError, status: ConnectionStatus) -> None:
    client = FakeClient(error)
    result = await _checker(client).check("https://api.scalev.com", "sk_live")
    assert result.status is status
    assert not result.ok and result.store_count == 0
    assert error.message in result.detail
    assert client.closed


@pytest.mark.asyncio
async def test_no_answer_in_time_is_unreachable() -> None:
    client = FakeClient(None)
    result = await _checker(client, timeout=0.05).check("https://api.scalev.com", "sk_live")
    assert result.status is ConnectionStatus.UNREACHABLE
    assert client.closed


@pytest.mark.asyncio
async def test_real_client_reports_a_closed_port_as_unreachable() -> None:
    result = await ConnectionChecker().check(closed_port_url(), "sk_live_abc")
    assert result.status is ConnectionStatus.UNREACHABLE


@pytest.mark.parametrize(
    ("base_url", "key"), [("api.scalev.com", "sk_live"), ("https://api.scalev.com", "sk x")]
)
@pytest.mark.asyncio
async def test_input_the_client_refuses_is_reported_without_the_key(base_url: str, key: str) -> None:
    result = await ConnectionChecker().check(base_url, key)
    assert result.status is ConnectionStatus.OTHER
    assert result.detail
    assert key not in result.detail


# --- against the training server, over real loopback HTTP ----------------------------------------


@pytest.fixture(scope="module")
def training_server() -> Iterator[TrainingServer]:
    with TrainingServer() as server:
        server.add_key("rk_limited", scopes={"product:list"})
        server.add_key("rk_stores", scopes={"store:list"})
        server.add_key("sk_expired", expired=True)
        yield server


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("sk_training", ConnectionStatus.OK),
        ("rk_stores", ConnectionStatus.OK),
        ("sk_not_a_real_key", ConnectionStatus.WRONG_KEY),
        ("sk_expired", ConnectionStatus.WRONG_KEY),
        ("rk_limited", ConnectionStatus.MISSING_SCOPE),
    ],
)
@pytest.mark.asyncio
async def test_training_server_answers(
    training_server: TrainingServer, key: str, status: ConnectionStatus
) -> None:
    result = await ConnectionChecker().check(training_server.base_url, key)
    assert result.status is status, result.detail
    if status is ConnectionStatus.OK:
        assert result.store_count == len(training_server.data.stores) > 0
    assert key not in result.detail


@pytest.mark.asyncio
async def test_training_server_errors(training_server: TrainingServer) -> None:
    checker = ConnectionChecker()
    training_server.faults.error_rate = 1.0
    try:
        result = await checker.check(training_server.base_url, training_server.api_key)
    finally:
        training_server.faults.reset()
    assert result.status is ConnectionStatus.SERVER_ERROR

    training_server.faults.rate_limit_burst(1, reset_in=1.0)
    try:
        result = await checker.check(training_server.base_url, training_server.api_key)
    finally:
        training_server.faults.reset()
    assert result.status is ConnectionStatus.OTHER
