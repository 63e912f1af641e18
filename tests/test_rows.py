"""Objects read back from the database behave exactly like ones built by their constructor.

The store restores rows without the frozen dataclasses' ``__init__`` (it is half the cost of
opening a timeline); these tests hold that shortcut to the real constructor.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date
from typing import Any

import pytest

from leercoach.domain import ActionOwner, ActionStatus, Deck, EmployeeDraft
from leercoach.store import Store, rows


def read_back(store: Store, deck: Deck) -> list[Any]:
    person = store.employees.add(EmployeeDraft(name="Zoë Çelik", team="Zorg"))
    talk = store.conversations.start(person.id, deck)
    store.conversations.save_answer(talk.id, deck.cards[0], 0, "Ik plan zelf.")
    cycle = store.cycles.add(person.id, date(2026, 1, 1), date(2026, 12, 31))
    goal = store.cycles.add_goal(cycle.id, "Zelfstandig plannen")
    action = store.actions.add(person.id, "Meelopen", ActionOwner.SAMEN, due_date=date(2026, 5, 1))
    store.actions.set_status(action.id, ActionStatus.BEZIG)
    return [
        store.employees.get(person.id),
        store.conversations.get(talk.id),
        store.conversations.answers(talk.id)[0],
        store.actions.get(action.id),
        store.actions.history(action.id)[-1],
        store.cycles.get(cycle.id),
        store.cycles.goal(goal.id),
    ]


def test_restored_objects_equal_constructed_ones(store: Store, mini_deck: Deck) -> None:
    restored = read_back(store, mini_deck)
    assert len({type(item) for item in restored}) == 7
    for item in restored:
        built = dataclasses.replace(item)  # runs the real __init__ with every field
        assert item == built and hash(item) == hash(built)
        assert repr(item) == repr(built)
        assert vars(item) == vars(built), type(item).__name__  # no field missing or extra
        assert pickle.loads(pickle.dumps(item)) == item


def test_restored_objects_stay_frozen(store: Store, mini_deck: Deck) -> None:
    for item in read_back(store, mini_deck):
        with pytest.raises(dataclasses.FrozenInstanceError):
            item.id = "other"


def test_restorer_takes_keywords_only_and_refuses_classes_it_cannot_serve() -> None:
    for cls in rows.RESTORED:
        assert not hasattr(cls, "__post_init__"), cls
        assert not hasattr(cls, "__slots__"), cls
    with pytest.raises(TypeError, match="keywords only"):
        rows.restorer(rows.Goal)("positional")  # type: ignore[call-arg]
