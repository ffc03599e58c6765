"""Set-up python-escpos needs before its first import.

python-escpos 3.1 parses its printer database (``capabilities.json``, about 230 ms) when it
is imported and caches the result as a pickle in ``ESCPOS_CAPABILITIES_PICKLE_DIR``; unset,
that is a fresh ``mkdtemp()`` that nobody removes. Every start of the till would pay the
full parse again and leave the pickle behind in a new temporary folder. A per-user cache
folder (never a shared one: the cache is a pickle, which must not come from another user)
makes the import about three times faster. python-escpos still creates one *empty*
temporary folder per start (it evaluates the ``mkdtemp()`` default even when the variable is
set); that is its bug to fix, and an empty folder costs no space.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_cache_dir

from pos_app.settings import APP_NAME

PICKLE_DIR_VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def prepare_escpos_import() -> None:
    """Point python-escpos at our cache folder, unless someone already chose one.

    Call it before every ``import escpos``; after the first call it costs a dict lookup.
    """
    if os.environ.get(PICKLE_DIR_VARIABLE) or "escpos" in sys.modules:
        return
    folder = Path(user_cache_dir(APP_NAME, appauthor=False)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # python-escpos falls back to its temporary folder: slower, still prints
    if os.access(folder, os.W_OK):
        os.environ[PICKLE_DIR_VARIABLE] = str(folder)
