from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.trust.backup import default_backups_dir, list_backups, make_backup
from leercoach.ui.backups import BackupScheduler
from leercoach.ui.session import Session
from leercoach.ui.startup import offer_retention_erasure, open_store_for_app


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Record message boxes and press the button whose text starts with ``press``."""
    seen: dict[str, Any] = {"texts": [], "press": None}

    def exec_box(box: QMessageBox) -> int:
        seen["texts"].append(box.text())
        for button in box.buttons():
            if seen["press"] and button.text().startswith(seen["press"]):
                button.click()
                break
        return 0

    def static(kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            seen["texts"].append(f"{kind}: {text}")
            return QMessageBox.StandardButton.Yes

        return show

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    for kind in ("critical", "warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    return seen


def test_damaged_database_is_set_aside_and_the_backup_offered(
    qtbot: QtBot, db_path: Path, messages: dict[str, Any]
) -> None:
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        make_backup(store, default_backups_dir(), datetime(2026, 11, 12, 17, 4))
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    messages["press"] = "Restore the backup of 12"
    store = open_store_for_app(db_path)
    assert store is not None
    try:
        assert [e.name for e in store.employees.find()] == ["Zoë Peeters"]
    finally:
        store.close()
    assert "damaged" in messages["texts"][0]
    assert len(list(db_path.parent.glob("leercoach.db.damaged-*"))) == 1


def test_second_window_on_the_same_file_opens_nothing(
    qtbot: QtBot, db_path: Path, messages: dict[str, Any]
) -> None:
    with Store.open(db_path):
        assert open_store_for_app(db_path) is None
    assert messages["texts"][0].startswith("critical: leercoach is already open")


def test_synced_folder_gets_a_warning(
    qtbot: QtBot, tmp_path: Path, messages: dict[str, Any]
) -> None:
    store = open_store_for_app(tmp_path / "Dropbox" / "leercoach.db")
    assert store is not None
    store.close()
    assert messages["texts"][0].startswith("warning: The leercoach file is in a synced folder")


def test_people_past_retention_are_erased_only_after_confirmation(
    qtbot: QtBot, store: Store, messages: dict[str, Any], library: Any
) -> None:
    from leercoach.ui.session import Session

    session = Session(store, library)
    store.employees.add(
        EmployeeDraft(name="Vertrokken", start_date=date(2010, 1, 1), end_date=date(2023, 1, 31))
    )
    store.employees.add(EmployeeDraft(name="Blijft"))
    messages["press"] = "Later"
    assert offer_retention_erasure(session, None, date(2026, 11, 23)) == 0
    assert store.employees.count() == 2
    messages["press"] = "Erase"
    assert offer_retention_erasure(session, None, date(2026, 11, 23)) == 1
    assert [e.name for e in store.employees.find()] == ["Blijft"]


def test_backup_on_close_and_after_a_quiet_spell(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    session = Session(store, load_library([shipped_decks_dir()]))
    scheduler = BackupScheduler(session, folder)
    session.people.add(EmployeeDraft(name="Nieuw"))
    scheduler.backup_when_quiet(datetime.now())  # just saved: not quiet yet
    assert not folder.exists() or list_backups(folder) == []
    scheduler.backup_when_quiet(datetime.now() + timedelta(hours=1))
    assert scheduler._worker is not None
    scheduler._worker.join(timeout=30)
    assert len(list_backups(folder)) == 1
    assert scheduler.backup_on_close() is None  # nothing changed since
    session.people.add(EmployeeDraft(name="Nog iemand"))
    assert scheduler.backup_on_close() is not None
    assert len(list_backups(folder)) == 2


def test_an_encrypted_database_asks_for_its_passphrase(
    qtbot: QtBot, db_path: Path, messages: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from leercoach.trust.conversion import encrypt_database

    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Geheim Persoon"))
    encrypt_database(db_path, "juist wachtwoord")
    answers = iter([("fout", True), ("juist wachtwoord", True)])
    prompts: list[str] = []

    def ask(parent: Any, title: str, label: str, *args: Any) -> tuple[str, bool]:
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    store = open_store_for_app(db_path)
    assert store is not None
    try:
        assert [e.name for e in store.employees.find()] == ["Geheim Persoon"]
    finally:
        store.close()
    assert prompts[0].startswith("Passphrase for") and "does not open" in prompts[1]
