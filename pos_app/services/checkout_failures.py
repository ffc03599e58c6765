"""What a failed ``create_order`` says about the order, and the words the journal keeps of it."""

from __future__ import annotations

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ForbiddenError,
    NetworkError,
    RateLimitedError,
    ResponseFormatError,
)


def may_have_succeeded(exc: ApiError) -> bool:
    if exc.may_have_succeeded:
        return True
    # A 2xx we could not read most likely created the order; a 408 may have been
    # processed before the proxy gave up.
    return isinstance(exc, ResponseFormatError) or exc.status == 408


def refused_unread(exc: ApiError) -> bool:
    """Errors that prove the server did not act on the request."""
    if isinstance(exc, NetworkError | ApiTimeoutError):
        return not exc.request_sent
    return isinstance(exc, AuthError | ForbiddenError | RateLimitedError)


def unsent_reason(exc: ApiError) -> str:
    if isinstance(exc, AuthError):
        return "not sent: API key refused"
    if isinstance(exc, ForbiddenError):
        return "not sent: not allowed for this key"
    if isinstance(exc, RateLimitedError):
        return f"not sent: rate limited (retry in {exc.retry_after:.0f} s)"
    return "not sent: offline"


def reason(exc: ApiError) -> str:
    return exc.message or type(exc).__name__


def describe(exc: ApiError | None) -> str:
    return "" if exc is None else f"{type(exc).__name__}: {exc}"
