"""The deck format, round two (issue 18): multiple choice with "anders, namelijk",
translations named by slug, and what a deck is suggested after or for."""

from __future__ import annotations

import pytest

from leercoach.decks import DeckError, parse_deck_text
from leercoach.decks.snapshot import canonical_json, deck_from_json
from leercoach.domain.deck import AnswerType

from .conftest import SMALL_DECK

LINKED = SMALL_DECK.replace(
    'source = "002 §8.2"',
    'source = "002 §8.2"\ntranslation_of = "check-in"\nsuggest_after = ["groeicyclus-plannen"]\n'
    'suggest_for_gaps = ["opvolgen:no-talk"]',
).replace('slug = "mini"', 'slug = "mini-en"')

MULTI = (
    SMALL_DECK
    + """
[[cards]]
id = "vormen"
question = "Hoe leer je het liefst?"
theme = "leren"
answer = { type = "multi", other = true, options = [
    { id = "doen", label = "door te doen" }, { id = "kijken", label = "door mee te kijken" },
] }
"""
)


def test_multiple_choice_with_other_and_the_links_load_and_survive_a_snapshot() -> None:
    deck = parse_deck_text(MULTI, "mini.toml")
    card = deck.card("vormen")
    assert card.answer.type is AnswerType.MULTI and card.answer.other
    assert card.answer.option_ids == ("doen", "kijken")
    linked = parse_deck_text(LINKED, "mini-en.toml")
    assert linked.translation_of == "check-in"
    assert linked.suggest_after == ("groeicyclus-plannen",)
    assert linked.suggest_for_gaps == ("opvolgen:no-talk",)
    for one in (deck, linked):
        assert deck_from_json(canonical_json(one)) == one


def test_a_deck_without_the_new_fields_writes_none_of_them() -> None:
    text = canonical_json(parse_deck_text(SMALL_DECK, "mini.toml"))
    for key in ("translation_of", "suggest_after", "suggest_for_gaps", '"other"'):
        assert key not in text


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('slug = "mini-en"', 'slug = "check-in"'), "cannot be the translation of itself"),
        (('["groeicyclus-plannen"]', '["Plan Gesprek"]'), "suggest_after[0]: 'Plan Gesprek'"),
        (('"opvolgen:no-talk"', '"opvolgen:geen-gesprek"'), "suggest_for_gaps[0]"),
    ],
)
def test_a_bad_link_is_named_with_its_line(change: tuple[str, str], problem: str) -> None:
    with pytest.raises(DeckError) as raised:
        parse_deck_text(LINKED.replace(*change), "mini-en.toml")
    assert problem in str(raised.value) and "line " in str(raised.value)


def test_other_belongs_to_a_choice_and_multi_needs_options() -> None:
    scale_other = SMALL_DECK.replace('labels = ["heel', 'other = true, labels = ["heel')
    with pytest.raises(DeckError, match="unknown key"):
        parse_deck_text(scale_other, "mini.toml")
    lonely = MULTI.replace('{ id = "kijken", label = "door mee te kijken" },', "")
    with pytest.raises(DeckError, match="at least two options"):
        parse_deck_text(lonely, "mini.toml")
