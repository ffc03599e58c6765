"""Every ESC/POS transport python-escpos gives us, and how its failures become our errors."""

from __future__ import annotations

import errno
import os
import socket
import sys
import threading
import time
from pathlib import Path

import pytest
from escpos.exceptions import DeviceNotFoundError

from pos_app.domain.receipt_layout import Paper
from pos_app.printing.errors import (
    PrinterNotFound,
    PrinterOffline,
    PrinterPermissionDenied,
    PrinterSpecError,
    PrinterUnsupported,
)
from pos_app.printing.escpos_transport import as_printer_error, send_escpos
from pos_app.printing.factory import create_printer
from pos_app.printing.spec import FileSpec, SerialSpec
from tests.helpers.escpos_reader import read_escpos
from tests.printing.samples import PUBLIC_ORDER_URL, paid_cash_receipt, unpaid_qris_receipt

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="device files and lp are POSIX")


def test_file_spec_appends_one_job_after_another(tmp_path):
    path = tmp_path / "receipts.bin"
    printer = create_printer(f"file://{path}")
    printer.print_receipt(paid_cash_receipt())
    first = path.read_bytes()
    printer.print_receipt(unpaid_qris_receipt())
    data = path.read_bytes()
    assert data.startswith(first)  # the earlier receipt is still there
    assert read_escpos(data).cuts == 2


def test_file_in_a_missing_folder_is_not_found(tmp_path):
    with pytest.raises(PrinterNotFound, match="no-such-folder"):
        create_printer(f"file://{tmp_path / 'no-such-folder' / 'r.bin'}").print_receipt(paid_cash_receipt())


@posix_only
def test_a_device_that_stops_reading_times_out(tmp_path):
    # A FIFO whose reader never reads stands in for /dev/usb/lp0 on a printer out of paper.
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        started = time.monotonic()
        with pytest.raises(PrinterOffline, match="stopped taking data"):
            send_escpos(FileSpec(fifo), b"x" * 1_000_000, timeout=0.3)
        assert time.monotonic() - started < 2.0
    finally:
        os.close(reader)


@posix_only
def test_a_device_file_that_reads_gets_every_byte(tmp_path):
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    received = bytearray()
    done = threading.Event()

    def drain():
        while not done.is_set() or len(received) < 300_000:
            try:
                chunk = os.read(reader, 65536)
            except BlockingIOError:
                time.sleep(0.001)
                continue
            received.extend(chunk)

    thread = threading.Thread(target=drain)
    thread.start()
    try:
        send_escpos(FileSpec(fifo), b"y" * 300_000, timeout=5)
    finally:
        done.set()
        thread.join(5)
        os.close(reader)
    assert bytes(received) == b"y" * 300_000


@pytest.fixture
def serial_port():
    """A pseudo-terminal: pyserial opens its far end like a USB-serial printer's port."""
    controller, device = os.openpty()
    yield controller, os.ttyname(device)
    os.close(device)
    os.close(controller)


class _Reader:
    """Reads everything arriving on ``fd`` on a thread, as the printer's end of the cable."""

    def __init__(self, fd: int) -> None:
        self.received = bytearray()
        self._fd = fd
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._drain)
        self._thread.start()

    def _drain(self) -> None:
        os.set_blocking(self._fd, False)
        while not self._done.is_set():
            try:
                self.received.extend(os.read(self._fd, 65536))
            except (BlockingIOError, OSError):
                time.sleep(0.005)

    def wait_for_end(self, end: bytes, timeout: float = 5.0) -> bytes:
        deadline = time.monotonic() + timeout
        while not self.received.endswith(end) and time.monotonic() < deadline:
            time.sleep(0.01)
        return bytes(self.received)

    def stop(self) -> None:
        self._done.set()
        self._thread.join(5)


@posix_only
def test_serial_printer_gets_the_job(serial_port):
    controller, name = serial_port
    reader = _Reader(controller)
    try:
        create_printer(f"serial://{name}?baudrate=19200", paper=Paper.MM58).print_receipt(
            paid_cash_receipt(), open_drawer=True
        )
        received = reader.wait_for_end(b"\x1dV\x00")  # the cut ends every job
    finally:
        reader.stop()
    doc = read_escpos(received)
    assert doc.qr_data == [PUBLIC_ORDER_URL]
    assert doc.drawer_pulses == [2]


@posix_only
def test_serial_printer_that_stops_taking_data_times_out(serial_port):
    _controller, name = serial_port  # nobody reads: the port's buffer fills up
    started = time.monotonic()
    with pytest.raises(PrinterOffline, match=name):
        send_escpos(SerialSpec(name), b"x" * 1_000_000, timeout=0.3)
    assert time.monotonic() - started < 2.0


def test_missing_serial_device_is_not_found(tmp_path):
    with pytest.raises(PrinterNotFound, match="ttyKASIR"):
        create_printer(f"serial://{tmp_path / 'ttyKASIR'}?baudrate=19200").print_receipt(paid_cash_receipt())


@pytest.mark.skipif(sys.platform == "win32", reason="win32:// is what Windows uses")
def test_windows_spooler_elsewhere_is_unsupported():
    with pytest.raises(PrinterUnsupported, match="Windows"):
        create_printer("win32://EPSON TM-T82").print_receipt(paid_cash_receipt())


def test_ipv6_loopback_printer():
    try:
        server = socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    with server:
        port = server.getsockname()[1]
        received = bytearray()

        def serve():
            connection, _ = server.accept()
            with connection:
                while chunk := connection.recv(65536):
                    received.extend(chunk)

        thread = threading.Thread(target=serve)
        thread.start()
        create_printer(f"tcp://[::1]:{port}").print_receipt(paid_cash_receipt())
        thread.join(5)
    assert read_escpos(bytes(received)).qr_data == [PUBLIC_ORDER_URL]


@pytest.fixture
def fake_cups(tmp_path, monkeypatch):
    """lp and lpstat as CUPS has them, with one queue; lp keeps what it is given."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    out = tmp_path / "lp-job.bin"
    args = tmp_path / "lp-args.txt"
    (bin_dir / "lpstat").write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        '  -e) echo "Kasir_POS58" ;;\n'
        '  -v) echo "device for Kasir_POS58: usb://Gainscha/POS58" ;;\n'
        '  -d) echo "system default destination: Kasir_POS58" ;;\n'
        "esac\n"
    )
    (bin_dir / "lp").write_text(f'#!/bin/sh\necho "$@" > "{args}"\ncat > "{out}"\n')
    for tool in ("lp", "lpstat"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return out, args


@posix_only
def test_cups_queue_gets_the_raw_job_through_lp(fake_cups):
    out, args = fake_cups
    create_printer("cups://Kasir_POS58").print_receipt(paid_cash_receipt(), open_drawer=True)
    assert args.read_text().split()[:2] == ["-d", "Kasir_POS58"]
    assert "-o raw" in args.read_text()
    doc = read_escpos(out.read_bytes())
    assert doc.qr_data == [PUBLIC_ORDER_URL]
    assert doc.drawer_pulses == [2]
    assert doc.cuts == 1


@posix_only
def test_unknown_cups_queue_is_not_found(fake_cups):
    with pytest.raises(PrinterNotFound, match="Kasir_POS80"):
        create_printer("cups://Kasir_POS80").print_receipt(paid_cash_receipt())


@posix_only
def test_cups_without_lp_or_pycups_is_unsupported(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterUnsupported, match="CUPS"):
        create_printer("cups://Kasir_POS58").print_receipt(paid_cash_receipt())


def _wrapped(origin: BaseException) -> DeviceNotFoundError:
    """What python-escpos raises: its own error, raised while handling the real failure."""
    error = DeviceNotFoundError("Unable to open printer")
    error.__context__ = origin
    return error


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (_wrapped(ConnectionRefusedError(errno.ECONNREFUSED, "refused")), PrinterOffline),
        (_wrapped(TimeoutError("timed out")), PrinterOffline),
        (_wrapped(OSError(errno.EHOSTUNREACH, "No route to host")), PrinterOffline),
        (_wrapped(socket.gaierror(-2, "Name or service not known")), PrinterOffline),
        (
            _wrapped(OSError(errno.EACCES, "Access denied (insufficient permissions)")),
            PrinterPermissionDenied,
        ),
        (_wrapped(PermissionError(errno.EACCES, "could not open port COM3")), PrinterPermissionDenied),
        (_wrapped(OSError(errno.ENOENT, "could not open port /dev/ttyUSB0")), PrinterNotFound),
        (_wrapped(OSError(errno.EBUSY, "Resource busy")), PrinterOffline),
        (_wrapped(AssertionError("Incorrect printer name")), PrinterNotFound),
        (DeviceNotFoundError("Device not found or cable not plugged in."), PrinterNotFound),
        (_wrapped(ValueError("Invalid baud rate: 7")), PrinterSpecError),
        (_wrapped(RuntimeError("cups connection failed")), PrinterOffline),
        (BrokenPipeError(errno.EPIPE, "Broken pipe"), PrinterOffline),
        (OSError(errno.ENODEV, "No such device (it may have been disconnected)"), PrinterNotFound),
        (RuntimeError("Printing with PyCups requires the pycups library"), PrinterUnsupported),
    ],
)
def test_library_failures_become_our_errors(failure, expected):
    error = as_printer_error(failure, "printer X")
    assert type(error) is expected
    assert str(error).startswith("printer X: ")


def test_folder_spec_path_is_literal(tmp_path):
    odd = tmp_path / "Struk 100%20 [toko]"
    odd.mkdir()
    create_printer(f"file://{odd / 'out.bin'}").print_receipt(paid_cash_receipt())
    assert Path(odd / "out.bin").stat().st_size > 0
