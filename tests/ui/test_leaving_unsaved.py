"""Leaving a conversation, or closing the window, while the last edits cannot be written.

Before, the page flushed, ignored that the write failed, and went: the newest typing was
gone without a word. Now the person is asked; staying keeps the text pending and retried.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from .conftest import type_text
from .test_autosave import start_talk

SUMMARY = "Zoë kiest voor de opleiding in het voorjaar"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Qt's message box answered with the button named in ``press``; the questions kept."""
    seen: dict[str, Any] = {"press": "Stay", "texts": []}

    def exec_box(box: QMessageBox) -> int:
        seen["texts"].append(box.text())
        next(b for b in box.buttons() if b.text() == seen["press"]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return seen


def stored_summary(db_path: Path, talk_id: str) -> str:
    with closing(sqlite3.connect(db_path)) as conn:
        found = conn.execute("SELECT shared_summary FROM conversation WHERE id = ?", [talk_id])
        return str(found.fetchone()[0])


def test_leaving_while_a_write_fails_asks_and_staying_keeps_the_text(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any],
    db_path: Path, asked: dict[str, Any],
) -> None:  # fmt: skip
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 50")
    page, _, _ = start_talk(window, zoe)
    assert page.conversation is not None
    talk = page.conversation.id
    left: list[bool] = []
    page.closed.connect(lambda: left.append(True))
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        type_text(qtbot, page.notes.summary, SUMMARY)
        page.leave()
        assert asked["texts"] and "could not be saved" in asked["texts"][-1]
        assert not left and page.autosaver.has_pending
        assert page.notes.summary_text() == SUMMARY
        event = QCloseEvent()
        window.closeEvent(event)
        assert not event.isAccepted()  # closing the window asks the same, and stays
        other.execute("ROLLBACK")
    page.leave()  # the lock is gone: saved, and no question
    assert left == [True] and len(asked["texts"]) == 2
    assert stored_summary(db_path, talk) == SUMMARY


def test_leaving_without_the_changes_is_a_choice_the_person_makes(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any],
    db_path: Path, asked: dict[str, Any],
) -> None:  # fmt: skip
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 50")
    page, _, _ = start_talk(window, zoe)
    assert page.conversation is not None
    talk = page.conversation.id
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        type_text(qtbot, page.notes.summary, SUMMARY)
        asked["press"] = "Leave without these changes"
        assert window.show_overview()
        other.execute("ROLLBACK")
    assert not page.autosaver.has_pending
    assert stored_summary(db_path, talk) == ""


def test_a_write_that_fails_while_the_file_is_locked_is_retried_until_it_succeeds(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any],
    db_path: Path, language: Any,
) -> None:  # fmt: skip
    """Another program holds the write lock: the indicator says the text is not saved and
    why; once the lock is released, the autosaver's own retry writes it, without a key."""
    language("nl")
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 50")
    page, _, _ = start_talk(window, zoe)
    assert page.conversation is not None
    talk = page.conversation.id
    indicator = page.saved_label
    failures: list[bool] = []
    page.autosaver.failed.connect(lambda key, error, retrying: failures.append(retrying))
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        type_text(qtbot, page.notes.summary, SUMMARY)
        # No flush by the test: the autosaver's own timer writes, and the write fails.
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
        assert all(failures), "retried, not given up"
        assert indicator.text() == "Niet opgeslagen; nieuwe poging…"
        assert indicator.toolTip() == (
            "Het leercoach-bestand wordt door een ander programma gebruikt. Sluit dat "
            "programma en probeer opnieuw."
        )
        assert stored_summary(db_path, talk) == ""
        other.execute("ROLLBACK")
        failed_while_locked = len(failures)
    qtbot.waitUntil(lambda: indicator.text().startswith("Opgeslagen "), timeout=10_000)
    assert len(failures) == failed_while_locked, "the retry after the lock was gone wrote it"
    assert re.fullmatch(r"Opgeslagen \d\d:\d\d:\d\d", indicator.text())
    assert indicator.toolTip() == "" and not page.autosaver.has_pending
    assert stored_summary(db_path, talk) == SUMMARY
