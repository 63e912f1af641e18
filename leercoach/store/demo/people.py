"""Demo people: Flemish and Dutch names, teams and roles, each with a history."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from leercoach.domain import DeckKind, GrowthPhase
from leercoach.store.demo.actions import add_cycle
from leercoach.store.demo.run import DemoRun
from leercoach.store.demo.talks import add_talk
from leercoach.store.demo.writer import Batch
from leercoach.store.employees import name_sort_key

FIRST_NAMES = (
    "Zoë",
    "Anaïs",
    "Renée",
    "Joëlle",
    "Noë",
    "Chloë",
    "Søren",
    "Jef",
    "Lieve",
    "Wout",
    "Mehmet",
    "Fatima",
    "Yusuf",
    "Ayşe",
    "Thi Hương",
    "Minh",
    "IJsbrand",
    "Femke",
    "Bram",
    "Sanne",
    "Pieter-Jan",
    "Marie-Claire",
    "Élodie",
    "François",
    "Jürgen",
    "Ines",
    "Karim",
    "Nadia",
    "Tomasz",
    "Agnieszka",
    "Lotte",
    "Ruben",
    "Eline",
    "Kobe",
    "Hanne",
    "Daan",
)
LAST_NAMES = (
    "Peeters",
    "Janssens",
    "Maes",
    "Claes",
    "De Smet",
    "Van den Broeck",
    "Vermeulen",
    "Çelik",
    "Ağaoğlu",
    "Yılmaz",
    "Nguyễn",
    "Trần",
    "El Amrani",
    "Benali",
    "Søndergaard",
    "De Vries",
    "Van Dijk",
    "Bakker",
    "Mertens",
    "Willems",
    "Dubois",
    "Lambert",
    "Kowalski",
    "Nowak",
    "Van Damme",
    "D'Hondt",
    "Wuyts",
    "IJzerman",
    "Verbruggen",
)
RHYTHMS = ("2w", "4w", "4w", "6w", "3m")
TEAMS = {
    "Zorg": ("verpleegkundige", "zorgkundige", "teamcoördinator"),
    "Logistiek": ("magazijnier", "heftruckchauffeur", "planner"),
    "Onthaal": ("onthaalmedewerker", "administratief medewerker"),
    "IT": ("ontwikkelaar", "servicedeskmedewerker", "systeembeheerder"),
    "Verkoop": ("accountmanager", "binnendienstmedewerker"),
    "Boekhouding": ("boekhouder", "loonadministrateur"),
}


def add_person(run: DemoRun, batch: Batch, conversations: int) -> None:
    """One person with a growth cycle and about ``conversations`` talks over two years."""
    rng = run.rng
    team = rng.choice(sorted(TEAMS))
    years = rng.choice((0, 0, 1, 2, 3, 5, 8, 12))
    start = run.today - timedelta(days=years * 365 + rng.randrange(20, 330))
    if rng.random() < 0.12:
        start = run.today - timedelta(days=rng.randrange(5, 80))
    end = run.today + timedelta(days=rng.randrange(10, 60)) if rng.random() < 0.06 else None
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    phase = (GrowthPhase.STARTER if years < 1 else rng.choice(list(GrowthPhase))).value
    now = run.stamp(start)
    employee_id = run.uid()
    # Plans come from a generator of their own, seeded by the person: the people and talks
    # of a seed stay what they were before demo data had plans.
    plans = random.Random(employee_id)
    rhythm = plans.choice(RHYTHMS) if plans.random() < 0.4 else None
    handle = "".join(c for c in f"{first}.{last}".lower() if c.isascii() and c not in " '")
    batch.add(
        "employee",
        {
            "id": employee_id,
            "name": f"{first} {last}",
            "sort_name": name_sort_key(f"{first} {last}"),
            "team": team,
            "role": rng.choice(TEAMS[team]),
            "email": f"{handle}@voorbeeld.be",
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
            "growth_phase": phase,
            "archived": 0,
            "is_demo": 1,
            "talk_rhythm": rhythm,
            "created_at": now,
            "updated_at": now,
        },
    )
    batch.add(
        "growth_phase_change",
        {
            "id": run.uid(),
            "employee_id": employee_id,
            "phase": phase,
            "changed_on": start.isoformat(),
            "note": "",
        },
    )
    run.counts["employees"] += 1
    add_cycle(run, batch, employee_id)
    count = max(1, conversations + rng.randint(-conversations // 2, conversations // 2))
    first_day = max(start, run.today - timedelta(days=730))
    span = max(1, (run.today - first_day).days)
    days = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(count))
    recent_start = (run.today - start).days < 365
    for number, day in enumerate(days):
        is_last = number == count - 1
        # A talk fits the moment: onboarding first for newcomers, exit last for leavers.
        deck = rng.choice(run.regular)
        if number == 0 and recent_start:
            deck = run.by_kind.get(DeckKind.ONBOARDING, deck)
        if is_last and end is not None:
            deck = run.by_kind.get(DeckKind.EXITGESPREK, deck)
        add_talk(run, batch, employee_id, day, deck, draft=is_last and rng.random() < 0.3)
    if end is None:
        add_plan(run, batch, employee_id, plans)


def add_plan(run: DemoRun, batch: Batch, employee_id: str, rng: random.Random) -> None:
    """A next talk planned for some, now and then at an hour."""
    if rng.random() < 0.35:
        day = run.today + timedelta(days=rng.randrange(0, 21))
        planned = day.isoformat()
        if rng.random() < 0.5:
            planned += f"T{rng.choice((9, 10, 14, 15)):02d}:{rng.choice((0, 30)):02d}"
        stamp = run.stamp(run.today - timedelta(days=rng.randrange(1, 14)))
        batch.add(
            "planned_talk",
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "employee_id": employee_id,
                "planned": planned,
                "status": "planned",
                "conversation_id": None,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
