"""Typing in a conversation answer with autosave on: how long is the UI thread ever blocked?

``probe_typing.py DB EMPLOYEE_ID`` drives a real ConversationPage offscreen;
``probe_typing.py --floor`` types the same into a bare QPlainTextEdit (no leercoach).
Characters arrive as key events every 20 ms, in bursts with pauses long enough for the
debounced autosave to fire. A 1 ms heartbeat timer records the longest gap between its
ticks (the longest time the event loop could not run), and every answer write is timed.
The conversation is deleted afterwards, so the database stays as it was.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

CHARACTERS = 240
BURST = 60
KEY_MS = 20
PAUSE_MS = 700
TEXT = "Ik leerde deze maand veel over plannen, overleggen en vragen stellen aan Zoë. " * 4


def main() -> None:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

    app = QApplication([])
    writes: list[float] = []
    cleanup: list[Any] = []
    target: QWidget
    if sys.argv[1] == "--floor":
        target = QPlainTextEdit()
        target.resize(700, 400)
        target.show()
    else:
        from leercoach.decks import load_library
        from leercoach.domain import AnswerType
        from leercoach.paths import deck_folders
        from leercoach.store import Store
        from leercoach.ui.conversation.page import ConversationPage
        from leercoach.ui.session import Session

        store = Store.open(sys.argv[1])
        session = Session(store, load_library(deck_folders()))
        page = ConversationPage(session)
        page.resize(1280, 720)
        page.show()
        deck = session.library.decks["check-in"]
        talk = session.talks.start(sys.argv[2], deck)
        page.open(talk)
        card = next(c for c in deck.cards if c.answer.type is AnswerType.TEXT)
        page.go_to(page.steps_model.row_of(card.id))
        target = page.card_steps[card.id].editor.editor
        save = session.talks.save_answer

        def timed_save(*args: Any) -> Any:
            start = time.perf_counter()
            try:
                return save(*args)
            finally:
                writes.append((time.perf_counter() - start) * 1000)

        session.talks.save_answer = timed_save

        def remove() -> None:
            page.flush()
            store.conversations.delete(talk.id)
            store.close()

        cleanup.append(remove)
    target.setFocus()

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(tick)

    typed = [0]
    keys = QTimer()
    keys.setTimerType(Qt.TimerType.PreciseTimer)
    keys.setInterval(KEY_MS)

    def finish() -> None:
        heartbeat.stop()
        for step in cleanup:
            step()
        gaps.sort()
        report = {
            "at": time.monotonic(),
            "max_gap_ms": gaps[-1],
            "p99_gap_ms": gaps[int(len(gaps) * 0.99)],
            "ticks": len(gaps),
            "writes": len(writes),
            "max_write_ms": max(writes, default=0.0),
            "median_write_ms": sorted(writes)[len(writes) // 2] if writes else 0.0,
        }
        print(json.dumps(report), flush=True)
        os._exit(0)

    def key() -> None:
        character = TEXT[typed[0]]
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
        )
        QApplication.sendEvent(target, event)
        typed[0] += 1
        if typed[0] >= CHARACTERS:
            keys.stop()
            QTimer.singleShot(PAUSE_MS, finish)
        elif typed[0] % BURST == 0:
            # A pause in typing: the debounce runs out and the answer is written.
            keys.stop()
            QTimer.singleShot(PAUSE_MS, keys.start)

    keys.timeout.connect(key)

    def begin() -> None:
        last[0] = time.perf_counter()
        heartbeat.start()
        keys.start()

    # Let the window settle (first paint, layouts) before measuring.
    QTimer.singleShot(300, begin)
    app.exec()


if __name__ == "__main__":
    main()
