"""Autosave: on a fake clock and timer (the test decides when time passes), then for real."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from leercoach.domain import AnswerType
from leercoach.ui.conversation.autosave import DEBOUNCE_MS, MAX_WAIT_MS, RETRY_MS, Autosaver

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
    saver.failed.connect(lambda key, error: failures.append(key))
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


def test_steady_typing_in_a_conversation_reaches_the_file_within_half_a_second(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any], db_path: Path
) -> None:
    """A key every 200 ms, never a pause: each one is in the file, read by another
    connection, half a second (and a margin for a busy machine) after it was typed."""
    key_ms, margin_ms = 200, 350
    text = "Zoë plant één week"
    window = make_window()
    assert window.select_employee(zoe)
    window.new_conversation()
    page = window.conversation_page
    assert page.deck is not None and page.conversation is not None
    card = next(c for c in page.deck.cards if c.answer.type is AnswerType.TEXT)
    assert page.show_step(card.id)
    editor = page.card_steps[card.id].editor.editor
    typed_at: list[float] = []

    def type_next() -> None:
        type_text(qtbot, editor, text[len(typed_at)])
        typed_at.append(time.monotonic())
        if len(typed_at) == len(text):
            typist.stop()

    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(key_ms)
    typist.timeout.connect(type_next)
    query = "SELECT value FROM answer WHERE conversation_id = ? AND card_id = ?"
    with closing(sqlite3.connect(db_path, isolation_level=None)) as reader:

        def stored() -> str:
            row = reader.execute(query, [page.conversation.id, card.id]).fetchone()
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
