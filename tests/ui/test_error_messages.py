"""In the app, an expected error is a message that says what to do; a bug gets the crash dialog.

The errors are raised for real (the store refusing, a disk that is full) from slots the
event loop runs, and reach leercoach's own excepthook as PySide hands them over.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.crash import CrashHandler
from leercoach.domain import EmployeeDraft
from leercoach.store import (
    DamagedDatabaseError,
    DatabaseInUseError,
    NoDatabaseError,
    NotFoundError,
    NotWritableError,
    ReadOnlyError,
    SchemaTooNewError,
    StoreError,
    ValidationError,
    crypto,
)
from leercoach.trust.backup import BackupError
from leercoach.trust.conversion import ConversionError, FileInUseError
from leercoach.trust.restore import RestoreRefusedError
from leercoach.ui.error_messages import expected_message
from leercoach.ui.main_window import MainWindow

from .conftest import BUG, DISK_FULL, Shown

# The errors must reach leercoach's excepthook, not pytest-qt's.
pytestmark = pytest.mark.qt_no_exception_capture

COMPLETED = (
    "Dit gesprek is afgerond en wordt bewaard als verslag; het kan niet meer veranderd "
    "worden. Heropen het eerst als er iets moet veranderen."
)


def test_the_store_refusing_a_change_is_a_message_not_the_crash_dialog(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    library: Any,
    zoe: str,
    handler: CrashHandler,
    shown: Shown,
    tmp_path: Path,
) -> None:
    window = make_window()
    deck = library.decks["check-in"]
    talk = window.session.store.conversations.start(zoe, deck)
    window.session.store.conversations.complete(talk.id)
    card = deck.cards[0].id
    # A slot the event loop runs, like an autosave's; the real store refuses the change.
    QTimer.singleShot(0, lambda: window.session.talks.save_answer(talk, deck, card, "te laat"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    [(icon, text, details)] = shown
    assert (icon, text) == (QMessageBox.Icon.Warning, COMPLETED)
    # The store's own words, in the app's language too.
    assert "is afgerond; heropen het om het te wijzigen" in details
    log = (tmp_path / "leercoach.log").read_text("ascii")
    assert "leercoach.store.errors.ReadOnlyError" in log and "completed" not in log


def test_a_bug_in_a_slot_gets_the_crash_dialog_with_its_scrubbed_traceback(
    qtbot: QtBot, make_window: Callable[[], MainWindow], handler: CrashHandler, shown: Shown
) -> None:
    window = make_window()
    people = {"Jef Peeters": window}

    def show_zoe() -> None:  # a bug: nobody of that name is in the dict
        people["Zoë Peeters"].show()

    QTimer.singleShot(0, show_zoe)
    qtbot.waitUntil(lambda: len(shown) == 1)
    [(icon, text, details)] = shown
    assert (icon, text) == (QMessageBox.Icon.Critical, BUG)
    assert "KeyError" in details and "test_error_messages.py" in details
    assert "Peeters" not in details


def test_a_full_disk_while_saving_is_a_message(
    qtbot: QtBot, window_on_a_small_disk: MainWindow, handler: CrashHandler, shown: Shown
) -> None:
    window = window_on_a_small_disk

    def fill() -> None:  # until SQLite says the disk is full
        for number in range(10_000):
            window.session.people.add(EmployeeDraft(name=f"Medewerker {number}", role="x" * 2000))

    QTimer.singleShot(0, fill)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    [(icon, text, details)] = shown
    assert (icon, text) == (QMessageBox.Icon.Warning, DISK_FULL)
    assert "database or disk is full" in details


def test_one_message_at_a_time(handler: CrashHandler, monkeypatch: pytest.MonkeyPatch) -> None:
    """An autosave failing again while its message is open adds no second dialog."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> int:
        texts.append(box.text())
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert texts == [DISK_FULL]


def every_expected_error(tmp_path: Path) -> list[BaseException]:
    db = tmp_path / "leercoach.db"
    return [
        crypto.WrongPassphraseError(db),
        crypto.PassphraseRequiredError(db),
        ValidationError(["name: a name is required"]),
        ReadOnlyError("the conversation of 2026-03-02 is completed; reopen it to change it"),
        NotFoundError("employee", "abcd"),
        DatabaseInUseError(db),
        SchemaTooNewError(db, 99, 7),
        DamagedDatabaseError(db, "file is not a database"),
        NotWritableError(db),
        NoDatabaseError(db),
        crypto.EncryptionUnavailableError("no sqlcipher3"),
        RestoreRefusedError("the backup is damaged"),
        BackupError("could not copy"),
        FileInUseError(db),
        ConversionError("the copy differs"),
        StoreError("something the store refused"),
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.OperationalError("database is locked"),
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EROFS, "Read-only file system"),
        OSError(errno.EIO, "Input/output error"),
    ]


def test_every_expected_error_has_dutch_words_and_bugs_have_none(
    tmp_path: Path, language: Callable[[str], str]
) -> None:
    language("nl")
    english = {m.findtext("source") for m in _messages(Path(__file__).parents[2] / "resources")}
    for error in every_expected_error(tmp_path):
        words = expected_message(error)
        assert words, error
        assert words not in english, f"{type(error).__name__} is not translated: {words}"
    invalid = ValidationError(["name: a name is required"])
    assert (
        expected_message(invalid) == "Dit kan zo niet opgeslagen worden: name: a name is required"
    )
    assert expected_message(ZeroDivisionError("oeps")) is None
    assert expected_message(OSError(errno.ENOENT, "No such file or directory")) is None


def _messages(resources: Path) -> list[Any]:
    import xml.etree.ElementTree as ET

    return list(ET.parse(resources / "translations" / "leercoach_nl.ts").iter("message"))
