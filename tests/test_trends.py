"""Trends (issue 16): a person's scale answers over time, one series per deck and card."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from leercoach.domain import DeckKind, EmployeeDraft
from leercoach.domain.trends import ScaleAnswer, build_series, scale_value
from leercoach.store import Store

from .conftest import Cli, SteppingClock
from .trend_helpers import FEELING, FREQUENCY, deck, hold


def answer(
    day: int, value: str, *, deck: str = "check-in", card: str = "energie", **rest: object
) -> ScaleAnswer:
    fields: dict[str, object] = {"labels": tuple(FEELING), "kind": DeckKind.CHECK_IN, **rest}
    return ScaleAnswer(
        deck=deck,
        card=card,
        conversation_id=f"c-{day}",
        held_at=datetime(2026, 1, day, 10, 0),
        value=value,
        **fields,  # type: ignore[arg-type]
    )


def test_a_series_per_deck_and_card_in_the_order_the_talks_were_held() -> None:
    series = build_series(
        [
            answer(20, "4"),
            answer(5, "2"),
            answer(12, "3", deck="ontwikkelgesprek"),
            answer(9, "5", card="werkdruk"),
        ]
    )
    assert [(s.key, [p.value for p in s.points]) for s in series] == [
        ("check-in:energie", [2, 4]),
        ("check-in:werkdruk", [5]),
        ("ontwikkelgesprek:energie", [3]),
    ]
    assert series[0].points[0].day == date(2026, 1, 5)
    assert series[0].describe(4) == "4 – goed"


def test_other_labels_start_a_new_series_and_the_old_ones_come_back_as_a_third() -> None:
    series = build_series(
        [
            answer(1, "4"),
            answer(2, "3"),
            answer(3, "4", labels=tuple(FREQUENCY)),
            answer(4, "2"),
        ]
    )
    assert [(s.labels[0], [p.value for p in s.points]) for s in series] == [
        ("zwaar", [4, 3]),
        ("nooit", [4]),
        ("zwaar", [2]),
    ]


def test_the_managers_own_decks_skips_and_values_without_a_step_are_no_points() -> None:
    series = build_series(
        [
            answer(1, "4", kind=DeckKind.FEEDFORWARD, audience="manager"),
            answer(2, "3", kind=DeckKind.REFLECTIE, audience="manager"),
            answer(8, "3", kind=DeckKind.CHECK_IN, audience="team"),
            answer(9, "4", kind=DeckKind.FEEDFORWARD),  # by audience, not by kind
            answer(3, "", skipped=True),
            answer(4, "  "),
            answer(5, "zes"),
            answer(6, "9"),
            answer(7, "2", kind=None),  # a deck of unknown kind is a talk
        ]
    )
    assert [(p.day.day, p.value) for s in series for p in s.points] == [(7, 2), (9, 4)]
    assert scale_value(" 5 ") == 5 and scale_value("0") is None


def test_the_store_dates_a_reopened_talk_by_its_first_completion_and_splits_on_labels(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        first = hold(store, clock, zoe.id, deck(), datetime(2026, 1, 12, 9), {"energie": "2"})
        hold(store, clock, zoe.id, deck(), datetime(2026, 2, 9, 9), {"energie": ""})
        hold(store, clock, zoe.id, deck(), datetime(2026, 3, 9, 9), {"energie": "4"})
        hold(
            store,
            clock,
            zoe.id,
            deck(version=2, labels=FREQUENCY),
            datetime(2026, 4, 6),
            {"energie": "5"},
        )
        own = deck(slug="mijn-voorbereiding", kind="feedforward", audience="manager")
        hold(store, clock, zoe.id, own, datetime(2026, 4, 7, 9), {"energie": "1"})
        # Fixing a typo in May: reopened, changed, completed again. The talk keeps its day.
        clock.current = datetime(2026, 5, 4, 9)
        store.conversations.reopen(first, "typo")
        store.conversations.save_answer(first, deck().card("energie"), 0, "3")
        store.conversations.complete(first)
        series = store.trends.series(zoe.id)
    assert [(s.key, s.labels[0], [(p.day, p.value) for p in s.points]) for s in series] == [
        (
            "weekstart:energie",
            "zwaar",
            [(date(2026, 1, 12), 3), (date(2026, 3, 9), 4)],
        ),
        ("weekstart:energie", "nooit", [(date(2026, 4, 6), 5)]),
    ]
    assert series[0].points[0].conversation_id == first


def test_trends_json_is_exactly_as_the_issue_says(
    cli: Cli, db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        a = hold(store, clock, zoe.id, deck(), datetime(2026, 1, 12, 9), {"energie": "2"})
        b = hold(store, clock, zoe.id, deck(), datetime(2026, 3, 9, 9), {"energie": "4"})
        other = hold(
            store, clock, zoe.id, deck(slug="ander"), datetime(2026, 2, 2, 9), {"energie": "3"}
        )
    code, out, err = cli("--db", db_path, "trends", zoe.id, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "deck": "ander",
            "card": "energie",
            "conversation_id": other,
            "date": "2026-02-02",
            "value": 3,
        },
        {
            "deck": "weekstart",
            "card": "energie",
            "conversation_id": a,
            "date": "2026-01-12",
            "value": 2,
        },
        {
            "deck": "weekstart",
            "card": "energie",
            "conversation_id": b,
            "date": "2026-03-09",
            "value": 4,
        },
    ]
    code, out, _ = cli(
        "--db", db_path, "trends", zoe.id[:8], "--card", "weekstart:energie", "--json"
    )
    assert code == 0 and [row["value"] for row in json.loads(out)] == [2, 4]
    code, out, _ = cli("--db", db_path, "--lang", "nl", "trends", zoe.id)
    assert code == 0
    assert out.splitlines()[:4] == [
        "Zoë Peeters",
        "  ander:energie  Hoe gaat het met je?",
        "    schaal: zwaar · moeizaam · gaat wel · goed · heel goed",
        "    2026-02-02  3 – gaat wel",
    ]


def test_a_bad_card_is_one_sentence_and_exit_2(cli: Cli, db_path: Path) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    for card, said in (
        ("energie", "DECK:CARD"),
        ("check-in:", "DECK:CARD"),
        ("geen-deck:energie", "geen-deck"),
        ("check-in:bestaat-niet", "bestaat-niet"),
        ("check-in:geleerd", "geleerd"),
    ):
        code, out, err = cli("--db", db_path, "--lang", "en", "trends", zoe.id, "--card", card)
        assert code == 2 and out == "", card
        assert len(err.strip().splitlines()) == 1 and said in err, err
    code, out, _ = cli(
        "--db", db_path, "trends", zoe.id, "--card", "check-in:hoe-gaat-het", "--json"
    )
    assert code == 0 and json.loads(out) == []
