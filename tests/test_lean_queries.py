"""The lean queries behind start-up: the list's lines, who is past retention, the last draft."""

from __future__ import annotations

from datetime import date
from typing import Any

from leercoach.domain import EmployeeDraft, EmployeeEntry
from leercoach.store import Store


def test_listing_gives_the_list_lines_in_name_order(store: Store) -> None:
    for name, team in (("Zoë Peeters", "Zorg"), ("Çelik Ayşe", "IT"), ("Bram Maes", "")):
        store.employees.add(EmployeeDraft(name=name, team=team, role="verpleegkundige"))
    gone = store.employees.add(EmployeeDraft(name="Anna Archief"))
    store.employees.set_archived(gone.id, True)
    lines = store.employees.listing()
    assert [line.name for line in lines] == ["Bram Maes", "Çelik Ayşe", "Zoë Peeters"]
    assert lines[1] == EmployeeEntry(lines[1].id, "Çelik Ayşe", "IT", "verpleegkundige", False)
    everyone = store.employees.listing(include_archived=True)
    assert (everyone[0].name, everyone[0].archived) == ("Anna Archief", True)
    assert [e.id for e in everyone] == [e.id for e in store.employees.find(include_archived=True)]


def test_ended_before_finds_only_people_who_left_earlier(store: Store) -> None:
    store.employees.add(EmployeeDraft(name="Vroeg weg", end_date=date(2023, 1, 31)))
    store.employees.add(EmployeeDraft(name="Net weg", end_date=date(2026, 6, 1)))
    store.employees.add(EmployeeDraft(name="Blijft"))
    assert [p.name for p in store.employees.ended_before(date(2024, 11, 23))] == ["Vroeg weg"]


def test_latest_draft_is_the_first_of_the_drafts(store: Store, mini_deck: Any) -> None:
    assert store.conversations.latest_draft() is None
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters")).id
    for _ in range(3):
        store.conversations.start(zoe, mini_deck)
    latest = store.conversations.latest_draft()
    assert latest is not None and latest == store.conversations.drafts()[0]


def test_a_renamed_person_moves_to_their_new_place(store: Store) -> None:
    for name in ("Bram Maes", "Çelik Ayşe", "Zoë Peeters"):
        store.employees.add(EmployeeDraft(name=name))
    bram = store.employees.listing()[0]
    store.employees.update(bram.id, EmployeeDraft(name="Zoltán Ádám"))
    assert [line.name for line in store.employees.listing()] == [
        "Çelik Ayşe",
        "Zoë Peeters",
        "Zoltán Ádám",
    ]
