"""Our API errors in plain words for the cashier (translated like every visible string)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ConflictError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
)


def error_message(exc: ApiError) -> str:
    if isinstance(exc, AuthError):
        return QCoreApplication.translate(
            "ErrorText", "The API key was rejected. Open Settings and enter a valid key."
        )
    if isinstance(exc, ForbiddenError):
        return QCoreApplication.translate(
            "ErrorText",
            "This API key is not allowed to do that. Ask the owner to add the missing permission.",
        )
    if isinstance(exc, RateLimitedError):
        seconds = max(1, math.ceil(exc.retry_after))
        return QCoreApplication.translate(
            "ErrorText", "Too many requests. Continuing in {seconds} s…"
        ).format(seconds=seconds)
    if isinstance(exc, NetworkError | ApiTimeoutError):
        return QCoreApplication.translate(
            "ErrorText", "The server cannot be reached. Check the internet connection."
        )
    if isinstance(exc, ServerError):
        return QCoreApplication.translate(
            "ErrorText", "The Scalev server had a problem. Please try again in a moment."
        )
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("ErrorText", "Not found on the server.")
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate(
            "ErrorText", "The server refused because the order changed in the meantime."
        )
    if isinstance(exc, ValidationError):
        details = "; ".join(f"{field}: {', '.join(msgs)}" for field, msgs in exc.field_errors.items())
        base = QCoreApplication.translate("ErrorText", "The server did not accept this.")
        return f"{base} {details}" if details else base
    return QCoreApplication.translate("ErrorText", "Something went wrong: {detail}").format(
        detail=exc.message
    )
