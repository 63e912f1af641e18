"""Who does an action: a role, and a named person as well, kept with it (issue 15, item 8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from leercoach.decks import DeckLibrary
from leercoach.domain import ActionOwner, ActionStatus, Deck, EmployeeDraft
from leercoach.domain.action import ActionEventKind
from leercoach.reports.batch import export_growth_summary
from leercoach.store import Store
from leercoach.trust.privacy import export_person

from .conftest import Cli
from .test_reports import TODAY, YEAR, pdf_text


def test_a_named_owner_is_kept_with_the_role_and_its_change_enters_the_history(
    store: Store,
) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    action = store.actions.add(
        person.id, "Meelopen", ActionOwner.SAMEN, owner_name="  Pieter, de buddy "
    )
    assert (action.owner, action.owner_name) == (ActionOwner.SAMEN, "Pieter, de buddy")
    assert store.actions.get(action.id).owner_name == "Pieter, de buddy"
    store.actions.follow_up(
        action.id, ActionStatus.OPEN, ActionOwner.MEDEWERKER, None, owner_name="Pieter, de buddy"
    )
    store.actions.follow_up(action.id, ActionStatus.OPEN, ActionOwner.MEDEWERKER, None)
    owners = [
        (e.from_value, e.to_value)
        for e in store.actions.history(action.id)
        if e.kind is ActionEventKind.OWNER
    ]
    assert owners == [
        ("samen: Pieter, de buddy", "medewerker: Pieter, de buddy"),
        ("medewerker: Pieter, de buddy", "medewerker"),
    ]
    assert store.actions.get(action.id).owner_name == ""
    # Kept in the person's export, with the role.
    exported = export_person(store, person.id)["actions"][0]
    assert (exported["owner"], exported["owner_name"]) == ("medewerker", "")


def test_the_growth_pdf_prints_the_owners_name(
    store: Store, mini_deck: Deck, tmp_path: Path
) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    cycle = store.cycles.add(person.id, YEAR.start, YEAR.end)
    goal = store.cycles.add_goal(cycle.id, "Zelf plannen", due_date=date(2026, 6, 30))
    store.actions.add(
        person.id,
        "Planning nakijken",
        ActionOwner.SAMEN,
        date(2026, 6, 1),
        goal_id=goal.id,
        owner_name="Pieter",
    )
    library = DeckLibrary()
    library.add(mini_deck)
    path = tmp_path / "sanne.pdf"
    export_growth_summary(store, person.id, YEAR, path, library, today=TODAY)
    assert "samen (Pieter)" in " ".join(pdf_text(path).split())


def test_the_command_line_prints_the_owners_name(cli: Cli, db_path: Path) -> None:
    with Store.open(db_path) as store:
        person = store.employees.add(EmployeeDraft(name="Sanne"))
        store.actions.add(
            person.id, "Meelopen", ActionOwner.SAMEN, date(2026, 6, 1), owner_name="Pieter"
        )
    code, out, _ = cli("--lang", "nl", "--db", db_path, "employees", "show", person.id)
    assert code == 0
    assert "Meelopen (samen (Pieter), 2026-06-01)" in out
