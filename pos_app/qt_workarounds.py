"""Work-arounds for bugs in the Qt bindings we pin, each with the check that proves it is needed.

PySide6 6.12.0 on Python 3.11 loses references to two singletons:
- every ``SignalInstance.emit()`` called from Python hands back ``True`` without the
  reference it owes;
- every Qt call that returns nothing (``setText``, ``update``, …) hands back ``None``
  the same way;
- the qasync loop's timer events and socket-notifier toggles lose ``None``/``True``/
  ``False`` references too.
Each call lowers the singleton's reference count by one; a busy cashier window reaches
zero within minutes and the interpreter aborts ("bool_dealloc" / "none_dealloc"). On
Python 3.12+ both are immortal and nothing happens. The fix measures each leak on
throw-away objects and, only where it is there, gives the singleton so many spare
references (2**40) that no session can use them up.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

_SPARE_REFERENCES = 1 << 40
_PROBE_CALLS = 8
_protected: set[int] = set()


class _Probe(QObject):
    fired = Signal()


def _leaks(singleton: object, call: Callable[[], object]) -> bool:
    before = sys.getrefcount(singleton)
    for _ in range(_PROBE_CALLS):
        call()
    return sys.getrefcount(singleton) <= before - _PROBE_CALLS


def emit_leaks_true() -> bool:
    probe = _Probe()
    return _leaks(True, probe.fired.emit)


def void_call_leaks_none() -> bool:
    probe = _Probe()
    return _leaks(None, lambda: probe.setObjectName("probe"))


def protect_singletons_from_binding_leaks() -> bool:
    """Apply the fix once where this PySide6/Python pair needs it; says whether it did.

    Both probes look for the leak; where either finds it, ``False`` is protected too,
    because the qasync loop's timers and socket notifiers lose references to all three.
    """
    if sys.version_info >= (3, 12) or _protected:
        return False
    if not (emit_leaks_true() or void_call_leaks_none()):
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE_REFERENCES
        _protected.add(id(singleton))
    return True


class MainThreadGarbageCollector(QObject):
    """Collects reference cycles on the GUI thread only.

    Python runs its cycle collector in whichever thread happens to allocate, and a Qt
    object freed from another thread (an HTTP or training-server thread) aborts with
    "Timers cannot be stopped from another thread". Anki solves it the same way:
    automatic collection off, and a timer that collects on the GUI thread whichever
    generation Python itself would have collected by now, so a full (slow) collection
    is as rare as it would be without the timer.
    """

    def __init__(self, interval_ms: int = 1_000, parent: QObject | None = None) -> None:
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
    def settle_startup() -> None:
        """Exempt what start-up built (modules, classes, the window) from later full passes.

        Those objects live until the till closes, yet every full collection walked them
        again: about 60 ms on a 2-core till, which a catalog load or a scan then waits for.
        Called once the window is shown; what is freed later by reference counting is
        still freed, only cycles among these objects would outlive their use.
        """
        gc.collect()
        gc.freeze()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


# Python hands the GIL to a waiting thread only every 5 ms by default. A worker thread
# busy with Python code (saving or reading the catalog cache, building an HTTP client)
# then makes the GUI thread wait up to 5 ms at each of the many points an event pass
# re-takes the GIL, and the window stalls for 50 ms and more. 1 ms keeps it smooth.
GUI_SWITCH_INTERVAL_S = 0.001


def favour_the_gui_thread() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
