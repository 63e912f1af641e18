"""Decks and talks for the trend tests: a scale card whose labels change between versions."""

from __future__ import annotations

from datetime import datetime

from leercoach.decks import parse_deck_text
from leercoach.domain import Deck
from leercoach.store import Store

from .conftest import SteppingClock

FEELING = ["zwaar", "moeizaam", "gaat wel", "goed", "heel goed"]
FREQUENCY = ["nooit", "zelden", "soms", "vaak", "altijd"]


def deck(
    slug: str = "weekstart",
    version: int = 1,
    kind: str = "check-in",
    labels: list[str] = FEELING,
    audience: str = "employee",
) -> Deck:
    quoted = ", ".join(f'"{label}"' for label in labels)
    return parse_deck_text(
        f"""
slug = "{slug}"
version = {version}
title = "Weekstart"
kind = "{kind}"
language = "nl"
description = "Een korte test."
duration_minutes = 10
source = "002 §8.2"
audience = "{audience}"

[[cards]]
id = "energie"
question = "Hoe gaat het met je?"
theme = "welzijn"
answer = {{ type = "scale", labels = [{quoted}] }}

[[cards]]
id = "focus"
question = "Waar wil je op focussen?"
theme = "welzijn"

[[cards]]
id = "vorm"
question = "Hoe leer je het liefst?"
theme = "leren"
answer = {{ type = "choice", options = ["Op de werkvloer", "In een opleiding"] }}
""",
        f"{slug}.toml",
    )


def hold(
    store: Store,
    clock: SteppingClock,
    employee_id: str,
    held: Deck,
    when: datetime,
    values: dict[str, str],
) -> str:
    """A talk held at ``when`` with these answers (card id → value; "" skips the card)."""
    clock.current = when
    talk = store.conversations.start(employee_id, held)
    for position, card in enumerate(held.cards):
        if card.id not in values:
            continue
        if values[card.id]:
            store.conversations.save_answer(talk.id, card, position, values[card.id])
        else:
            store.conversations.skip_card(talk.id, card, position)
    store.conversations.complete(talk.id)
    return talk.id
