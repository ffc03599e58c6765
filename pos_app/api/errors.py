"""Our own error types: nothing outside ``pos_app.api`` ever sees an httpx exception.

Each error keeps the server's ``x-request-id`` for support, and none of them ever holds
the API key.
"""

from __future__ import annotations

from collections.abc import Mapping


class ApiError(Exception):
    """Base of every failure of a Scalev API call."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        error_code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id
        self.error_code = error_code

    # Whether the server may have acted on the request although we got no good answer.
    # Only matters for requests that change something (order creation).
    may_have_succeeded: bool = False

    def __str__(self) -> str:
        parts = [self.message]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return " | ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class AuthError(ApiError):
    """401: the key is missing, wrong, expired or rotated."""


class ForbiddenError(ApiError):
    """403: the key works but lacks a scope, or the business is not reachable with it."""


class NotFoundError(ApiError):
    """404: unknown or invisible resource."""


class ConflictError(ApiError):
    """409: the resource is in a state that forbids the change."""


class ValidationError(ApiError):
    """400/422 with field messages, from either the field map or the array shape."""

    def __init__(
        self,
        message: str,
        *,
        field_errors: Mapping[str, list[str]] | None = None,
        status: int | None = None,
        request_id: str | None = None,
        error_code: str | None = None,
    ) -> None:
        super().__init__(message, status=status, request_id=request_id, error_code=error_code)
        self.field_errors: dict[str, list[str]] = dict(field_errors or {})


class RateLimitedError(ApiError):
    """429: wait ``retry_after`` seconds (derived from ``X-Ratelimit-Reset``)."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float,
        reset_at: float | None = None,
        status: int | None = 429,
        request_id: str | None = None,
        error_code: str | None = None,
    ) -> None:
        super().__init__(message, status=status, request_id=request_id, error_code=error_code)
        self.retry_after = retry_after
        self.reset_at = reset_at  # Unix seconds on the server's clock (see ScalevClient.server_now)


class ServerError(ApiError):
    """5xx: the server failed; it may still have committed a write."""

    may_have_succeeded = True


class NetworkError(ApiError):
    """The server could not be reached, or the connection broke.

    ``request_sent`` is False when the connection never opened (safe to send again) and
    True when it broke after the request went out (the server may have acted on it).
    """

    def __init__(self, message: str, *, request_sent: bool, request_id: str | None = None) -> None:
        super().__init__(message, request_id=request_id)
        self.request_sent = request_sent
        self.may_have_succeeded = request_sent


class ApiTimeoutError(ApiError):
    """No answer in time. Like a broken connection after sending, the outcome is unknown."""

    def __init__(self, message: str, *, request_sent: bool = True) -> None:
        super().__init__(message)
        self.request_sent = request_sent
        self.may_have_succeeded = request_sent


class ResponseFormatError(ApiError):
    """The server answered with something we cannot read as the contract says."""
