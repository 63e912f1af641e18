from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from leercoach.ui.jobs import JobCancelledError, Progress, run_job


def test_work_runs_off_the_ui_thread_and_returns(qtbot: QtBot) -> None:
    seen: list[bool] = []

    def work(progress: Progress) -> int:
        seen.append(threading.current_thread() is threading.main_thread())
        for step in range(5):
            progress(step + 1, 5)
        return 42

    outcome = run_job(None, "t", "l", work)
    assert outcome.result == 42 and outcome.error is None and not outcome.cancelled
    assert seen == [False]


def test_cancel_stops_the_work_midway(qtbot: QtBot) -> None:
    done: list[int] = []

    def work(progress: Progress) -> None:
        for step in range(200):
            if not progress(step, 200):
                raise JobCancelledError
            done.append(step)
            time.sleep(0.01)

    def press_cancel() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        # What a person does: press the dialog's Cancel button.
        dialog.findChild(QPushButton).click()

    QTimer.singleShot(150, press_cancel)
    outcome = run_job(None, "t", "l", work)
    assert outcome.cancelled
    assert 0 < len(done) < 200


def test_errors_come_back_to_the_caller(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    outcome = run_job(None, "t", "l", work)
    assert isinstance(outcome.error, OSError) and outcome.error.errno == 28
