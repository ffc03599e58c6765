"""Our printer errors. python-escpos and OS exceptions are turned into these at the boundary,
so the UI maps a handful of types to the cashier's language and never sees a library's."""

from __future__ import annotations

import errno


class PrinterError(Exception):
    """Printing failed; the message says where and why, for the log and 'copy details'."""


class PrinterOffline(PrinterError):
    """The printer did not answer: refused, timed out, unreachable, switched off, out of paper."""


class PrinterNotFound(PrinterError):
    """No such printer here: unknown USB device, printer name or serial device, missing folder."""


class PrinterPermissionDenied(PrinterError):
    """The printer exists but this user may not use it (USB or serial device rights, folder)."""


class PrinterSpecError(PrinterError, ValueError):
    """The printer spec string is malformed; raised before anything is opened."""


class PrinterUnsupported(PrinterError):
    """This kind of printer cannot be used on this computer (win32:// off Windows, cups:// on
    Windows, a missing USB library)."""


_NOT_FOUND_ERRNOS = frozenset({errno.ENOENT, errno.ENODEV, errno.ENXIO})
_PERMISSION_ERRNOS = frozenset({errno.EACCES, errno.EPERM})


def error_from_os(error: OSError, where: str) -> PrinterError:
    """Our error for an OS-level failure at ``where`` (a host, device or path).

    Also used for pyusb's ``USBError`` and pyserial's ``SerialException``, which are
    ``OSError`` subclasses carrying the OS error number.
    """
    detail = f"{where}: {error}"
    if isinstance(error, PermissionError) or error.errno in _PERMISSION_ERRNOS:
        return PrinterPermissionDenied(detail)
    if isinstance(error, FileNotFoundError) or error.errno in _NOT_FOUND_ERRNOS:
        return PrinterNotFound(detail)
    # Refused, timed out, unreachable, name not resolved, reset, busy: nobody is answering.
    return PrinterOffline(detail)
