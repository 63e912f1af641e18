"""A conversation started by mistake is discarded from the person view, with undo; a
completed one is a record and is not offered (issue 15, item 9)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, ActionStatus, Deck

from .test_person_actions import cells


def timeline(view: Any) -> list[str]:
    model = view.timeline_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_draft_is_discarded_with_undo_and_a_completed_talk_is_not(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    mini_deck: Deck,
    answer_dialogs: dict[str, Any],
    language: Any,
) -> None:
    language("nl")
    window = make_window()
    talks, actions = window.session.talks, window.session.actions
    first = talks.start(zoe, mini_deck)
    agreed = actions.add(
        zoe, "Cursus boeken", ActionOwner.MEDEWERKER, date(2027, 4, 1), "", conversation_id=first.id
    )
    talks.complete(first)
    mistake = talks.start(zoe, mini_deck)
    actions.add(zoe, "Per ongeluk", ActionOwner.SAMEN, None, "", conversation_id=mistake.id)
    actions.set_status(agreed, ActionStatus.KLAAR, "", mistake.id)
    assert window.select_employee(zoe)
    view = window.employee_view
    assert [row[0] for row in cells(view)] == ["Per ongeluk"]
    draft_row, completed_row = 0, 1  # newest first
    assert timeline(view)[draft_row].endswith("bezig")

    completed_menu = view.person_talks.menu_for(completed_row)
    discard = {a.text(): a for a in completed_menu.actions()}["Dit lopende gesprek &weggooien…"]
    assert not discard.isEnabled(), "a completed conversation is a record"

    menu = view.person_talks.menu_for(draft_row)
    {a.text(): a for a in menu.actions()}["Dit lopende gesprek &weggooien…"].trigger()
    assert len(timeline(view)) == 1 and timeline(view)[0].endswith("afgerond")
    assert view.timeline_label.text() == "Gesprekken (1)"
    # The action agreed in it is gone; the one it marked done is open again.
    assert cells(view) == [["Cursus boeken", "medewerker", "1 apr 2027", "open", ""]]
    assert view.undo_bar.isVisible()
    assert view.undo_bar.message.text() == "Gesprek weggegooid."

    view.undo_bar.undo_button.click()
    assert len(timeline(view)) == 2
    assert [row[0] for row in cells(view)] == ["Per ongeluk"]
    assert window.session.store.actions.get(agreed.id).status is ActionStatus.KLAAR

    # From the keyboard: Delete on the draft discards it; on a record, nothing happens.
    view.timeline_view.setFocus()
    view.timeline_view.setCurrentIndex(view.timeline_model.index(completed_row, 0))
    qtbot.keyClick(view.timeline_view, Qt.Key.Key_Delete)
    assert len(timeline(view)) == 2
    view.timeline_view.setCurrentIndex(view.timeline_model.index(draft_row, 0))
    qtbot.keyClick(view.timeline_view, Qt.Key.Key_Delete)
    assert len(timeline(view)) == 1
