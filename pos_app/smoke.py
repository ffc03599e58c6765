"""``pos-app --smoke-test``: one real sale through the real composition root, then exit.

Run on every frozen build: a missing Qt plugin, keyring backend or data file shows up
here as a non-zero exit with the reason, instead of on a cashier's counter.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

import keyring
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from pos_app.app import create_main_window
from pos_app.app_log import LOG_FILE, default_log_dir
from pos_app.config import AppConfig
from pos_app.ui.common.qr_widget import QrWidget

SMOKE_TIMEOUT_S = 60.0
# Personal data the run hands to the app; the log must never hold it (the test reads the file).
SMOKE_PHONE = "0812-3456-7890"
SMOKE_EMAIL = "uji.coba@example.co.id"


async def _until(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def _sell_once(app: QApplication, data_dir: Path) -> str:
    from pos_app.sandbox import TrainingServer

    started = time.monotonic()
    with TrainingServer(api_key="sk_smoke") as server:
        config = AppConfig(base_url=server.base_url, api_key="sk_smoke", data_dir=data_dir, training=True)
        window = await create_main_window(config)
        try:
            # A sale needs an open shift; the smoke test opens one, as a cashier would.
            window.app_context.shifts.open_shift("Smoke test", 0)
            window.show()
            store = next(s for s in server.data.stores if "qris" in s.payment_methods)
            await _until(lambda: window.store_pane.model.row_of(store.id) is not None, "the store list")
            row = window.store_pane.model.row_of(store.id)
            window.store_pane.list.setCurrentIndex(window.store_pane.model.index(row))
            pane = window.product_pane
            await _until(lambda: pane.products.total_count > 0, "the first catalog page")
            digital = next(i for i in pane.products.all_items() if not i.is_physical)
            pane.scan.setText(digital.sku)
            pane.scan.returnPressed.emit()
            window.customer_form.name.setText("Uji Coba")
            window.customer_form.phone.setText(SMOKE_PHONE)
            await _until(lambda: window.customer_form.payment_method() != "", "payment methods")
            order = await window.controller.checkout()
            if order is None:
                raise RuntimeError(f"checkout failed: {window.notice.text()}")
            qr = window.payment_view.findChild(QrWidget, "paymentQr")
            if qr is None:
                raise RuntimeError("no payment QR on the payment screen")
            if qr.data() != order.payment_url or qr.grab().isNull():
                raise RuntimeError("the payment QR was not rendered")
        finally:
            window.close()
            await window.app_context.aclose()
    return f"order {order.order_id} created and its QR rendered in {time.monotonic() - started:.2f} s"


async def run_smoke_test(app: QApplication) -> int:
    # Receipt printing: Qt print support, pyserial and python-escpos must be in the bundle.
    from pos_app.printing_support import PrintingSupportMissing, printing_support_lines

    try:
        for line in printing_support_lines():
            print(line)
    except PrintingSupportMissing as exc:
        print(f"smoke test: FAILED: {exc}", file=sys.stderr)
        return 1
    backend = keyring.get_keyring()
    print(f"qt: {qVersion()}")
    print(f"platform: {app.platformName()}")
    print(f"keyring: {type(backend).__module__}.{type(backend).__name__}")
    try:
        with tempfile.TemporaryDirectory(prefix="kasir-smoke-") as tmp:
            async with asyncio.timeout(SMOKE_TIMEOUT_S):
                summary = await _sell_once(app, Path(tmp))
    except Exception as exc:
        print(f"smoke test: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(summary)
    # An uncaught error must reach the log with its traceback, scrubbed: raise one on purpose.
    try:
        raise RuntimeError(f"deliberate smoke-test error for {SMOKE_PHONE} <{SMOKE_EMAIL}>")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    # The shipped app has no console: its log file is what support reads after a crash.
    log_file = default_log_dir() / LOG_FILE
    print(f"log: {log_file}")
    if not log_file.is_file() or log_file.stat().st_size == 0:
        print(f"smoke test: FAILED: no log file at {log_file}", file=sys.stderr)
        return 1
    text = log_file.read_text(encoding="utf-8", errors="replace")
    if "deliberate smoke-test error" not in text or "Traceback" not in text:
        print(f"smoke test: FAILED: the deliberate error is not in {log_file}", file=sys.stderr)
        return 1
    if any(secret in text for secret in (SMOKE_PHONE, SMOKE_EMAIL, "sk_smoke")):
        print(f"smoke test: FAILED: a key, phone or email is in {log_file}", file=sys.stderr)
        return 1
    print("smoke test: ok")
    return 0
