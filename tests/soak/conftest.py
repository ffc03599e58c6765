"""Soak set-up: survive PySide6 6.12.0's reference leak on Python 3.11 for thousands of requests.

PySide6 6.12.0 hands back ``None``/``True``/``False`` without the reference it owes (void
methods, socket-notifier toggles, timer events of the qasync loop). Python 3.12+ made
these singletons immortal; on 3.11 a soak of a few thousand requests drives their count
to zero and the interpreter aborts at exit ("Fatal Python error: none_dealloc"). Same fix
as tests/api/conftest.py: give them the spare references 3.12 gives them. It belongs in
tests/conftest.py and the app's start-up; until then each heavy test package carries it.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Iterator

import pytest


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < 1 << 39:  # once is enough, whichever conftest comes first
            refcount.value += 1 << 40


_make_singletons_immortal()


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    # Cyclic garbage of an earlier qasync loop collected by a training-server thread would
    # make Qt warn about timers stopped from another thread (a failure under
    # qt_log_level_fail): collect here, on the main thread, and not during the test.
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()
