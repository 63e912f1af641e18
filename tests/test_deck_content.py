"""The content rules of issue 18 for every shipped deck, read with the real loader.

The mechanical half of the HR coach's review: no "waarom" (004 §7: "wat maakt dat…"),
every deck names its source document and section, a conversation keeps at most one card
on its main path per 3 minutes, the duplicate cards the review found stay gone, no yes/no
question about expectations, and none of the retired words of "One word for each thing".
Each check runs per deck file, so a deck that breaks a rule is named in the failure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain.deck import AnswerType, Audience, Deck, DeckKind
from leercoach.paths import shipped_decks_dir

DECK_FILES = sorted(shipped_decks_dir().glob("*.toml"))
DECK_IDS = [path.stem for path in DECK_FILES]

WAAROM = re.compile(r"\bwaarom\b", re.IGNORECASE)
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
SOURCE_SECTION = re.compile(r"\b00[0-4] §\s?\d")
EXPECTATION = re.compile(r"\bverwacht|\bexpect", re.IGNORECASE)
MINUTES_PER_MAIN_CARD = 3
# How far a goal was reached, in the evaluation talk and in the appraisal alike.
ANSWERED_GOAL_SCALE = (
    "niet bereikt",
    "voor een klein deel",
    "voor de helft",
    "grotendeels",
    "helemaal bereikt",
)

# Cards the review of issue 18 found asking the same thing: (deck slug, card id, card id).
# A deck (or its translation) may keep one card of a pair, never both again.
DUPLICATE_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("check-in", "nodig", "vastzitten"),
    ("check-in", "uitproberen", "afspraken"),
    ("kort-ontwikkelgesprek", "nodig", "eerste-stap"),
    ("ontwikkelgesprek", "verschil-maken", "droom"),
    ("ontwikkelgesprek", "doel", "leren-voor-droom"),
    ("functioneringsgesprek", "rol-sterker", "doelen"),
    ("onboarding", "leervorm", "goed-leren-hier"),
    ("onboarding", "moeilijk", "eerste-weken"),
    ("zelfscan-leerbehoeften", "zeker-voelen", "goed-in"),
    ("zelfscan-leerbehoeften", "zeker-voelen", "moeite"),
    ("groeicyclus-plannen", "volgende-fase", "wat-leren"),
    ("groeicyclus-plannen", "volgende-fase", "doel"),
    ("groeicyclus-plannen", "wat-leren", "doel"),
    ("groeicyclus-opvolgen", "volgende-leeractie", "afspraken"),
    ("feedforward-voorbereiding", "sterktes", "compliment"),
)

# "One word for each thing": phrases no deck file may hold any more (exact phrases, not
# single words). "on-the-job" stays allowed as a stored value; it may not be shown.
RETIRED_IN_FILE = (
    "over tijd",
    "in hun eigen woorden",
    "hulp met",
    "plannend gesprek",
    "Waarom wordt dit gesprek heropend",
    "Toon gearchiveerden",
    "(niet gezegd)",
    "Samenvatting van de groeicyclus",
    "Overzicht van de groeicyclus",
    "SAMEN AFGESPROKEN",
    "Persoonlijke notities",
)
RETIRED_SHOWN = ("on-the-job",)


def _phrase(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> DeckLibrary:
    return load_library([shipped_decks_dir()])


def _deck(library: DeckLibrary, path: Path) -> Deck:
    found = [deck for deck in library.decks.values() if deck.path and deck.path.name == path.name]
    assert len(found) == 1, f"{path.name} did not load: {[str(f) for f in library.failures]}"
    return found[0]


def _twin_of(deck: Deck) -> str:
    """The Dutch deck this one is (a translation of)."""
    if deck.translation_of:
        return deck.translation_of
    return deck.slug.removesuffix("-en") if deck.language == "en" else deck.slug


def _spoken(deck: Deck) -> Iterator[tuple[str, str]]:
    """(where, text) for every question, follow-up and tip of the deck."""
    for card in deck.cards:
        yield f"{card.id}.question", card.question
        for number, follow_up in enumerate(card.follow_ups):
            yield f"{card.id}.follow_ups[{number}]", follow_up
        if card.tip:
            yield f"{card.id}.tip", card.tip


def _shown(deck: Deck) -> Iterator[tuple[str, str]]:
    """(where, text) for everything of the deck a person reads."""
    yield "title", deck.title
    yield "description", deck.description
    yield from _spoken(deck)
    for card in deck.cards:
        for number, text in enumerate((*card.answer.labels, *card.answer.options)):
            yield f"{card.id}.answer[{number}]", text


def test_every_deck_file_is_checked(library: DeckLibrary) -> None:
    assert len(DECK_FILES) >= 16
    assert library.failures == [], "\n".join(str(f) for f in library.failures)
    assert len(library.decks) == len(DECK_FILES)


def test_the_curated_pairs_name_shipped_decks(library: DeckLibrary) -> None:
    assert {slug for slug, _, _ in DUPLICATE_PAIRS} <= set(library.decks)
    assert all(first != second for _, first, second in DUPLICATE_PAIRS)


@pytest.mark.parametrize("path", DECK_FILES, ids=DECK_IDS)
def test_no_question_follow_up_or_tip_asks_waarom(library: DeckLibrary, path: Path) -> None:
    deck = _deck(library, path)
    word = WHY if deck.language == "en" else WAAROM
    offenders = [f"{where}: {text}" for where, text in _spoken(deck) if word.search(text)]
    assert offenders == []


@pytest.mark.parametrize("path", DECK_FILES, ids=DECK_IDS)
def test_the_source_names_a_document_and_a_section(library: DeckLibrary, path: Path) -> None:
    deck = _deck(library, path)
    assert SOURCE_SECTION.search(deck.source), f"{deck.slug}: source {deck.source!r}"


@pytest.mark.parametrize("path", DECK_FILES, ids=DECK_IDS)
def test_a_conversation_has_one_main_card_per_three_minutes(
    library: DeckLibrary, path: Path
) -> None:
    deck = _deck(library, path)
    if deck.audience is Audience.MANAGER or deck.kind is DeckKind.ZELFSCAN:
        pytest.skip("not held as a conversation: the main-path rule does not apply")
    main = [card.id for card in deck.cards if not card.optional]
    allowed = deck.duration_minutes // MINUTES_PER_MAIN_CARD
    assert len(main) <= allowed, (
        f"{deck.slug}: {len(main)} main cards for {deck.duration_minutes} minutes "
        f"(at most {allowed}): {main}"
    )


@pytest.mark.parametrize("path", DECK_FILES, ids=DECK_IDS)
def test_no_known_duplicate_pair_is_back(library: DeckLibrary, path: Path) -> None:
    deck = _deck(library, path)
    ids = {card.id for card in deck.cards}
    twin = _twin_of(deck)
    back = [
        (first, second)
        for slug, first, second in DUPLICATE_PAIRS
        if slug == twin and {first, second} <= ids
    ]
    assert back == []


@pytest.mark.parametrize("path", DECK_FILES, ids=DECK_IDS)
def test_expectations_are_asked_open_not_yes_or_no(library: DeckLibrary, path: Path) -> None:
    deck = _deck(library, path)
    closed = [
        card.id
        for card in deck.cards
        if card.answer.type is AnswerType.YESNO
        and (card.id == "verwachtingen" or EXPECTATION.search(card.question))
    ]
    assert closed == []


@pytest.mark.parametrize("path", DECK_FILES, ids=DECK_IDS)
def test_no_retired_phrase_is_in_the_deck(library: DeckLibrary, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    in_file = [phrase for phrase in RETIRED_IN_FILE if _phrase(phrase).search(text)]
    shown = [
        f"{where}: {phrase}"
        for where, value in _shown(_deck(library, path))
        for phrase in RETIRED_SHOWN
        if _phrase(phrase).search(value)
    ]
    assert in_file == [] and shown == []


def test_the_checks_catch_what_they_are_for() -> None:
    """Each pattern matches the thing it forbids and lets the right wording through."""
    assert WAAROM.search("Waarom deed je dat?") and not WAAROM.search("Wat maakt dat je…?")
    assert WHY.search("Why did you?") and not WHY.search("What makes you…?")
    assert SOURCE_SECTION.search("002 §7.2, §7.4; 001") and not SOURCE_SECTION.search("001")
    assert _phrase("over tijd").search("Die actie is over tijd.")
    assert not _phrase("over tijd").search("Vertel over tijdsdruk.")
    assert _phrase("(niet gezegd)").search("Antwoord: (niet gezegd)")
    assert _phrase("hulp met").search("Hulp met plannen") and not _phrase("hulp met").search(
        "hulp metselen"
    )


def test_a_goal_reached_is_asked_on_one_scale(library: DeckLibrary) -> None:
    """The evaluation talk and the appraisal ask how far a goal was reached: one scale, so
    the two read the same (issue 18: "voor een deel" and "een beetje" meant the same)."""
    evaluation = library.get("groeicyclus-evalueren").card("mate-doel-bereikt").answer.labels
    appraisal = library.get("functioneringsgesprek").card("resultaten-bereikt").answer.labels
    assert evaluation == appraisal == ANSWERED_GOAL_SCALE
