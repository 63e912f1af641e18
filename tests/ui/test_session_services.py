"""The session's services, driven from the widgets as a manager uses them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, EmployeeDraft, GoalStatus, LearningForm
from leercoach.store import Store, ValidationError
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session
from leercoach.ui.settings_dialog import SettingsDialog
from leercoach.ui.startup import offer_retention_erasure


def test_clearing_an_actions_learning_form_is_saved(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    library: Any,
    zoe: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    store = window.session.store
    talk = store.conversations.start(zoe, library.decks["check-in"])
    action = store.actions.add(
        zoe,
        "Meelopen met de planner",
        ActionOwner.MEDEWERKER,
        conversation_id=talk.id,
        learning_form=LearningForm.MEELOPEN,
    )
    window.open_conversation(talk)
    page = window.conversation_page
    choice: dict[str, Any] = {}

    def edit(dialog: ActionDialog) -> int:
        assert dialog.learning_form() is LearningForm.MEELOPEN  # shown as it is
        dialog.learning.setCurrentIndex(dialog.learning.findData(choice["form"]))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", edit)
    choice["form"] = LearningForm.MEELOPEN.value  # saved untouched: the form stays
    page.agreed_actions.edit(0)
    assert store.actions.get(action.id).learning_form is LearningForm.MEELOPEN
    choice["form"] = None  # "(not said)"
    monkeypatch.setattr(
        ActionDialog, "exec", lambda dialog: dialog.learning.setCurrentIndex(0) or 1
    )
    page.agreed_actions.edit(0)
    assert store.actions.get(action.id).learning_form is None


def test_a_goal_the_store_refuses_starts_no_cycle(store: Store, library: Any) -> None:
    session = Session(store, library)
    person = session.people.add(EmployeeDraft(name="Nadia"))
    year = session.growth.period_for_year(2026)
    with pytest.raises(ValidationError):
        session.growth.save_goal(person.id, year, None, "Doel\x00", {}, None, GoalStatus.OPEN)
    assert store.cycles.for_employee(person.id) == []
    goal = session.growth.save_goal(
        person.id, year, None, "Presenteren", {"measurable": "twee keer"}, None, GoalStatus.BEZIG
    )
    (cycle,) = store.cycles.for_employee(person.id)
    assert store.cycles.goals(cycle.id) == [goal] and goal.status is GoalStatus.BEZIG


def test_new_settings_reach_the_growth_tab_at_once(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.select_employee(zoe)
    growth = window.employee_view.growth
    window.employee_view.tabs.setCurrentWidget(growth)
    january = growth.overview.period if growth.overview else None
    assert january is not None and january.start.month == 1

    def september(dialog: SettingsDialog) -> int:
        dialog.start_month.setCurrentIndex(8)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", september)
    window.show_settings()
    assert window.session.read_settings().cycle_start_month == 9
    assert growth.overview is not None and growth.overview.period.start.month == 9


def test_a_bad_stored_retention_does_not_stop_the_start(
    qtbot: QtBot, store: Store, library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.set_setting("retention_months", "twee jaar")  # edited by hand, say
    store.employees.add(
        EmployeeDraft(name="Vertrokken", start_date=date(2010, 1, 1), end_date=date(2023, 1, 31))
    )
    texts: list[str] = []

    def later(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0  # no button clicked: later

    monkeypatch.setattr(QMessageBox, "exec", later)
    assert offer_retention_erasure(Session(store, library), None, date(2026, 11, 23)) == 0
    assert len(texts) == 1 and "24" in texts[0]  # the default retention period
