from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.store import Store, crypto
from leercoach.trust.backup import default_backups_dir, list_backups, make_backup
from leercoach.ui.batch_export import BatchExportDialog, export_batch
from leercoach.ui.erase_dialog import EraseDialog
from leercoach.ui.session import Session
from leercoach.ui.settings_dialog import SettingsDialog
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

from .conftest import type_text


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: messages.append(text)
    )
    return messages


# The team HR exports, in the order of the export (by name), and someone of another team.
TEAM = ["Bram Maes", "Minh Trần", "Zoë Peeters"]
OTHER_TEAM = "Jef Claes"


def secret_of(name: str) -> str:
    return f"Vertrouwelijk over {name.partition(' ')[0]}: overweegt een overstap"


@pytest.mark.parametrize("private", [False, True], ids=["without-notes", "with-notes"])
@pytest.mark.parametrize("combined", [False, True], ids=["folder", "combined"])
def test_hr_gets_the_growth_plan_of_each_team_member_for_the_period(
    qtbot: QtBot,
    make_window: Any,
    library: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    language: Any,
    combined: bool,
    private: bool,
) -> None:
    """What HR checks before printing: the right people, one each, in their own file or
    behind their own bookmark, with their name and the cycle's period; the manager's
    private notes only when HR ticked the box."""
    language("nl")
    window = make_window()
    store = window.session.store
    year = date.today().year
    deck = library.decks["check-in"]
    for name, team in [*((n, "Zorg") for n in TEAM), (OTHER_TEAM, "Keuken")]:
        person = store.employees.add(EmployeeDraft(name=name, team=team))
        talk = store.conversations.start(person.id, deck)
        store.conversations.set_shared_summary(talk.id, f"Samen afgesproken met {name}")
        store.conversations.set_private_note(talk.id, secret_of(name))
        store.conversations.complete(talk.id)
    window.reload_employees()
    out = tmp_path / "hr"
    out.mkdir()
    combined_file = out / f"groeiplannen {year}.pdf"

    def choose(dialog: BatchExportDialog) -> int:
        dialog.team.setCurrentIndex(dialog.team.findData("Zorg"))
        assert dialog.year.value() == year and not dialog.private.isChecked()
        dialog.private.setChecked(private)
        (dialog.combined if combined else dialog.separate).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BatchExportDialog, "exec", choose)
    target = combined_file if combined else out
    monkeypatch.setattr(BatchExportDialog, "choose_target", lambda dialog: target)
    window.export_growth_plans()

    # One text per person: their own file, or the pages behind their own bookmark.
    if combined:
        assert sorted(out.iterdir()) == [combined_file]
        reader = PdfReader(combined_file)
        assert [item.title for item in reader.outline] == TEAM  # type: ignore[union-attr]
        starts = [reader.get_destination_page_number(item) for item in reader.outline]  # type: ignore[arg-type]
        pages = pdf_text(combined_file).split("\f")
        ends = [*starts[1:], len(reader.pages)]
        texts = ["".join(pages[a:b]) for a, b in zip(starts, ends, strict=True)]
        assert told == [f"1 bestand geschreven naar {combined_file}."]
    else:
        files = [out / f"{name} - groeiplan {year}.pdf" for name in TEAM]
        assert sorted(out.iterdir()) == sorted(files)
        texts = [pdf_text(file) for file in files]
        assert told == [f"3 bestanden geschreven naar {out}."]
    for name, text in zip(TEAM, texts, strict=True):
        flat = " ".join(text.split())
        assert name in flat and f"januari – december {year}" in flat
        assert f"Samen afgesproken met {name}" in flat
        assert (secret_of(name) in flat) is private
        others = [n for n in [*TEAM, OTHER_TEAM] if n != name]
        assert not [n for n in others if n in flat], "another person's plan in this one"


@pytest.mark.parametrize("combined", [False, True], ids=["folder", "combined"])
def test_hr_export_works_on_an_encrypted_database(
    qtbot: QtBot,
    library: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    combined: bool,
) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF", TEST_KDF)  # cheap key derivation, for speed
    db = tmp_path / "versleuteld.db"
    names = ["Zoë Peeters", "Bram Maes", "Minh Trần"]
    out = tmp_path / "hr"
    out.mkdir()
    with Store.open(db, passphrase=TEST_PASSPHRASE) as store:
        assert crypto.is_encrypted(db)
        store.set_setting("manager_name", "An Peeters")
        store.employees.add_many([EmployeeDraft(name=name, team="Zorg") for name in names])

        def choose(dialog: BatchExportDialog) -> int:
            dialog.team.setCurrentIndex(dialog.team.findData("Zorg"))
            (dialog.combined if combined else dialog.separate).setChecked(True)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(BatchExportDialog, "exec", choose)
        combined_file = out / "alle.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(combined_file), "")
        )
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
        result = export_batch(Session(store, library))
    assert result is not None and result.ok, result
    written = sorted(out.iterdir())
    assert written == ([combined_file] if combined else sorted(r.path for r in result.written))
    assert len(result.written) == (1 if combined else len(names))
    text = "".join(pdf_text(pdf) for pdf in written)
    for name in names:
        assert name in text
    assert "An Peeters" in text
    if combined:
        assert len(PdfReader(combined_file).outline) == len(names)
    assert told and str(combined_file if combined else out) in told[-1]


def pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_personal_data_export_and_erasure_from_the_menu(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    window = make_window()
    store = window.session.store
    store.employees.add(EmployeeDraft(name="Bram Maes"))
    window.reload_employees()
    window.select_employee(zoe)
    target = tmp_path / "zoe.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_personal_data()
    assert json.loads(target.read_text("utf-8"))["employee"]["name"] == "Zoë Peeters"
    assert target.with_suffix(".pdf").exists()
    make_backup(store, default_backups_dir())

    def confirm(dialog: EraseDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        type_text(qtbot, dialog.confirm, "zoë peeters")
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    reports: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: reports.append(box.text()) or 0)
    window.erase_employee()
    assert reports and "is erased" in reports[-1]
    assert [e.name for e in store.employees.find()] == ["Bram Maes"]
    (backup,) = list_backups(default_backups_dir())
    assert "Zoë Peeters".encode() not in backup.path.read_bytes()
    assert window.people.rowCount() == 1


def test_settings_are_stored_in_the_database(qtbot: QtBot, store: Any, library: Any) -> None:
    dialog = SettingsDialog(Session(store, library))
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.manager, "Griet Ağaoğlu")
    dialog.start_month.setCurrentIndex(8)
    dialog.retention.setValue(36)
    dialog.accept()
    assert store.reporting.manager_name() == "Griet Ağaoğlu"
    assert store.reporting.cycle_start_month() == 9
    assert store.setting("retention_months") == "36"
