"""Every item model passes Qt's own consistency checks, with real data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from leercoach.decks import DeckFailure
from leercoach.domain import ActionOwner, ActionStatus, EmployeeDraft, LearningForm
from leercoach.domain.growth import Period
from leercoach.store import Store
from leercoach.ui.conversation.actions_model import ConversationActionsModel
from leercoach.ui.conversation.steps_model import REVIEW, SUMMARY, StepsModel
from leercoach.ui.growth_models import GoalTableModel
from leercoach.ui.models import (
    ID_ROLE,
    ActionTableModel,
    DeckTreeModel,
    TimelineModel,
)
from leercoach.ui.people_model import EmployeeFilter, EmployeeListModel
from leercoach.ui.search_model import SearchResultsModel


def people(store: Store) -> list[Any]:
    for name, team in (("Zoë Peeters", "Zorg"), ("Çelik Ayşe", "IT"), ("Bram Maes", "Zorg")):
        store.employees.add(EmployeeDraft(name=name, team=team))
    return store.employees.find()


def test_employee_list_and_filter(qtmodeltester: Any, store: Store) -> None:
    model = EmployeeListModel()
    model.set_rows(people(store))
    qtmodeltester.check(model)
    proxy = EmployeeFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("zoe")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Zoë Peeters · Zorg"]
    proxy.set_text("")
    proxy.set_team("Zorg")
    assert proxy.rowCount() == 2
    proxy.set_text("celik")
    assert proxy.rowCount() == 0
    proxy.set_team(None)
    assert proxy.rowCount() == 1


def test_action_table_marks_overdue(qtmodeltester: Any, store: Store) -> None:
    person = people(store)[0]
    store.actions.add(person.id, "Te laat", ActionOwner.SAMEN, date(2026, 1, 5))
    on_time = store.actions.add(person.id, "Op tijd", ActionOwner.MEDEWERKER, date(2026, 3, 1))
    store.actions.set_status(on_time.id, ActionStatus.BEZIG)
    model = ActionTableModel(today=date(2026, 2, 1))
    model.set_rows(store.actions.open_for(person.id))
    qtmodeltester.check(model)
    late_due = model.index(0, 2)
    assert "5" in late_due.data() and late_due.data() != model.index(1, 2).data()
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(ID_ROLE) == on_time.id


def test_timeline(qtmodeltester: Any, store: Store, mini_deck: Any) -> None:
    person = people(store)[0]
    store.conversations.start(person.id, mini_deck)
    store.conversations.complete(store.conversations.start(person.id, mini_deck).id)
    model = TimelineModel()
    model.set_rows(store.conversations.for_employee(person.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert "Mini-gesprek" in model.index(0, 0).data()


def test_deck_tree_groups_by_kind_and_lists_failures(qtmodeltester: Any, library: Any) -> None:
    model = DeckTreeModel()
    failure = DeckFailure(Path("/decks/kapot.toml"), ("kind: 'x' is not one of …",))
    model.set_decks(library.sorted("nl"), [failure])
    qtmodeltester.check(model)
    groups = model.rowCount()
    last = model.index(groups - 1, 0)
    assert model.rowCount(last) == 1
    child = model.index(0, 0, last)
    assert child.data() == "kapot.toml"
    assert "is not one of" in child.data(Qt.ItemDataRole.ToolTipRole)
    index = model.index_of("check-in")
    assert index.isValid() and index.data(ID_ROLE) == "check-in"


def test_steps_and_conversation_actions(qtmodeltester: Any, store: Store) -> None:
    steps = StepsModel()
    steps.set_steps([(REVIEW, "Eerdere afspraken"), ("a", "1. Vraag"), (SUMMARY, "Einde")], set())
    qtmodeltester.check(steps)
    steps.set_answered("a", True)
    assert steps.index(1, 0).data().startswith("✓")
    person = people(store)[0]
    store.actions.add(person.id, "Cursus", ActionOwner.SAMEN, date(2026, 4, 1))
    actions = ConversationActionsModel()
    actions.set_rows(store.actions.for_employee(person.id))
    qtmodeltester.check(actions)
    assert actions.index(0, 0).data().startswith("Cursus")


def test_goal_table_from_a_real_overview(qtmodeltester: Any, store: Store, library: Any) -> None:
    person = people(store)[0]
    year = Period.cycle_year(2026)
    goal = store.cycles.add_goal_for_period(person.id, year, "Presenteren", measurable="2x")
    store.actions.add(
        person.id,
        "Cursus",
        ActionOwner.MEDEWERKER,
        goal_id=goal.id,
        learning_form=LearningForm.OPLEIDING,
    )
    record = store.reporting.record(person.id, year, library)
    model = GoalTableModel()
    model.set_rows(record.overview(date(2026, 3, 1)).goals)
    qtmodeltester.check(model)
    assert model.row(0).goal == goal
    assert [model.index(0, c).data() for c in range(2)] == ["Presenteren", "1/5"]
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_column_titles_speak_the_users_language(qapp: Any, language: Callable[[str], str]) -> None:
    language("nl")
    titles = {
        model: [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        for model in (ActionTableModel(), GoalTableModel(), SearchResultsModel())
    }
    assert list(titles.values()) == [
        ["Wat", "Wie", "Tegen wanneer", "Status", "Hoe weten we het"],
        ["Doel", "SMART", "Streefdatum", "Status", "Leeracties"],
        ["Medewerker", "Datum", "Gevonden in", "Titel", "Tekst"],
    ]
    assert ActionTableModel().headerData(0, Qt.Orientation.Vertical) is None
    assert TimelineModel().headerData(0, Qt.Orientation.Horizontal) is None  # a list
