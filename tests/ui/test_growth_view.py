from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, CyclePhase, GoalStatus, LearningForm
from leercoach.reports import export_growth_summary
from leercoach.ui import words
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.goal_dialog import GoalDialog
from leercoach.ui.printing import a4_printer, paint_pdf

from .conftest import type_text


def test_a_goal_and_its_learning_action_are_added_from_the_growth_tab(
    qtbot: QtBot, growth: Any, zoe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = growth.session.store
    assert growth.start_button.isVisible() and growth.goals.rowCount() == 0

    def fill_goal(dialog: GoalDialog) -> int:
        type_text(qtbot, dialog.title, "Zelfstandig de weekplanning maken")
        dialog.parts["measurable"].setPlainText("Vier weken zonder hulp")
        dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.BEZIG.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", fill_goal)
    growth.add_goal_button.click()
    (cycle,) = store.cycles.for_employee(zoe)
    (goal,) = store.cycles.goals(cycle.id)
    assert goal.title == "Zelfstandig de weekplanning maken"
    assert goal.measurable == "Vier weken zonder hulp" and goal.status is GoalStatus.BEZIG
    assert growth.goals.rowCount() == 1
    assert growth.goals.index(0, 1).data() == "1/5"
    assert not growth.start_button.isVisible()

    def fill_action(dialog: ActionDialog) -> int:
        dialog.what.setPlainText("Meelopen met de planner")
        dialog.owner.setCurrentIndex(dialog.owner.findData(ActionOwner.MEDEWERKER.value))
        dialog.learning.setCurrentIndex(dialog.learning.findData(LearningForm.MEELOPEN.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill_action)
    growth.goals_view.selectRow(0)
    growth.add_learning_button.click()
    (action,) = store.actions.for_goal(goal.id)
    assert action.learning_form is LearningForm.MEELOPEN
    assert growth.goals.index(0, 4).data() == "1 actie: meelopen"
    growth.phase.setCurrentIndex(growth.phase.findData(CyclePhase.OPVOLGEN.value))
    growth.phase.activated.emit(growth.phase.currentIndex())
    assert store.cycles.get(cycle.id).phase is CyclePhase.OPVOLGEN
    assert growth.missing.stringList() == [
        "Bij het doel ‘Zelfstandig de weekplanning maken’ ontbreekt nog: specifiek, acceptabel,"
        " realistisch en tijdgebonden.",
        "Er is nog geen plannend gesprek gevoerd, zoals een ontwikkelgesprek.",
        "Er is nog geen opvolgingsgesprek gevoerd, zoals een check-in.",
        "Er is nog geen evaluatiegesprek gevoerd, zoals een functioneringsgesprek.",
    ]


def test_editing_a_goal_shows_what_was_written_and_changes_only_what_was_changed(
    qtbot: QtBot, growth: Any, zoe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = growth.session.store
    period = store.reporting.period_for_year(date.today().year)
    cycle = store.cycles.add(zoe, period.start, period.end)
    due = date(date.today().year, 11, 30)
    store.cycles.add_goal(
        cycle.id, "Weekplanning maken", measurable="Vier weken zonder hulp", due_date=due
    )
    growth.refresh()
    seen: dict[str, object] = {}

    def edit(dialog: GoalDialog) -> int:
        seen["window"] = dialog.windowTitle()
        seen["title"] = dialog.title.text()
        seen["measurable"] = dialog.parts["measurable"].toPlainText()
        seen["due"] = dialog.due_date()
        dialog.title.clear()
        type_text(qtbot, dialog.title, "Zelfstandig de weekplanning maken")
        dialog.parts["specific"].setPlainText("De planning van het hele team")
        dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.BEHAALD.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", edit)
    growth.goals_view.setCurrentIndex(growth.goals.index(0, 0))
    qtbot.keyClick(growth.goals_view, Qt.Key.Key_Return)  # opens the goal, as a double-click
    assert seen == {
        "window": "Doel bewerken",
        "title": "Weekplanning maken",
        "measurable": "Vier weken zonder hulp",
        "due": due,
    }
    row = [growth.goals.index(0, column).data() for column in range(4)]
    assert row == ["Zelfstandig de weekplanning maken", "2/5", words.short_date(due), "behaald"]
    (goal,) = store.cycles.goals(cycle.id)
    assert (goal.title, goal.specific, goal.measurable, goal.due_date, goal.status) == (
        "Zelfstandig de weekplanning maken",
        "De planning van het hele team",
        "Vier weken zonder hulp",
        due,
        GoalStatus.BEHAALD,
    )
    assert growth.missing.stringList()[0] == (
        "Bij het doel ‘Zelfstandig de weekplanning maken’ ontbreekt nog: acceptabel,"
        " realistisch en tijdgebonden."
    )


def test_save_as_pdf_writes_the_summary(
    qtbot: QtBot, growth: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Any
) -> None:
    target = tmp_path / "zoe"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    saved = growth.save_pdf()
    assert saved == tmp_path / "zoe.pdf"
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Zoë Peeters" in text


def test_printing_paints_every_page_of_the_same_pdf(
    qtbot: QtBot, growth: Any, tmp_path: Path
) -> None:
    store = growth.session.store
    employee = growth.employee
    for number in range(40):
        store.actions.add(employee.id, f"Actie {number} " + "lang " * 30, ActionOwner.SAMEN)
    source = export_growth_summary(
        store,
        employee.id,
        store.reporting.period_for_year(date.today().year),
        tmp_path / "bron.pdf",
        growth.session.library,
    )
    assert source.pages >= 2
    printer = a4_printer()
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printed = tmp_path / "afgedrukt.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(96)
    assert paint_pdf(printer, source.path) == source.pages
    assert len(PdfReader(printed).pages) == source.pages
