"""Changing what is already there: a person's details, archiving them, an agreed action.

Each change is made as the manager makes it (the button, the dialog, Enter on a row) and
checked where they look for it: the list, the person's header, the conversation's list
of actions, and the file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, EmployeeDraft, GrowthPhase
from leercoach.ui.archive_dialog import ArchiveDialog
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.employee_dialog import EmployeeDialog

from .conftest import type_text
from .test_autosave import start_talk


def names_listed(window: Any) -> list[str]:
    return [window.filter.index(row, 0).data() for row in range(window.filter.rowCount())]


def test_editing_a_person_shows_their_details_and_changes_them_everywhere(
    qtbot: QtBot, make_window: Any, zoe: str, monkeypatch: pytest.MonkeyPatch, language: Any
) -> None:
    language("nl")
    window = make_window()
    window.session.people.add(EmployeeDraft(name="Bram Maes", team="IT"))
    assert window.select_employee(zoe)
    shown: dict[str, object] = {}

    def edit(dialog: EmployeeDialog) -> int:
        shown.update(
            name=dialog.name.text(), team=dialog.team.currentText(), start=dialog.start.value()
        )
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Zoë Peeters-Janssens")
        dialog.team.setCurrentText("Thuiszorg")
        dialog.phase.setCurrentIndex(list(GrowthPhase).index(GrowthPhase.MENTOR))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EmployeeDialog, "exec", edit)
    window.employee_view.edit_button.click()
    assert shown == {"name": "Zoë Peeters", "team": "Zorg", "start": date(2019, 5, 1)}
    assert names_listed(window) == ["Bram Maes · IT", "Zoë Peeters-Janssens · Thuiszorg"]
    assert window.employee_view.name.text() == "Zoë Peeters-Janssens"
    # The role and start date the dialog did not change stay as they were.
    assert window.employee_view.details.text() == (
        "verpleegkundige  ·  Thuiszorg  ·  groeifase: mentor  ·  sinds 1 mei 2019"
    )
    person = window.session.store.employees.get(zoe)
    assert (person.name, person.team, person.role, person.start_date) == (
        "Zoë Peeters-Janssens",
        "Thuiszorg",
        "verpleegkundige",
        date(2019, 5, 1),
    )
    assert person.growth_phase is GrowthPhase.MENTOR


def test_an_archived_person_leaves_the_list_until_asked_for_and_comes_back(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    monkeypatch: pytest.MonkeyPatch,
    language: Any,
) -> None:
    language("nl")
    window = make_window()
    window.session.people.add(EmployeeDraft(name="Bram Maes", team="IT"))
    assert window.select_employee(zoe)
    view = window.employee_view
    answer = [ArchiveDialog.DialogCode.Rejected]
    monkeypatch.setattr(ArchiveDialog, "exec", lambda dialog: answer[0])  # asks the end date
    view.archive_button.click()
    assert names_listed(window) == ["Bram Maes · IT", "Zoë Peeters · Zorg"], "not confirmed"

    answer[0] = ArchiveDialog.DialogCode.Accepted
    view.archive_button.click()
    assert names_listed(window) == ["Bram Maes · IT"]
    assert window.session.store.employees.get(zoe).archived

    window.show_archived.setChecked(True)  # "Toon gearchiveerden"
    assert "Zoë Peeters · Zorg" in names_listed(window)
    assert window.select_employee(zoe)
    assert view.details.text().endswith("  ·  gearchiveerd")
    assert view.archive_button.text() == "Uit &archief halen"
    view.archive_button.click()  # taking someone back out asks nothing
    window.show_archived.setChecked(False)
    assert names_listed(window) == ["Bram Maes · IT", "Zoë Peeters · Zorg"]
    assert not window.session.store.employees.get(zoe).archived


def test_an_agreed_action_is_edited_from_the_conversation(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    language: Any,
) -> None:
    language("nl")
    window = make_window()
    page, _, _ = start_talk(window, zoe)
    assert page.conversation is not None
    store = window.session.store
    answer_dialogs["action"] = ("Cursus plannen", ActionOwner.LEIDINGGEVENDE, None, "")
    page.add_action()
    shown: dict[str, object] = {}

    def edit(dialog: ActionDialog) -> int:
        shown["what"] = dialog.what.toPlainText()
        shown["owner"] = dialog.owner.currentData()
        dialog.what.setPlainText("Cursus timemanagement boeken")
        dialog.owner.setCurrentIndex(dialog.owner.findData(ActionOwner.MEDEWERKER.value))
        dialog.due.set_value(date(2026, 12, 15))
        dialog.measure.setText("Ingeschreven voor de sessie van januari")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", edit)
    actions = page.notes.actions_view
    actions.setCurrentIndex(page.notes.actions_model.index(0, 0))
    qtbot.keyClick(actions, Qt.Key.Key_Return)
    assert shown == {"what": "Cursus plannen", "owner": ActionOwner.LEIDINGGEVENDE.value}
    row = page.notes.actions_model.index(0, 0)
    assert row.data() == "Cursus timemanagement boeken · medewerker · 15 dec 2026"
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Ingeschreven voor de sessie van januari"
    (action,) = store.actions.for_conversation(page.conversation.id)
    assert (action.what, action.owner, action.due_date, action.success_measure) == (
        "Cursus timemanagement boeken",
        ActionOwner.MEDEWERKER,
        date(2026, 12, 15),
        "Ingeschreven voor de sessie van januari",
    )
