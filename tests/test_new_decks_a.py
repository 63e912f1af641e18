"""Four new decks of issue 18, each in Dutch and English: the buddy talk, the peer visit,
handing over a task and the manager's reflection after a talk."""

from __future__ import annotations

import re

import pytest

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import EmployeeDraft
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import Audience, Deck, DeckKind
from leercoach.domain.growth import deck_phases
from leercoach.paths import deck_folders
from leercoach.store import Store

from .conftest import Cli

TWINS = {
    "buddygesprek": "buddygesprek-en",
    "meeloopdag": "meeloopdag-en",
    "taak-overdragen": "taak-overdragen-en",
    "reflectie-na-gesprek": "reflectie-na-gesprek-en",
}
MINUTES_PER_MAIN_CARD = 3
SOURCE = re.compile(r"\b00[0-4] §\d")
WAAROM = re.compile(r"\bwaarom\b", re.IGNORECASE)
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> DeckLibrary:
    return load_library(deck_folders())


def _texts(deck: Deck) -> list[str]:
    return [text for card in deck.cards for text in (card.question, *card.follow_ups, card.tip)]


def test_the_eight_files_load_from_the_shipped_folder(library: DeckLibrary) -> None:
    mine = {f"{slug}.toml" for pair in TWINS.items() for slug in pair}
    assert [f for f in library.failures if f.path.name in mine] == []
    for dutch, english in TWINS.items():
        for slug in (dutch, english):
            deck = library.get(slug)
            assert deck.path is not None and deck.path.name == f"{slug}.toml"
            assert deck.version == 1


@pytest.mark.parametrize(("dutch", "english"), sorted(TWINS.items()))
def test_the_english_twin_is_the_same_deck(library: DeckLibrary, dutch: str, english: str) -> None:
    nl, en = library.get(dutch), library.get(english)
    assert (nl.language, en.language) == ("nl", "en")
    assert nl.translation_of is None
    assert en.translation_of == dutch
    assert library.translated_slug(dutch, "en") == english
    assert en.version == nl.version
    same = ("kind", "audience", "duration_minutes")
    assert [getattr(en, key) for key in same] == [getattr(nl, key) for key in same]
    assert [card.id for card in en.cards] == [card.id for card in nl.cards]
    for nl_card, en_card in zip(nl.cards, en.cards, strict=True):
        where = f"{english}/{en_card.id}"
        assert en_card.answer.type == nl_card.answer.type, where
        assert en_card.answer.option_ids == nl_card.answer.option_ids, where
        assert len(en_card.answer.labels) == len(nl_card.answer.labels), where
        assert (en_card.optional, en_card.answered_by) == (nl_card.optional, nl_card.answered_by)
        assert en_card.phase == nl_card.phase, where
        assert en_card.theme == nl_card.theme, where


@pytest.mark.parametrize("slug", [slug for pair in TWINS.items() for slug in pair])
def test_each_deck_keeps_the_content_rules(library: DeckLibrary, slug: str) -> None:
    deck = library.get(slug)
    assert SOURCE.search(deck.source), deck.source
    main = [card for card in deck.cards if not card.optional]
    assert len(main) <= deck.duration_minutes // MINUTES_PER_MAIN_CARD
    assert sum(1 for card in deck.cards if card.follow_ups) == len(deck.cards)
    assert sum(1 for card in deck.cards if card.tip) * 2 >= len(deck.cards)
    forbidden = WAAROM if deck.language == "nl" else WHY
    assert [text for text in _texts(deck) if forbidden.search(text)] == []
    assert [card.id for card in deck.cards if "/" in card.question or "(" in card.question] == []
    assert [card.id for card in deck.cards if card.question.count("?") != 1] == []
    if deck.language == "nl":
        assert [text for text in _texts(deck) if re.search(r"\bu\b", text)] == []


@pytest.mark.parametrize("slug", ["buddygesprek", "meeloopdag", "taak-overdragen"])
def test_the_talks_belong_to_learning_and_close_no_talk_the_cycle_expects(
    library: DeckLibrary, slug: str
) -> None:
    # Learning at work (002 §7.2): placed under leren, which expects no talk of its own,
    # so none of them stands in for the cycle's planning, follow-up or evaluation talk.
    assert deck_phases(library.get(slug)) == (CyclePhase.LEREN,)
    assert deck_phases(library.get(f"{slug}-en")) == (CyclePhase.LEREN,)


def test_the_peer_visit_is_one_deck_with_a_part_before_and_after(library: DeckLibrary) -> None:
    themes = [card.theme for card in library.get("meeloopdag").cards]
    before, after = "voor-de-meeloopdag", "na-de-meeloopdag"
    assert set(themes) == {before, after}
    assert themes == sorted(themes, key=lambda theme: theme == after)


def test_handing_over_starts_with_the_manager_s_own_check(library: DeckLibrary) -> None:
    deck = library.get("taak-overdragen")
    first = deck.cards[0]
    assert (first.id, first.answered_by) == ("doordacht", "manager")
    assert "slecht nieuws" in first.tip
    for card_id in ("resultaat", "termijn", "terugkoppelen", "beslissen", "kunnen", "willen"):
        assert not deck.card(card_id).optional, card_id


def test_the_reflection_is_the_manager_s_own_record_about_the_person(
    library: DeckLibrary, store: Store
) -> None:
    deck = library.get("reflectie-na-gesprek")
    assert deck.audience is Audience.MANAGER
    assert deck.kind not in (DeckKind.REFLECTIE, DeckKind.FEEDFORWARD)
    assert not deck.about_no_one
    assert deck_phases(deck) == ()
    assert all(card.answered_by == "manager" for card in deck.cards)
    person = store.employees.add(EmployeeDraft(name="Lotte Janssens"))
    held = store.conversations.start(person.id, deck)
    assert held.employee_id == person.id
    assert not held.is_talk
    with pytest.raises(ValueError):
        store.conversations.start(None, deck)
    assert store.feedforward.coach_preparation(person.id, library) is None


def test_decks_list_shows_the_four_dutch_decks(cli: Cli) -> None:
    code, out, err = cli("decks", "list")
    assert code == 0, err
    listed = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    for slug in TWINS:
        assert slug in listed
        assert " nl " in listed[slug]
