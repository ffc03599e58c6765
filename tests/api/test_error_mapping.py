"""Status codes, bodies and httpx exceptions → ``pos_app.api.errors``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.api import (
    GENERAL_FIELD,
    ApiError,
    ApiTimeoutError,
    AuthError,
    ConflictError,
    ConnectTimeoutError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
)
from pos_app.api.error_mapping import error_from_response, error_from_transport

NOW = 1_795_763_700.0


def response(
    status: int, body: Any = None, *, text: str | None = None, headers: dict | None = None
) -> httpx.Response:
    request = httpx.Request("GET", "https://api.example.test/v3/x")
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (400, ValidationError),
        (422, ValidationError),
        (429, RateLimitedError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (418, ApiError),
    ],
)
def test_status_classes_keep_request_id(status: int, cls: type[ApiError]) -> None:
    error = error_from_response(
        response(status, {"error": "nope", "error_code": "x_code"}, headers={"x-request-id": "r1"}),
        lambda: NOW,
    )
    assert type(error) is cls
    assert (error.status, error.request_id, error.error_code) == (status, "r1", "x_code")
    assert error.message == "nope"
    assert "r1" in str(error)


def test_auth_error_message_from_contract() -> None:
    error = error_from_response(response(401, {"error": "Invalid API key"}))
    assert isinstance(error, AuthError) and error.message == "Invalid API key"


def test_validation_field_map_shape_from_contract() -> None:
    body = {
        "error": "Validation failed",
        "error_code": "validation_failed",
        "errors": {
            "customer_name": ["can't be blank"],
            "ordervariants[0].variant_unique_id": ["not found in store"],
            "customer_phone": "is invalid",  # a bare string instead of a list
        },
    }
    error = error_from_response(response(400, body, headers={"x-request-id": "7d3f0a52c1e94b8f"}))
    assert isinstance(error, ValidationError)
    assert error.request_id == "7d3f0a52c1e94b8f" and error.error_code == "validation_failed"
    assert error.field_errors == {
        "customer_name": ["can't be blank"],
        "ordervariants[0].variant_unique_id": ["not found in store"],
        "customer_phone": ["is invalid"],
    }


def test_validation_array_shape_with_error_object() -> None:
    body = {
        "error": {"message": "Checkout is invalid", "type": "validation"},
        "errors": [
            {"severity": "error", "code": "required", "field": "customer_name", "message": "wajib"},
            {"severity": "error", "code": "too_long", "field": "notes", "message": "terlalu panjang"},
            {"severity": "error", "code": "x", "field": "notes", "message": "satu lagi"},
            {"severity": "warning", "code": "store_closed", "message": "toko tutup"},
        ],
    }
    error = error_from_response(response(422, body))
    assert isinstance(error, ValidationError) and error.status == 422
    assert error.message == "Checkout is invalid"
    assert error.field_errors == {
        "customer_name": ["wajib"],
        "notes": ["terlalu panjang", "satu lagi"],
        GENERAL_FIELD: ["toko tutup"],
    }


def test_validation_message_falls_back_to_message_field_and_nested_maps() -> None:
    body = {"message": "bad input", "errors": {"ordervariants": [{"quantity": ["must be > 0"]}]}}
    error = error_from_response(response(400, body))
    assert isinstance(error, ValidationError)
    assert error.message == "bad input"
    assert error.field_errors == {"ordervariants[0].quantity": ["must be > 0"]}


def test_error_and_message_are_combined() -> None:
    error = error_from_response(response(409, {"error": "Conflict", "message": "already paid"}))
    assert error.message == "Conflict: already paid"


def test_429_plain_text_without_headers_waits_ten_seconds() -> None:
    error = error_from_response(response(429, text="Too many requests"), lambda: NOW)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 10.0 and error.reset_at is None


def test_429_contract_example_uses_reset_header() -> None:
    headers = {
        "content-type": "text/plain",
        "X-Ratelimit-Limit": "100",
        "X-Ratelimit-Remaining": "0",
        "X-Ratelimit-Reset": "1795763760",
        "x-request-id": "rl-1",
    }
    error = error_from_response(response(429, text="Too many requests", headers=headers), lambda: NOW)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 60.0  # 60 s away: exactly the cap
    assert error.reset_at == 1795763760 and error.request_id == "rl-1"


@pytest.mark.parametrize(
    ("reset", "expected"),
    [
        (NOW + 3, 3.0),
        (NOW + 0.1, 0.5),  # clamped up: never hammer
        (NOW - 30, 0.5),  # a reset in the past (clock skew) still waits a little
        (NOW + 3600, 60.0),  # clamped down: never freeze the till
        ("garbage", 10.0),
    ],
)
def test_429_retry_after_is_clamped(reset: object, expected: float) -> None:
    headers = {"X-Ratelimit-Reset": str(reset)}
    error = error_from_response(response(429, {"error": "slow down"}, headers=headers), lambda: NOW)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == pytest.approx(expected)
    assert error.message == "slow down"


def test_5xx_with_html_body() -> None:
    error = error_from_response(
        response(502, text="<html>Bad Gateway</html>", headers={"x-request-id": "gw"})
    )
    assert isinstance(error, ServerError) and error.may_have_succeeded
    assert error.message == "Bad Gateway" and error.request_id == "gw"


def _exc(cls: type[httpx.TransportError]) -> httpx.TransportError:
    return cls("boom", request=httpx.Request("POST", "https://api.example.test/v3/orders"))


@pytest.mark.parametrize(
    ("exc_cls", "sent"),
    [
        (httpx.ConnectError, False),
        (httpx.ReadError, True),
        (httpx.WriteError, True),
        (httpx.RemoteProtocolError, True),
    ],
)
def test_network_errors_say_whether_the_request_went_out(
    exc_cls: type[httpx.TransportError], sent: bool
) -> None:
    error = error_from_transport(_exc(exc_cls), "POST", "/v3/orders")
    assert isinstance(error, NetworkError)
    assert error.request_sent is sent and error.may_have_succeeded is sent


def test_connect_timeout_is_both_network_and_timeout_and_was_not_sent() -> None:
    error = error_from_transport(_exc(httpx.ConnectTimeout), "GET", "/v3/orders")
    assert isinstance(error, ConnectTimeoutError)
    assert isinstance(error, NetworkError) and isinstance(error, ApiTimeoutError)
    assert error.request_sent is False and error.may_have_succeeded is False


@pytest.mark.parametrize(
    ("exc_cls", "sent"),
    [(httpx.ReadTimeout, True), (httpx.WriteTimeout, True), (httpx.PoolTimeout, False)],
)
def test_timeouts(exc_cls: type[httpx.TransportError], sent: bool) -> None:
    error = error_from_transport(_exc(exc_cls), "POST", "/v3/orders")
    assert type(error) is ApiTimeoutError
    assert error.request_sent is sent
