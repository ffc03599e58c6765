"""Shared test set-up: headless Qt, a keyring that never touches the OS, the qasync loop."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

# Before anything imports Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.pop("SCALEV_API_KEY", None)

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from pos_app.languages import current_language, install_language
from pos_app.qt_workarounds import protect_singletons_from_binding_leaks

protect_singletons_from_binding_leaks()
# Cycles are collected between tests on this (the GUI) thread, never by chance on a
# training-server thread, where freeing a Qt object aborts (see MainThreadGarbageCollector).
gc.disable()


def _qt_loop():
    app = QApplication.instance() or QApplication([])
    # Closing a test's window must not stop the loop the test is still running on.
    app.setQuitOnLastWindowClosed(False)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config, item):
    # Every @pytest.mark.asyncio test runs on the Qt event loop, as the app does.
    return {"qt": _qt_loop}


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """Tests read English source texts; one that switches language must not leak it."""
    yield
    app = QApplication.instance()
    if app is not None and current_language(app) != "en":
        install_language(app, "en")


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled into a temporary folder: tests read today's
    translations, whether or not the (git-ignored) ones in the package were built."""
    out = tmp_path_factory.mktemp("qm")
    for ts in (Path(__file__).resolve().parents[1] / "resources" / "i18n").glob("kasir_*.ts"):
        subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)
    return out


@pytest.fixture
def switch_language(qm_dir: Path) -> Iterator[Callable[[str], None]]:
    app = QApplication.instance() or QApplication([])
    yield lambda code: install_language(app, code, qm_dir)
    install_language(app, "en", qm_dir)  # other tests read English texts
