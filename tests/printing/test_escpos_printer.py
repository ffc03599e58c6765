"""ESC/POS receipts to a printer on loopback TCP, read back the way the printer reads them."""

from __future__ import annotations

import asyncio
import time

import pytest

from pos_app.domain.receipt_layout import Paper, slip_text
from pos_app.printing.errors import PrinterOffline
from pos_app.printing.factory import create_printer
from pos_app.printing.print_queue import PrintQueue
from tests.helpers.escpos_reader import read_escpos
from tests.helpers.fake_printer import FakePrinter, UnansweringPort
from tests.printing.samples import PAYMENT_URL, PUBLIC_ORDER_URL, paid_cash_receipt, unpaid_qris_receipt

DOUBLE_HEIGHT = 0x10  # ESC ! bit 4


@pytest.fixture
def fake_printer():
    with FakePrinter() as printer:
        yield printer


@pytest.mark.asyncio
@pytest.mark.parametrize("paper", list(Paper))
async def test_paid_receipt_reaches_the_printer_with_qr_cut_and_drawer(fake_printer, paper):
    receipt = paid_cash_receipt()
    queue = PrintQueue(create_printer(fake_printer.spec, paper=paper))
    try:
        await queue.print(receipt, open_drawer=True)
    finally:
        queue.close()
    (job,) = fake_printer.wait_for_jobs(1)
    doc = read_escpos(job)

    flowing = " ".join(doc.text.split())  # wrapped names read as one line again
    assert "261127KQWZTRB" in flowing
    assert "KASIR-01-000123" in flowing
    for item in receipt.items:
        assert slip_text(item.name) in flowing
    assert max(len(line) for line in doc.lines) == paper.columns
    total_lines = [line for line in doc.styled_lines("mode", DOUBLE_HEIGHT) if line.startswith("TOTAL")]
    assert total_lines == ["TOTAL".ljust(paper.columns - len("Rp 818.000")) + "Rp 818.000"]
    assert doc.qr_data == [PUBLIC_ORDER_URL]
    assert doc.index("qr_store") < doc.index("qr_print") < doc.index("cut")
    assert doc.events[-1][0] == "cut"
    assert doc.drawer_pulses == [2]


@pytest.mark.asyncio
async def test_unpaid_slip_carries_the_payment_link_and_never_opens_the_drawer(fake_printer):
    queue = PrintQueue(create_printer(fake_printer.spec, paper=Paper.MM58))
    try:
        # Asked to open the drawer, but nothing was paid in cash.
        await queue.print(unpaid_qris_receipt(), open_drawer=True)
    finally:
        queue.close()
    doc = read_escpos(fake_printer.wait_for_jobs(1)[0])
    assert doc.qr_data == [PAYMENT_URL]
    assert doc.drawer_pulses == []
    assert doc.cuts == 1
    assert "BELUM LUNAS" in doc.text


def test_a_reprint_keeps_the_drawer_shut(fake_printer):
    create_printer(fake_printer.spec).print_receipt(paid_cash_receipt(), open_drawer=False)
    doc = read_escpos(fake_printer.wait_for_jobs(1)[0])
    assert doc.drawer_pulses == []
    assert doc.qr_data == [PUBLIC_ORDER_URL]


def test_english_slip_on_the_printer(fake_printer):
    create_printer(fake_printer.spec, language="en").print_receipt(unpaid_qris_receipt())
    text = read_escpos(fake_printer.wait_for_jobs(1)[0]).text
    assert "UNPAID" in text and "Service fee" in text and "Order No." in text


def test_test_print_shows_the_ruler_and_a_qr(fake_printer):
    create_printer(fake_printer.spec, paper=Paper.MM58).test_print()
    doc = read_escpos(fake_printer.wait_for_jobs(1)[0])
    assert "12345678901234567890123456789012" in doc.lines
    assert len(doc.qr_data) == 1
    assert doc.cuts == 1


@pytest.mark.asyncio
async def test_printer_off_then_back_on(fake_printer):
    queue = PrintQueue(create_printer(fake_printer.spec, timeout=2.0))
    try:
        fake_printer.stop()
        started = time.monotonic()
        with pytest.raises(PrinterOffline, match=f"127.0.0.1:{fake_printer.port}"):
            await queue.print(paid_cash_receipt())
        assert time.monotonic() - started < 2.0  # refused at once, well within the timeout
        assert fake_printer.jobs == []

        fake_printer.start()
        await queue.print(paid_cash_receipt())
    finally:
        queue.close()
    (job,) = fake_printer.wait_for_jobs(1)
    assert read_escpos(job).qr_data == [PUBLIC_ORDER_URL]


@pytest.mark.asyncio
async def test_a_hanging_printer_times_out_without_stalling_the_event_loop():
    with UnansweringPort() as port:
        queue = PrintQueue(create_printer(port.spec, timeout=0.5))
        gaps: list[float] = []

        async def heartbeat():
            last = time.monotonic()
            while True:
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now

        beating = asyncio.ensure_future(heartbeat())
        started = time.monotonic()
        try:
            with pytest.raises(PrinterOffline, match="timed out"):
                await queue.print(paid_cash_receipt())
        finally:
            beating.cancel()
            queue.close()
        elapsed = time.monotonic() - started
    assert 0.4 < elapsed < 2.0
    assert len(gaps) > 10
    assert max(gaps) < 0.2  # the loop kept running while the print thread waited


@pytest.mark.asyncio
async def test_jobs_never_interleave_on_the_printer(fake_printer):
    queue = PrintQueue(create_printer(fake_printer.spec, paper=Paper.MM58))
    receipts = [paid_cash_receipt(receipt_number=f"KASIR-01-00012{n}") for n in range(5)]
    try:
        await asyncio.gather(*(queue.print(receipt) for receipt in receipts))
    finally:
        queue.close()
    jobs = fake_printer.wait_for_jobs(5)
    numbers = []
    for job in jobs:
        doc = read_escpos(job)
        assert doc.cuts == 1 and doc.events[-1][0] == "cut"
        numbers += [line.split()[-1] for line in doc.lines if line.startswith("No. Struk")]
    assert numbers == [receipt.receipt_number for receipt in receipts]


@pytest.mark.asyncio
async def test_a_new_printer_takes_the_next_jobs(fake_printer):
    with FakePrinter() as other:
        queue = PrintQueue(create_printer(fake_printer.spec))
        try:
            await queue.print(paid_cash_receipt())
            queue.set_printer(create_printer(other.spec))
            await queue.test_print()
        finally:
            queue.close()
        assert len(other.wait_for_jobs(1)) == 1
    assert len(fake_printer.wait_for_jobs(1)) == 1
