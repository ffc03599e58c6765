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


def printer_error_message(exc: Exception) -> str:
    """A printer problem in the cashier's words; the sale itself is never affected."""
    from pos_app.printing.errors import (
        PrinterNotFound,
        PrinterOffline,
        PrinterPermissionDenied,
        PrinterSpecError,
        PrinterUnsupported,
    )
    from pos_app.services.receipts import NoPrinter

    if isinstance(exc, NoPrinter):
        return QCoreApplication.translate(
            "PrinterErrors", "No receipt printer is set up: open Settings (F10)."
        )
    if isinstance(exc, PrinterOffline):
        return QCoreApplication.translate(
            "PrinterErrors", "The printer is offline: check its power, paper and cable."
        )
    if isinstance(exc, PrinterNotFound):
        return QCoreApplication.translate(
            "PrinterErrors", "The printer was not found: check the USB cable or the printer name in Settings."
        )
    if isinstance(exc, PrinterPermissionDenied):
        return QCoreApplication.translate(
            "PrinterErrors", "Kasir may not use the printer (permission denied). Ask the owner to allow it."
        )
    if isinstance(exc, PrinterUnsupported):
        return QCoreApplication.translate(
            "PrinterErrors", "This kind of printer cannot be used on this computer."
        )
    if isinstance(exc, PrinterSpecError):
        return QCoreApplication.translate(
            "PrinterErrors", "The printer address in Settings is not valid."
        )
    return QCoreApplication.translate(
        "PrinterErrors", "The receipt could not be printed: {detail}"
    ).format(detail=str(exc))
