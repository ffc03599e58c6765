"""The printer spec grammar (an automation contract) and its error messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.printing.errors import PrinterError, PrinterSpecError
from pos_app.printing.spec import (
    CupsSpec,
    FileSpec,
    PdfSpec,
    SerialSpec,
    SystemSpec,
    TcpSpec,
    UsbSpec,
    Win32Spec,
    format_printer_spec,
    parse_printer_spec,
)


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("tcp://192.168.1.50:9100", TcpSpec("192.168.1.50", 9100)),
        ("tcp://192.168.1.50", TcpSpec("192.168.1.50", 9100)),
        ("tcp://printer.local:9101", TcpSpec("printer.local", 9101)),
        ("tcp://[::1]:9100", TcpSpec("::1", 9100)),
        ("tcp://[fe80::1]", TcpSpec("fe80::1", 9100)),
        ("TCP://10.0.0.7:9100", TcpSpec("10.0.0.7", 9100)),
        ("  tcp://10.0.0.7:9100\n", TcpSpec("10.0.0.7", 9100)),
        ("usb://04b8:0202", UsbSpec(0x04B8, 0x0202)),
        ("usb://0x0416:0x5011", UsbSpec(0x0416, 0x5011)),
        ("usb://28E9:289", UsbSpec(0x28E9, 0x0289)),
        ("serial:///dev/ttyUSB0", SerialSpec("/dev/ttyUSB0", 9600)),
        ("serial://COM3?baudrate=115200", SerialSpec("COM3", 115200)),
        ("win32://EPSON TM-T82 Receipt", Win32Spec("EPSON TM-T82 Receipt")),
        ("cups://POS-58 (USB)", CupsSpec("POS-58 (USB)")),
        ("file:///dev/usb/lp0", FileSpec(Path("/dev/usb/lp0"))),
        ("file://C:\\Struk\\receipts.bin", FileSpec(Path("C:\\Struk\\receipts.bin"))),
        ("pdf:///home/kasir/Struk PDF", PdfSpec(Path("/home/kasir/Struk PDF"))),
        ("system://Microsoft Print to PDF", SystemSpec("Microsoft Print to PDF")),
        ("system://Kasir%20Printer", SystemSpec("Kasir%20Printer")),  # literal, never decoded
    ],
)
def test_parses(text, spec):
    assert parse_printer_spec(text) == spec


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "no scheme"),
        ("192.168.1.50:9100", "no scheme"),
        ("lpt://1", "unknown printer type"),
        ("tcp://", "nothing after"),
        ("tcp://:9100", "host name is missing"),
        ("tcp://printer:0", "port"),
        ("tcp://printer:65536", "port"),
        ("tcp://printer:91OO", "port"),
        ("tcp://printer:", "port"),
        ("tcp://printer:9100/print", "only HOST"),
        ("tcp://fe80::1:9100", "brackets"),
        ("tcp://[fe80::1]9100", ":PORT"),
        ("tcp://my printer:9100", "spaces"),
        ("usb://04b8", "VENDOR:PRODUCT"),
        ("usb://04b8:zz02", "hex"),
        ("usb://04b8:12345", "hex"),
        ("usb://0000:0202", "cannot be 0"),
        ("serial://?baudrate=9600", "needs a device"),
        ("serial://COM3?baud=9600", "only ?baudrate"),
        ("serial://COM3?baudrate=fast", "baudrate"),
        ("serial://COM3?baudrate=0", "baudrate"),
        ("win32://   ", "nothing after"),
        ("pdf://", "nothing after"),
        ("file:// ", "nothing after"),
        ("serial://  ?baudrate=9600", "needs a device"),
    ],
)
def test_malformed_specs_say_what_is_wrong(text, says):
    with pytest.raises(PrinterSpecError, match=re.escape(says)) as caught:
        parse_printer_spec(text)
    assert isinstance(caught.value, PrinterError)
    assert isinstance(caught.value, ValueError)


def test_not_text_is_a_spec_error():
    with pytest.raises(PrinterSpecError):
        parse_printer_spec(None)  # type: ignore[arg-type]


names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Cc")), min_size=1)
specs = st.one_of(
    st.builds(
        TcpSpec, st.sampled_from(["10.0.0.7", "printer.local", "::1", "fe80::1"]), st.integers(1, 65535)
    ),
    st.builds(UsbSpec, st.integers(1, 0xFFFF), st.integers(1, 0xFFFF)),
    st.builds(SerialSpec, st.sampled_from(["COM3", "/dev/ttyUSB0"]), st.integers(1, 4_000_000)),
    st.builds(Win32Spec, names),
    st.builds(CupsSpec, names),
    st.builds(SystemSpec, names),
)


@given(specs)
def test_format_and_parse_round_trip(spec):
    assert parse_printer_spec(format_printer_spec(spec)) == spec
