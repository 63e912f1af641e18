"""A card skipped on purpose is kept with its conversation (issue 15, item 14)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from leercoach.decks import DeckLibrary
from leercoach.domain import Deck, EmployeeDraft
from leercoach.reports.batch import export_growth_summary
from leercoach.store import ReadOnlyError, Store
from leercoach.store.migrations import load_migrations, migrate
from leercoach.trust.privacy import export_person

from .test_reports import TODAY, YEAR, pdf_text


def start(store: Store, deck: Deck) -> tuple[str, str]:
    person = store.employees.add(EmployeeDraft(name="Sanne Wuyts"))
    return person.id, store.conversations.start(person.id, deck).id


def skipped_cards(store: Store, talk_id: str) -> list[str]:
    return [a.card_id for a in store.conversations.answers(talk_id) if a.skipped]


def test_a_skip_is_kept_and_undone_by_answering_or_unskipping(
    store: Store, mini_deck: Deck
) -> None:
    _, talk = start(store, mini_deck)
    learned, energy = mini_deck.cards[0], mini_deck.cards[1]
    store.conversations.skip_card(talk, learned, 0)
    store.conversations.skip_card(talk, energy, 1)
    assert skipped_cards(store, talk) == ["geleerd", "energie"]
    assert all(a.value == "" for a in store.conversations.answers(talk))

    store.conversations.save_answer(talk, learned, 0, "Plannen")
    store.conversations.unskip_card(talk, energy.id)
    assert skipped_cards(store, talk) == []
    assert [(a.card_id, a.value) for a in store.conversations.answers(talk)] == [
        ("geleerd", "Plannen")
    ]


def test_skipping_an_answered_card_keeps_its_answer(store: Store, mini_deck: Deck) -> None:
    _, talk = start(store, mini_deck)
    card = mini_deck.cards[0]
    store.conversations.save_answer(talk, card, 0, "Plannen")
    kept = store.conversations.skip_card(talk, card, 0)
    assert (kept.value, kept.skipped) == ("Plannen", False)
    store.conversations.unskip_card(talk, card.id)
    assert store.conversations.answer(talk, card.id).value == "Plannen"  # type: ignore[union-attr]


def test_a_completed_talks_skips_are_part_of_its_record(store: Store, mini_deck: Deck) -> None:
    person, talk = start(store, mini_deck)
    store.conversations.skip_card(talk, mini_deck.cards[1], 1)
    store.conversations.complete(talk)
    with pytest.raises(ReadOnlyError):
        store.conversations.unskip_card(talk, "energie")
    with pytest.raises(ReadOnlyError):
        store.conversations.skip_card(talk, mini_deck.cards[0], 0)
    assert skipped_cards(store, talk) == ["energie"]
    (exported,) = export_person(store, person)["conversations"][0]["answers"]
    assert (exported["card_id"], exported["value"], exported["skipped"]) == ("energie", "", True)


@pytest.mark.parametrize(("language", "word"), [("nl", "overgeslagen"), ("en", "skipped")])
def test_the_growth_pdf_prints_a_skipped_card_as_skipped(
    store: Store, mini_deck: Deck, tmp_path: Path, language: str, word: str
) -> None:
    person, talk = start(store, mini_deck)
    store.conversations.save_answer(talk, mini_deck.cards[0], 0, "Plannen")
    store.conversations.skip_card(talk, mini_deck.cards[1], 1)
    store.conversations.complete(talk)
    text = printed(store, mini_deck, person, tmp_path, language)
    assert f"Hoeveel energie geeft je werk je? {word}" in text
    # The card nobody got to is not printed at all, as before.
    assert "Heb je iets van mij nodig?" not in text


def printed(store: Store, deck: Deck, person: str, folder: Path, language: str) -> str:
    """The words of the person's growth PDF, whitespace as single spaces."""
    library = DeckLibrary()
    library.add(deck)
    path = folder / "growth.pdf"
    export_growth_summary(store, person, YEAR, path, library, today=TODAY, language=language)
    return " ".join(pdf_text(path).split())


def file_at_version(db_path: Path, version: int, answer: dict[str, object]) -> None:
    """A file as a leercoach at ``version`` left it: one person, one talk, one ``answer``."""
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    assert migrate(raw, load_migrations(), target=version) == version
    stamp = "2026-03-02T09:00:00"
    raw["employee"].insert({"id": "e-1", "name": "Sanne", "created_at": stamp, "updated_at": stamp})
    raw["conversation"].insert(
        {
            "id": "c-1",
            "employee_id": "e-1",
            "deck_slug": "mini",
            "deck_version": 1,
            "deck_title": "Mini-gesprek",
            "started_at": stamp,
            "updated_at": stamp,
        }
    )
    raw["answer"].insert({"conversation_id": "c-1", "updated_at": stamp, **answer})
    raw.close()


def test_a_file_at_version_10_keeps_its_answers_and_can_keep_skips(
    db_path: Path, mini_deck: Deck
) -> None:
    question = "Wat heb je geleerd?"
    file_at_version(
        db_path, 10, {"card_id": "geleerd", "position": 0, "question": question, "value": "Plannen"}
    )
    with Store.open(db_path) as store:
        assert store.schema_version == len(load_migrations()) >= 11
        (answer,) = store.conversations.answers("c-1")
        assert (answer.value, answer.skipped) == ("Plannen", False)
        store.conversations.skip_card("c-1", mini_deck.cards[1], 1)
        assert skipped_cards(store, "c-1") == ["energie"]
        assert store.check() == []
