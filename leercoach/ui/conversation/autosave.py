"""Debounced saving: every edit is written within half a second, without a save button.

Edits are collected per key (one answer, the summary, the private note); only the
latest value of a key is written. A single-shot timer flushes them shortly after
typing pauses, and at the latest ``MAX_WAIT_MS`` after the first unsaved keystroke,
however steadily someone types. ``flush()`` writes everything at once when the card
changes or the window closes, so a crash or kill loses at most the last moment of typing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from leercoach.store import ReadOnlyError

DEBOUNCE_MS = 400
# The README's promise: nothing typed waits longer than this to be written.
MAX_WAIT_MS = 500
RETRY_MS = 3000


class Timer(Protocol):
    """What the autosaver needs of a single-shot timer (a QTimer, or a test's fake)."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...


# Given the function to call when the timer runs out, make the timer.
TimerFactory = Callable[[Callable[[], object]], Timer]


class Autosaver(QObject):
    pendingChanged = Signal(bool)
    # key, error, and whether the write is retried (False: given up, it can never succeed).
    failed = Signal(str, Exception, bool)

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = DEBOUNCE_MS,
        *,
        max_wait_ms: int = MAX_WAIT_MS,
        timer: TimerFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        self._delay_ms = delay_ms
        self._max_wait_ms = max_wait_ms
        self._clock = clock
        # When the oldest unsaved edit was made (clock seconds); None when all is saved.
        self._unsaved_since: float | None = None
        self._retrying = False
        self.last_error: Exception | None = None
        self._timer = (timer or self._qt_timer)(self.flush)

    def _qt_timer(self, callback: Callable[[], object]) -> Timer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        # A coarse timer may fire 5 % late; the half second is a promise.
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(callback)
        return timer

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: str, write: Callable[[], object]) -> None:
        was_idle = not self._pending
        self._pending[key] = write
        if self._retrying:
            # Failing writes are retried on their own rhythm, with the newest values.
            return
        now = self._clock()
        if self._unsaved_since is None:
            self._unsaved_since = now
        waited_ms = (now - self._unsaved_since) * 1000
        self._timer.start(max(0, min(self._delay_ms, round(self._max_wait_ms - waited_ms))))
        if was_idle:
            self.pendingChanged.emit(True)

    def discard(self) -> None:
        """Give up what is pending (the person chose to leave it unsaved)."""
        self._timer.stop()
        self._pending.clear()
        self._retrying = False
        self._unsaved_since = None
        self.pendingChanged.emit(False)

    def flush(self) -> bool:
        """Write everything pending now; True when nothing is left pending.

        A failed write is kept (newest value) and retried, never dropped, except one the
        store refuses because the conversation is a completed record: retrying could
        never succeed, so that one is reported once and given up.
        """
        self._timer.stop()
        failed: dict[str, Callable[[], object]] = {}
        while self._pending:
            key = next(iter(self._pending))
            write = self._pending.pop(key)
            try:
                write()
            except ReadOnlyError as error:
                self.failed.emit(key, error, False)
            except Exception as error:  # noqa: BLE001 - reported; the others still save
                failed[key] = write
                self.last_error = error
                self.failed.emit(key, error, True)
        if failed:
            # A newer edit of the same key, made meanwhile, wins over the failed one.
            self._pending = {**failed, **self._pending}
            self._retrying = True
            self._timer.start(RETRY_MS)
            return False
        self._retrying = False
        self._unsaved_since = None
        self.last_error = None
        self.pendingChanged.emit(False)
        return True
