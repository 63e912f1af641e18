"""Debounced saving: each edit is written within a second, without a save button.

Edits are collected per key (one answer, the summary, the private note); only the
latest value of a key is written. A single-shot timer flushes them shortly after
typing pauses, and ``flush()`` writes everything at once when the card changes or
the window closes, so a crash or kill loses at most the last moment of typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

DEBOUNCE_MS = 400
RETRY_MS = 3000


class Autosaver(QObject):
    pendingChanged = Signal(bool)
    failed = Signal(str, Exception)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        self._delay_ms = delay_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: str, write: Callable[[], object]) -> None:
        was_idle = not self._pending
        self._pending[key] = write
        self._timer.start(self._delay_ms)
        if was_idle:
            self.pendingChanged.emit(True)

    def flush(self) -> None:
        """Write everything pending; a failed write is kept and retried, never dropped."""
        self._timer.stop()
        failed: dict[str, Callable[[], object]] = {}
        while self._pending:
            key = next(iter(self._pending))
            write = self._pending.pop(key)
            try:
                write()
            except Exception as error:  # noqa: BLE001 - reported; the others still save
                failed[key] = write
                self.failed.emit(key, error)
        if failed:
            # A newer edit of the same key, made meanwhile, wins over the failed one.
            self._pending = {**failed, **self._pending}
            self._timer.start(RETRY_MS)
            return
        self.pendingChanged.emit(False)
