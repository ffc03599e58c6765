"""The printer spec string: one line that says where receipts go.

The grammar is an automation contract (kiosk provisioning writes it), so it is exact::

    tcp://HOST[:PORT]            ESC/POS over TCP, port 9100 by default; IPv6 as [::1]:9100
    usb://VID:PID                ESC/POS over USB, vendor and product id in hex (04b8:0202)
    serial://DEVICE[?baudrate=N] ESC/POS over a serial port (/dev/ttyUSB0, COM3), 9600 baud default
    win32://PRINTER NAME         raw ESC/POS through the Windows spooler
    cups://PRINTER NAME          raw ESC/POS through a CUPS queue (macOS, Linux)
    file://PATH                  raw ESC/POS bytes appended to a file or device file
    pdf://DIR                    one PDF per receipt in DIR, named by receipt number
    system://PRINTER NAME        the operating system's printer driver (QtPrintSupport)

Everything after ``://`` is taken literally (no %-decoding), so printer names and Windows
paths need no escaping. The scheme is matched case-insensitively.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pos_app.printing.errors import PrinterSpecError

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600


@dataclass(frozen=True, slots=True)
class TcpSpec:
    host: str
    port: int = DEFAULT_TCP_PORT


@dataclass(frozen=True, slots=True)
class UsbSpec:
    vendor_id: int
    product_id: int


@dataclass(frozen=True, slots=True)
class SerialSpec:
    device: str
    baudrate: int = DEFAULT_BAUDRATE


@dataclass(frozen=True, slots=True)
class Win32Spec:
    printer_name: str


@dataclass(frozen=True, slots=True)
class CupsSpec:
    printer_name: str


@dataclass(frozen=True, slots=True)
class FileSpec:
    path: Path


@dataclass(frozen=True, slots=True)
class PdfSpec:
    directory: Path


@dataclass(frozen=True, slots=True)
class SystemSpec:
    printer_name: str


EscposSpec = TcpSpec | UsbSpec | SerialSpec | Win32Spec | CupsSpec | FileSpec
PrinterSpec = EscposSpec | PdfSpec | SystemSpec


def parse_printer_spec(text: str) -> PrinterSpec:
    """The typed spec for ``text``; raises :class:`PrinterSpecError` saying what is wrong."""
    if not isinstance(text, str):
        raise PrinterSpecError(f"a printer spec is text, got {type(text).__name__}")
    # Surrounding white space is a copy-and-paste accident, never part of a name.
    stripped = text.strip()
    scheme, separator, rest = stripped.partition("://")
    if not separator:
        raise PrinterSpecError(f"printer spec {text!r} has no scheme; expected e.g. tcp://192.168.1.50:9100")
    parser = _PARSERS.get(scheme.lower())
    if parser is None:
        known = ", ".join(f"{name}://" for name in _PARSERS)
        raise PrinterSpecError(f"unknown printer type {scheme!r} in {text!r}; expected one of {known}")
    if not rest:
        raise PrinterSpecError(f"printer spec {text!r} says nothing after {scheme}://")
    return parser(rest, stripped)


def format_printer_spec(spec: PrinterSpec) -> str:
    """The spec string for ``spec``: ``parse_printer_spec(format_printer_spec(s)) == s``."""
    match spec:
        case TcpSpec(host, port):
            return f"tcp://{f'[{host}]' if ':' in host else host}:{port}"
        case UsbSpec(vendor_id, product_id):
            return f"usb://{vendor_id:04x}:{product_id:04x}"
        case SerialSpec(device, baudrate):
            return f"serial://{device}?baudrate={baudrate}"
        case Win32Spec(name):
            return f"win32://{name}"
        case CupsSpec(name):
            return f"cups://{name}"
        case FileSpec(path):
            return f"file://{path}"
        case PdfSpec(directory):
            return f"pdf://{directory}"
        case SystemSpec(name):
            return f"system://{name}"
    raise TypeError(f"not a printer spec: {spec!r}")


def _parse_tcp(rest: str, text: str) -> TcpSpec:
    if "/" in rest or "?" in rest or "@" in rest:
        raise PrinterSpecError(f"{text!r}: tcp:// takes only HOST or HOST:PORT")
    if rest.startswith("["):
        host, bracket, tail = rest[1:].partition("]")
        if not bracket or ":" not in host:
            raise PrinterSpecError(f"{text!r}: an IPv6 address is written [address]:port")
        if tail and not tail.startswith(":"):
            raise PrinterSpecError(f"{text!r}: expected :PORT after the IPv6 address")
        port_text = tail[1:] if tail else None
    elif rest.count(":") > 1:
        raise PrinterSpecError(f"{text!r}: write an IPv6 address in brackets, e.g. tcp://[fe80::1]:9100")
    else:
        host, colon, port_text = rest.partition(":")
        port_text = port_text if colon else None
    if not host or any(char.isspace() for char in host):
        raise PrinterSpecError(f"{text!r}: the host name is missing or has spaces")
    if port_text is None:
        return TcpSpec(host)
    return TcpSpec(host, _number(port_text, "port", text, low=1, high=65535))


def _parse_usb(rest: str, text: str) -> UsbSpec:
    vendor, colon, product = rest.partition(":")
    if not colon:
        raise PrinterSpecError(f"{text!r}: usb:// takes VENDOR:PRODUCT in hex, e.g. usb://04b8:0202")
    # Zero would make the USB search match any device: the receipt would go to a stranger.
    return UsbSpec(_hex_id(vendor, "vendor", text), _hex_id(product, "product", text))


def _hex_id(value: str, what: str, text: str) -> int:
    digits = value.lower().removeprefix("0x")
    if not 1 <= len(digits) <= 4 or any(char not in "0123456789abcdef" for char in digits):
        raise PrinterSpecError(f"{text!r}: the USB {what} id {value!r} is not 1-4 hex digits")
    number = int(digits, 16)
    if number == 0:
        raise PrinterSpecError(f"{text!r}: the USB {what} id cannot be 0")
    return number


def _parse_serial(rest: str, text: str) -> SerialSpec:
    device, question, query = rest.partition("?")
    if not device.strip():
        raise PrinterSpecError(
            f"{text!r}: serial:// needs a device, e.g. serial:///dev/ttyUSB0 or serial://COM3"
        )
    if not question:
        return SerialSpec(device)
    key, equals, value = query.partition("=")
    if key != "baudrate" or not equals:
        # An unknown option is refused: a typo must not silently print at the wrong speed.
        raise PrinterSpecError(f"{text!r}: serial:// takes only ?baudrate=N")
    return SerialSpec(device, _number(value, "baudrate", text, low=1, high=4_000_000))


def _number(value: str, what: str, text: str, *, low: int, high: int) -> int:
    if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
        raise PrinterSpecError(f"{text!r}: the {what} {value!r} is not a number from {low} to {high}")
    return int(value)


_PARSERS = {
    "tcp": _parse_tcp,
    "usb": _parse_usb,
    "serial": _parse_serial,
    # The whole spec was stripped and ``rest`` is not empty, so a name is never blank here.
    "win32": lambda rest, _text: Win32Spec(rest),
    "cups": lambda rest, _text: CupsSpec(rest),
    "file": lambda rest, _text: FileSpec(Path(rest)),
    "pdf": lambda rest, _text: PdfSpec(Path(rest)),
    "system": lambda rest, _text: SystemSpec(rest),
}
