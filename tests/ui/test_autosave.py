"""Autosave: on a fake clock and timer (the test decides when time passes), then for real."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from leercoach.domain import AnswerType, ConversationStatus
from leercoach.store import ReadOnlyError
from leercoach.ui.conversation.autosave import DEBOUNCE_MS, MAX_WAIT_MS, RETRY_MS, Autosaver
from leercoach.ui.conversation.page import ConversationPage

from .conftest import type_text

# The README: "every word is saved on its own within half a second".
PROMISE_MS = 500


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


class FakeTimer:
    """A single-shot timer that records each start; ``fire()`` is the timer running out."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.active = False
        self._callback: Callable[[], object] | None = None

    def __call__(self, callback: Callable[[], object]) -> FakeTimer:
        self._callback = callback
        return self

    def start(self, msec: int) -> None:
        self.started.append(msec)
        self.active = True

    def stop(self) -> None:
        self.active = False

    def due_at(self, started_at: float) -> float:
        return started_at + self.started[-1] / 1000

    def fire(self) -> None:
        assert self.active and self._callback is not None
        self.active = False
        self._callback()


def make(clock: FakeClock, timer: FakeTimer) -> tuple[Autosaver, list[str]]:
    return Autosaver(timer=timer, clock=clock), []


def test_steady_typing_is_saved_half_a_second_after_the_first_unsaved_key(qtbot: QtBot) -> None:
    """Four keys a second restart the debounce every time; the maximum wait still holds."""
    clock, timer = FakeClock(), FakeTimer()
    saver, written = make(clock, timer)
    text = ""
    first_unsaved: float | None = None
    due = 0.0
    for character in "steady typing at four keys a second":
        if timer.active and clock.now >= due:
            timer.fire()
            first_unsaved = None
        text += character
        value = text
        saver.schedule("answer:x", lambda value=value: written.append(value))
        if first_unsaved is None:
            first_unsaved = clock.now
        due = timer.due_at(clock.now)
        # However the keys fall, the write is due at most MAX_WAIT_MS after the first one.
        assert due <= first_unsaved + MAX_WAIT_MS / 1000 + 1e-9
        assert timer.started[-1] <= DEBOUNCE_MS
        clock.advance(250)
    assert written, "steady typing was never saved"
    assert written[0] == "st", "the first save comes after the keys of the first half second"
    assert timer.started[:3] == [DEBOUNCE_MS, MAX_WAIT_MS - 250, DEBOUNCE_MS]
    saver.flush()
    assert written[-1] == text and not saver.has_pending


def test_a_pause_saves_after_the_debounce_and_restarts_the_maximum_wait(qtbot: QtBot) -> None:
    clock, timer = FakeClock(), FakeTimer()
    saver, written = make(clock, timer)
    saver.schedule("summary", lambda: written.append("a"))
    assert timer.started == [DEBOUNCE_MS]
    clock.advance(DEBOUNCE_MS)
    timer.fire()
    assert written == ["a"] and not saver.has_pending
    clock.advance(2000)
    saver.schedule("summary", lambda: written.append("ab"))
    clock.advance(100)
    saver.schedule("summary", lambda: written.append("abc"))
    # A fresh unsaved edit: the full debounce again, bounded by the new first key.
    assert timer.started[1:] == [DEBOUNCE_MS, DEBOUNCE_MS]
    clock.advance(DEBOUNCE_MS)
    timer.fire()
    assert written == ["a", "abc"]


def test_keys_after_the_maximum_wait_are_written_at_once(qtbot: QtBot) -> None:
    """An event loop that was busy past the deadline saves on the next turn, not later."""
    clock, timer = FakeClock(), FakeTimer()
    saver, written = make(clock, timer)
    saver.schedule("answer:x", lambda: written.append("a"))
    clock.advance(MAX_WAIT_MS + 80)
    saver.schedule("answer:x", lambda: written.append("ab"))
    assert timer.started == [DEBOUNCE_MS, 0]
    timer.fire()
    assert written == ["ab"]


def test_failing_writes_are_retried_on_their_own_rhythm(qtbot: QtBot) -> None:
    clock, timer = FakeClock(), FakeTimer()
    saver, written = make(clock, timer)
    failures: list[str] = []
    saver.failed.connect(lambda key, error, retrying: failures.append(key))
    disk = {"full": True}

    def write(value: str) -> None:
        if disk["full"]:
            raise OSError(28, "No space left on device")
        written.append(value)

    saver.schedule("answer:x", lambda: write("a"))
    clock.advance(DEBOUNCE_MS)
    timer.fire()
    assert failures == ["answer:x"] and saver.has_pending
    assert timer.started[-1] == RETRY_MS
    # Typing on while the disk is full does not hammer it with a write per key.
    clock.advance(600)
    saver.schedule("answer:x", lambda: write("ab"))
    assert timer.started[-1] == RETRY_MS and len(timer.started) == 2
    disk["full"] = False
    clock.advance(RETRY_MS)
    timer.fire()
    assert written == ["ab"] and not saver.has_pending
    # Saved again: the next edit has the normal debounce.
    saver.schedule("answer:x", lambda: write("abc"))
    assert timer.started[-1] == DEBOUNCE_MS


def test_a_write_to_a_completed_record_is_reported_once_not_retried(qtbot: QtBot) -> None:
    clock, timer = FakeClock(), FakeTimer()
    saver, written = make(clock, timer)
    failures: list[tuple[str, bool]] = []
    saver.failed.connect(lambda key, error, retrying: failures.append((key, retrying)))

    def refused() -> None:
        raise ReadOnlyError("the conversation is completed; reopen it to change it")

    saver.schedule("answer:x", refused)
    saver.schedule("summary", lambda: written.append("samen"))
    clock.advance(DEBOUNCE_MS)
    timer.fire()
    assert failures == [("answer:x", False)]
    assert written == ["samen"] and not saver.has_pending
    assert RETRY_MS not in timer.started and not timer.active
    assert saver.flush() is True
    assert failures == [("answer:x", False)]


def start_talk(window: Any, employee_id: str) -> tuple[ConversationPage, QPlainTextEdit, str]:
    """A check-in with one person, on its first text card: the page, its editor, the card."""
    assert window.select_employee(employee_id)
    window.new_conversation()
    page = window.conversation_page
    assert page.deck is not None and page.conversation is not None
    card = next(c for c in page.deck.cards if c.answer.type is AnswerType.TEXT)
    assert page.show_step(card.id)
    return page, page.card_steps[card.id].editor.editor, card.id


def test_steady_typing_in_a_conversation_reaches_the_file_within_half_a_second(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any], db_path: Path
) -> None:
    """A key every 200 ms, never a pause: each one is in the file, read by another
    connection, half a second (and a margin for a busy machine) after it was typed."""
    key_ms, margin_ms = 200, 350
    text = "Zoë plant één week"
    window = make_window()
    page, editor, card_id = start_talk(window, zoe)
    assert page.conversation is not None
    typed_at: list[float] = []

    def type_next() -> None:
        type_text(qtbot, editor, text[len(typed_at)])
        typed_at.append(time.monotonic())
        if len(typed_at) == len(text):
            typist.stop()

    typist = QTimer(editor)
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(key_ms)
    typist.timeout.connect(type_next)
    talk_id = page.conversation.id
    query = "SELECT value FROM answer WHERE conversation_id = ? AND card_id = ?"
    with closing(sqlite3.connect(db_path, isolation_level=None)) as reader:

        def stored() -> str:
            row = reader.execute(query, [talk_id, card_id]).fetchone()
            return str(row[0]) if row else ""

        typist.start()
        for k in range(len(text)):
            qtbot.waitUntil(lambda k=k: len(typed_at) > k, timeout=5000)
            deadline = typed_at[k] + (PROMISE_MS + margin_ms) / 1000

            def in_the_file(k: int = k) -> None:
                value = stored()
                assert text.startswith(value) and len(value) > k, (k, value)

            left_ms = round((deadline - time.monotonic()) * 1000)
            qtbot.waitUntil(in_the_file, timeout=max(0, left_ms))
        typist.stop()
        assert stored() == text


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown, each answered with OK."""
    shown: list[str] = []

    def warning(parent: object, title: str, text: str, *rest: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_finishing_waits_for_every_write_and_refuses_while_one_fails(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    db_path: Path,
    warnings: list[str],
) -> None:
    """Another connection holds the write lock: neither the typed summary nor the
    completion can be written, so the conversation stays a draft with the text on screen;
    once the lock is gone, finishing writes the text and completes."""
    window = make_window()
    store = window.session.store
    # Give up on a locked file after 50 ms instead of 5 s: the test need not wait long.
    store.db.execute("PRAGMA busy_timeout = 50")
    page, _, _ = start_talk(window, zoe)
    talk = page.conversation
    assert talk is not None
    page.go_to(page.steps_model.rowCount() - 1)
    finish = page.summary_step.finish
    summary = "Zoë wil meer verantwoordelijkheid"

    def status(connection: sqlite3.Connection) -> str:
        query = "SELECT status FROM conversation WHERE id = ?"
        return str(connection.execute(query, [talk.id]).fetchone()[0])

    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert len(warnings) == 1 and "draft" in warnings[0]
        type_text(qtbot, page.notes.summary, summary)
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert len(warnings) == 2 and "draft" in warnings[1]
        assert not page.read_only and page.autosaver.has_pending
        assert page.notes.summary_text() == summary
        assert status(other) == ConversationStatus.DRAFT.value
        other.execute("ROLLBACK")
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert status(other) == ConversationStatus.COMPLETED.value
    assert len(warnings) == 2
    assert page.read_only and not page.autosaver.has_pending
    assert store.conversations.get(talk.id).shared_summary == summary


def test_typing_into_a_conversation_completed_behind_the_page_is_reported_once(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page, editor, card_id = start_talk(window, zoe)
    talk = page.conversation
    assert talk is not None
    failures: list[tuple[object, ...]] = []
    page.autosaver.failed.connect(lambda *reported: failures.append(reported))
    window.session.store.conversations.complete(talk.id)
    type_text(qtbot, editor, "te laat")
    page.flush()
    assert len(failures) == 1 and not page.autosaver.has_pending
    assert failures[0][2] is False, "not retried"
    assert "completed" in page.saved_label.text()
    page.flush()
    assert len(failures) == 1
    assert window.session.store.conversations.answer(talk.id, card_id) is None
