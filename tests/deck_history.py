"""Helpers for tests of conversations kept with the deck they were held with."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import sqlite_utils

from leercoach import paths
from leercoach.domain import AnswerType, Conversation, Deck
from leercoach.store import Store
from leercoach.store.migrations import load_migrations, migrate

STAMP = "2026-03-02T10:00:00"


def raised_check_in() -> str:
    """The shipped check-in as someone might copy it: version 99 with only one card."""
    shipped = (paths.shipped_decks_dir() / "check-in.toml").read_text("utf-8")
    header = re.sub(r"(?m)^version = \d+$", "version = 99", shipped.split("[[cards]]")[0])
    assert "version = 99" in header
    return header + '[[cards]]\nid = "nieuw"\nquestion = "Wat is nieuw?"\ntheme = "terugblik"\n'


def put_user_deck(name: str, text: str) -> Path:
    folder = paths.user_decks_dir()
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def answer_every_card(store: Store, talk: Conversation, deck: Deck) -> dict[str, str]:
    """An answer to each card, each text its own; returns them by card id."""
    given: dict[str, str] = {}
    for number, card in enumerate(deck.cards, start=1):
        if card.answer.type is AnswerType.SCALE:
            value = "4"
        elif card.answer.type is AnswerType.YESNO:
            value = "ja"
        elif card.answer.type is AnswerType.CHOICE:
            value = card.answer.options[0]
        else:
            value = f"antwoord{number} bij {card.id}"
        store.conversations.save_answer(talk.id, card, number - 1, value)
        given[card.id] = value
    return given


def previous_version_database(
    path: Path, talks: dict[str, tuple[str, int, list[tuple[str, str, str]]]]
) -> None:
    """A database as the leercoach before snapshots left it: the migrations before
    ``deck_snapshots`` applied.

    ``talks`` maps a conversation id to (deck slug, deck version, [(card id, question,
    value)]); every conversation is completed and belongs to employee ``e-1``.
    """
    migrations = load_migrations()
    raw = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    before_snapshots = next(m.version for m in migrations if m.topic == "deck_snapshots") - 1
    migrate(raw, migrations, target=before_snapshots)
    raw["employee"].insert(
        {"id": "e-1", "name": "Zoë Peeters", "created_at": STAMP, "updated_at": STAMP}
    )
    for talk_id, (slug, version, answers) in talks.items():
        raw["conversation"].insert(
            {
                "id": talk_id,
                "employee_id": "e-1",
                "deck_slug": slug,
                "deck_version": version,
                "deck_title": slug.title(),
                "started_at": STAMP,
                "ended_at": STAMP,
                "status": "completed",
                "current_card": None,
                "updated_at": STAMP,
            }
        )
        for position, (card_id, question, value) in enumerate(answers):
            raw["answer"].insert(
                {
                    "conversation_id": talk_id,
                    "card_id": card_id,
                    "position": position,
                    "question": question,
                    "value": value,
                    "updated_at": STAMP,
                }
            )
    raw.close()


def pdf_words(path: Path) -> str:
    """The PDF's text as pdftotext reads it, every run of white space one space."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())
