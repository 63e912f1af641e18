"""Qt objects caught in a reference cycle are freed on the UI thread, never by a worker.

Without it a job's allocations made the collector free a window's leftovers on the
worker thread: "Timers cannot be stopped from another thread" failed two tests in CI.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leercoach.ui.collector import collect_on_ui_thread
from leercoach.ui.jobs import Progress, run_job


class Holder(QObject):
    """A QObject with a running timer, held in a cycle through a Python attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.me = self


def test_a_cycle_dropped_before_a_busy_job_is_freed_on_the_ui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    freed_on: list[str] = []
    holder = Holder()
    weakref.finalize(holder, lambda: freed_on.append(threading.current_thread().name))
    del holder  # unreachable now; only the cyclic collector can free it

    def busy(progress: Progress) -> int:
        # Far more container allocations than the collector's first threshold.
        junk: list[Any] = []
        for number in range(20 * gc.get_threshold()[0]):
            junk.append([number])
        return len(junk)

    outcome = run_job(None, "t", "l", busy)
    assert outcome.error is None and outcome.result == 20 * gc.get_threshold()[0]
    assert freed_on in ([], [threading.main_thread().name])  # not the worker's thread
    # The UI thread's own allocations make a collection due; the timer runs it there.
    kept = [[number] for number in range(2 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
    assert freed_on == [threading.main_thread().name] and len(kept) > 0


def test_the_collector_is_installed_once(qapp: QApplication) -> None:
    assert collect_on_ui_thread(qapp) is collect_on_ui_thread(qapp)
    assert not gc.isenabled()
