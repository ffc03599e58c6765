"""The shift core stays plain Python: no Qt and no HTTP, so it runs under any screen or none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "pos_app.domain.shift",
    "pos_app.domain.business_day",
    "pos_app.domain.sales_report",
    "pos_app.domain.report_export",
    "pos_app.storage.shift_book",
]


def test_shift_modules_import_neither_qt_nor_httpx():
    # A fresh interpreter: this test process has Qt loaded already by conftest.
    forbidden = ("PySide6", "shiboken6", "httpx", "qasync")
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""
