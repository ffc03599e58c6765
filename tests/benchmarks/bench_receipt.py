"""Receipt rendering: what a sale waits for before the first byte goes to the printer.

Run: QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_receipt
Measures, for 58 and 80 mm and a 3-line and a 40-line sale: building the Receipt as the app
does (ReceiptDesk.build from the journal entry and the server's order), its layout, the
ESC/POS bytes (python-escpos Dummy), the PDF (QPdfWriter) and the 203-dpi image; one print
to a loopback network printer; and the one-time cost of importing python-escpos.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pos_app.api.models import Order
from pos_app.domain.receipt_layout import Paper, layout_receipt, layout_test_slip
from pos_app.printing.escpos_render import render_escpos
from pos_app.printing.factory import create_printer
from pos_app.printing.pdf_printer import render_slip_pdf
from pos_app.printing.slip_painter import render_slip_image
from pos_app.qt_workarounds import protect_singletons_from_binding_leaks
from pos_app.services.receipts import ReceiptDesk, ReceiptSettings
from pos_app.storage.journal import Journal, JournalEntry
from pos_app.ui.payment.labels import payment_label_in
from tests.helpers.fake_printer import FakePrinter
from tests.helpers.sales import begin_sale
from tests.printing.samples import ITEMS, PAYMENT_URL, PUBLIC_ORDER_URL, paid_cash_receipt

DISCOUNT, SHIPPING = 26_500, 18_000
Line = tuple[str, int, int]


def timings_ms(
    action: Callable[[], object], runs: int, between: Callable[[int], object] = lambda _: None
) -> list[float]:
    """``between(n)`` runs untimed after the n-th run (1 is the warm-up)."""
    action()  # warm-up: caches, fonts, first allocation
    between(1)
    times = []
    for run in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
        between(run + 2)
    return sorted(times)


def report(what: str, times: list[float]) -> None:
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"  {what:<44} median {statistics.median(times):7.2f} ms  p95 {p95:7.2f} ms  ({len(times)} runs)")


def small_sale() -> tuple[Line, ...]:
    return tuple((item.name, item.quantity, item.unit_price) for item in ITEMS)


def large_sale() -> tuple[Line, ...]:
    return tuple(
        (f"Kopi Arabika Gayo Wine Process {n} – Biji Utuh 250 gr", n % 5 + 1, 85_000) for n in range(40)
    )


def paid_cash_sale(journal: Journal, lines: tuple[Line, ...]) -> tuple[JournalEntry, Order]:
    """A cash sale that ships, as the journal and the server hold it once it is done."""
    total = sum(quantity * price for _name, quantity, price in lines) - DISCOUNT + SHIPPING
    tendered = -(-total // 50_000) * 50_000  # rounded up to a note the customer hands over
    entry = begin_sale(
        journal,
        total=total,
        payload={"payment_method": "no_payment", "shipping_cost": SHIPPING},
        discount=DISCOUNT,
        tendered=tendered,
        change=tendered - total,
        lines=lines,
    )
    order = Order(
        id=f"0190-{entry.seq:04d}",
        order_id=f"261127KQWZ{entry.seq:03d}",
        status="confirmed",
        payment_status="paid",
        payment_method="no_payment",
        public_order_url=PUBLIC_ORDER_URL,
        payment_url=PAYMENT_URL,
        gross_revenue=total,
        shipping_cost=SHIPPING,
        created_at=datetime(2026, 11, 27, 7, 5, tzinfo=UTC),
        courier_name="JNE",
        courier_service_name="Reguler",
        destination_district="Kebayoran Baru",
        destination_city="Jakarta Selatan",
    )
    return journal.mark_confirmed(entry.receipt, order), order


def bench_paper(desk: ReceiptDesk, entry: JournalEntry, order: Order, paper: Paper) -> None:
    def build():
        # What the sale flow does per receipt: journal entry + server order -> Receipt.
        return desk.build(entry, order)

    def build_and_lay_out():
        return layout_receipt(build(), paper.columns)

    report("ReceiptDesk.build (entry + order)", timings_ms(build, 2000))
    report("build + layout", timings_ms(build_and_lay_out, 2000))
    report(
        "build + layout + ESC/POS bytes",
        timings_ms(lambda: render_escpos(build_and_lay_out(), open_drawer=True), 500),
    )
    layout = build_and_lay_out()
    report("PDF (600 dpi, in memory)", timings_ms(lambda: render_slip_pdf(layout, paper), 100))
    report("image (203 dpi)", timings_ms(lambda: render_slip_image(layout, paper), 100))


def main() -> None:
    # As the app does at start: PySide6 6.12 on Python 3.11 leaks references to None, and the
    # many void painter calls of a few hundred PDFs would otherwise exhaust it.
    protect_singletons_from_binding_leaks()
    QApplication.instance() or QApplication([])
    started = time.perf_counter()
    render_escpos(layout_test_slip(32))  # python-escpos is imported here, as at a till's first print
    first_ms = (time.perf_counter() - started) * 1000
    print(f"first ESC/POS slip of a run, python-escpos import included: {first_ms:.0f} ms")
    sample = paid_cash_receipt()
    with (
        tempfile.TemporaryDirectory() as folder,
        Journal(Path(folder) / "journal.sqlite3", "KASIR-01") as journal,
    ):
        desk = ReceiptDesk(journal, method_name=payment_label_in)
        desk.settings = ReceiptSettings(header=sample.header, footer=sample.footer)
        sales = {
            "3 lines": paid_cash_sale(journal, small_sale()),
            "40 lines": paid_cash_sale(journal, large_sale()),
        }
        for label, (entry, order) in sales.items():
            for paper in Paper:
                print(f"{label}, {paper.value} mm ({paper.columns} columns)")
                bench_paper(desk, entry, order, paper)
        with FakePrinter() as printer:
            network = create_printer(printer.spec, paper=Paper.MM58)
            entry, order = sales["3 lines"]
            print("print to a loopback network printer (58 mm, 3 lines)")
            report(
                "build + render + connect + send + close",
                # One slip after the other, as at a till: the next starts once the printer has
                # the last (back to back, the one-connection printer's full listen queue drops
                # the next connect and the kernel retries it a second later).
                timings_ms(
                    lambda: network.print_receipt(desk.build(entry, order)), 200, printer.wait_for_jobs
                ),
            )


if __name__ == "__main__":
    main()
