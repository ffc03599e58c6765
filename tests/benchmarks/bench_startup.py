"""Start to interactive window with a cached catalog, against a bare PySide6 window.

Run: QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_startup [runs]

Each start is a fresh process, timed from launch until it prints "ready": for the bare
window, once a QMainWindow is shown and the event loop turned; for Kasir, once the real
window (composition root, store list, cached catalog of the last store in the product
view) is shown and the event loop turned. The training server runs in this process, so
the child pays only for what a cashier's start pays for. Target: Kasir at most 1.5x bare.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pos_app.sandbox import TrainingServer

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

KASIR = """
import asyncio, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import qasync
from pos_app.app import AppConfig, create_main_window
from pos_app.credentials import MemoryCredentialStore
from pos_app.qt_workarounds import protect_singletons_from_binding_leaks

async def main():
    base_url, key, data_dir, store_id = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    config = AppConfig(base_url=base_url, api_key=key, data_dir=data_dir, default_store_id=store_id)
    window = await create_main_window(config, credentials=MemoryCredentialStore())
    window.show()
    while window.product_pane.products.total_count == 0:
        await asyncio.sleep(0.001)
    await asyncio.sleep(0)
    print("ready", flush=True)
    window.close()
    await window.app_context.aclose()

protect_singletons_from_binding_leaks()
app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
    runner.run(main())
"""


def time_start(script: str, *args: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"the child never became ready (exit {process.wait()})")
    process.wait()
    return elapsed


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with TrainingServer(api_key="sk_bench") as server, tempfile.TemporaryDirectory() as tmp:
        store_id = server.data.stores[0].id
        args = (server.base_url, "sk_bench", tmp, str(store_id))
        time_start(KASIR, *args)  # first start fills the catalog cache
        assert any(Path(tmp).glob("catalog.sqlite3*"))
        bare = [time_start(BARE) for _ in range(runs)]
        kasir = [time_start(KASIR, *args) for _ in range(runs)]
    b, k = statistics.median(bare), statistics.median(kasir)
    print(f"start to interactive window, median of {runs} fresh processes")
    print(f"  bare PySide6 window:              {b * 1000:.0f} ms")
    print(f"  Kasir with a cached catalog:      {k * 1000:.0f} ms  ({k / b:.2f}x bare; target <= 1.5x)")


if __name__ == "__main__":
    main()
