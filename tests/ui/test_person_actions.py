"""Open actions in the person view: followed up at any time, each change in the history;
what was agreed in a completed talk stays as agreed (issue 15, item 7)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, ActionStatus, Deck
from leercoach.ui import words
from leercoach.ui.action_follow_up import FollowUpDialog


def cells(view: Any) -> list[list[str]]:
    model = view.actions_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def double_click_row(qtbot: QtBot, view: Any, row: int) -> None:
    table = view.actions_view
    centre = table.visualRect(view.actions_model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def menu_of_row(view: Any, row: int) -> dict[str, Any]:
    """The context menu's entries, as a right-click on ``row`` (-1: below the rows) opens it."""
    menu = view.person_actions.menu_for(row)
    return {a.text(): a for a in menu.actions() if a.text()}


def test_an_action_agreed_in_a_completed_talk_is_followed_up_from_the_person_view(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    mini_deck: Deck,
    monkeypatch: pytest.MonkeyPatch,
    language: Any,
) -> None:
    language("nl")
    window = make_window()
    talks, actions = window.session.talks, window.session.actions
    talk = talks.start(zoe, mini_deck)
    actions.add(
        zoe, "Cursus boeken", ActionOwner.MEDEWERKER, date(2027, 4, 1), "", conversation_id=talk.id
    )
    talks.complete(talk)
    assert window.select_employee(zoe)
    view = window.employee_view
    seen: list[dict[str, Any]] = []

    def follow_up(dialog: FollowUpDialog) -> int:
        seen.append(
            {
                "title": dialog.windowTitle(),
                "what read-only": dialog.what.isReadOnly(),
                "history": [dialog.history.item(i).text() for i in range(dialog.history.count())],
            }
        )
        if len(seen) == 1:
            dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.BEZIG.value))
            dialog.owner.setCurrentIndex(dialog.owner.findData(ActionOwner.SAMEN.value))
            dialog.due.set_value(date(2027, 5, 15))
            dialog.note.setText("uitgesteld tot na de vakantie")
            dialog.what.setPlainText("Iets heel anders")  # read-only: typed by no one
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FollowUpDialog, "exec", follow_up)
    double_click_row(qtbot, view, 0)
    assert cells(view) == [["Cursus boeken", "samen", "15 mei 2027", "bezig", ""]]
    assert seen[0]["title"] == "Afspraak opvolgen"
    assert seen[0]["what read-only"] is True

    view.actions_view.setFocus()
    view.actions_view.setCurrentIndex(view.actions_model.index(0, 0))
    qtbot.keyClick(view.actions_view, Qt.Key.Key_Return)  # Enter opens it as well
    day = words.short_date(date.today())
    assert seen[1]["history"] == [
        f"{day}  ·  afgesproken",
        f"{day}  ·  status: open → bezig  ·  uitgesteld tot na de vakantie",
        f"{day}  ·  wie: medewerker → samen",
        f"{day}  ·  tegen wanneer: 1 apr 2027 → 15 mei 2027",
    ]
    kept = menu_of_row(view, 0)
    assert not kept["&Verwijderen"].isEnabled(), "what was agreed is a record"
    kept["Als &klaar markeren"].trigger()
    assert cells(view) == []
    assert view.actions_label.text() == "Openstaande afspraken (0)"


def added_from_the_person_view(
    make_window: Any, zoe: str, answer_dialogs: dict[str, Any], what: str
) -> tuple[Any, Any]:
    """The window on Zoë, with ``what`` added (by the employee, by 1 June 2027) there."""
    window = make_window()
    assert window.select_employee(zoe)
    view = window.employee_view
    answer_dialogs["action"] = (what, ActionOwner.MEDEWERKER, date(2027, 6, 1), "")
    view.add_action_button.click()
    return window, view


def test_an_action_added_outside_a_talk_is_edited_and_deleted_with_undo(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    language: Any,
) -> None:
    language("nl")
    _window, view = added_from_the_person_view(make_window, zoe, answer_dialogs, "Boek lezen")
    assert cells(view) == [["Boek lezen", "medewerker", "1 jun 2027", "open", ""]]

    def edit(dialog: FollowUpDialog) -> int:
        assert not dialog.what.isReadOnly()
        dialog.what.setPlainText("Boek over feedback lezen")
        dialog.measure.setText("een samenvatting van één blad")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FollowUpDialog, "exec", edit)
    double_click_row(qtbot, view, 0)
    assert cells(view)[0][0] == "Boek over feedback lezen"
    assert cells(view)[0][4] == "een samenvatting van één blad"

    answer_dialogs["confirm"] = QMessageBox.StandardButton.No  # a question would keep it
    menu_of_row(view, 0)["&Verwijderen"].trigger()
    assert cells(view) == []
    assert view.undo_bar.isVisible()
    assert view.undo_bar.message.text() == "Afspraak verwijderd."
    view.undo_bar.undo_button.click()
    assert cells(view)[0][0] == "Boek over feedback lezen"
    assert not view.undo_bar.isVisible()
    assert "&Nieuwe afspraak…" in menu_of_row(view, -1)
    view.actions_view.setFocus()
    view.actions_view.setCurrentIndex(view.actions_model.index(0, 0))
    qtbot.keyClick(view.actions_view, Qt.Key.Key_Delete)  # from the keyboard too
    assert cells(view) == []
    assert view.undo_bar.message.text() == "Afspraak verwijderd."


def test_the_owner_is_a_role_and_a_named_person_as_well(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    language: Any,
) -> None:
    language("nl")
    window, view = added_from_the_person_view(make_window, zoe, answer_dialogs, "Meelopen")
    histories: list[list[str]] = []

    def name_a_buddy(dialog: FollowUpDialog) -> int:
        histories.append([dialog.history.item(i).text() for i in range(dialog.history.count())])
        assert dialog.owner_name.placeholderText() == "en eventueel een naam: Pieter, de buddy"
        dialog.owner_name.setText("Pieter, de buddy")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FollowUpDialog, "exec", name_a_buddy)
    double_click_row(qtbot, view, 0)
    assert cells(view)[0][1] == "medewerker (Pieter, de buddy)"
    double_click_row(qtbot, view, 0)
    assert histories[1][-1].endswith("wie: medewerker → medewerker (Pieter, de buddy)")
    assert window.session.store.actions.for_employee(zoe)[0].owner_name == "Pieter, de buddy"
