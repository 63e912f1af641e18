"""File › Agenda exporteren…: the calendar of the person selected, in Dutch, without the
action's text when asked, and never over a file that is not a calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import vobject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from leercoach.domain import ActionOwner
from leercoach.ui.calendar_export import CalendarExportDialog
from leercoach.ui.main_window import MainWindow


@pytest.fixture
def window(make_window: Callable[[], MainWindow], zoe: str, language: Any) -> MainWindow:
    """The window in Dutch on Zoë, with an action agreed and due."""
    language("nl")
    made = make_window()
    made.session.actions.add(zoe, "Meelopen op de spoed", ActionOwner.SAMEN, date(2026, 12, 15), "")
    assert made.select_employee(zoe)
    return made


def menu_item(window: MainWindow, text: str) -> Any:
    for action in window.menuBar().actions():
        for item in action.menu().actions():
            if item.text().replace("&", "") == text:
                return item
    raise AssertionError(f"no menu item {text!r}")


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """The user's answers: Zoë only, without details, saved as agenda(.ics)."""
    said: dict[str, Any] = {"file": str(tmp_path / "agenda"), "messages": []}

    def pick(dialog: CalendarExportDialog) -> int:
        dialog.who.setCurrentIndex(dialog.who.count() - 1)  # the person selected
        dialog.bare.setChecked(said.get("bare", True))
        said["choices"] = [dialog.who.itemText(i) for i in range(dialog.who.count())]
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CalendarExportDialog, "exec", pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (said["file"], ""))
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, *a, k=kind: said["messages"].append((k, text))
        )
    return said


def test_the_calendar_of_the_person_selected_in_dutch_without_details(
    window: MainWindow, answered: dict[str, Any], tmp_path: Path
) -> None:
    menu_item(window, "Agenda exporteren…").trigger()
    written = tmp_path / "agenda.ics"
    parsed = vobject.readOne(written.read_bytes().decode("utf-8"))
    titles = sorted(event.summary.value for event in parsed.vevent_list)
    assert "Afspraak met Zoë Peeters vervalt" in titles
    assert "Meelopen op de spoed" not in written.read_bytes().decode("utf-8")
    assert answered["choices"][0] == "Iedereen" and answered["choices"][-1] == "Zoë Peeters"
    kind, text = answered["messages"][-1]
    assert kind == "information" and str(written) in text
    assert text.startswith(f"{len(titles)} ")


def test_a_file_that_is_not_a_calendar_is_not_replaced(
    window: MainWindow, answered: dict[str, Any], tmp_path: Path
) -> None:
    notes = tmp_path / "notities.ics"
    notes.write_text("Niet overschrijven\n", encoding="utf-8")
    answered["file"] = str(notes)
    menu_item(window, "Agenda exporteren…").trigger()
    assert notes.read_text(encoding="utf-8") == "Niet overschrijven\n"
    kind, text = answered["messages"][-1]
    assert kind == "warning" and str(notes) in text
