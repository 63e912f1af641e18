"""A note beside the value of a scale or choice card: kept, searched, printed, erased
(issue 15, item 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from leercoach.domain import Deck, EmployeeDraft
from leercoach.store import ReadOnlyError, Store
from leercoach.store.migrations import load_migrations
from leercoach.store.search import HitKind
from leercoach.trust.erasure import erase_person
from leercoach.trust.privacy import export_person

from .test_search import raw_bytes
from .test_skipped_cards import file_at_version, printed

NOTE = "De Nachtdiensten wegen, het team vangt me op"


def scale_talk(store: Store, deck: Deck, name: str = "Sanne Wuyts") -> tuple[str, str]:
    """A person whose scale card (energie) has the value 2 and ``NOTE`` beside it."""
    person = store.employees.add(EmployeeDraft(name=name))
    talk = store.conversations.start(person.id, deck).id
    store.conversations.save_answer(talk, deck.cards[1], 1, "2")
    store.conversations.save_note(talk, deck.cards[1], 1, NOTE)
    return person.id, talk


def test_a_note_is_kept_beside_the_value_and_cleared_with_it(store: Store, mini_deck: Deck) -> None:
    _, talk = scale_talk(store, mini_deck)
    answer = store.conversations.answer(talk, "energie")
    assert answer is not None and (answer.value, answer.note) == ("2", NOTE)
    # A note counts as something said: skipping the card keeps it.
    assert store.conversations.skip_card(talk, mini_deck.cards[1], 1).skipped is False
    removed = store.conversations.delete_answer(talk, "energie")
    assert store.conversations.answer(talk, "energie") is None
    assert removed is not None
    store.conversations.restore_answer(removed)
    again = store.conversations.answer(talk, "energie")
    assert again is not None and (again.value, again.note) == ("2", NOTE)


def test_a_note_alone_undoes_a_skip(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    talk = store.conversations.start(person.id, mini_deck).id
    store.conversations.skip_card(talk, mini_deck.cards[1], 1)
    saved = store.conversations.save_note(talk, mini_deck.cards[1], 1, "Moeilijk te zeggen")
    assert (saved.value, saved.note, saved.skipped) == ("", "Moeilijk te zeggen", False)


def test_a_note_is_found_once_and_the_index_follows_every_change(
    store: Store, mini_deck: Deck
) -> None:
    _, talk = scale_talk(store, mini_deck)
    (hit,) = store.search.search("nachtdienst")
    assert (hit.kind, hit.conversation_id, hit.card_id) == (HitKind.ANSWER, talk, "energie")
    assert hit.title == "Hoeveel energie geeft je werk je?"
    assert hit.snippet == NOTE and [hit.snippet[a:b] for a, b in hit.marks] == ["Nachtdiensten"]
    # A value and a note that both match are one place.
    store.conversations.save_answer(talk, mini_deck.cards[1], 1, "nachtdienst")
    assert len(store.search.search("nachtdienst")) == 1
    store.conversations.save_answer(talk, mini_deck.cards[1], 1, "2")
    store.conversations.save_note(talk, mini_deck.cards[1], 1, "Overdag beter")
    assert store.search.search("nachtdiensten") == []
    assert len(store.search.search("overdag")) == 1
    store.search.rebuild()
    assert len(store.search.search("overdag")) == 1
    store.conversations.delete(talk)
    assert store.search.search("overdag") == []


def test_a_completed_talks_note_is_part_of_its_record_and_its_export(
    store: Store, mini_deck: Deck
) -> None:
    person, talk = scale_talk(store, mini_deck)
    store.conversations.complete(talk)
    with pytest.raises(ReadOnlyError):
        store.conversations.save_note(talk, mini_deck.cards[1], 1, "Later veranderd")
    (exported,) = export_person(store, person)["conversations"][0]["answers"]
    assert (exported["card_id"], exported["value"], exported["note"]) == ("energie", "2", NOTE)


@pytest.mark.parametrize(("language", "label"), [("nl", "Toelichting"), ("en", "Note")])
def test_the_growth_pdf_prints_the_note_under_the_value(
    store: Store, mini_deck: Deck, tmp_path: Path, language: str, label: str
) -> None:
    person, talk = scale_talk(store, mini_deck)
    store.conversations.complete(talk)
    text = printed(store, mini_deck, person, tmp_path, language)
    assert f"Hoeveel energie geeft je werk je? 2 – weinig {label}: {NOTE}" in text


@pytest.mark.plain_only
def test_erasure_takes_the_notes_words_out_of_the_index_and_the_file(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    person, _ = scale_talk(store, mini_deck)
    stays, _ = scale_talk(store, mini_deck, "Bram Maes")
    store.conversations.save_note(
        store.conversations.for_employee(stays)[0].id, mini_deck.cards[1], 1, "Blijvertje"
    )
    assert b"nachtdiensten" in raw_bytes(db_path)  # lower-cased: only the index has it
    erase_person(store, person)
    assert store.search.search("nachtdiensten") == []
    on_disk = raw_bytes(db_path)
    assert b"nachtdiensten" not in on_disk and b"Nachtdiensten" not in on_disk
    assert [h.employee_id for h in store.search.search("blijvertje")] == [stays]


def test_a_file_at_version_11_gets_notes_and_searches_them(db_path: Path, mini_deck: Deck) -> None:
    question = "Hoeveel energie geeft je werk je?"
    file_at_version(
        db_path, 11, {"card_id": "energie", "position": 1, "question": question, "value": "2"}
    )
    with Store.open(db_path) as store:
        assert store.schema_version == len(load_migrations()) >= 12
        (answer,) = store.conversations.answers("c-1")
        assert (answer.value, answer.note) == ("2", "")
        store.conversations.save_note("c-1", mini_deck.cards[1], 1, NOTE)
        assert [h.card_id for h in store.search.search("nachtdiensten")] == ["energie"]
        assert store.check() == []
