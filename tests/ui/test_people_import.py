"""Importing people from a CSV file in the app, as a user does it from the menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes the import shows: (text, informative text), answered with OK."""
    boxes: list[tuple[str, str]] = []

    def show(box: QMessageBox) -> int:
        boxes.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", show)
    return boxes


def test_importing_the_same_file_twice_skips_and_says_who(
    qtbot: QtBot,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[tuple[str, str]],
) -> None:
    people = tmp_path / "personeel.csv"
    people.write_text(
        "Naam;Team;E-mail;Personeelsnummer\n"
        "Zoë Van den Broeck;Zorg;zoe@voorbeeld.be;123\n"
        "Jef Peeters;IT;;\n"
        "jef peeters;IT;;\n",
        "utf-8-sig",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(people), ""))
    window = make_window()
    window.import_csv()
    assert shown[-1] == (
        "2 employee(s) imported.",
        "More than once in the file, imported once:\nline 4: jef peeters (same name as line 3)",
    )
    assert window.people.rowCount() == 2
    window.import_csv()
    assert shown[-1] == (
        "0 employee(s) imported.",
        "Already present, so not imported again:\n"
        "line 2: Zoë Van den Broeck (same employee number as Zoë Van den Broeck, Zorg)\n"
        "line 3: Jef Peeters (same name as Jef Peeters, IT)\n"
        "More than once in the file, imported once:\n"
        "line 4: jef peeters (same name as line 3)",
    )
    assert window.session.store.employees.count() == 2
    assert window.people.rowCount() == 2


def test_a_file_with_problems_says_which_and_imports_nobody(
    qtbot: QtBot,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "personeel.csv"
    broken.write_text("Naam;Startdatum\nZoë Peeters;32/13/2024\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    boxes: list[tuple[str, str]] = []

    def show(box: QMessageBox) -> int:
        boxes.append((box.text(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", show)
    window = make_window()
    window.import_csv()
    [(text, details)] = boxes
    assert text == "The file has problems; nothing was imported."
    assert "line 2" in details
    assert window.session.store.employees.count() == 0
    assert window.pages.currentWidget() is window.welcome


def test_the_dutch_app_shows_a_csv_problem_in_dutch(
    qtbot: QtBot, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Any
) -> None:
    language("nl")
    people = tmp_path / "personeel.csv"
    people.write_text("Naam;E-mail;Startdatum\nZoë Peeters;zoe-at-voorbeeld;31/02/2024\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(people), ""))
    details: list[str] = []

    def show(box: QMessageBox) -> int:
        details.append(box.detailedText())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", show)
    window = make_window()
    window.import_csv()
    assert details == [
        "regel 2: startdatum: '31/02/2024' is geen bestaande datum\n"
        "regel 2: e-mail: 'zoe-at-voorbeeld' is geen e-mailadres (naam@voorbeeld.be)"
    ]
    assert window.session.store.employees.count() == 0
