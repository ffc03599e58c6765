"""python-escpos caches its printer database where the tests can find it again, not in the
user's cache folder and not in a new temporary folder per run (see printing.escpos_setup)."""

from __future__ import annotations

import os
from pathlib import Path

from pos_app.printing.escpos_setup import PICKLE_DIR_VARIABLE

_CACHE = Path(__file__).resolve().parents[2] / ".pytest_cache" / "escpos-capabilities"
if not os.environ.get(PICKLE_DIR_VARIABLE):
    _CACHE.mkdir(parents=True, exist_ok=True)
    os.environ[PICKLE_DIR_VARIABLE] = str(_CACHE)
