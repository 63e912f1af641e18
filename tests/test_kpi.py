"""Development KPIs (issue 16): every figure on a hand-made file with known answers.

The file (``build_file``) holds five people over 2025 and 2026, each there for an edge
case: a reopened talk, the manager's own deck, someone who left mid-year, someone archived
before, a dropped action, goals of cycles overlapping the year, trainings followed up at
seven and at nine weeks, and a training whose window has not ended yet.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from leercoach.domain import EmployeeDraft
from leercoach.domain.kpi import (
    KpiFigures,
    closed_on_time,
    followed_up,
    reference_date,
    rounded,
    window_ended,
    year_problem,
)
from leercoach.domain.talks import Rhythm, TalkPlan, in_service
from leercoach.store import Store

from .conftest import Cli

TODAY = date(2026, 12, 1)
PAST = 2025
NOW = 2026
_ids = itertools.count(1)
KEYS = [
    "year",
    "period_start",
    "period_end",
    "reference_date",
    "employees",
    "talks",
    "talks_per_employee",
    "development_talks_per_employee",
    "employees_without_talk",
    "within_rhythm_share",
    "actions_due",
    "actions_closed_on_time_share",
    "goals",
    "goals_reached_share",
    "trainings_followed_up_share",
]


def uid(prefix: str) -> str:
    return f"{prefix}-{next(_ids):04d}"


@dataclass
class People:
    anna: str
    bram: str
    chris: str
    dana: str
    eva: str


def person(store: Store, name: str, team: str, start: str | None, end: str | None = None) -> str:
    return store.employees.add(
        EmployeeDraft(
            name=name,
            team=team,
            start_date=date.fromisoformat(start) if start else None,
            end_date=date.fromisoformat(end) if end else None,
        )
    ).id


def talk(
    store: Store,
    employee: str,
    kind: str,
    first: str | None,
    *,
    slug: str = "",
    ended: str | None = None,
) -> None:
    """A conversation first completed on ``first`` (None: a draft never completed)."""
    at = f"{first}T10:00:00" if first else "2025-06-15T10:00:00"
    store.db.table("conversation").insert(
        {
            "id": uid("c"),
            "employee_id": employee,
            "deck_slug": slug or kind,
            "deck_version": 1,
            "deck_title": kind,
            "started_at": at,
            "ended_at": f"{ended or first}T11:00:00" if first else None,
            "status": "completed" if first else "draft",
            "updated_at": f"{ended or first}T11:00:00" if first else at,
            "first_completed_at": at if first else None,
            "deck_kind": kind,
            # The shipped decks of these kinds are the manager's own records.
            "audience": "manager" if kind in ("feedforward", "reflectie") else "employee",
        }
    )


def action(
    store: Store,
    employee: str,
    due: str | None,
    status: str,
    *klaar_on: str,
    form: str | None = None,
    goal: str | None = None,
) -> None:
    """An action with its history: agreed, then set to each status in turn (``klaar_on``:
    the days it was set to klaar; between two of them it went back to bezig)."""
    action_id = uid("a")
    # Its last change is its last status change, as the store keeps it.
    changed = f"{klaar_on[-1]}T17:00:00" if klaar_on else "2025-01-02T09:00:00"
    store.db.table("action").insert(
        {
            "id": action_id,
            "employee_id": employee,
            "conversation_id": None,
            "card_id": None,
            "goal_id": goal,
            "what": "Iets afspreken",
            "owner": "medewerker",
            "due_date": due,
            "status": status,
            "created_at": "2025-01-02T09:00:00",
            "updated_at": changed,
            "learning_form": form,
        }
    )
    events = [("agreed", None, "open", "2025-01-02T09:00:00")]
    previous = "open"
    for number, day in enumerate(klaar_on):
        if number:
            events.append(("status", "klaar", "bezig", f"{day}T08:00:00"))
            previous = "bezig"
        events.append(("status", previous, "klaar", f"{day}T17:00:00"))
        previous = "klaar"
    for kind, before, after, at in events:
        store.db.table("action_event").insert(
            {
                "id": uid("e"),
                "action_id": action_id,
                "conversation_id": None,
                "at": at,
                "from_status": before,
                "to_status": after,
                "note": "",
                "kind": kind,
            }
        )


def cycle(store: Store, employee: str, start: str, end: str, *goals: str) -> str:
    cycle_id = uid("cy")
    store.db.table("growth_cycle").insert(
        {
            "id": cycle_id,
            "employee_id": employee,
            "period_start": start,
            "period_end": end,
            "phase": "leren",
            "created_at": "2025-01-01T09:00:00",
            "updated_at": "2025-01-01T09:00:00",
        }
    )
    first = ""
    for status in goals:
        goal_id = uid("g")
        first = first or goal_id
        store.db.table("goal").insert(
            {
                "id": goal_id,
                "cycle_id": cycle_id,
                "title": "Een doel",
                "status": status,
                "created_at": "2025-01-01T09:00:00",
                "updated_at": "2025-01-01T09:00:00",
            }
        )
    return first


def build_file(store: Store) -> People:
    people = People(
        anna=person(store, "Anna Peeters", "A", "2020-01-01"),
        bram=person(store, "Bram Janssens", "A", "2019-05-01"),
        chris=person(store, "Chris Maes", "B", "2026-02-01"),
        dana=person(store, "Dana Wouters", "B", "2018-01-01"),
        eva=person(store, "Eva Claes", "A", None),
    )
    # Bram left mid-2025 (archived, with his end date); Dana was archived in 2024.
    store.employees.set_archived(people.bram, True, date(2025, 6, 30))
    store.employees.set_archived(people.dana, True, date(2024, 10, 1))
    store.talk_plans.set_plan(people.chris, TalkPlan(Rhythm.EVERY_4_WEEKS, date(2026, 11, 15)))
    store.talk_plans.set_plan(people.eva, TalkPlan(Rhythm.EVERY_6_WEEKS, date(2025, 12, 1)))
    with store.db.conn:
        a = people.anna
        talk(store, a, "check-in", "2025-03-10")
        talk(store, a, "ontwikkelgesprek", "2025-06-01")
        # Completed in December, reopened and completed again in January: its day stays.
        talk(store, a, "check-in", "2025-12-20", ended="2026-01-10")
        talk(store, a, "feedforward", "2025-05-05", slug="feedforward-voorbereiding")
        talk(store, a, "check-in", None)  # a draft, never held
        talk(store, a, "transfer", "2025-04-19", slug="transfer-na-opleiding")  # 7 weeks
        talk(store, a, "transfer", "2025-07-03", slug="transfer-na-opleiding")  # 9 weeks
        talk(store, a, "check-in", "2026-11-20")
        talk(store, people.bram, "groeicyclus", "2025-02-01", slug="groeicyclus-plannen")
        talk(store, people.dana, "check-in", "2025-01-05")  # not in service: not counted
        # Actions due in 2025.
        action(store, a, "2025-04-01", "klaar", "2025-03-30")  # on time
        action(store, a, "2025-04-01", "klaar", "2025-03-20", "2025-04-05")  # last: late
        action(store, a, "2025-05-01", "geschrapt")  # dropped: left out
        action(store, people.bram, "2025-05-01", "bezig")  # due, not done
        action(store, people.dana, "2025-03-01", "klaar", "2025-02-01")  # not in service
        action(store, a, "2026-01-15", "open")  # due in 2026
        action(store, people.chris, "2026-12-15", "open")  # due after the reference date
        # Goals: cycles overlapping 2025 (and 2026), one not.
        cycle(store, a, "2024-09-01", "2025-08-31", "behaald", "bezig", "losgelaten")
        goal = cycle(store, a, "2025-09-01", "2026-08-31", "open")
        action(store, a, "2025-09-01", "klaar", "2025-09-01", goal=goal)  # a goal's action
        cycle(store, a, "2023-01-01", "2023-12-31", "behaald")
        cycle(store, people.bram, "2025-01-01", "2025-12-31", "behaald")
        # Trainings: followed up at 7 weeks, at 9 weeks (too late), never; one not closed;
        # one closed in November 2026, whose window has not ended on TODAY.
        action(store, a, None, "klaar", "2025-03-01", form="opleiding")
        action(store, a, None, "klaar", "2025-05-01", form="opleiding")
        action(store, a, None, "klaar", "2025-12-15", form="opleiding")
        action(store, a, None, "bezig", form="opleiding")
        action(store, a, None, "klaar", "2026-11-01", form="opleiding")
    return people


def test_reference_date_rounding_and_the_rules_by_themselves() -> None:
    assert reference_date(2025, TODAY) == date(2025, 12, 31)
    assert reference_date(2026, TODAY) == TODAY
    # Half-up with Decimal: round(0.125, 2) would give 0.12.
    assert rounded(1, 8) == Decimal("0.13")
    assert rounded(2, 3) == Decimal("0.67")
    assert rounded(3, 3) == Decimal("1.00")
    assert rounded(0, 0) is None
    assert closed_on_time(date(2025, 4, 1), date(2025, 4, 1))
    assert not closed_on_time(date(2025, 4, 2), date(2025, 4, 1))
    assert not closed_on_time(None, date(2025, 4, 1))
    closed = date(2025, 3, 1)
    assert followed_up(closed, [date(2025, 4, 26)])  # the last day of the 8 weeks
    assert not followed_up(closed, [date(2025, 4, 27), date(2025, 2, 28)])
    assert window_ended(closed, date(2025, 4, 27))
    assert not window_ended(closed, date(2025, 4, 26))
    assert year_problem(2027, TODAY) and year_problem(1066, TODAY)
    assert year_problem(2026, TODAY) is None


def test_a_past_year_has_these_figures(store: Store) -> None:
    build_file(store)
    figures = store.kpi.figures(PAST, today=TODAY)
    assert list(figures.as_json()) == KEYS
    assert figures.as_json() == {
        "year": 2025,
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "reference_date": "2025-12-31",
        # Anna, Bram (left on 30 June), Eva; not Chris (from 2026), not Dana (left 2024).
        "employees": 3,
        # Anna: two check-ins (one reopened in 2026), a development talk, two transfer
        # talks; not her feedforward preparation nor the draft. Bram: a growth-cycle talk.
        "talks": 6,
        "talks_per_employee": 2.0,
        "development_talks_per_employee": 0.67,  # 2 of 3, half-up
        "employees_without_talk": 1,  # Eva
        # Anna's check-in of 20 December: next 17 January, within; Bram's growth cycle
        # (3 months from 1 February) is late; Eva (6 weeks, no talk yet) is due that day:
        # her planned date is about now, not 2025. 2 of 3.
        "within_rhythm_share": 0.67,
        # Anna's two done and one dropped, Bram's, Anna's goal action; not Dana's.
        "actions_due": 4,
        "actions_closed_on_time_share": 0.5,  # on time; done the day it was due
        # 2024-25: reached, in progress (dropped left out); 2025-26: open; Bram: reached.
        "goals": 4,
        "goals_reached_share": 0.5,
        # Closed 1 March (talk at 7 weeks), 1 May (at 9 weeks), 15 December (none).
        "trainings_followed_up_share": 0.33,
    }


def test_this_year_counts_up_to_today(store: Store) -> None:
    build_file(store)
    figures = store.kpi.figures(NOW, today=TODAY)
    assert figures.as_json() == {
        "year": 2026,
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        "reference_date": "2026-12-01",
        "employees": 3,  # Anna, Chris, Eva
        "talks": 1,  # the reopened talk stays in 2025
        "talks_per_employee": 0.33,
        "development_talks_per_employee": 0.0,
        "employees_without_talk": 2,
        # Anna within; Chris planned for 15 November, Eva for 1 December 2025: late.
        "within_rhythm_share": 0.33,
        "actions_due": 1,  # due 15 January, still open; Chris's is due after today
        "actions_closed_on_time_share": 0.0,
        "goals": 1,
        "goals_reached_share": 0.0,
        # Closed 1 November: its 8 weeks run until 27 December, so it does not count yet.
        "trainings_followed_up_share": None,
    }


def test_a_team_and_a_year_with_nobody(store: Store) -> None:
    build_file(store)
    team_b = store.kpi.figures(NOW, "B", today=TODAY)
    assert (team_b.employees, team_b.talks, team_b.within_rhythm_share) == (1, 0, Decimal(0))
    assert team_b.employees_without_talk == 1
    empty = store.kpi.figures(2010, "B", today=TODAY)  # Dana came in 2018, Chris in 2026
    assert empty.employees == 0 and empty.talks == 0
    nothing = [
        empty.talks_per_employee,
        empty.development_talks_per_employee,
        empty.within_rhythm_share,
        empty.actions_closed_on_time_share,
        empty.goals_reached_share,
        empty.trainings_followed_up_share,
    ]
    assert nothing == [None] * 6
    assert store.kpi.teams() == ["A", "B"]
    assert store.kpi.first_year() == 2025


def test_in_service_in_sql_is_the_domains_rule(store: Store) -> None:
    edges = [
        (None, None),
        ("2025-12-31", None),
        ("2026-01-01", None),
        (None, "2025-01-01"),
        (None, "2024-12-31"),
        ("2025-03-01", "2025-03-31"),
    ]
    for number, (start, end) in enumerate(edges):
        person(store, f"Rand {number}", "R", start, end)
    counted = store.kpi.figures(PAST, "R", today=TODAY).employees
    expected = sum(
        in_service(
            date.fromisoformat(start) if start else None,
            date.fromisoformat(end) if end else None,
            PAST,
        )
        for start, end in edges
    )
    assert counted == expected == 4


def test_the_command_prints_the_figures_and_their_json(cli: Cli, db_path: Path) -> None:
    with Store.open(db_path) as store:
        build_file(store)
        expected = store.kpi.figures(PAST, today=date.today()).as_json()
    code, out, err = cli("--db", db_path, "kpi", "--year", "2025", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == expected
    assert list(json.loads(out)) == KEYS
    code, out, _ = cli("--db", db_path, "--lang", "en", "kpi", "--year", "2025", "--team", "A")
    assert code == 0
    assert "Development KPIs 2025 · team A" in out
    assert "within their rhythm" in out and "67%" in out
    code, out, _ = cli("--db", db_path, "--lang", "nl", "kpi", "--year", "2025")
    assert code == 0 and "67%" in out and "2,00" in out


@pytest.mark.parametrize("year", ["20x5", "25", "3000", "1066", ""])
def test_a_bad_year_is_one_sentence_and_exit_2(cli: Cli, db_path: Path, year: str) -> None:
    with Store.open(db_path):
        pass
    code, out, err = cli("--db", db_path, "--lang", "en", "kpi", "--year", year)
    assert code == 2 and out == ""
    assert err.startswith("leercoach: --year: ") and err.count("\n") == 1


def test_an_unknown_team_is_one_sentence_and_exit_2(cli: Cli, db_path: Path) -> None:
    with Store.open(db_path) as store:
        build_file(store)
    code, _, err = cli("--db", db_path, "--lang", "en", "kpi", "--year", "2025", "--team", "Z")
    assert code == 2 and err == "leercoach: --team: no one is in the team 'Z'\n"


def test_figures_keep_the_issues_keys() -> None:
    assert [name for name in KpiFigures.__dataclass_fields__] == KEYS
