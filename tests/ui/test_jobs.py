"""Long work behind a progress dialog: the test decides when each step of the work happens.

The work waits on a queue the test fills, so what the dialog shows and when Cancel is
pressed follow the test's steps, never a timer or the speed of the machine.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from leercoach.ui.jobs import JobCancelledError, Progress, run_job

STEPS = 5
# How long the work waits for the test's next go-ahead before it gives up: only a broken
# test ever waits this long, and then it fails instead of hanging.
GIVE_UP_S = 20


class SteppedWork:
    """Work of ``STEPS`` steps; each starts only when the test says ``go()``."""

    def __init__(self) -> None:
        self.gate: queue.Queue[None] = queue.Queue()
        self.done: list[int] = []
        self.threads: list[bool] = []

    def go(self) -> None:
        self.gate.put(None)

    def __call__(self, progress: Progress) -> str:
        self.threads.append(threading.current_thread() is threading.main_thread())
        for step in range(1, STEPS + 1):
            self.gate.get(timeout=GIVE_UP_S)
            if not progress(step, STEPS):
                raise JobCancelledError
            self.done.append(step)
        return "klaar"


def visible_progress_dialogs() -> list[QProgressDialog]:
    widgets = QApplication.topLevelWidgets()
    return [w for w in widgets if isinstance(w, QProgressDialog) and w.isVisible()]


def while_running(steps: Callable[[], None]) -> None:
    """Run ``steps`` once ``run_job``'s dialog is up and its event loop turns."""
    QTimer.singleShot(0, steps)


def test_the_dialog_follows_the_work_and_the_result_comes_back(qtbot: QtBot) -> None:
    work = SteppedWork()
    shown: list[tuple[str, str, int, int]] = []  # title, label, value, maximum

    def steps() -> None:
        (dialog,) = visible_progress_dialogs()
        for step in range(1, STEPS + 1):
            work.go()
            qtbot.waitUntil(lambda step=step: dialog.value() == step)
            seen = (dialog.windowTitle(), dialog.labelText(), dialog.value(), dialog.maximum())
            shown.append(seen)

    while_running(steps)
    outcome = run_job(None, "Groeiplannen exporteren", "Groeiplannen schrijven…", work)
    assert outcome.result == "klaar" and outcome.error is None and not outcome.cancelled
    assert work.threads == [False], "the work ran off the UI thread"
    assert shown == [
        ("Groeiplannen exporteren", "Groeiplannen schrijven…", step, STEPS)
        for step in range(1, STEPS + 1)
    ]
    assert visible_progress_dialogs() == []


def test_cancel_stops_the_work_at_its_next_step(qtbot: QtBot) -> None:
    work = SteppedWork()

    def steps() -> None:
        (dialog,) = visible_progress_dialogs()
        for step in (1, 2):
            work.go()
            qtbot.waitUntil(lambda step=step: dialog.value() == step)
        # What a person does: press the dialog's Cancel button, while step 3 waits.
        dialog.findChild(QPushButton).click()
        work.go()  # the work asks to go on with step 3, and hears it is cancelled

    while_running(steps)
    outcome = run_job(None, "t", "l", work)
    assert outcome.cancelled and outcome.result is None and outcome.error is None
    assert work.done == [1, 2]
    assert visible_progress_dialogs() == []


def test_errors_come_back_to_the_caller(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    outcome = run_job(None, "t", "l", work)
    assert isinstance(outcome.error, OSError) and outcome.error.errno == 28
    assert not outcome.cancelled and visible_progress_dialogs() == []
