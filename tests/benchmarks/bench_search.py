"""Search keystroke → updated results over 30,000 variants (target: median under 16 ms).

Run: QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_search
Measures the whole path a keystroke takes: the search field's textChanged, the model
filter and reset, and the view laying out the visible rows.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pos_app.domain.cart import variant_item
from pos_app.domain.search import fold
from pos_app.qt_workarounds import protect_singletons_from_binding_leaks
from pos_app.ui.sale.product_pane import ProductPane

WORDS = [
    "Kopi",
    "Arabika",
    "Gayo",
    "Batik",
    "Parang",
    "Kerudung",
    "Sambal",
    "Keripik",
    "Tumbler",
    "Café",
    "Madu",
    "Teh",
    "Gula Aren",
    "Rendang",
    "Bakpia",
    "Songket",
    "Tenun",
    "Dodol",
    "Emping",
    "Kecap",
]


def catalog(n: int) -> list:
    rng = random.Random(7)
    items = []
    for i in range(n):
        name = " ".join(rng.sample(WORDS, 3)) + f" {rng.choice(['250 gr', '500 ml', 'L', 'XL', 'Merah'])}"
        sku = f"{name[:3].upper()}-{i:05d}"
        items.append(
            variant_item(
                unique_id=f"variant_{i}",
                variant_id=i,
                name=name,
                price=rng.randrange(15, 750) * 1000,
                sku=sku,
                weight=250,
                item_type="physical",
                search_text=fold(f"{name} {sku}"),
            )
        )
    return items


def main() -> None:
    app = QApplication.instance() or QApplication([])
    protect_singletons_from_binding_leaks()  # as the app does: every painted row makes Qt calls
    pane = ProductPane()
    pane.resize(700, 700)
    pane.show()
    items = catalog(30_000)
    pane.set_catalog(items, [])
    app.processEvents()
    queries = [
        "k",
        "ko",
        "kop",
        "kopi",
        "kopi g",
        "kopi ga",
        "kopi gay",
        "kopi gayo",
        "",
        "cafe",
        "caf",
        "bat",
        "batik p",
        "sam",
        "KER-0",
        "ker-01",
        "xl",
        "madu te",
        "zzz",
        "",
    ]
    timings = []
    for _round in range(5):
        for query in queries:
            start = time.perf_counter()
            pane.search.setText(query)
            pane.product_view.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    print(f"search over {len(items):,} variants, {len(timings)} keystrokes")
    print(
        f"  median {statistics.median(timings):.2f} ms  p95 {timings[int(len(timings) * 0.95)]:.2f} ms"
        f"  max {timings[-1]:.2f} ms  (target: median < 16 ms)"
    )


if __name__ == "__main__":
    main()
