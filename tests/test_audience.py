"""Whose conversation it is (issue 17): the manager's own records leave the employee's.

A feedforward preparation is about the employee it prepares a talk with; a self-check is
about no one. Neither is a talk: not in the growth summary, not a phase of the cycle,
not in the KPIs, the rhythm or what HR receives. Migration 0018 gives every conversation
its audience and takes the self-checks off the people they were attached to.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from leercoach.decks import DeckError, load_library, parse_deck_text
from leercoach.domain import Deck, EmployeeDraft
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import AnsweredBy, Audience
from leercoach.domain.growth import GapKind, Period
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.store.deck_snapshots import remember_deck
from leercoach.store.demo import build_demo
from leercoach.store.migrations import load_migrations
from leercoach.trust.erasure import erase_people, erase_person
from leercoach.trust.privacy import export_person

from .conftest import SMALL_DECK, Cli, SteppingClock
from .deck_history import answer_every_card, pdf_words

MIGRATIONS = load_migrations()
AUDIENCE = next(m.version for m in MIGRATIONS if m.topic == "audience")
STAMP = "2025-03-03T10:00:00"
TODAY = date(2026, 6, 1)


def shipped() -> dict[str, Deck]:
    return dict(load_library([shipped_decks_dir()]).decks)


def old_version(deck: Deck) -> Deck:
    """The deck as version 1 was shipped: before decks had an audience."""
    return replace(deck, version=1, audience=Audience.EMPLOYEE)


# The deck format -------------------------------------------------------------------


def test_the_audience_answered_by_and_optional_are_read_with_their_defaults() -> None:
    plain = parse_deck_text(SMALL_DECK)
    assert plain.audience is Audience.EMPLOYEE and not plain.about_no_one
    assert all(card.answered_by is None and not card.optional for card in plain.cards)
    text = SMALL_DECK.replace('source = "', 'audience = "manager"\nsource = "', 1)
    text = text.replace("[[cards]]\n", '[[cards]]\nanswered_by = "manager"\noptional = true\n', 1)
    deck = parse_deck_text(text)
    assert deck.audience is Audience.MANAGER
    assert (deck.cards[0].answered_by, deck.cards[0].optional) == (AnsweredBy.MANAGER, True)
    assert deck.cards[1].answered_by is None and not deck.cards[1].optional


def test_a_wrong_audience_answered_by_or_optional_is_named_with_its_line() -> None:
    text = SMALL_DECK.replace('source = "', 'audience = "manger"\nsource = "', 1)
    text = text.replace("[[cards]]\n", '[[cards]]\nanswered_by = "boss"\noptional = "ja"\n', 1)
    with pytest.raises(DeckError) as raised:
        parse_deck_text(text, source="mijn.toml")
    line = text.splitlines().index('audience = "manger"') + 1
    problems = raised.value.problems
    assert any(
        p.startswith(f"line {line}: audience:") and "did you mean 'manager'" in p for p in problems
    ), problems
    assert any(".answered_by:" in p and "'boss'" in p for p in problems), problems
    assert any(".optional:" in p and "true or false" in p for p in problems), problems
    assert str(raised.value).startswith("mijn.toml: ")


def test_the_shipped_manager_decks_say_so_and_which_is_about_no_one() -> None:
    decks = shipped()
    managers = {slug for slug, deck in decks.items() if deck.audience is Audience.MANAGER}
    assert managers == {
        "feedforward-voorbereiding",
        "coachend-leidinggeven-zelfcheck",
        "reflectie-na-gesprek",
        "reflectie-na-gesprek-en",
    }
    assert {slug for slug, deck in decks.items() if deck.about_no_one} == {
        "coachend-leidinggeven-zelfcheck"
    }
    # The two that were decks of the employee's before audience existed got a new version.
    assert decks["feedforward-voorbereiding"].version >= 2
    assert decks["coachend-leidinggeven-zelfcheck"].version >= 2


# Migration 0018 --------------------------------------------------------------------


def database_at_16(path: Path, key: bytes | None = None) -> dict[str, str]:
    """A file at user_version 16, made by the real migrations, with a check-in, a v1
    feedforward preparation and a v1 self-check attached to Zoë, and a deck of Zoë's
    own kind check-in whose stored snapshot says it is the manager's."""
    decks = shipped()
    own = parse_deck_text(
        SMALL_DECK.replace('kind = "check-in"', 'kind = "check-in"\naudience = "manager"').replace(
            'slug = "', 'slug = "eigen-', 1
        )
    )
    with Store.open(path, migrations=MIGRATIONS[: AUDIENCE - 1], key=key) as store:
        assert store.schema_version == AUDIENCE - 1
        db = store.db
        db["employee"].insert(
            {"id": "e-1", "name": "Zoë Peeters", "created_at": STAMP, "updated_at": STAMP}
        )
        held = {
            "talk": decks["check-in"],
            "prep": old_version(decks["feedforward-voorbereiding"]),
            "self": old_version(decks["coachend-leidinggeven-zelfcheck"]),
            "own": own,
        }
        for talk_id, deck in held.items():
            with db.atomic():
                digest = remember_deck(db, deck, STAMP)
            db["conversation"].insert(
                {
                    "id": talk_id,
                    "employee_id": "e-1",
                    "deck_slug": deck.slug,
                    "deck_version": deck.version,
                    "deck_title": deck.title,
                    "started_at": STAMP,
                    "ended_at": STAMP,
                    "status": "completed",
                    "updated_at": STAMP,
                    "deck_hash": digest,
                    "first_completed_at": STAMP,
                    "deck_kind": deck.kind.value,
                }
            )
        tally = db.execute("SELECT deck_kind, talks FROM talk_tally ORDER BY 1").fetchall()
        assert tally == [("check-in", 2)]  # the kind decided: "own" counted as a talk
    return {talk_id: deck.slug for talk_id, deck in held.items()}


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_the_upgrade_gives_each_conversation_its_audience_and_frees_the_self_check(
    db_path: Path, encrypted: bool, request: pytest.FixtureRequest
) -> None:
    key = request.getfixturevalue("encrypted_key") if encrypted else None
    database_at_16(db_path, key)
    with Store.open(db_path, key=key) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert store.check() == []
        found = {
            row[0]: row[1:]
            for row in store.db.execute(
                "SELECT id, audience, employee_id FROM conversation ORDER BY id"
            ).fetchall()
        }
        assert found == {
            "talk": ("employee", "e-1"),
            "prep": ("manager", "e-1"),  # a preparation stays with the person it is for
            "self": ("manager", None),  # a self-check was never about Zoë
            "own": ("manager", "e-1"),  # the snapshot says so, whatever the kind
        }
        (not_null,) = store.db.execute(
            "SELECT \"notnull\" FROM pragma_table_info('conversation') WHERE name = 'employee_id'"
        ).fetchone()
        assert not_null == 0
        # The tally is recounted by the new rule, and its triggers keep to it.
        tally = store.db.execute("SELECT deck_kind, talks FROM talk_tally").fetchall()
        assert tally == [("check-in", 1)]
        store.db.execute("UPDATE conversation SET audience = 'employee' WHERE id = 'own'")
        tally = store.db.execute("SELECT deck_kind, talks FROM talk_tally").fetchall()
        assert tally == [("check-in", 2)]
        with pytest.raises(Exception, match="CHECK constraint failed"):
            store.db.execute("UPDATE conversation SET audience = 'baas' WHERE id = 'own'")
        # A new self-check is about no one.
        new = store.conversations.start(None, shipped()["coachend-leidinggeven-zelfcheck"])
        assert store.conversations.get(new.id).employee_id is None
        assert {c.id for c in store.conversations.for_employee("e-1")} == {"talk", "prep", "own"}


def test_a_deck_about_no_one_is_started_about_no_one_and_no_other(store: Store) -> None:
    decks = shipped()
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters")).id
    with pytest.raises(ValueError):
        store.conversations.start(zoe, decks["coachend-leidinggeven-zelfcheck"])
    with pytest.raises(ValueError):
        store.conversations.start(None, decks["feedforward-voorbereiding"])
    prep = store.conversations.start(zoe, decks["feedforward-voorbereiding"])
    alone = store.conversations.start(None, decks["coachend-leidinggeven-zelfcheck"])
    store.conversations.start(zoe, decks["check-in"])
    own = store.conversations.managers_own()
    assert [(r.conversation.id, r.employee_name) for r in own] == [
        (alone.id, None),
        (prep.id, "Zoë Peeters"),
    ]
    assert all(r.conversation.audience == "manager" for r in own)


# Nothing about the employee sees a manager record ---------------------------------


def demo_with_a_preparation(store: Store, clock: SteppingClock) -> str:
    """Demo people, one with a cycle, a planning talk and a completed preparation."""
    decks = shipped()
    build_demo(store.db, decks.values(), 4, seed=7, today=TODAY)
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg")).id
    store.cycles.add(zoe, date(2026, 1, 1), date(2026, 12, 31))
    clock.current = datetime(2026, 2, 2, 9, 0)
    plan = store.conversations.start(zoe, decks["ontwikkelgesprek"])
    store.conversations.complete(plan.id)
    clock.current = datetime(2026, 3, 2, 9, 0)
    return zoe


def hold_preparation(store: Store, zoe: str) -> dict[str, str]:
    deck = shipped()["feedforward-voorbereiding"]
    prep = store.conversations.start(zoe, deck)
    given = answer_every_card(store, prep, deck)
    store.conversations.set_shared_summary(prep.id, "samenvatting-van-de-voorbereiding")
    store.conversations.complete(prep.id)
    return given


def test_the_growth_summary_pdf_leaves_out_the_preparation(
    db_path: Path, tmp_path: Path, cli: Cli, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = demo_with_a_preparation(store, clock)
        given = hold_preparation(store, zoe)
        questions = [card.question for card in shipped()["feedforward-voorbereiding"].cards]
    out = tmp_path / "zoe.pdf"
    code, _, err = cli(
        "--db",
        db_path,
        "--lang",
        "nl",
        "export",
        "pdf",
        "--employee",
        zoe,
        "--period",
        "2026",
        "--out",
        out,
    )
    assert code == 0, err
    words = pdf_words(out)
    assert "Zoë Peeters" in words and "Ontwikkelgesprek" in words
    assert "Feedforward" not in words
    assert "samenvatting-van-de-voorbereiding" not in words
    for text in [*given.values(), *questions]:
        if len(text) > 3:
            assert " ".join(text.split()) not in words, text
    assert "Met wie lukt dat het minst" not in words


def test_a_preparation_closes_no_gap_and_counts_as_no_talk(
    db_path: Path, cli: Cli, clock: SteppingClock
) -> None:
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    with Store.open(db_path, clock=clock) as store:
        zoe = demo_with_a_preparation(store, clock)
        library = load_library([shipped_decks_dir()])
        before_last = store.talk_plans.next_talk(zoe, TODAY)
        before_row = {r.id: r for r in store.overview.people(TODAY, library)}[zoe]
        before_week = store.week.week(TODAY)
    code, before, _ = cli("--db", db_path, "kpi", "--year", "2026", "--json")
    assert code == 0
    with Store.open(db_path, clock=clock) as store:
        hold_preparation(store, zoe)
        cycle = store.reporting.record(zoe, period, library).overview(TODAY)
        assert cycle.entry(CyclePhase.OPVOLGEN).gap(GapKind.NO_TALK) is not None
        assert [p.conversation.deck_slug for p in cycle.conversations] == ["ontwikkelgesprek"]
        assert store.talk_plans.next_talk(zoe, TODAY) == before_last
        after_row = {r.id: r for r in store.overview.people(TODAY, library)}[zoe]
        assert after_row.cycle_gaps == before_row.cycle_gaps
        assert GapKind.NO_TALK in after_row.cycle_gaps
        assert after_row.last_talk == before_row.last_talk
        assert store.week.week(TODAY) == before_week
    code, after, _ = cli("--db", db_path, "kpi", "--year", "2026", "--json")
    assert code == 0
    assert json.loads(after) == json.loads(before)


# Erasure and the person export ------------------------------------------------------


def test_erasing_a_person_takes_their_preparation_and_leaves_the_self_check(
    db_path: Path, clock: SteppingClock
) -> None:
    decks = shipped()
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters")).id
        bram = store.employees.add(EmployeeDraft(name="Bram Maes")).id
        prep = store.conversations.start(zoe, decks["feedforward-voorbereiding"])
        store.conversations.save_answer(
            prep.id, decks["feedforward-voorbereiding"].cards[0], 0, "doel-voor-zoe"
        )
        alone = store.conversations.start(None, decks["coachend-leidinggeven-zelfcheck"])
        store.conversations.save_answer(
            alone.id, decks["coachend-leidinggeven-zelfcheck"].cards[0], 0, "3"
        )
        exported = export_person(store, zoe)
        assert prep.id in json.dumps(exported)  # a preparation about Zoë is data about her
        assert alone.id not in json.dumps(exported)
        erase_person(store, zoe)
        ids = [row[0] for row in store.db.execute("SELECT id FROM conversation").fetchall()]
        assert ids == [alone.id]
        erase_people(store, [bram])
        assert store.employees.count() == 0
        left = store.conversations.managers_own()
        assert [(r.conversation.id, r.employee_name) for r in left] == [(alone.id, None)]
        assert store.conversations.answers(alone.id)[0].value == "3"
        assert store.check() == []
