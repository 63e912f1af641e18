from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from leercoach.decks import DeckLibrary
from leercoach.domain import (
    ActionOwner,
    CyclePhase,
    EmployeeDraft,
    GoalStatus,
    GrowthPhase,
    LearningForm,
)
from leercoach.reports import export_growth_summary
from leercoach.store import Store
from leercoach.ui import words
from leercoach.ui.colours import colours
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.goal_dialog import GoalDialog
from leercoach.ui.main_window import MainWindow
from leercoach.ui.printing import a4_printer, paint_pdf
from leercoach.ui.session import Session

from .conftest import type_text

DECEMBER_FIRST = datetime(2026, 12, 1, 10, 0)


@pytest.fixture
def growth_on_december_first(
    qtbot: QtBot, db_path: Path, library: DeckLibrary, language: Callable[[str], str]
) -> Iterator[Any]:
    """Zoë's growth tab on 1 December 2026 by the store's clock, in Dutch; cycles from January."""
    language("nl")
    with Store.open(db_path, clock=lambda: DECEMBER_FIRST) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", start_date=date(2019, 5, 1)))
        window = MainWindow(Session(store, library), "nl")
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.select_employee(zoe.id)
        view = window.employee_view.growth
        window.employee_view.tabs.setCurrentWidget(view)
        yield view
        window.close()


def test_a_goal_past_its_date_says_overdue_in_words_and_in_red(
    growth_on_december_first: Any,
) -> None:
    growth = growth_on_december_first
    store = growth.session.store
    cycle = store.cycles.start_for(growth.employee.id, growth.overview.period)
    store.cycles.add_goal(
        cycle.id, "Weekplanning maken", due_date=date(2026, 6, 30), status=GoalStatus.BEZIG
    )
    store.cycles.add_goal(cycle.id, "Intake leiden", due_date=date(2026, 12, 15))
    growth.refresh()
    late = [growth.goals.index(0, column) for column in range(4)]
    assert [cell.data() for cell in late] == [
        "Weekplanning maken",
        "0/5",
        words.short_date(date(2026, 6, 30)) + " (te laat)",
        "bezig",
    ]
    assert late[2].data(Qt.ItemDataRole.ForegroundRole).color() == colours().overdue
    assert late[3].data(Qt.ItemDataRole.ForegroundRole).color() == colours().overdue
    in_time = growth.goals.index(1, 2)
    assert in_time.data() == words.short_date(date(2026, 12, 15))
    assert in_time.data(Qt.ItemDataRole.ForegroundRole) is None


def test_in_the_last_months_the_tab_says_when_the_cycle_ends_and_offers_the_next(
    growth_on_december_first: Any,
) -> None:
    growth = growth_on_december_first
    assert growth.year.value() == 2026
    assert growth.ending.isVisible()
    assert growth.ends_notice.text() == "Deze cyclus eindigt op 31 december 2026, over 30 dagen."
    assert growth.next_cycle_button.text() == "Plan de &volgende cyclus (2027)"
    growth.next_cycle_button.click()
    assert growth.year.value() == 2027
    assert not growth.ending.isVisible() and growth.start_button.isVisible()
    growth.start_button.click()
    (cycle,) = growth.session.store.cycles.for_employee(growth.employee.id)
    assert (cycle.period_start, cycle.period_end) == (date(2027, 1, 1), date(2027, 12, 31))


def test_a_cycle_from_september_is_shown_and_offers_the_next_in_july(
    qtbot: QtBot, db_path: Path, library: DeckLibrary, language: Callable[[str], str]
) -> None:
    language("nl")
    with Store.open(db_path, clock=lambda: datetime(2027, 7, 1, 9, 0)) as store:
        store.set_setting("cycle_start_month", "9")
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", start_date=date(2019, 5, 1)))
        window = MainWindow(Session(store, library), "nl")
        qtbot.addWidget(window)
        window.show()
        window.select_employee(zoe.id)
        growth = window.employee_view.growth
        window.employee_view.tabs.setCurrentWidget(growth)
        assert growth.year.value() == 2026  # September 2026 to August 2027, running today
        assert growth.ends_notice.text() == (
            "Deze cyclus eindigt op 31 augustus 2027, over 61 dagen."
        )
        assert growth.next_cycle_button.text() == "Plan de &volgende cyclus (2027)"
        window.close()


def test_a_goal_due_after_its_cycle_ends_is_warned_about_but_kept(
    growth_on_december_first: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    growth = growth_on_december_first
    seen: list[bool] = []

    def fill_goal(dialog: GoalDialog) -> int:
        dialog.title.setText("Intake leiden")
        dialog.due.set_value(date(2026, 12, 31))
        seen.append(not dialog.after_cycle.isHidden())
        dialog.due.set_value(date(2027, 2, 1))
        seen.append(not dialog.after_cycle.isHidden())
        assert dialog.after_cycle.text() == (
            "Let op: deze datum valt na het einde van de cyclus (31 december 2026); het doel"
            " wordt dan niet in deze cyclus geëvalueerd."
        )
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", fill_goal)
    growth.add_goal_button.click()
    assert seen == [False, True]
    (cycle,) = growth.session.store.cycles.for_employee(growth.employee.id)
    (goal,) = growth.session.store.cycles.goals(cycle.id)
    assert goal.due_date == date(2027, 2, 1)


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
    assert growth.goals.index(0, 4).data() == "1 leeractie: meelopen"
    growth.phase.setCurrentIndex(growth.phase.findData(CyclePhase.OPVOLGEN.value))
    growth.phase.activated.emit(growth.phase.currentIndex())
    assert store.cycles.get(cycle.id).phase is CyclePhase.OPVOLGEN
    assert growth.missing.stringList() == [
        "Bij het doel ‘Zelfstandig de weekplanning maken’ ontbreekt nog: specifiek, acceptabel,"
        " realistisch en tijdgebonden.",
        "Er is nog geen plangesprek gevoerd.",
        "Er is nog geen opvolggesprek gevoerd, zoals een check-in.",
        "Er is nog geen evaluatiegesprek gevoerd.",
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


def steps_of_zoe(store: Store, zoe: str) -> None:
    """Zoë grew from bekwaam (1 March 2021) to expert (15 September 2024)."""
    store.employees.set_growth_phase(zoe, GrowthPhase.BEKWAAM, date(2021, 3, 1), "eigen dienst")
    store.employees.set_growth_phase(zoe, GrowthPhase.EXPERT, date(2024, 9, 15))


def test_the_person_view_shows_the_growth_phase_history_with_dates(
    make_window: Any, zoe: str, open_store: Callable[[], Store], language: Callable[[str], str]
) -> None:
    language("nl")
    steps_of_zoe(open_store(), zoe)
    window = make_window()
    window.select_employee(zoe)
    history = window.employee_view.phase_history
    assert history.isVisible()
    assert history.text() == (
        f"Groeifasen: bekwaam ({words.short_date(date(2021, 3, 1))})"
        f"  →  expert ({words.short_date(date(2024, 9, 15))})"
    )
    assert history.toolTip() == f"{words.short_date(date(2021, 3, 1))}: eigen dienst"


def test_someone_whose_phase_never_changed_shows_no_history(
    make_window: Any, zoe: str, language: Callable[[str], str]
) -> None:
    language("nl")
    window = make_window()
    window.select_employee(zoe)
    assert window.employee_view.details.isVisible()
    assert not window.employee_view.phase_history.isVisible()


def test_the_growth_pdf_prints_the_growth_phase_history(
    growth: Any, zoe: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Any
) -> None:
    steps_of_zoe(growth.session.store, zoe)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "zoe.pdf"), "")
    )
    saved = growth.save_pdf()
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Groeifasen: bekwaam (1 maart 2021) → expert (15 september 2024)" in " ".join(
        text.split()
    )
