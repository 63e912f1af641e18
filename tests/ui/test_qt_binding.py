"""Guards against binding bugs that would crash leercoach long after their cause."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signals_do_not_corrupt_refcounts() -> None:
    # PySide6 6.12.0 dropped a reference to True on every Signal(bool) emission to a
    # Python slot; after a few hundred toggles the interpreter aborted (bool_dealloc).
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.flag.emit(True)
    received.clear()
    # Extra references are harmless (caches); missing ones are the bug.
    assert sys.getrefcount(True) >= before
