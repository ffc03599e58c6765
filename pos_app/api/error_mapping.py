"""Turn HTTP failures into ``pos_app.api.errors`` types.

Nothing here may put the API key into a message: messages are built from the status,
the server's error text and the request id only, never from headers or the request.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ConflictError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    ValidationError,
)

REQUEST_ID_HEADER = "x-request-id"
RESET_HEADER = "x-ratelimit-reset"

# Bounds for a 429 wait: never hammer the server, never freeze the till for long.
MIN_RETRY_AFTER = 0.5
MAX_RETRY_AFTER = 60.0
DEFAULT_RETRY_AFTER = 10.0

# Key under which messages that name no field are kept in ``field_errors``.
GENERAL_FIELD = ""

# A reset below this is not a Unix time (that would be 2001); read it as seconds-to-wait.
_EPOCH_FLOOR = 1_000_000_000


class ConnectTimeoutError(NetworkError, ApiTimeoutError):
    """The connection could not be opened in time: the request never went out.

    Both a network failure ("offline") and a timeout, so handlers written against either
    class catch it; ``request_sent`` is always False.
    """

    def __init__(self, message: str) -> None:
        ApiError.__init__(self, message)
        self.request_sent = False
        self.may_have_succeeded = False


def request_id_of(response: httpx.Response) -> str | None:
    return response.headers.get(REQUEST_ID_HEADER) or None


def retry_after_from(
    headers: httpx.Headers, now: Callable[[], float] = time.time
) -> tuple[float, float | None]:
    """Seconds to wait and the reset moment (Unix seconds) from a 429's headers."""
    reset_at: float | None = None
    raw = headers.get(RESET_HEADER)
    wait: float | None = None
    if raw is not None:
        try:
            value = float(raw.strip())
        except ValueError:
            value = None
        if value is not None and value == value:  # not NaN
            if value >= _EPOCH_FLOOR:
                reset_at = value
                wait = value - now()
            else:
                wait = value
                reset_at = now() + value
    if wait is None:
        wait = _retry_after_header(headers)
    if wait is None:
        wait = DEFAULT_RETRY_AFTER
    return min(max(wait, MIN_RETRY_AFTER), MAX_RETRY_AFTER), reset_at


def _retry_after_header(headers: httpx.Headers) -> float | None:
    # Not promised by the contract, but standard; only used when the reset header is absent.
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return float(raw.strip())
    except ValueError:
        return None


def _json_body(response: httpx.Response) -> Mapping[str, Any] | None:
    # Error bodies may be text/plain (429) or HTML from a proxy (5xx): never required.
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, Mapping) else None


def _message_of(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        for key in ("message", "detail", "error", "description"):
            found = _message_of(value.get(key))
            if found:
                return found
    return None


def field_errors_from(body: Mapping[str, Any]) -> dict[str, list[str]]:
    """Field messages from either documented shape of ``errors`` (contract §3.5)."""
    out: dict[str, list[str]] = {}
    errors = body.get("errors")
    if isinstance(errors, Mapping):
        _collect_map(errors, "", out)
    elif isinstance(errors, list):
        for item in errors:
            if isinstance(item, Mapping):
                field = item.get("field")
                message = _message_of(item.get("message")) or _message_of(item.get("code"))
                key = field if isinstance(field, str) else GENERAL_FIELD
                if message:
                    out.setdefault(key, []).append(message)
            elif isinstance(item, str) and item:
                out.setdefault(GENERAL_FIELD, []).append(item)
    # ``error`` may itself be an object; a map of fields inside it is read the same way.
    error = body.get("error")
    if not out and isinstance(error, Mapping) and _message_of(error) is None:
        _collect_map(error, "", out)
    return out


def _collect_map(value: Mapping[str, Any], prefix: str, out: dict[str, list[str]]) -> None:
    for key, messages in value.items():
        field = f"{prefix}.{key}" if prefix else str(key)
        _collect_value(messages, field, out)


def _collect_value(value: object, field: str, out: dict[str, list[str]]) -> None:
    if isinstance(value, str):
        if value:
            out.setdefault(field, []).append(value)
    elif isinstance(value, Mapping):
        _collect_map(value, field, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            # Nested line errors arrive as a list of per-line maps: name them field[i].sub.
            _collect_value(item, f"{field}[{index}]" if isinstance(item, Mapping) else field, out)


def error_from_response(
    response: httpx.Response, now: Callable[[], float] = time.time
) -> ApiError:
    """The error for a non-2xx response (the body must already be read)."""
    status = response.status_code
    request_id = request_id_of(response)
    body = _json_body(response) or {}
    error_code = body.get("error_code") if isinstance(body.get("error_code"), str) else None
    message = _message_of(body.get("error")) or _message_of(body.get("message"))
    detail = _message_of(body.get("message"))
    if message and detail and detail != message:
        message = f"{message}: {detail}"
    message = message or response.reason_phrase or f"HTTP {status}"
    common: dict[str, Any] = {"status": status, "request_id": request_id, "error_code": error_code}

    if status == 401:
        return AuthError(message, **common)
    if status == 403:
        return ForbiddenError(message, **common)
    if status == 404:
        return NotFoundError(message, **common)
    if status == 409:
        return ConflictError(message, **common)
    if status in (400, 422):
        return ValidationError(message, field_errors=field_errors_from(body), **common)
    if status == 429:
        retry_after, reset_at = retry_after_from(response.headers, now)
        return RateLimitedError(message, retry_after=retry_after, reset_at=reset_at, **common)
    if status >= 500:
        return ServerError(message, **common)
    return ApiError(message, **common)


def format_error(response: httpx.Response, what: str) -> ResponseFormatError:
    return ResponseFormatError(
        f"unreadable response: {what}",
        status=response.status_code,
        request_id=request_id_of(response),
    )


def error_from_transport(exc: httpx.TransportError, method: str, path: str) -> ApiError:
    """Map an httpx transport failure; ``request_sent`` says if the server may have acted."""
    where = f"{method} {path}"
    name = type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return ConnectTimeoutError(f"could not connect in time ({where})")
    if isinstance(exc, httpx.PoolTimeout):
        # Waiting for a free connection: nothing was sent yet.
        return ApiTimeoutError(f"no free connection in time ({where})", request_sent=False)
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"no answer in time ({name}, {where})", request_sent=True)
    if isinstance(exc, httpx.ConnectError | httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return NetworkError(f"could not connect ({where})", request_sent=False)
    if isinstance(exc, httpx.ProxyError):
        return NetworkError(f"proxy failed ({where})", request_sent=False)
    # ReadError, WriteError, RemoteProtocolError, CloseError and anything new: the request
    # may have reached the server, so the outcome is unknown.
    return NetworkError(f"connection broke ({name}, {where})", request_sent=True)
