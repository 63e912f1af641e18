"""A conversation started by mistake is discarded, and brought back by undo; a completed
one is a record and stays (issue 15, item 9)."""

from __future__ import annotations

from datetime import date

import pytest

from leercoach.domain import ActionOwner, ActionStatus, Deck, EmployeeDraft
from leercoach.store import NotFoundError, ReadOnlyError, Store


def seen(store: Store, action_id: str) -> tuple[object, ...]:
    """What the manager sees of an action."""
    a = store.actions.get(action_id)
    return (a.what, a.status, a.owner, a.owner_name, a.due_date, a.success_measure)


def test_a_discarded_draft_takes_its_actions_and_puts_back_what_it_followed_up(
    store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    first = store.conversations.start(person.id, mini_deck)
    earlier = store.actions.add(
        person.id,
        "Cursus boeken",
        ActionOwner.MEDEWERKER,
        date(2026, 4, 1),
        conversation_id=first.id,
    )
    store.conversations.complete(first.id)
    between = store.actions.add(person.id, "Boek lezen", ActionOwner.SAMEN)
    store.actions.set_status(between.id, ActionStatus.BEZIG, "begonnen")  # outside a talk
    kept_before = (seen(store, earlier.id), store.actions.history(earlier.id))

    mistake = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(mistake.id, mini_deck.cards[0], 0, "zeldzaamwoord")
    store.actions.add(person.id, "Per ongeluk", ActionOwner.SAMEN, conversation_id=mistake.id)
    store.actions.follow_up(
        earlier.id,
        ActionStatus.KLAAR,
        ActionOwner.SAMEN,
        date(2026, 5, 1),
        "gedaan",
        owner_name="Pieter",
        conversation_id=mistake.id,
    )
    store.actions.set_status(between.id, ActionStatus.KLAAR, conversation_id=mistake.id)
    assert store.search.search("zeldzaamwoord")

    discarded = store.drafts.discard(mistake.id)
    assert [c.id for c in store.conversations.for_employee(person.id)] == [first.id]
    with pytest.raises(NotFoundError):
        store.conversations.get(mistake.id)
    assert [a.what for a in store.actions.for_employee(person.id)] == [
        "Cursus boeken",
        "Boek lezen",
    ]
    assert (seen(store, earlier.id), store.actions.history(earlier.id)) == kept_before
    assert store.actions.get(between.id).status is ActionStatus.BEZIG
    assert [e.note for e in store.actions.history(between.id)] == ["", "begonnen"]
    assert not store.search.search("zeldzaamwoord")
    assert store.conversations.latest_draft() is None

    store.drafts.restore(discarded)
    assert store.conversations.get(mistake.id) == discarded.conversation
    assert [a.value for a in store.conversations.answers(mistake.id)] == ["zeldzaamwoord"]
    assert [a.what for a in store.actions.for_conversation(mistake.id)] == ["Per ongeluk"]
    back = store.actions.get(earlier.id)
    assert (back.status, back.owner_name, back.due_date) == (
        ActionStatus.KLAAR,
        "Pieter",
        date(2026, 5, 1),
    )
    assert len(store.actions.history(earlier.id)) == 4
    assert store.actions.get(between.id).status is ActionStatus.KLAAR
    assert store.search.search("zeldzaamwoord")
    assert store.check() == []


def test_a_completed_conversation_is_a_record_and_cannot_be_discarded(
    store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    talk = store.conversations.start(person.id, mini_deck)
    store.actions.add(person.id, "Meelopen", ActionOwner.SAMEN, conversation_id=talk.id)
    store.conversations.complete(talk.id)
    with pytest.raises(ReadOnlyError, match="record"):
        store.drafts.discard(talk.id)
    assert store.conversations.get(talk.id).is_completed
    assert [a.what for a in store.actions.for_conversation(talk.id)] == ["Meelopen"]
