"""Work-arounds for bugs in the Qt bindings we pin, each with the check that proves it is needed.

PySide6 6.12.0: every ``SignalInstance.emit()`` called from Python hands back ``True``
without the reference it owes, so each emit lowers the reference count of ``True`` by
one. On Python 3.12+ ``True`` is immortal and nothing happens; on Python 3.11 a busy
cashier window reaches zero after some thousand emits and the interpreter aborts with
"bool_dealloc: deallocating True or False". The fix measures the leak on a throw-away
signal and, only when it is there, gives ``True`` enough spare references that it can
never run out (2**40 emits).
"""

from __future__ import annotations

import ctypes
import gc
import sys

from PySide6.QtCore import QObject, QTimer, Signal

_SPARE_REFERENCES = 1 << 40
_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def protect_true_from_emit_leak() -> bool:
    """Apply the fix once if this PySide6/Python pair needs it; says whether it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not emit_leaks_true():
        return False
    ctypes.c_ssize_t.from_address(id(True)).value += _SPARE_REFERENCES
    _applied = True
    return True


class MainThreadGarbageCollector(QObject):
    """Collects reference cycles on the GUI thread only.

    Python runs its cycle collector in whichever thread happens to allocate, and a Qt
    object freed from another thread (an HTTP or training-server thread) aborts with
    "Timers cannot be stopped from another thread". Anki solves it the same way:
    automatic collection off, a timer collecting on the GUI thread instead.
    """

    def __init__(self, interval_ms: int = 5_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    @staticmethod
    def collect() -> None:
        gc.collect()
