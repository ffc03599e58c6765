import sys

import pytest
from PySide6.QtCore import QObject, Signal

from pos_app.qt_workarounds import protect_true_from_emit_leak


class Emitter(QObject):
    fired = Signal(bool)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_many_emits_cannot_exhaust_true():
    protect_true_from_emit_leak()  # conftest applied it already; calling again is harmless
    emitter = Emitter()
    emitter.fired.connect(lambda _value: None)
    for _ in range(50_000):
        emitter.fired.emit(True)
    assert sys.getrefcount(True) > 1 << 39
