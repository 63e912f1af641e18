"""Three new decks of issue 18, each in Dutch and English: the employee profile (002 §6.1),
a talk about workload (004 §4) and discussing 360-degree feedback (000)."""

from __future__ import annotations

import re

import pytest

from leercoach.decks import parse_deck
from leercoach.domain import AnswerType, Deck
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import Audience
from leercoach.domain.growth import deck_phases
from leercoach.paths import shipped_decks_dir

from .conftest import Cli

TWINS = {
    "medewerkersprofiel": "medewerkersprofiel-en",
    "werkdruk": "werkdruk-en",
    "360-feedback-bespreken": "360-feedback-bespreken-en",
}
# "Who knows what" in a team reads the profile by these card ids: they are promises.
PROFILE_CARDS = ("goed-in", "kan-helpen", "wil-groeien", "leer-liefst")
LEARNING_WAYS = ("doen", "meekijken", "lezen", "opleiding", "vragen", "samen")
WAAROM = re.compile(r"\bwaarom\b", re.IGNORECASE)
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)


def _deck(slug: str) -> Deck:
    return parse_deck(shipped_decks_dir() / f"{slug}.toml")


@pytest.mark.parametrize(("dutch", "english"), sorted(TWINS.items()))
def test_the_twins_load_and_share_cards_and_version(dutch: str, english: str) -> None:
    nl_deck, en_deck = _deck(dutch), _deck(english)
    assert (nl_deck.slug, nl_deck.language, nl_deck.translation_of) == (dutch, "nl", None)
    assert (en_deck.slug, en_deck.language, en_deck.translation_of) == (english, "en", dutch)
    assert en_deck.version == nl_deck.version == 1
    assert (en_deck.kind, en_deck.duration_minutes) == (nl_deck.kind, nl_deck.duration_minutes)
    assert en_deck.source == nl_deck.source
    assert [c.id for c in en_deck.cards] == [c.id for c in nl_deck.cards]
    for nl_card, en_card in zip(nl_deck.cards, en_deck.cards, strict=True):
        where = f"{english}/{en_card.id}"
        assert en_card.answer.type == nl_card.answer.type, where
        assert en_card.answer.option_ids == nl_card.answer.option_ids, where
        assert en_card.answer.other == nl_card.answer.other, where
        assert len(en_card.answer.labels) == len(nl_card.answer.labels), where
        assert (en_card.optional, en_card.phase) == (nl_card.optional, nl_card.phase), where
        assert en_card.answered_by == nl_card.answered_by, where
        assert bool(en_card.tip) == bool(nl_card.tip), where
        assert len(en_card.follow_ups) == len(nl_card.follow_ups), where


@pytest.mark.parametrize("slug", [*TWINS, *TWINS.values()])
def test_each_deck_is_a_conversation_that_keeps_the_main_path_rule(slug: str) -> None:
    deck = _deck(slug)
    assert deck.audience is Audience.EMPLOYEE
    main_path = [card for card in deck.cards if not card.optional]
    assert 3 <= len(main_path) <= deck.duration_minutes // 3, slug
    assert any(card.optional for card in deck.cards), f"{slug}: no extra vragen"
    assert re.match(r"00[0-4]\b", deck.source), deck.source
    assert all(card.follow_ups for card in deck.cards), slug
    assert sum(1 for card in deck.cards if card.tip) * 2 >= len(deck.cards), slug


@pytest.mark.parametrize(
    ("slug", "phase"),
    [
        ("medewerkersprofiel", CyclePhase.PLANNEN),
        ("werkdruk", CyclePhase.OPVOLGEN),
        ("360-feedback-bespreken", CyclePhase.PLANNEN),
    ],
)
def test_each_talk_lands_in_a_phase_of_the_growth_cycle(slug: str, phase: CyclePhase) -> None:
    assert deck_phases(_deck(slug))[0] is phase
    assert deck_phases(_deck(TWINS[slug]))[0] is phase


@pytest.mark.parametrize("slug", list(TWINS))
def test_dutch_decks_never_ask_waarom_and_say_je(slug: str) -> None:
    deck = _deck(slug)
    said = [deck.description] + [
        text for card in deck.cards for text in (card.question, card.tip, *card.follow_ups)
    ]
    assert [text for text in said if WAAROM.search(text)] == []
    assert [text for text in said if re.search(r"\bu\b", text)] == []
    for card in deck.cards:
        assert card.question.count("?") == 1, f"{slug}/{card.id}: one question per card"
        assert not re.search(r"[()/\[\]]", card.question), f"{slug}/{card.id}"


@pytest.mark.parametrize("slug", list(TWINS.values()))
def test_english_decks_never_ask_why(slug: str) -> None:
    deck = _deck(slug)
    asked = [text for card in deck.cards for text in (card.question, *card.follow_ups)]
    assert [text for text in asked if WHY.search(text)] == []


@pytest.mark.parametrize("slug", ["medewerkersprofiel", "medewerkersprofiel-en"])
def test_the_profile_has_its_four_cards_and_a_multi_choice_of_learning_ways(slug: str) -> None:
    deck = _deck(slug)
    ids = [card.id for card in deck.cards]
    assert ids[:4] == list(PROFILE_CARDS)
    profile = [card for card in deck.cards if card.id in PROFILE_CARDS]
    assert all(not card.optional and card.answered_by == "employee" for card in profile)
    learning = deck.cards[ids.index("leer-liefst")].answer
    assert learning.type is AnswerType.MULTI
    assert learning.other
    assert learning.option_ids == LEARNING_WAYS


def test_the_cli_lists_the_three_dutch_decks(cli: Cli) -> None:
    code, out, err = cli("decks", "list")
    assert (code, err) == (0, "")
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    for slug in TWINS:
        deck = _deck(slug)
        assert slug in rows, out
        assert deck.title in rows[slug]
        assert f"{len(deck.cards)} " in rows[slug]
    assert "kapot" not in out.casefold() and "broken" not in out.casefold()
