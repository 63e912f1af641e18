"""A read that the window should not wait for, off the UI thread and without a dialog.

The work runs in a thread of its own on a connection of its own (``store.sibling()``),
as the background check does (``ui/integrity.py``); its result comes back on the UI
thread, to a callback of a widget, unless that widget is gone by then. A failure is
told as the long operations tell it (``ui.operations.tell``): an expected error as its
sentence, a bug to the crash dialog; a read has nothing to undo.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from leercoach.store import Store

_WAITING: set[_Carrier] = set()  # held here until delivered: the thread emits on them


class _Carrier(QObject):
    arrived = Signal(object)
    went_wrong = Signal(object)

    def __init__(self, owner: QObject, done: Callable[[Any], None]) -> None:
        super().__init__()  # no parent: it outlives its owner until the thread is done
        self._owner = owner
        self._done = done
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.went_wrong.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        _WAITING.discard(self)
        if shiboken6.isValid(self._owner):
            self._done(result)

    @Slot(object)
    def _fail(self, error: object) -> None:
        _WAITING.discard(self)
        if isinstance(error, BaseException) and shiboken6.isValid(self._owner):
            from leercoach.ui.operations import tell

            owner = self._owner
            tell(owner if isinstance(owner, QWidget) else None, error)


def read_in_background(
    store: Store, work: Callable[[Store], Any], owner: QObject, done: Callable[[Any], None]
) -> None:
    """Run ``work`` on a sibling of ``store``; ``done(result)`` on the UI thread after."""
    carrier = _Carrier(owner, done)
    _WAITING.add(carrier)

    def run() -> None:
        try:
            with store.sibling() as own:
                result = work(own)
        except Exception as error:  # noqa: BLE001 - shown on the UI thread
            carrier.went_wrong.emit(error)
        else:
            carrier.arrived.emit(result)

    threading.Thread(target=run, name="background-read", daemon=True).start()
