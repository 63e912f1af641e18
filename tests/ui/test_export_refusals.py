"""Every export of the app keeps to the rule: the database and other files are never lost.

The HR batch export (combined file and folder), the personal-data export and the growth
tab's "save as PDF". Qt's stock dialogs are answered by the test; the export is real, and
the app speaks Dutch, as it does by default.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.ui.batch_export import BatchExportDialog
from leercoach.ui.i18n import install_translators

A_LETTER = "Getekend verslag van het gesprek; niet overschrijven."
posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks without privileges")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Dialogs:
    """What the stock message boxes were asked, and the answer to a question."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.told: list[str] = []
        self.answer = QMessageBox.StandardButton.No
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: self.warn(text))
        monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: self.ask(text))
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: self.tell(text))

    def warn(self, text: str) -> QMessageBox.StandardButton:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def ask(self, text: str) -> QMessageBox.StandardButton:
        self.questions.append(text)
        return self.answer

    def tell(self, text: str) -> QMessageBox.StandardButton:
        self.told.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Dialogs]:
    before = {id(t) for t in qapp.findChildren(QTranslator)}
    install_translators(qapp, "nl")
    yield Dialogs(monkeypatch)
    for translator in qapp.findChildren(QTranslator):
        if id(translator) not in before:
            qapp.removeTranslator(translator)


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def batch_form(monkeypatch: pytest.MonkeyPatch, *, combined: bool) -> None:
    def choose(dialog: BatchExportDialog) -> int:
        (dialog.combined if combined else dialog.separate).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BatchExportDialog, "exec", choose)


@pytest.fixture
def team_window(make_window: Callable[[], Any]) -> Any:
    window = make_window()
    store = window.session.store
    for name in ("Zoë Peeters", "Bram Maes"):
        store.employees.add(EmployeeDraft(name=name, team="Zorg"))
    window.reload_employees()
    return window


@posix_only
def test_the_combined_export_onto_the_database_is_refused(
    qtbot: QtBot,
    team_window: Any,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    link = tmp_path / "groeiplannen.pdf"
    link.symlink_to(db_path)
    before = digest(db_path)
    batch_form(monkeypatch, combined=True)
    for target in (db_path, link):
        save_as(monkeypatch, target)
        team_window.export_growth_plans()
        assert dialogs.warnings[-1] == (
            f"{target} is de leercoach-database. Kies een andere bestandsnaam."
        )
    assert len(dialogs.warnings) == 2 and dialogs.told == []
    assert digest(db_path) == before and link.is_symlink()
    assert len(team_window.session.store.employees.find()) == 2


@pytest.fixture
def hr_folder(
    team_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> Path:
    """The folder the team's PDFs were exported to once, without a question: it was empty."""
    folder = tmp_path / "hr"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    batch_form(monkeypatch, combined=False)
    team_window.export_growth_plans()
    assert dialogs.questions == [] and dialogs.warnings == []
    return folder


def test_earlier_pdfs_in_the_folder_are_replaced_after_one_question(
    qtbot: QtBot, team_window: Any, hr_folder: Path, dialogs: Dialogs
) -> None:
    folder = hr_folder
    first = {pdf.name: digest(pdf) for pdf in folder.iterdir()}
    assert len(first) == 2
    for pdf in folder.iterdir():
        pdf.write_bytes(b"%PDF-1.7\n% older\n%%EOF\n")
    older = {pdf.name: digest(pdf) for pdf in folder.iterdir()}

    dialogs.answer = QMessageBox.StandardButton.No
    team_window.export_growth_plans()
    (question,) = dialogs.questions
    assert question.startswith("2 bestanden met dezelfde naam worden vervangen:")
    assert all(name in question for name in first)
    assert {pdf.name: digest(pdf) for pdf in folder.iterdir()} == older

    dialogs.answer = QMessageBox.StandardButton.Yes
    team_window.export_growth_plans()
    assert len(dialogs.questions) == 2
    assert sorted(pdf.name for pdf in folder.iterdir()) == sorted(first)
    for pdf in folder.iterdir():
        assert len(PdfReader(pdf).pages) >= 1


def test_a_letter_among_the_pdfs_stops_the_folder_export_before_any_is_written(
    qtbot: QtBot, team_window: Any, hr_folder: Path, dialogs: Dialogs
) -> None:
    earlier, letter = sorted(hr_folder.iterdir())
    letter.write_text(A_LETTER, "utf-8")
    before = digest(earlier)
    dialogs.answer = QMessageBox.StandardButton.Yes
    team_window.export_growth_plans()
    assert dialogs.warnings == [
        f"{letter} is geen pdf, dus leercoach vervangt het niet. Kies een andere bestandsnaam."
    ]
    assert dialogs.questions == []
    assert letter.read_text("utf-8") == A_LETTER and digest(earlier) == before


@pytest.fixture
def zoe_window(make_window: Callable[[], Any], zoe: str) -> Any:
    window = make_window()
    window.select_employee(zoe)
    return window


def test_the_personal_data_export_checks_the_pdf_beside_the_json(
    qtbot: QtBot, zoe_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    window = zoe_window
    target = tmp_path / "zoe.json"
    letter = target.with_suffix(".pdf")
    letter.write_text(A_LETTER, "utf-8")
    save_as(monkeypatch, target)
    window.export_personal_data()
    (warning,) = dialogs.warnings
    assert warning.startswith(f"{letter} is geen pdf")
    assert not target.exists() and letter.read_text("utf-8") == A_LETTER

    letter.unlink()
    window.export_personal_data()
    assert target.exists() and len(PdfReader(letter).pages) >= 1 and dialogs.questions == []
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.export_personal_data()
    # The save dialog asked about the JSON; the PDF beside it is asked about here.
    (question,) = dialogs.questions
    assert question.startswith("1 bestand met dezelfde naam wordt vervangen:")
    assert letter.name in question and target.name not in question


def test_save_as_pdf_onto_the_database_is_refused(
    qtbot: QtBot,
    zoe_window: Any,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    window = zoe_window
    growth = window.employee_view.growth
    window.employee_view.tabs.setCurrentWidget(growth)
    before = digest(db_path)
    hard_link = tmp_path / "zoe.pdf"
    hard_link.hardlink_to(db_path)
    save_as(monkeypatch, tmp_path / "zoe")  # the ".pdf" is added: the same file
    assert growth.save_pdf() is None
    assert dialogs.warnings == [
        f"{hard_link} is de leercoach-database. Kies een andere bestandsnaam."
    ]
    assert digest(db_path) == before
    assert len(window.session.store.employees.find()) == 1
