"""The whole app on a file that turns out to be damaged: ``run_gui`` as ``leercoach`` runs it.

The background check finds the damage once the window is up; the person chooses "Nu
herstellen"; the window closes, the damaged file is set aside (not deleted, not changed),
and the recovery box offers the newest verified backup, or an empty database. The window
comes back on what was chosen. Qt's stock dialogs are answered by the test; everything
else is the app's own code, on a real file, in the real QApplication's event loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft, GrowthPhase
from leercoach.store import Store
from leercoach.trust.backup import default_backups_dir, make_backup
from leercoach.trust.recovery import SIDECARS
from leercoach.ui.app import run_gui
from leercoach.ui.main_window import MainWindow

RECOVER_NOW = "Nu herstellen"
RESTORE_BACKUP = "Herstellen naar de back-up van "
START_EMPTY = "Beginnen met een lege database"
# Only a broken app makes the test wait this long: then every window is closed, so
# run_gui returns and the test fails on what it finds instead of hanging.
GIVE_UP_MS = 60_000


def damaged_file_with_a_backup(db_path: Path) -> None:
    """Zoë is in a verified backup; Bram came later, and another program then deleted him
    with foreign keys off: his phase change points at no one, which the check reports."""
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg"))
        make_backup(store, default_backups_dir(), datetime(2026, 3, 2, 17, 4))
        bram = store.employees.add(EmployeeDraft(name="Bram Maes", team="Zorg"))
        store.employees.update(
            bram.id, EmployeeDraft(name="Bram Maes", team="Zorg", growth_phase=GrowthPhase.MENTOR)
        )
    with closing(sqlite3.connect(db_path)) as other_program:
        other_program.execute("PRAGMA foreign_keys = OFF")
        other_program.execute("DELETE FROM employee WHERE name = 'Bram Maes'")
        other_program.commit()


def orphans(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as reader:
        return [str(row[0]) for row in reader.execute("PRAGMA foreign_key_check")]


@dataclass
class WhatTheWindowShowed:
    people: list[str]
    welcome: bool  # the welcome page of an empty database, instead of the people


@dataclass
class Person:
    """Answers every dialog the app shows, as the test says; looks at each window."""

    choice: str
    boxes: list[str] = field(default_factory=list)
    windows: list[WhatTheWindowShowed] = field(default_factory=list)
    databases: list[Path] = field(default_factory=list)
    shown: int = 0  # main windows that appeared

    def answer_box(self, box: QMessageBox) -> int:
        self.boxes.append(box.text())
        wanted = RECOVER_NOW if len(self.boxes) == 1 else self.choice
        chosen = [b for b in box.buttons() if b.text().startswith(wanted)]
        assert chosen, f"no button {wanted!r} in {[b.text() for b in box.buttons()]}"
        chosen[0].click()
        return 0

    def answer_static(self, parent: Any, title: str, text: str, *rest: Any) -> Any:
        self.boxes.append(text)  # a warning or question nobody expected: the test fails
        return QMessageBox.StandardButton.No

    def look_and_close(self, window: MainWindow) -> None:
        """The window after recovery, as the person sees it; then they close the app."""
        self.windows.append(
            WhatTheWindowShowed(
                people=[window.filter.index(r, 0).data() for r in range(window.filter.rowCount())],
                welcome=window.pages.currentWidget() is window.welcome,
            )
        )
        self.databases.append(window.session.store.path)
        window.close()


class WindowsShown(QObject):
    """Sees each main window appear; the second one (after recovery) is looked at."""

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Show:
            self.person.shown += 1
            if self.person.shown == 2:
                # Once the app's event loop runs again, as the person would.
                QTimer.singleShot(0, lambda: self.person.look_and_close(watched))
        return False


def give_up() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def app_as_started(qapp: QApplication) -> Iterator[None]:
    """run_gui installs translators and a default locale: taken away again afterwards."""
    before = {id(t) for t in qapp.findChildren(QTranslator)}
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        if id(translator) not in before:
            qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def run_app_as_person(
    qapp: QApplication, db_path: Path, person: Person, monkeypatch: pytest.MonkeyPatch
) -> int:
    def exec_box(box: QMessageBox) -> int:  # a plain function: Qt passes the box
        return person.answer_box(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    for kind in ("critical", "warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, person.answer_static)
    shown = WindowsShown(person)
    qapp.installEventFilter(shown)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(give_up)
    safety.start(GIVE_UP_MS)
    try:
        return run_gui(db_path, "nl")
    finally:
        safety.stop()
        qapp.removeEventFilter(shown)


@pytest.mark.parametrize(
    ("choice", "shown"),
    [
        # The backup's data: Zoë, without Bram who came after it, on the same file.
        (RESTORE_BACKUP, WhatTheWindowShowed(["Zoë Peeters · Zorg"], welcome=False)),
        (START_EMPTY, WhatTheWindowShowed([], welcome=True)),
    ],
    ids=["restore-the-backup", "start-empty"],
)
def test_damage_found_in_the_background_is_recovered_and_the_window_comes_back(
    qtbot: QtBot,
    qapp: QApplication,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_as_started: None,
    choice: str,
    shown: WhatTheWindowShowed,
) -> None:
    damaged_file_with_a_backup(db_path)
    assert orphans(db_path)
    person = Person(choice=choice)
    assert run_app_as_person(qapp, db_path, person, monkeypatch) == 0

    damage_found, recovery = person.boxes  # and no other dialog
    assert damage_found.startswith(
        "Bij de controle van de leercoach-database is schade vastgesteld."
    )
    # The file set aside, and beside it its WAL and SHM when a reader still had them
    # (the list's talks are read on a connection of its own): one file, kept as a pair.
    (aside,) = [
        found
        for found in db_path.parent.glob("leercoach.db.damaged-*")
        if not found.name.endswith(SIDECARS)
    ]
    assert f"opzijgezet als {aside.name}." in recovery
    assert person.windows == [shown]
    assert person.databases == [db_path]
    assert orphans(db_path) == []
    assert orphans(aside), "the damaged file is kept as it was, for whoever looks at it"


def test_a_file_in_use_by_another_window_is_said_and_no_window_opens(
    qtbot: QtBot,
    qapp: QApplication,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_as_started: None,
) -> None:
    person = Person(choice=RECOVER_NOW)
    with Store.open(db_path):  # the other window
        assert run_app_as_person(qapp, db_path, person, monkeypatch) == 1
    (said,) = person.boxes
    assert said.startswith(f"leercoach is voor dit bestand ({db_path}) al open")
    assert person.windows == [] and not person.shown


def test_a_file_that_cannot_be_made_is_said_and_no_window_opens(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_as_started: None,
) -> None:
    not_a_folder = tmp_path / "geen map"
    not_a_folder.write_text("een bestand waar de map van de database zou staan", "utf-8")
    db_path = not_a_folder / "leercoach.db"
    person = Person(choice=RECOVER_NOW)
    assert run_app_as_person(qapp, db_path, person, monkeypatch) == 1
    (said,) = person.boxes
    assert said.startswith(f"leercoach kan {db_path} niet openen:\n\n")
    assert person.windows == [] and not person.shown
