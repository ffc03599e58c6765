"""Deliver ready ESC/POS bytes to a printer through python-escpos's device classes.

Every device call has a deadline (the socket, USB and serial timeouts), so a printer that is
off, unplugged or out of paper fails the job in seconds instead of holding the print thread.
Library and OS exceptions become our errors here and nowhere else.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos_app.printing.errors import (
    PrinterError,
    PrinterNotFound,
    PrinterOffline,
    PrinterSpecError,
    PrinterUnsupported,
    error_from_os,
)
from pos_app.printing.escpos_setup import prepare_escpos_import
from pos_app.printing.receipt_printer import DEFAULT_TIMEOUT_S
from pos_app.printing.spec import CupsSpec, EscposSpec, FileSpec, SerialSpec, TcpSpec, UsbSpec, Win32Spec

if TYPE_CHECKING:
    from escpos.escpos import Escpos

JOB_NAME = "Kasir receipt"


def send_escpos(spec: EscposSpec, data: bytes, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Send ``data`` to the printer ``spec`` names; raises :class:`PrinterError` subclasses."""
    where = describe(spec)
    if isinstance(spec, FileSpec):
        _append_to_file(spec.path, data, timeout, where)
        return
    try:
        printer = _device(spec, timeout, where)
    except Exception as exc:
        raise as_printer_error(exc, where) from exc
    try:
        _open(printer, spec, timeout)
        # python-escpos has no public call for ready bytes; _raw is what each device class
        # implements to deliver them, and what its own commands end in.
        printer._raw(data)
        if isinstance(spec, SerialSpec):
            _drain_serial(printer.device, timeout, where)
    except Exception as exc:
        _close_quietly(printer, spec)
        raise as_printer_error(exc, where) from exc
    try:
        # Spooler back-ends (Windows, CUPS, lp) hand the job over only when it is closed.
        printer.close()
    except Exception as exc:
        raise as_printer_error(exc, where) from exc


def describe(spec: EscposSpec) -> str:
    match spec:
        case TcpSpec(host, port):
            return f"network printer {host}:{port}"
        case UsbSpec(vendor, product):
            return f"USB printer {vendor:04x}:{product:04x}"
        case SerialSpec(device, baudrate):
            return f"serial printer {device} ({baudrate} baud)"
        case Win32Spec(name) | CupsSpec(name):
            return f"printer {name!r}"
        case FileSpec(path):
            return f"file {path}"
    raise TypeError(f"not an ESC/POS printer spec: {spec!r}")


def _device(spec: EscposSpec, timeout: float, where: str) -> Escpos:
    """The python-escpos class for ``spec``, not yet connected."""
    prepare_escpos_import()
    from escpos import printer as escpos_printer

    match spec:
        case TcpSpec(host, port):
            return escpos_printer.Network(host, port, timeout=timeout)
        case UsbSpec(vendor, product):
            _require(escpos_printer.Usb, where, "the pyusb package")
            # pyusb counts its timeout in milliseconds; 0 would mean wait forever.
            return escpos_printer.Usb(vendor, product, timeout=max(1, round(timeout * 1000)))
        case SerialSpec(device, baudrate):
            _require(escpos_printer.Serial, where, "the pyserial package")
            return escpos_printer.Serial(device, baudrate, timeout=timeout)
        case Win32Spec(name):
            _require(escpos_printer.Win32Raw, where, "Windows (pywin32)")
            return escpos_printer.Win32Raw(name)
        case CupsSpec(name):
            if escpos_printer.CupsPrinter.is_usable():
                return escpos_printer.CupsPrinter(name)
            # pycups has no wheels; the lp command ships with every CUPS (macOS, Linux).
            if escpos_printer.LP.is_usable() and shutil.which("lp") and shutil.which("lpstat"):
                return escpos_printer.LP(name)
            raise PrinterUnsupported(f"{where}: needs CUPS (pycups or the lp command)")
    raise TypeError(f"not an ESC/POS printer spec: {spec!r}")


def _require(device_class: type[Escpos], where: str, what: str) -> None:
    if not device_class.is_usable():  # type: ignore[attr-defined]
        raise PrinterUnsupported(f"{where}: needs {what}")


def _open(printer: Escpos, spec: EscposSpec, timeout: float) -> None:
    if isinstance(spec, TcpSpec):
        # Connected here and handed to python-escpos's Network: its own open() (3.1) is
        # IPv4-only and drops the socket unclosed when the connection fails.
        printer.device = socket.create_connection((spec.host, spec.port), timeout=timeout)
    elif isinstance(spec, Win32Spec | CupsSpec):
        printer.open(job_name=JOB_NAME)  # type: ignore[call-arg]
    else:
        printer.open()
    if isinstance(spec, SerialSpec):
        # python-escpos sets only the read timeout; without a write timeout a printer that
        # holds flow control (off, out of paper) would block the write for ever.
        printer.device.write_timeout = timeout  # type: ignore[union-attr]


def _drain_serial(port: Any, timeout: float, where: str) -> None:
    """Wait until the port has passed the job on, within ``timeout``.

    python-escpos's close() drains the port without a deadline (and the OS may wait half a
    minute on close), so a printer holding flow control would hold the print thread. What it
    has not taken by the deadline is discarded and the job fails instead.
    """
    deadline = time.monotonic() + timeout
    while port.out_waiting:
        if time.monotonic() > deadline:
            port.reset_output_buffer()
            raise PrinterOffline(f"{where}: did not take the job within {timeout} s")
        time.sleep(0.01)


def as_printer_error(exc: BaseException, where: str) -> PrinterError:
    """Our error for whatever python-escpos or the OS raised while printing to ``where``."""
    from escpos.exceptions import DeviceNotFoundError

    if isinstance(exc, PrinterError):
        return exc
    if _is_missing_usb_backend(exc):
        return PrinterUnsupported(f"{where}: no USB library (libusb) is installed")
    if isinstance(exc, DeviceNotFoundError):
        # python-escpos wraps the real failure; its context says what actually happened.
        origin = exc.__cause__ or exc.__context__
        if isinstance(origin, OSError):
            return error_from_os(origin, where)
        if origin is None or isinstance(origin, AssertionError):
            return PrinterNotFound(f"{where}: {exc}")  # "Incorrect printer name", no such USB id
        if isinstance(origin, ValueError):
            return PrinterSpecError(f"{where}: {origin}")  # e.g. a baud rate the port refuses
        return PrinterOffline(f"{where}: {exc}")
    if isinstance(exc, OSError):
        return error_from_os(exc, where)
    if isinstance(exc, RuntimeError) and "requires" in str(exc):
        return PrinterUnsupported(f"{where}: {exc}")  # python-escpos's missing-dependency guard
    # pywintypes.error, cups.IPPError and the like: the spooler refused the job.
    return PrinterOffline(f"{where}: {type(exc).__name__}: {exc}")


def _is_missing_usb_backend(exc: BaseException) -> bool:
    try:
        from usb.core import NoBackendError
    except ImportError:
        return False
    return isinstance(exc, NoBackendError)


def _close_quietly(printer: Escpos, spec: EscposSpec) -> None:
    # The error that made us close is the one worth reporting.
    with contextlib.suppress(Exception):
        if isinstance(spec, SerialSpec) and printer._device:
            # What the printer did not take is dropped, or close() would wait to drain it.
            printer._device.reset_output_buffer()  # type: ignore[union-attr]
        printer.close()


def _append_to_file(path: Path, data: bytes, timeout: float, where: str) -> None:
    # Not python-escpos's File printer: it opens with "wb" and would erase the receipts
    # already in the file, where the spec promises to append.
    try:
        if _is_device(path):
            _write_device(path, data, timeout, where)
        else:
            with path.open("ab") as handle:
                handle.write(data)
    except OSError as exc:
        raise error_from_os(exc, where) from exc


def _is_device(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _write_device(path: Path, data: bytes, timeout: float, where: str) -> None:
    """Write to a device file (``/dev/usb/lp0``) with a deadline: a printer that is out of
    paper stops reading, and a plain blocking write would then never return."""
    if sys.platform == "win32":
        with path.open("ab") as handle:
            handle.write(data)
        return
    deadline = time.monotonic() + timeout
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK)
    try:
        pending = memoryview(data)
        while pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PrinterOffline(
                    f"{where}: stopped taking data ({len(pending)} bytes left after {timeout} s)"
                )
            _, writable, _ = select.select([], [fd], [], remaining)
            if writable:
                try:
                    pending = pending[os.write(fd, pending) :]
                except BlockingIOError:
                    continue
    finally:
        os.close(fd)
