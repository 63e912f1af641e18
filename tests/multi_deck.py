"""A hand-made deck with a multiple-choice card and a choice card with "anders, namelijk…"."""

from __future__ import annotations

from leercoach.decks import parse_deck_text
from leercoach.domain import Deck, EmployeeDraft
from leercoach.store import Store

MULTI_DECK = """
slug = "leervormen"
version = 1
title = "Leervormen"
kind = "check-in"
language = "nl"
description = "Een korte test."
duration_minutes = 10
source = "002 §6.1"

[[cards]]
id = "vormen"
question = "Hoe leer je het liefst?"
theme = "leren"
answer = { type = "multi", other = true, options = [
  { id = "doen", label = "Door het te doen" },
  { id = "lezen", label = "Door te lezen" },
  "Van een collega",
] }

[[cards]]
id = "plek"
question = "Waar leer je het meest?"
theme = "leren"
answer = { type = "choice", other = true, options = ["Op de werkvloer", "In een opleiding"] }

[[cards]]
id = "talen"
question = "Welke talen spreek je?"
theme = "talenten"
answer = { type = "multi", options = ["Nederlands", "Frans", "Engels"] }

[[cards]]
id = "verder"
question = "Wat wil je nog kwijt?"
theme = "welzijn"
"""


def multi_deck() -> Deck:
    return parse_deck_text(MULTI_DECK, "leervormen.toml")


def talk_with(store: Store, answers: dict[str, str]) -> tuple[str, str]:
    """A draft of the deck with Zoë, the cards ``answers`` names answered: (person, talk)."""
    deck = multi_deck()
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    talk = store.conversations.start(zoe.id, deck)
    for card_id, value in answers.items():
        store.conversations.save_answer(talk.id, deck.card(card_id), deck.index_of(card_id), value)
    return zoe.id, talk.id
