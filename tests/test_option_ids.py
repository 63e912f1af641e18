"""A choice answer's stable option id (issue 16): the deck format, saving, the upgrade."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from leercoach.decks import DeckError, parse_deck_text
from leercoach.decks.snapshot import content_hash, deck_from_json, snapshot
from leercoach.domain import EmployeeDraft
from leercoach.domain.deck import option_slug
from leercoach.store import Store
from leercoach.store.migrations import load_migrations, migrate

from .conftest import SteppingClock
from .trend_helpers import deck, hold

HEAD = """
slug = "keuze"
version = 1
title = "Keuze"
kind = "check-in"
language = "nl"
description = "Een test."
duration_minutes = 10
source = "002"

[[cards]]
id = "vorm"
question = "Hoe leer je het liefst?"
theme = "leren"
"""


def choice_deck(options: str) -> str:
    return HEAD + f'answer = {{ type = "choice", options = {options} }}\n'


def test_an_id_from_the_text_folds_accents_case_and_everything_else() -> None:
    assert option_slug("Eerder níet!") == "eerder-niet"
    assert option_slug("  Op de werkvloer ") == "op-de-werkvloer"
    assert option_slug("Één-op-één (coaching)") == "een-op-een-coaching"


def test_options_load_as_texts_as_tables_with_ids_or_both() -> None:
    plain = parse_deck_text(choice_deck('["Op de werkvloer", "In een opleiding"]'), "a.toml")
    assert plain.card("vorm").answer.option_ids == ("op-de-werkvloer", "in-een-opleiding")
    given = parse_deck_text(
        choice_deck(
            '[{ id = "werkplek", label = "Op de werkvloer" },'
            ' { label = "In een opleiding" }, "Van een collega"]'
        ),
        "b.toml",
    )
    spec = given.card("vorm").answer
    assert spec.options == ("Op de werkvloer", "In een opleiding", "Van een collega")
    assert spec.option_ids == ("werkplek", "in-een-opleiding", "van-een-collega")
    assert spec.option_id("Op de werkvloer") == "werkplek"
    assert spec.option_id("Iets anders") is None


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ('[{ id = "Grote Letters", label = "Ja" }, "Nee"]', "options[0].id"),
        ('[{ id = "ja", label = "" }, "Nee"]', "options[0].label"),
        ('[{ id = "ja", text = "Ja" }, "Nee"]', "'text'"),
        ('[{ id = "zelfde", label = "Ja" }, { id = "zelfde", label = "Nee" }]', "same id"),
        ('["Ja", 3]', "options[1]"),
    ],
)
def test_a_bad_option_is_named_with_its_place(options: str, said: str) -> None:
    with pytest.raises(DeckError) as caught:
        parse_deck_text(choice_deck(options), "bad.toml")
    assert any(said in problem for problem in caught.value.problems), caught.value.problems


def test_a_deck_without_ids_keeps_its_hash_and_given_ids_survive_the_snapshot() -> None:
    plain = parse_deck_text(choice_deck('["Ja", "Nee"]'), "a.toml")
    assert "option_ids" not in snapshot(plain)[1]
    given = parse_deck_text(
        choice_deck('[{ id = "yes", label = "Ja" }, { id = "no", label = "Nee" }]'), "b.toml"
    )
    assert content_hash(given) != content_hash(plain)
    assert deck_from_json(snapshot(given)[1]).card("vorm").answer.option_ids == ("yes", "no")


def test_a_choice_answer_keeps_its_text_and_the_options_id(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        talk = hold(
            store,
            clock,
            zoe.id,
            deck(),
            datetime(2026, 1, 12, 9),
            {"vorm": "In een opleiding", "energie": "4"},
        )
        answers = {a.card_id: a for a in store.conversations.answers(talk)}
    assert answers["vorm"].value == "In een opleiding"
    assert answers["vorm"].option_id == "in-een-opleiding"
    assert answers["energie"].option_id is None


def test_the_upgrade_from_13_gives_old_choice_answers_their_id(db_path: Path) -> None:
    given = parse_deck_text(
        choice_deck('[{ id = "werkplek", label = "Op de werkvloer" }, "In een opleiding"]'),
        "keuze.toml",
    )
    digest, content = snapshot(given)
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(raw, load_migrations(), target=13)
    stamp = "2025-05-01T09:00:00"
    raw["employee"].insert(
        {"id": "e-1", "name": "Zoë", "archived": 0, "created_at": stamp, "updated_at": stamp}
    )
    raw["deck_snapshot"].insert(
        {"hash": digest, "slug": "keuze", "version": 1, "content": content, "stored_at": stamp}
    )
    for talk_id, deck_hash in (("t-1", digest), ("t-2", digest), ("t-3", None)):
        raw["conversation"].insert(
            {
                "id": talk_id,
                "employee_id": "e-1",
                "deck_slug": "keuze",
                "deck_version": 1,
                "deck_title": "Keuze",
                "deck_hash": deck_hash,
                "started_at": stamp,
                "status": "completed",
                "updated_at": stamp,
            }
        )
    for talk_id, value in (
        ("t-1", "Op de werkvloer"),
        ("t-2", "Bij een klant"),  # no option of its snapshot reads so
        ("t-3", "In een opleiding"),  # held without a snapshot: nothing says it was a choice
    ):
        raw["answer"].insert(
            {
                "conversation_id": talk_id,
                "card_id": "vorm",
                "position": 0,
                "question": "Hoe leer je het liefst?",
                "value": value,
                "updated_at": stamp,
            }
        )
    raw.close()
    with Store.open(db_path) as store:
        assert store.check() == []
        found = {talk: store.conversations.answer(talk, "vorm") for talk in ("t-1", "t-2", "t-3")}
    assert {talk: (a.value, a.option_id) for talk, a in found.items() if a} == {
        "t-1": ("Op de werkvloer", "werkplek"),
        "t-2": ("Bij een klant", "bij-een-klant"),
        "t-3": ("In een opleiding", None),
    }
