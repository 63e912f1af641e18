import json
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from sqlite_utils.plugins import pm

from leercoach.domain import ActionOwner, ActionStatus, Deck, EmployeeDraft
from leercoach.store import Store
from leercoach.trust.erasure import erase_people, erase_person
from leercoach.trust.privacy import export_person, past_retention

PHRASE = "Zwaluwstaart-geheim-7731"


def raw_bytes(path: Path) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-journal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            found += part.read_bytes()
    return found


def person_with_history(store: Store, deck: Deck, name: str, secret: str) -> str:
    person = store.employees.add(EmployeeDraft(name=name, team="Zorg"))
    talk = store.conversations.start(person.id, deck)
    store.conversations.save_answer(talk.id, deck.cards[0], 0, f"antwoord {secret}")
    store.conversations.set_private_note(talk.id, f"privé {secret}")
    store.conversations.set_shared_summary(talk.id, f"samen {secret}")
    action = store.actions.add(
        person.id, f"actie {secret}", ActionOwner.SAMEN, conversation_id=talk.id
    )
    store.actions.set_status(action.id, ActionStatus.BEZIG, f"notitie {secret}")
    store.conversations.complete(talk.id)
    cycle = store.cycles.add(person.id, date(2026, 1, 1), date(2026, 12, 31))
    store.cycles.add_goal(cycle.id, f"doel {secret}", specific=secret)
    return person.id


def test_export_holds_everything_about_one_person_and_nobody_else(
    store: Store, mini_deck: Deck
) -> None:
    zoe = person_with_history(store, mini_deck, "Zoë Çelik", PHRASE)
    person_with_history(store, mini_deck, "Bram Maes", "ANDER-GEHEIM")
    exported = export_person(store, zoe)
    text = json.dumps(exported, ensure_ascii=False)
    assert "ANDER-GEHEIM" not in text and "Bram Maes" not in text
    assert exported["format"] == "leercoach-person-export"
    assert exported["employee"]["name"] == "Zoë Çelik"
    (talk,) = exported["conversations"]
    assert talk["private_note"] == f"privé {PHRASE}"
    assert talk["answers"][0]["value"] == f"antwoord {PHRASE}"
    assert talk["answers"][0]["question"] == mini_deck.cards[0].question
    assert [e["kind"] for e in talk["events"]] == ["completed"]
    (action,) = exported["actions"]
    assert [h["note"] for h in action["history"]] == ["", f"notitie {PHRASE}"]
    assert exported["growth_cycles"][0]["goals"][0]["title"] == f"doel {PHRASE}"


def test_erasure_removes_the_words_from_the_file_itself(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    zoe = person_with_history(store, mini_deck, "Zoë Çelik", PHRASE)
    bram = person_with_history(store, mini_deck, "Bram Maes", "BLIJFT-STAAN")
    assert PHRASE.encode() in raw_bytes(db_path)
    erase_person(store, zoe)
    on_disk = raw_bytes(db_path)
    assert PHRASE.encode() not in on_disk
    assert "Zoë Çelik".encode() not in on_disk
    assert b"BLIJFT-STAAN" in on_disk
    assert [e.id for e in store.employees.find()] == [bram]
    assert store.check() == []


@pytest.mark.plain_only
def test_erasing_several_people_at_once_removes_all_their_words_from_the_file(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    secrets = {"Zoë Çelik": PHRASE, "Jef Peeters": "Kwartelkoning-2291", "An Maes": "Wulp-4410"}
    erased = [person_with_history(store, mini_deck, name, s) for name, s in secrets.items()]
    kept = person_with_history(store, mini_deck, "Bram Maes", "BLIJFT-STAAN")
    erase_people(store, erased)
    on_disk = raw_bytes(db_path)
    for name, secret in secrets.items():
        assert secret.encode() not in on_disk and name.encode() not in on_disk
        # Each word in lower case, as only the search index holds them (no digits: those
        # could turn up in the hex of any id).
        for word in re.findall(r"[^\W\d_]+", secret.lower()):
            assert word.encode() not in on_disk, word
        assert store.search.search(secret) == []
    assert b"BLIJFT-STAAN" in on_disk
    assert [e.id for e in store.employees.find()] == [kept]
    assert store.search.search("blijft-staan") != []
    assert store.setting("search_purge_deferred") == ""  # the next erasure merges again
    assert store.check() == []
    erase_people(store, [])  # nothing to do, and no error
    assert [e.id for e in store.employees.find()] == [kept]


def test_a_plain_delete_would_leave_the_words_on_disk(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    # Why erase_person compacts: without it the old page images stay in the WAL.
    zoe = person_with_history(store, mini_deck, "Zoë Çelik", PHRASE)
    store.employees.delete(zoe)
    assert PHRASE.encode() in raw_bytes(db_path)


def test_people_past_the_retention_period_are_listed_not_erased(store: Store) -> None:
    today = date(2026, 11, 23)
    old = store.employees.add(
        EmployeeDraft(name="Oud", start_date=date(2015, 1, 1), end_date=date(2024, 10, 31))
    )
    store.employees.add(
        EmployeeDraft(name="Recent", start_date=date(2015, 1, 1), end_date=date(2025, 1, 15))
    )
    store.employees.add(EmployeeDraft(name="Blijft"))
    assert past_retention(store, today) == [old]
    assert [p.name for p in past_retention(store, today, months=12)] == ["Oud", "Recent"]
    assert store.employees.count() == 3


def test_installed_sqlite_utils_plugins_never_see_the_connection(
    store: Store, db_path: Path
) -> None:
    """Another package's sqlite-utils plugin would otherwise run on every connection we open."""
    seen: list[Any] = []

    class Eavesdropper:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn: sqlite3.Connection) -> None:
            seen.append(conn)

    plugin = Eavesdropper()
    pm.register(plugin)
    try:
        with store.sibling() as again:
            again.employees.listing(include_archived=True)
    finally:
        pm.unregister(plugin)
    assert seen == []
