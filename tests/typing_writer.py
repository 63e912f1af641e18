"""The victim of tests/test_typing_crash.py: types steadily into a conversation until killed.

``python tests/typing_writer.py DB KEY_MS`` opens DB with Store.open, starts a check-in
with one person on a real, offscreen ConversationPage and goes to its first text card.
It prints ``ready <conversation> <card>``, then types TEXT into that answer, one key
event every KEY_MS milliseconds and never a pause, and after each key prints

    typed <count> <time.monotonic() after the key>

one flushed line, so the test knows what was typed when. It never stops on its own.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

TEXT = "Ik wil zelf de weekplanning maken, met één collega die meekijkt. " * 20


def report(*words: str) -> None:
    print(*words, flush=True)


def main(db_path: Path, key_ms: int) -> None:
    # Qt is imported here, so the test can import TEXT without it.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from leercoach.decks import load_library
    from leercoach.domain import AnswerType, EmployeeDraft
    from leercoach.paths import shipped_decks_dir
    from leercoach.store import Store
    from leercoach.ui.conversation.page import ConversationPage
    from leercoach.ui.session import Session

    app = QApplication([])
    store = Store.open(db_path)
    session = Session(store, load_library([shipped_decks_dir()]))
    person = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    deck = session.library.decks["check-in"]
    talk = session.talks.start(person.id, deck)
    page = ConversationPage(session)
    page.show()
    page.open(talk)
    card = next(c for c in deck.cards if c.answer.type is AnswerType.TEXT)
    page.show_step(card.id)
    editor = page.card_steps[card.id].editor.editor
    editor.setFocus()
    typed = [0]

    def key() -> None:
        character = TEXT[typed[0] % len(TEXT)]
        press = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
        )
        QApplication.sendEvent(editor, press)
        typed[0] += 1
        report("typed", str(typed[0]), repr(time.monotonic()))

    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(key_ms)
    typist.timeout.connect(key)
    report("ready", talk.id, card.id)
    typist.start()
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
