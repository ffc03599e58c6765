"""Receipt rendering: what a sale waits for before the first byte goes to the printer.

Run: QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_receipt
Measures, for 58 and 80 mm and a 3-line and a 40-line receipt: building the Receipt and its
layout, the ESC/POS bytes (python-escpos Dummy), the PDF (QPdfWriter) and the 203-dpi image;
one print to a loopback network printer; and the one-time cost of importing python-escpos.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pos_app.domain.receipt import Receipt, ReceiptItem
from pos_app.domain.receipt_layout import Paper, layout_receipt, layout_test_slip
from pos_app.printing.escpos_render import render_escpos
from pos_app.printing.factory import create_printer
from pos_app.printing.pdf_printer import render_slip_pdf
from pos_app.printing.slip_painter import render_slip_image
from pos_app.qt_workarounds import protect_singletons_from_binding_leaks
from tests.helpers.fake_printer import FakePrinter
from tests.printing.samples import paid_cash_receipt


def timings_ms(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm-up: caches, fonts, first allocation
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def report(what: str, times: list[float]) -> None:
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"  {what:<44} median {statistics.median(times):7.2f} ms  p95 {p95:7.2f} ms  ({len(times)} runs)")


def large_receipt() -> Receipt:
    items = tuple(
        ReceiptItem(
            name=f"Kopi Arabika Gayo Wine Process {n} – Biji Utuh 250 gr",
            quantity=n % 5 + 1,
            unit_price=85_000,
        )
        for n in range(40)
    )
    total = sum(item.total for item in items) - 26_500 + 18_000
    return replace(paid_cash_receipt(), items=items, total=total, cash_tendered=total)


def bench_paper(template: Receipt, paper: Paper) -> None:
    def build_and_lay_out():
        # What the sale flow does per receipt: a new frozen value from explicit fields.
        return layout_receipt(replace(template, items=list(template.items)), paper.columns)

    report("build Receipt + layout", timings_ms(build_and_lay_out, 2000))
    report(
        "build + layout + ESC/POS bytes",
        timings_ms(lambda: render_escpos(build_and_lay_out(), open_drawer=True), 500),
    )
    layout = layout_receipt(template, paper.columns)
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
    for label, template in (("3 lines", paid_cash_receipt()), ("40 lines", large_receipt())):
        for paper in Paper:
            print(f"{label}, {paper.value} mm ({paper.columns} columns)")
            bench_paper(template, paper)
    with FakePrinter() as printer:
        network = create_printer(printer.spec, paper=Paper.MM58)
        receipt = paid_cash_receipt()
        print("print to a loopback network printer (58 mm, 3 lines)")
        report("render + connect + send + close", timings_ms(lambda: network.print_receipt(receipt), 200))


if __name__ == "__main__":
    main()
