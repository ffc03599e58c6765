"""What this build of the app found for printing receipts: Qt print support, serial, USB, escpos.

``--smoke-test`` prints these lines first, so a frozen bundle that lost a Qt plugin, a module
or escpos's printer profiles says so on the build runner rather than at a shop's first receipt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class PrintingSupportMissing(RuntimeError):
    """A part receipts cannot do without (QtPrintSupport, pyserial, python-escpos) is missing."""


def _printsupport_plugin(filename: str) -> str:
    """'libcupsprintersupport.so' -> 'cups'."""
    stem = filename.split(".")[0].removeprefix("lib")
    return stem.removesuffix("printersupport") or stem


def printsupport_plugins(library_paths: list[str] | None = None) -> list[str]:
    """The print-support plugins Qt can load (Qt's plugin folders, as the running app sees them)."""
    paths = QCoreApplication.libraryPaths() if library_paths is None else library_paths
    names = set()
    for folder in paths:
        plugins = Path(folder) / "printsupport"
        if plugins.is_dir():
            names |= {_printsupport_plugin(p.name) for p in plugins.iterdir() if p.is_file()}
    return sorted(names)


def printsupport_line() -> str:
    try:
        from PySide6 import QtPrintSupport  # noqa: F401  (the import is the check)
    except ImportError as exc:
        raise PrintingSupportMissing(f"QtPrintSupport cannot be imported: {exc}") from exc
    plugins = printsupport_plugins()
    if plugins:
        return "printsupport: " + ", ".join(plugins)
    # Qt 6 builds Windows printing into QtPrintSupport and macOS printing into the cocoa
    # platform plugin; only Linux (CUPS) has a separate plugin.
    return "printsupport: " + ("native" if sys.platform in ("win32", "darwin") else "none")


def serial_line() -> str:
    try:
        import serial
        from serial.tools import list_ports
    except ImportError as exc:
        raise PrintingSupportMissing(f"pyserial cannot be imported: {exc}") from exc
    return f"serial: pyserial {serial.__version__}, {len(list_ports.comports())} port(s)"


def usb_line() -> str:
    """pyusb and whether a libusb library was found (USB printers need it on macOS and Linux)."""
    try:
        import usb
        import usb.backend.libusb1
    except ImportError:
        return "usb: pyusb missing"
    found = usb.backend.libusb1.get_backend() is not None
    return f"usb: pyusb {usb.__version__}, libusb {'found' if found else 'not found'}"


def escpos_line() -> str:
    try:
        import escpos
        from escpos import printer
        from escpos.capabilities import CAPABILITIES
    except Exception as exc:  # its printer profiles are read at import: any error counts
        raise PrintingSupportMissing(f"python-escpos cannot be imported: {exc!r}") from exc
    profiles = len(CAPABILITIES.get("profiles", {}))
    if profiles < 2:  # escpos falls back to one "BrokenDefault" profile without capabilities.json
        raise PrintingSupportMissing("python-escpos has no printer profiles (capabilities.json)")
    connections = {
        "usb": printer.Usb,
        "serial": printer.Serial,
        "network": printer.Network,
        "win32raw": printer.Win32Raw,
        "cups": printer.CupsPrinter,
    }
    usable = [name for name, kind in connections.items() if kind.is_usable()]
    return f"escpos: {escpos.__version__} ({', '.join(usable)}), {profiles} printer profiles"


def printing_support_lines() -> list[str]:
    """One line per part; raises PrintingSupportMissing when receipts could not be printed."""
    return [printsupport_line(), serial_line(), usb_line(), escpos_line()]
