"""Loading a big catalog from the training server: stalls, first page, total, memory.

Run: QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_catalog_load [products]

The training server runs in its own process so it does not share the GIL with the app.
A 5 ms heartbeat timer measures the longest stretch the event loop could not run
(target: never longer than 50 ms). Resident memory is read once the whole catalog
(about 30,000 variants for 12,000 products) is in the models and thumbnails are on screen.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pos_app.app import AppConfig, create_main_window
from pos_app.qt_workarounds import (
    MainThreadGarbageCollector,
    favour_the_gui_thread,
    protect_singletons_from_binding_leaks,
)

KEY = "sk_bench"


def resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(products: int) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pos_app.sandbox",
            "--port",
            "0",
            "--api-key",
            KEY,
            "--catalog-size",
            str(products),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    for line in server.stdout:
        found = re.search(r"(http://127\.0\.0\.1:\d+)", line)
        if found:
            return server, found.group(1)
    raise RuntimeError("the training server did not start")


class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


async def measure(base_url: str, data_dir: Path) -> None:
    window = await create_main_window(AppConfig(base_url=base_url, api_key=KEY, data_dir=data_dir))
    window.resize(1280, 800)
    window.show()
    MainThreadGarbageCollector.settle_startup()  # as pos-app does
    pane = window.product_pane
    while not window.store_pane.model.stores():
        await asyncio.sleep(0.01)
    store_id = window.store_pane.model.stores()[0].id
    heartbeat = Heartbeat()
    await asyncio.sleep(0.2)
    heartbeat.start()
    started = time.perf_counter()
    window.store_pane.list.setCurrentIndex(
        window.store_pane.model.index(window.store_pane.model.row_of(store_id))
    )
    while pane.products.total_count == 0:
        await asyncio.sleep(0.001)
    first_page = time.perf_counter() - started
    await asyncio.sleep(0.05)
    while pane.progress.isVisible():
        await asyncio.sleep(0.01)
    total = time.perf_counter() - started
    longest_stall = heartbeat.longest  # the load (and its cache save) is over here
    await asyncio.sleep(1.0)  # thumbnails of the visible rows arrive
    window.grab()
    print(f"catalog: {pane.products.total_count:,} variants, {pane.bundles.total_count:,} bundle options")
    print(f"  first page on screen after {first_page * 1000:.0f} ms, whole catalog after {total:.1f} s")
    print(f"  longest event-loop stall while loading: {longest_stall * 1000:.1f} ms (target: <= 50 ms)")
    print(f"  resident memory with the catalog loaded and thumbnails on screen: {resident_mib():.0f} MiB")
    window.close()
    await window.app_context.aclose()


def main() -> None:
    products = int(sys.argv[1]) if len(sys.argv) > 1 else 12_000
    protect_singletons_from_binding_leaks()
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    MainThreadGarbageCollector(parent=app).start()  # as pos-app does
    favour_the_gui_thread()
    server, base_url = start_server(products)
    try:
        with (
            tempfile.TemporaryDirectory() as tmp,
            asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as r,
        ):
            r.run(measure(base_url, Path(tmp)))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
