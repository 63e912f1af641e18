"""An action's history: status, due date and owner change at any time, each recorded;
what was agreed stays as agreed (issue 15, item 7)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from leercoach.domain import ActionOwner, ActionStatus, Deck, EmployeeDraft
from leercoach.domain.action import ActionEventKind
from leercoach.store import ReadOnlyError, Store
from leercoach.store.migrations import load_migrations, migrate


def test_status_due_date_and_owner_changes_each_enter_the_history_with_their_date(
    store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    talk = store.conversations.start(person.id, mini_deck)
    action = store.actions.add(
        person.id,
        "Cursus boeken",
        ActionOwner.MEDEWERKER,
        date(2026, 4, 1),
        conversation_id=talk.id,
    )
    store.conversations.complete(talk.id)
    # From the person view, between talks: the record does not stand in the way.
    changed = store.actions.follow_up(
        action.id, ActionStatus.BEZIG, ActionOwner.SAMEN, date(2026, 5, 1), "uitgesteld"
    )
    assert (changed.status, changed.owner, changed.due_date) == (
        ActionStatus.BEZIG,
        ActionOwner.SAMEN,
        date(2026, 5, 1),
    )
    history = store.actions.history(action.id)
    assert [(e.kind, e.from_value, e.to_value, e.note) for e in history] == [
        (ActionEventKind.AGREED, None, None, ""),
        (ActionEventKind.STATUS, None, None, "uitgesteld"),
        (ActionEventKind.OWNER, "medewerker", "samen", ""),
        (ActionEventKind.DUE_DATE, "2026-04-01", "2026-05-01", ""),
    ]
    assert all(e.at.date() == date(2026, 3, 2) for e in history)
    assert history[1].from_status is ActionStatus.OPEN
    # Taking the due date away is a change too; no change at all records nothing.
    store.actions.follow_up(action.id, ActionStatus.BEZIG, ActionOwner.SAMEN, None)
    store.actions.follow_up(action.id, ActionStatus.BEZIG, ActionOwner.SAMEN, None)
    last = store.actions.history(action.id)
    assert [(e.kind, e.from_value, e.to_value) for e in last[4:]] == [
        (ActionEventKind.DUE_DATE, "2026-05-01", None)
    ]


def test_what_was_agreed_in_a_completed_talk_is_corrected_by_a_note_never_edited(
    store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    talk = store.conversations.start(person.id, mini_deck)
    action = store.actions.add(person.id, "Meelopen", ActionOwner.SAMEN, conversation_id=talk.id)
    store.conversations.complete(talk.id)
    with pytest.raises(ReadOnlyError):
        store.actions.update(action.id, "Meelopen met Wout", ActionOwner.SAMEN, None, "")
    with pytest.raises(ReadOnlyError):
        store.actions.delete(action.id)
    corrected = store.actions.follow_up(
        action.id, ActionStatus.OPEN, ActionOwner.SAMEN, None, "bedoeld: met Wout"
    )
    assert corrected.what == "Meelopen"
    note = store.actions.history(action.id)[-1]
    assert (note.kind, note.note) == (ActionEventKind.NOTE, "bedoeld: met Wout")


def test_an_action_added_outside_a_talk_is_free_to_edit_until_a_talk_discussed_it(
    store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Ruben"))
    action = store.actions.add(person.id, "Boek lezen", ActionOwner.MEDEWERKER, date(2026, 4, 1))
    edited = store.actions.update(
        action.id, "Boek lezen over feedback", ActionOwner.SAMEN, date(2026, 4, 15), "samenvatting"
    )
    assert edited.what == "Boek lezen over feedback"
    # Who and by when changed: in the history, as from the person view.
    kinds = [e.kind for e in store.actions.history(action.id)]
    assert kinds == [ActionEventKind.AGREED, ActionEventKind.OWNER, ActionEventKind.DUE_DATE]
    store.actions.set_status(action.id, ActionStatus.BEZIG, "hoofdstuk 1")  # outside a talk
    store.actions.update(action.id, "Boek over feedback lezen", ActionOwner.SAMEN, None, "")
    talk = store.conversations.start(person.id, mini_deck)
    store.actions.set_status(action.id, ActionStatus.BEZIG, "besproken", conversation_id=talk.id)
    with pytest.raises(ReadOnlyError, match="note"):
        store.actions.update(action.id, "Iets anders", ActionOwner.SAMEN, None, "")
    with pytest.raises(ReadOnlyError):
        store.actions.delete(action.id)
    assert store.actions.get(action.id).what == "Boek over feedback lezen"


def test_the_history_written_before_0009_is_named_by_kind(db_path: Path) -> None:
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(raw, load_migrations(), target=8)
    stamp = "2026-03-02T09:00:00"
    raw["employee"].insert({"id": "e", "name": "Jef", "created_at": stamp, "updated_at": stamp})
    raw["action"].insert(
        {"id": "a", "employee_id": "e", "what": "Cursus", "owner": "samen", "status": "klaar"}
        | {"created_at": stamp, "updated_at": stamp}
    )
    for number, (before, after, note) in enumerate(
        [(None, "open", ""), ("open", "open", "gebeld"), ("open", "klaar", "")]
    ):
        raw["action_event"].insert(
            {"id": f"{number}", "action_id": "a", "at": stamp, "from_status": before}
            | {"to_status": after, "note": note}
        )
    raw.close()
    with Store.open(db_path) as store:
        kinds = [e.kind for e in store.actions.history("a")]
    assert kinds == [ActionEventKind.AGREED, ActionEventKind.NOTE, ActionEventKind.STATUS]
