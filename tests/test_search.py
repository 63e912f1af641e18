import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from leercoach.domain import ActionOwner, Deck, EmployeeDraft
from leercoach.store import Store
from leercoach.store.migrations import load_migrations, migrate
from leercoach.store.search import INDEXES, HitKind, match_expression, split_snippet
from leercoach.trust.erasure import compact, erase_person


def raw_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-journal")
        if Path(f"{path}{suffix}").exists()
    )


def talk_with_everything(
    store: Store, deck: Deck, name: str, word: str, *, is_demo: bool = False
) -> tuple[str, str]:
    """A person whose answer, summary, private note and action each hold ``word``."""
    person = store.employees.add(EmployeeDraft(name=name, team="Zorg"), is_demo=is_demo)
    talk = store.conversations.start(person.id, deck)
    store.conversations.save_answer(talk.id, deck.cards[0], 0, f"Ik leerde {word} kennen")
    store.conversations.set_shared_summary(talk.id, f"Samen over {word} gepraat")
    store.conversations.set_private_note(talk.id, f"Twijfelt over {word}")
    store.actions.add(
        person.id,
        "Meelopen op de spoed",
        ActionOwner.SAMEN,
        success_measure=f"Vertelt over {word} in het teamoverleg",
        conversation_id=talk.id,
        card_id=deck.cards[0].id,
    )
    return person.id, talk.id


def test_each_source_is_found_accent_and_case_blind(store: Store, mini_deck: Deck) -> None:
    zoe, talk = talk_with_everything(store, mini_deck, "Zoë Çelik", "Zoë's aanpak")
    talk_with_everything(store, mini_deck, "Bram Maes", "overdracht")
    hits = store.search.search("ZOE")
    assert {hit.kind for hit in hits} == set(HitKind)
    assert {hit.employee_id for hit in hits} == {zoe}
    assert all(hit.conversation_id == talk and hit.employee_name == "Zoë Çelik" for hit in hits)
    answer = next(hit for hit in hits if hit.kind is HitKind.ANSWER)
    assert answer.title == mini_deck.cards[0].question
    assert answer.card_id == mini_deck.cards[0].id
    assert answer.snippet == "Ik leerde Zoë's aanpak kennen"
    assert [answer.snippet[a:b] for a, b in answer.marks] == ["Zoë"]
    action = next(hit for hit in hits if hit.kind is HitKind.ACTION)
    assert action.title == "Meelopen op de spoed" and action.action_id is not None
    assert [hit.private for hit in hits].count(True) == 1
    assert store.search.search("çelik") == []  # names are in the list filter, not here
    public = store.search.search("zoe", include_private=False)
    assert {hit.kind for hit in public} == set(HitKind) - {HitKind.PRIVATE_NOTE}


def test_last_word_matches_as_a_prefix(store: Store, mini_deck: Deck) -> None:
    talk_with_everything(store, mini_deck, "Jef", "werkdruk")
    assert {h.kind for h in store.search.search("werkd")} == set(HitKind)
    assert store.search.search("over werkd", limit=1)[0].snippet.count("werkdruk") == 1
    # A word of two letters is taken as typed, not as the start of every longer word.
    assert store.search.search("le") == []
    assert store.search.search("lee")[0].kind is HitKind.ANSWER
    assert store.search.search("werkd", limit=0) == []


TYPED = [
    'zoë "quote',
    "AND (",
    '"',
    "*",
    "NEAR(a b",
    "value:werk",
    "-",
    "a OR",
    "^x",
    "{x}",
    "'",
    "",
]


def test_typed_syntax_is_searched_as_words_never_an_error(store: Store, mini_deck: Deck) -> None:
    talk_with_everything(store, mini_deck, "Zoë", "zoë and quote near value werk")
    for typed in TYPED:
        store.search.search(typed)
    assert len(store.search.search('zoë "quote')) == len(HitKind)


def test_query_words_are_quoted_phrases() -> None:
    assert match_expression('zoë "quote') == '"zoë" "quote"*'
    assert match_expression("AND (") == '"AND"*'
    assert match_expression('Pieter-Jan "de werk" x', prefix=False) == '"Pieter Jan" "de werk" "x"'
    assert match_expression(" ( ) * ") is None
    assert split_snippet("a \x02b\x03 c\x02dd\x03") == ("a b cdd", ((2, 3), (5, 7)))


def test_index_follows_every_change(store: Store, mini_deck: Deck) -> None:
    person, talk = talk_with_everything(store, mini_deck, "Lotte", "origami")
    card = mini_deck.cards[0]
    store.conversations.save_answer(talk, card, 0, "Nu over kalligrafie")
    kinds = {h.kind for h in store.search.search("origami")}
    assert kinds == {HitKind.SUMMARY, HitKind.PRIVATE_NOTE, HitKind.ACTION}
    assert store.search.search("kalligrafie")[0].snippet == "Nu over kalligrafie"
    store.conversations.set_shared_summary(talk, "")
    store.conversations.set_private_note(talk, "andere zorg")
    (action,) = store.actions.for_employee(person)
    store.actions.update(action.id, "Boek over bonsai lezen", ActionOwner.MEDEWERKER, None, "")
    assert store.search.search("origami") == []
    assert [h.kind for h in store.search.search("bonsai")] == [HitKind.ACTION]
    assert store.search.search("zorg")[0].private
    removed = store.conversations.delete_answer(talk, card.id)
    assert removed is not None and store.search.search("kalligrafie") == []
    store.conversations.restore_answer(removed)
    assert len(store.search.search("kalligrafie")) == 1
    deleted = store.actions.delete(action.id)
    assert store.search.search("bonsai") == []
    store.actions.restore(deleted)
    assert len(store.search.search("bonsai")) == 1
    store.conversations.delete(talk)
    assert {h.kind for h in store.search.search("bonsai zorg kalligrafie")} == set()
    assert [h.kind for h in store.search.search("bonsai")] == [HitKind.ACTION]
    assert store.search.search("zorg") == []


def test_newest_talk_comes_first_and_limit_holds(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Wout"))
    for day in range(3):
        talk = store.conversations.start(person.id, mini_deck)
        store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, f"dag {day} feedback")
    hits = store.search.search("feedback", limit=2)
    assert [h.snippet for h in hits] == ["dag 2 feedback", "dag 1 feedback"]


@pytest.mark.plain_only
def test_erased_person_is_gone_from_index_and_file(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    # Capitals in the text: its lower-case form can only be in the file through the index.
    zoe, _ = talk_with_everything(store, mini_deck, "Zoë", "Qwixozaurus")
    bram, _ = talk_with_everything(store, mini_deck, "Bram", "Blijvertje")
    assert b"qwixozaurus" in raw_bytes(db_path)
    erase_person(store, zoe)
    assert store.search.search("qwixozaurus") == []
    on_disk = raw_bytes(db_path)
    assert b"qwixozaurus" not in on_disk and b"Qwixozaurus" not in on_disk
    # The file was rewritten (VACUUM): the others' hits still point at their own rows.
    hits = store.search.search("blijvertje")
    assert {h.employee_id for h in hits} == {bram} and len(hits) == len(HitKind)
    assert next(h for h in hits if h.kind is HitKind.ANSWER).snippet == (
        "Ik leerde Blijvertje kennen"
    )


@pytest.mark.plain_only
def test_batch_erasure_purges_once_and_leaves_no_setting(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    first, _ = talk_with_everything(store, mini_deck, "Een", "Kwartelkoning")
    second, _ = talk_with_everything(store, mini_deck, "Twee", "Kwartelkoning")
    # What erase_people should do: one merge for the batch, then one rewrite of the file.
    with store.search.purge_once():
        for person in (first, second):
            store.employees.delete(person)
    compact(store)
    assert store.search.search("kwartelkoning") == []
    assert b"kwartelkoning" not in raw_bytes(db_path)
    assert store.setting("search_purge_deferred") == ""


def indexed_bytes(store: Store) -> bytes:
    """Every block of every search index: the words as FTS5 keeps them (lower case)."""
    return b"".join(
        bytes(row[0])
        for table in INDEXES
        for row in store.db.execute(f"SELECT block FROM {table}_data")
    )


def test_removing_demo_people_takes_their_words_out_of_the_index(
    store: Store, mini_deck: Deck
) -> None:
    talk_with_everything(store, mini_deck, "Demo Een", "Fictiefwoord", is_demo=True)
    second, _ = talk_with_everything(store, mini_deck, "Demo Twee", "Fictiefwoord", is_demo=True)
    real, _ = talk_with_everything(store, mini_deck, "Echt", "Blijvertje")
    # Deleting a demo person does not merge the indexes (0003): the words stay in them.
    store.employees.delete(second)
    assert store.search.search("fictiefwoord") != []
    assert b"fictiefwoord" in indexed_bytes(store)
    assert store.employees.remove_demo() == 1
    assert store.search.search("fictiefwoord") == []
    assert b"fictiefwoord" not in indexed_bytes(store)
    assert {h.employee_id for h in store.search.search("blijvertje")} == {real}
    assert [e.id for e in store.employees.find()] == [real]
    assert store.check() == []
    assert store.employees.remove_demo() == 0


def test_removing_demo_people_in_a_transaction_is_undone_with_it(
    store: Store, mini_deck: Deck
) -> None:
    talk_with_everything(store, mini_deck, "Demo", "Fictiefwoord", is_demo=True)
    cache = store.db.execute("PRAGMA cache_size").fetchone()[0]
    with pytest.raises(ValueError, match="undo"), store.db.atomic():
        assert store.employees.remove_demo() == 1
        raise ValueError("undo")
    assert store.employees.has_demo()
    assert len(store.search.search("fictiefwoord")) == len(HitKind)
    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == cache  # put back


def test_upgrade_indexes_what_was_already_there(db_path: Path) -> None:
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(raw, load_migrations(), target=2)
    stamp = "2025-05-01T10:00:00"
    raw["employee"].insert({"id": "e", "name": "Anaïs", "created_at": stamp, "updated_at": stamp})
    raw["conversation"].insert(
        {
            "id": "c",
            "employee_id": "e",
            "deck_slug": "mini",
            "deck_version": 1,
            "deck_title": "Mini",
            "started_at": stamp,
            "shared_summary": "Oude samenvatting",
            "updated_at": stamp,
        }
    )
    answer = {"conversation_id": "c", "question": "Q", "updated_at": stamp}
    raw["answer"].insert_all(
        [
            {**answer, "card_id": "x", "position": 0, "value": "Vroeger geschreven"},
            {**answer, "card_id": "y", "position": 1, "value": ""},
        ]
    )
    raw.close()
    with Store.open(db_path) as store:
        assert [h.kind for h in store.search.search("vroeger")] == [HitKind.ANSWER]
        assert [h.kind for h in store.search.search("oude")] == [HitKind.SUMMARY]
        assert store.search.search("vroeger")[0].when.date() == date(2025, 5, 1)
        store.db.execute("UPDATE answer SET value = 'nu wel' WHERE card_id = 'y'")
        assert len(store.search.search("wel")) == 1


def test_rebuild_gives_the_same_hits(store: Store, mini_deck: Deck) -> None:
    talk_with_everything(store, mini_deck, "Femke", "Femkes boekenclub")
    before = store.search.search("boekenclub")
    store.search.rebuild()
    assert store.search.search("boekenclub") == before and len(before) == len(HitKind)
