"""The decks shipped in conversation_cards/ load cleanly and meet the content rules."""

from __future__ import annotations

import re

import pytest

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import Deck
from leercoach.domain.suggest import SuggestionReason, suggested_deck
from leercoach.paths import shipped_decks_dir

DUTCH_SLUGS = (
    "ontwikkelgesprek",
    "kort-ontwikkelgesprek",
    "check-in",
    "exitgesprek",
    "onboarding",
    "functioneringsgesprek",
    "zelfscan-leerbehoeften",
    "groeicyclus-plannen",
    "groeicyclus-opvolgen",
    "groeicyclus-evalueren",
    "transfer-na-opleiding",
    "feedforward-voorbereiding",
    "coachend-leidinggeven-zelfcheck",
)
ENGLISH_TWINS = {
    "ontwikkelgesprek-en": "ontwikkelgesprek",
    "check-in-en": "check-in",
    "exitgesprek-en": "exitgesprek",
}
EXPECTED_SLUGS = DUTCH_SLUGS + tuple(ENGLISH_TWINS)
GROWTH_CYCLE_SLUGS = ("groeicyclus-plannen", "groeicyclus-opvolgen", "groeicyclus-evalueren")
MIN_CARDS, MAX_CARDS = 6, 14
MAX_QUESTION = 300
WAAROM = re.compile(r"\bwaarom\b", re.IGNORECASE)
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> DeckLibrary:
    return load_library([shipped_decks_dir()])


def _shipped(library: DeckLibrary) -> list[Deck]:
    return [library.decks[slug] for slug in EXPECTED_SLUGS if slug in library.decks]


def test_shipped_folder_loads_without_failures(library: DeckLibrary) -> None:
    assert library.failures == [], "\n".join(str(f) for f in library.failures)


def test_every_expected_deck_is_present(library: DeckLibrary) -> None:
    missing = sorted(set(EXPECTED_SLUGS) - set(library.decks))
    assert missing == []


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_deck_metadata(library: DeckLibrary, slug: str) -> None:
    deck = library.get(slug)
    assert MIN_CARDS <= len(deck.cards) <= MAX_CARDS, f"{slug}: {len(deck.cards)} cards"
    assert deck.source.strip()
    assert deck.description.strip()
    assert deck.title.strip()
    assert deck.duration_minutes > 0
    assert deck.version >= 1


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_cards_are_complete(library: DeckLibrary, slug: str) -> None:
    deck = library.get(slug)
    ids = [card.id for card in deck.cards]
    assert len(ids) == len(set(ids)), f"{slug}: duplicate card ids"
    for card in deck.cards:
        assert card.theme.strip(), f"{slug}/{card.id}: no theme"
        assert card.question.strip(), f"{slug}/{card.id}: empty question"
        assert len(card.question) <= MAX_QUESTION, f"{slug}/{card.id}: question too long"


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_most_cards_have_follow_ups(library: DeckLibrary, slug: str) -> None:
    deck = library.get(slug)
    with_follow_ups = sum(1 for card in deck.cards if card.follow_ups)
    assert with_follow_ups * 2 >= len(deck.cards), (
        f"{slug}: only {with_follow_ups} of {len(deck.cards)} cards have follow-ups"
    )


def test_no_follow_up_asks_waarom(library: DeckLibrary) -> None:
    offenders = [
        f"{deck.slug}/{card.id}: {follow_up}"
        for deck in _shipped(library)
        for card in deck.cards
        for follow_up in card.follow_ups
        if WAAROM.search(follow_up)
    ]
    assert offenders == []


def test_no_english_follow_up_asks_why(library: DeckLibrary) -> None:
    offenders = [
        f"{slug}/{card.id}: {follow_up}"
        for slug in ENGLISH_TWINS
        for card in library.get(slug).cards
        for follow_up in card.follow_ups
        if WHY.search(follow_up)
    ]
    assert offenders == []


def test_growth_cycle_decks_cover_all_phases(library: DeckLibrary) -> None:
    covered: set[str] = set()
    for slug in GROWTH_CYCLE_SLUGS:
        deck = library.get(slug)
        for card in deck.cards:
            assert card.phase, f"{slug}/{card.id}: no phase"
            covered.add(card.phase)
    assert covered == {phase.value for phase in CyclePhase}


@pytest.mark.parametrize(
    ("slug", "phase"),
    [
        ("groeicyclus-plannen", "plannen"),
        ("groeicyclus-opvolgen", "opvolgen"),
        ("groeicyclus-evalueren", "evalueren"),
    ],
)
def test_growth_cycle_deck_is_mostly_its_own_phase(
    library: DeckLibrary, slug: str, phase: str
) -> None:
    deck = library.get(slug)
    own = sum(1 for card in deck.cards if card.phase == phase)
    assert own * 2 > len(deck.cards)


@pytest.mark.parametrize(("english", "dutch"), sorted(ENGLISH_TWINS.items()))
def test_english_twin_matches_dutch_deck(library: DeckLibrary, english: str, dutch: str) -> None:
    en_deck = library.get(english)
    nl_deck = library.get(dutch)
    assert en_deck.language == "en"
    assert nl_deck.language == "nl"
    assert en_deck.kind == nl_deck.kind
    assert [card.id for card in en_deck.cards] == [card.id for card in nl_deck.cards]
    for en_card, nl_card in zip(en_deck.cards, nl_deck.cards, strict=True):
        assert en_card.answer.type == nl_card.answer.type, f"{english}/{en_card.id}"
        assert len(en_card.answer.options) == len(nl_card.answer.options), f"{english}/{en_card.id}"


@pytest.mark.parametrize("reason", list(SuggestionReason))
def test_each_suggested_deck_is_shipped_and_offered_in_its_reader_s_language(
    library: DeckLibrary, reason: SuggestionReason
) -> None:
    deck = suggested_deck(reason, library.decks.values(), "nl")
    assert deck is not None and deck.language == "nl"
    slug = deck.slug
    assert library.translated_slug(slug, "nl") == slug
    english = library.translated_slug(slug, "en")
    assert english == slug or library.get(english).language == "en"
    assert library.source_slug(english) == slug


def test_a_deck_without_a_translation_is_offered_as_it_is(library: DeckLibrary) -> None:
    assert library.translated_slug("onboarding", "en") == "onboarding"
    assert library.translated_slug("check-in", "en") == "check-in-en"
    assert library.translated_slug("check-in", "de") == "check-in"


@pytest.mark.parametrize("slug", DUTCH_SLUGS)
def test_dutch_decks_are_dutch(library: DeckLibrary, slug: str) -> None:
    assert library.get(slug).language == "nl"
