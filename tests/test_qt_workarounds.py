import sys

import pytest
from PySide6.QtCore import QObject, Signal

from pos_app.qt_workarounds import protect_singletons_from_binding_leaks


class Emitter(QObject):
    fired = Signal(bool)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_many_emits_cannot_exhaust_true():
    protect_singletons_from_binding_leaks()  # conftest applied it already; calling again is harmless
    emitter = Emitter()
    emitter.fired.connect(lambda _value: None)
    for _ in range(50_000):
        emitter.fired.emit(True)
    assert sys.getrefcount(True) > 1 << 39


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_many_void_calls_cannot_exhaust_none():
    emitter = Emitter()
    for _ in range(50_000):
        emitter.setObjectName("x")
    assert sys.getrefcount(None) > 1 << 39


def test_the_collector_collects_what_python_would_have_collected(qapp):
    import gc

    from pos_app.qt_workarounds import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(parent=qapp)
    was_enabled = gc.isenabled()
    collector.start()
    try:
        assert not gc.isenabled()
        junk = [[] for _ in range(gc.get_threshold()[0] * 2)]
        for item in junk:
            item.append(item)  # cycles only a collection frees
        del junk, item
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.collect()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
