"""The app's second connections on an encrypted database: recovery, restore and erasure.

Each of these once opened the file (or its backups) without the key, and no test saw it
because the tests' store fixture added the key behind their back.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.store import Store, crypto
from leercoach.store.access import Access
from leercoach.trust.backup import default_backups_dir, list_backups, make_backup
from leercoach.trust.recovery import IntegrityCheck
from leercoach.ui.erase_dialog import EraseDialog
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session
from leercoach.ui.startup import open_store_for_app, recover
from tests.conftest import TEST_KDF
from tests.erasure_helpers import NAME, add_person

PHRASE = "Kwikstaart-vertrouwelijk-5519"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF", TEST_KDF)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Qt's stock dialogs answered: the passphrase typed, a button pressed, texts kept."""
    seen: dict[str, Any] = {"texts": [], "details": [], "press": None}

    def exec_box(box: QMessageBox) -> int:
        seen["texts"].append(box.text())
        seen["details"].append(box.detailedText())
        for button in box.buttons():
            if seen["press"] and button.text().startswith(seen["press"]):
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PHRASE, True))
    return seen


def holds_person(path: Path) -> bool:
    conn = Access.unlock(path, PHRASE).connect(read_only=True)
    try:
        return conn.execute("SELECT 1 FROM employee WHERE name = ?", [NAME]).fetchone() is not None
    finally:
        conn.close()


def damage_the_employee_table(path: Path) -> None:
    with Store.open(path, passphrase=PHRASE) as store:
        (root,) = store.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'employee'"
        ).fetchone()
    with path.open("r+b") as file:
        file.seek((root - 1) * 4096 + 1000)
        file.write(b"\xab" * 2000)


def test_an_encrypted_damaged_database_is_offered_its_encrypted_backup(
    qtbot: QtBot, db_path: Path, boxes: dict[str, Any]
) -> None:
    with Store.open(db_path, passphrase=PHRASE) as store:
        add_person(store)
        make_backup(store, default_backups_dir(), datetime(2026, 11, 12, 17, 4))
    damage_the_employee_table(db_path)
    boxes["press"] = "Restore the backup of 12"
    # As the app does: open (the passphrase is asked), check in the background, and on
    # damage close and recover with what the passphrase gave.
    opened = open_store_for_app(db_path)
    assert opened is not None
    problems = IntegrityCheck(opened).run()
    assert problems
    opened.close()
    store = recover(opened.access, None)
    assert store is not None, boxes["texts"]
    try:
        assert store.access.encrypted
        assert NAME in [person.name for person in store.employees.find()]
    finally:
        store.close()
    assert "damaged" in boxes["texts"][0]
    (aside,) = db_path.parent.glob("leercoach.db.damaged-*[0-9]")
    assert crypto.is_encrypted(aside)  # set aside with its salt, so it still opens


def erase_in_the_app(
    qtbot: QtBot, store: Store, library: Any, person: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """People menu, Erase for good, the name confirmed (the dialog answered)."""
    window = MainWindow(Session(store, library), "nl")
    qtbot.addWidget(window)
    window.show()
    window.select_employee(person)
    monkeypatch.setattr(EraseDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window.erase_employee()


def test_erasure_from_the_app_reaches_encrypted_backups(
    qtbot: QtBot, db_path: Path, boxes: dict[str, Any], library: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store = Store.open(db_path, passphrase=PHRASE)
    try:
        person = add_person(store)
        for day in (1, 2):
            make_backup(store, default_backups_dir(), datetime(2026, 11, day, 9, 0))
        erase_in_the_app(qtbot, store, library, person, monkeypatch)
        assert NAME not in [p.name for p in store.employees.find()]
    finally:
        store.close()
    assert boxes["texts"] and "is erased" in boxes["texts"][-1]
    for backup in list_backups(default_backups_dir()):
        assert not holds_person(backup.path)


def test_the_app_names_a_copy_it_could_not_erase(
    qtbot: QtBot, db_path: Path, boxes: dict[str, Any], library: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    with Store.open(db_path) as store:
        person = add_person(store)
    damaged = db_path.with_name(f"{db_path.name}.damaged-20261130-090000")
    damaged.write_bytes(db_path.read_bytes()[:100] + b"\xab" * 8000)
    store = Store.open(db_path)
    try:
        erase_in_the_app(qtbot, store, library, person, monkeypatch)
    finally:
        store.close()
    assert "NOT erased everywhere" in boxes["texts"][-1] or "NIET" in boxes["texts"][-1]
    assert str(damaged) in boxes["details"][-1]
