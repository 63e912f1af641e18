"""Long work runs off the UI thread one way: progress only when it takes a while, Cancel,
an expected error as a message, a bug as the crash dialog, the screens refreshed after.

The errors are real (a disk that fills up while demo data is written) or a real bug in
the work; the crash handler is the app's own (``run_gui`` installs it the same way).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from leercoach.crash import CrashHandler
from leercoach.domain import ActionOwner
from leercoach.store import Store
from leercoach.ui.jobs import JobCancelledError, Progress
from leercoach.ui.main_window import MainWindow
from leercoach.ui.operations import SHOW_AFTER_MS, run_op
from leercoach.ui.session import Changes, StoreOp

from .conftest import BUG, DISK_FULL, Shown


class ProgressShown(QObject):
    """When each progress dialog showed, seen by the application as a person sees it."""

    def __init__(self) -> None:
        super().__init__()
        self.at: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.at.append(time.monotonic())
        return False


@pytest.fixture
def progress_shown(qapp: QApplication) -> Iterator[ProgressShown]:
    watcher = ProgressShown()
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)


@pytest.mark.qt_no_exception_capture
def test_an_expected_error_is_a_message_not_the_crash_dialog(
    window_on_a_small_disk: MainWindow, handler: CrashHandler, shown: Shown
) -> None:
    window = window_on_a_small_disk
    demo = window.session.people.add_demo(400)  # far more than 600 KiB hold
    outcome = run_op(window, window.session, demo, title="Demo", label="…")
    assert outcome.error is not None and outcome.result is None
    [(icon, text, details)] = shown
    assert (icon, text) == (QMessageBox.Icon.Warning, DISK_FULL)
    assert "database or disk is full" in details


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_the_work_gets_the_crash_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], handler: CrashHandler, shown: Shown
) -> None:
    window = make_window()
    names = {"Jef Peeters": 1}

    def buggy(store: Store, progress: Progress) -> int:
        return names["Zoë Peeters"]  # a bug: nobody of that name is in the dict

    outcome = run_op(window, window.session, StoreOp(buggy), title="t", label="l")
    assert isinstance(outcome.error, KeyError)
    [(icon, text, details)] = shown
    assert (icon, text) == (QMessageBox.Icon.Critical, BUG)
    assert "KeyError" in details and "test_operations.py" in details
    assert "Peeters" not in details


def test_cancel_stops_a_long_operation_and_the_dialog_came_late(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    progress_shown: ProgressShown,
    shown: Shown,
) -> None:
    window = make_window()
    pressed = threading.Event()
    steps: list[int] = []

    def long(store: Store, progress: Progress) -> None:
        for step in range(3):
            if not progress(step, 3):
                raise JobCancelledError
            steps.append(step)
            pressed.wait(timeout=30)  # a long step: it lasts until Cancel is pressed

    def press_cancel() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if dialogs:  # what a person does: press the dialog's Cancel button
            dialogs[0].findChild(QPushButton).click()
            pressed.set()
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(press_cancel)
    poll.start(10)
    started = time.monotonic()
    outcome = run_op(window, window.session, StoreOp(long), title="t", label="l")
    assert outcome.cancelled and outcome.result is None and outcome.error is None
    assert steps == [0]  # the second step saw the Cancel and did not run
    assert shown == []  # a cancel is no error
    [appeared] = progress_shown.at
    assert appeared - started >= (SHOW_AFTER_MS - 20) / 1000


def test_a_dialog_cancelled_before_its_wait_ended_does_not_come_back(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    progress_shown: ProgressShown,
) -> None:
    """Cancel can come before the wait ends: Qt's own timer may show the dialog first.
    The work then still finishes its step; the dialog must not show up again meanwhile."""
    window = make_window()
    cancelled = threading.Event()
    finished = threading.Event()

    def long(store: Store, progress: Progress) -> None:
        cancelled.wait(timeout=30)
        finished.wait(timeout=30)  # the step goes on past the end of the wait
        if not progress(1, 2):
            raise JobCancelledError

    def cancel_early() -> None:
        [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        dialog.show()  # what Qt's own timer does when it fires first
        dialog.findChild(QPushButton).click()
        cancelled.set()

    QTimer.singleShot(SHOW_AFTER_MS // 3, cancel_early)
    QTimer.singleShot(SHOW_AFTER_MS * 2, finished.set)
    outcome = run_op(window, window.session, StoreOp(long), title="t", label="l")
    assert outcome.cancelled
    assert len(progress_shown.at) == 1  # shown once, and not again after Cancel


def test_a_quick_operation_shows_no_progress(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    zoe: str,
    progress_shown: ProgressShown,
) -> None:
    window = make_window()
    count = StoreOp(lambda store, progress: store.employees.count())
    started = time.monotonic()
    outcome = run_op(window, window.session, count, title="t", label="l")
    took = time.monotonic() - started
    assert outcome.ok and outcome.result == 1
    # A few milliseconds; only a machine too busy to finish it in time may show it.
    assert progress_shown.at == [] or took >= SHOW_AFTER_MS / 1000


def test_the_screens_refresh_after_work_on_the_workers_own_connection(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str
) -> None:
    window = make_window()
    window.select_employee(zoe)
    view = window.employee_view
    assert view.actions_model.rowCount() == 0
    seen: list[tuple[bool, bool]] = []

    def agree(store: Store, progress: Progress) -> None:
        ui_thread = threading.current_thread() is threading.main_thread()
        seen.append((ui_thread, store is window.session.store))
        store.actions.add(zoe, "Meelopen met de planner", ActionOwner.MEDEWERKER, date(2026, 5, 1))

    op = StoreOp(agree, Changes.of(zoe, actions=True))
    assert run_op(window, window.session, op, title="t", label="l").ok
    assert seen == [(False, False)]  # another thread, another connection
    assert view.actions_model.rowCount() == 1
    assert view.actions_model.index(0, 0).data() == "Meelopen met de planner"
    assert view.actions_label.text().startswith("Openstaande afspraken (1)") or (
        view.actions_label.text().startswith("Open actions (1)")
    )
