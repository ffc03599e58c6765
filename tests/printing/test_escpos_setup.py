"""python-escpos's printer database is cached per user, not in a new temporary folder per start."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pos_app.printing.escpos_setup import PICKLE_DIR_VARIABLE

ROOT = Path(__file__).resolve().parents[2]
RENDER = (
    "from pos_app.domain.receipt_layout import layout_test_slip;"
    "from pos_app.printing.escpos_render import render_escpos;"
    "assert render_escpos(layout_test_slip(32))"
)


def _run(env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-c", RENDER], check=True, cwd=ROOT, env=env, timeout=60)


def _temporary_folders() -> set[Path]:
    return {entry for entry in Path(tempfile.gettempdir()).iterdir() if entry.name.startswith("tmp")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CACHE_HOME is the Linux cache folder")
def test_printer_database_goes_to_the_users_cache_folder(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != PICKLE_DIR_VARIABLE}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    before = _temporary_folders()
    _run(env)
    _run(env)  # the second start reads the cache
    assert [path.name for path in (tmp_path / "Kasir" / "escpos").iterdir()] == [
        f"{sys.version.split()[0]}.capabilities.pickle"
    ]
    # python-escpos still makes an empty temporary folder at import; the pickle is not in it.
    for folder in _temporary_folders() - before:
        assert not any(folder.glob("*.capabilities.pickle")), folder


def test_a_folder_chosen_by_the_environment_wins(tmp_path):
    env = dict(os.environ, **{PICKLE_DIR_VARIABLE: str(tmp_path)})
    _run(env)
    assert [path.name.endswith(".capabilities.pickle") for path in tmp_path.iterdir()] == [True]


def test_choosing_a_printer_loads_no_printer_library():
    # The app builds its printer at start; python-escpos and QtPrintSupport wait for a print.
    code = (
        "import sys;"
        "from pos_app.printing.factory import create_printer;"
        "from pos_app.printing.print_queue import PrintQueue;"
        "PrintQueue(create_printer('tcp://127.0.0.1:9100')).close();"
        "loaded = [m for m in sys.modules if m.startswith(('escpos', 'PySide6.QtPrintSupport'))];"
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)
