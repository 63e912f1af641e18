"""Realistic, deterministic demo data: Flemish and Dutch teams with a history of talks.

The same seed (and reference day) always gives the same people, answers and
actions, so tests and benchmarks can rely on it. Adding demo data again to a file
that has some gives more people: each run in a file has its number (0 for the first,
or after all demo data was removed), which joins the seed, so the ids never repeat
and the same runs in the same order still give the same data. Records are written in
chunks, one transaction each, so large demo databases build in reasonable time.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

import sqlite_utils

from leercoach.domain import ActionOwner, ActionStatus, AnswerType, Deck, DeckKind, GrowthPhase
from leercoach.domain.cycle import CyclePhase
from leercoach.store.base import bulk_cache
from leercoach.store.deck_snapshots import remember_deck
from leercoach.store.employees import name_sort_key
from leercoach.store.search import optimize

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
TEAMS = {
    "Zorg": ("verpleegkundige", "zorgkundige", "teamcoördinator"),
    "Logistiek": ("magazijnier", "heftruckchauffeur", "planner"),
    "Onthaal": ("onthaalmedewerker", "administratief medewerker"),
    "IT": ("ontwikkelaar", "servicedeskmedewerker", "systeembeheerder"),
    "Verkoop": ("accountmanager", "binnendienstmedewerker"),
    "Boekhouding": ("boekhouder", "loonadministrateur"),
}
ANSWERS_BY_THEME = {
    "motivatie": (
        "Ik krijg energie van klanten die tevreden buitengaan.",
        "Als ik iets nieuws mag uitzoeken, vliegt de dag voorbij.",
        "Samenwerken met het team geeft me het meeste voldoening.",
    ),
    "talenten": (
        "Collega's komen naar mij als er iets technisch vastloopt.",
        "Ik kan goed rust brengen als het druk is.",
        "Plannen en overzicht houden lukt me goed.",
    ),
    "doelen": (
        "Tegen de zomer wil ik zelfstandig de weekplanning kunnen maken.",
        "Ik wil de nieuwe software vlot kunnen uitleggen aan anderen.",
        "Meer verantwoordelijkheid in het onthaal van nieuwe collega's.",
    ),
    "obstakels": (
        "Er is te weinig tijd tussen de taken door om iets nieuws te proberen.",
        "Ik weet niet altijd bij wie ik terechtkan met vragen.",
        "De werkdruk in december maakt leren moeilijk.",
    ),
    "leervoorkeuren": (
        "Ik leer het best door het gewoon te doen, met iemand in de buurt.",
        "Een dagje meelopen met een ervaren collega helpt me meer dan een cursus.",
        "Ik lees graag eerst iets in voor ik het probeer.",
    ),
    "ondersteuning": (
        "Een vast moment per maand om samen te overleggen zou helpen.",
        "Ik heb nood aan iemand die meekijkt bij de eerste klantgesprekken.",
        "Wat tijd in de planning om de opleiding af te werken.",
    ),
}
GENERAL_ANSWERS = (
    "Dat ging beter dan verwacht; ik heb vooral geleerd om vroeger hulp te vragen.",
    "Nog niet helemaal, maar ik zie vooruitgang sinds het vorige gesprek.",
    "Ik merk dat ik rustiger ben bij moeilijke vragen van klanten.",
    "Het meelopen met Wout was heel leerrijk, dat wil ik herhalen.",
    "Moeilijk om te zeggen; ik denk er nog even over na tegen de volgende keer.",
)
ACTIONS = (
    ("Een dag meelopen met een ervaren collega", "Een kort verslag van wat ik wil overnemen"),
    ("Opleiding Excel voor gevorderden volgen", "Ik maak de maandrapportering zelf"),
    (
        "Vast leermoment van een halfuur per week inplannen",
        "Het staat vier weken op rij in de agenda",
    ),
    ("Buddy worden voor de nieuwe collega", "De nieuwe collega zegt dat hij weet bij wie terecht"),
    ("Feedback vragen aan twee collega's na het project", "Twee gesprekken gevoerd en genoteerd"),
    ("Zelfstudie over de nieuwe procedure", "Ik kan de procedure uitleggen in het teamoverleg"),
    ("Rooster aanpassen zodat de opleiding past", "De opleiding is zonder overuren afgerond"),
)
LEARNING = ("meelopen", "opleiding", "on-the-job", "peer-learning", "coaching", "zelfstudie")
SUMMARIES = (
    "We bekeken wat goed liep en spraken twee concrete stappen af.",
    "Fijn gesprek; de focus ligt de komende maanden op zelfstandig plannen.",
    "We zoeken samen tijd vrij om te leren naast het drukke werk.",
)
PRIVATE_NOTES = (
    "Lijkt vermoeid; volgende keer naar werkdruk vragen.",
    "Denkt na over een andere functie; opvolgen.",
    "",
)


@dataclass
class _Batch:
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, record: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append(record)

    def size(self) -> int:
        return sum(len(records) for records in self.tables.values())


@dataclass(frozen=True)
class DemoSummary:
    employees: int
    conversations: int
    answers: int
    actions: int


ProgressCallback = Callable[[int, int], bool]
ORDER = (
    "employee",
    "growth_phase_change",
    "conversation",
    "conversation_event",
    "answer",
    "growth_cycle",
    "goal",
    "action",
    "action_event",
)
STAGE_PREFIX = "demo_stage_"
# People per transaction: 1000 (about 200 000 rows) measured 20 % faster than 200 for
# 10 000 people, and holds about 150 MB of records in memory at a time.
CHUNK = 1000
# The number of the latest demo run in this file (a row of the setting table).
RUN_SETTING = "demo_run"


class DemoBuilder:
    def __init__(self, decks: Iterable[Deck], seed: int, today: date, run: int = 0) -> None:
        self.decks = [d for d in decks if d.language == "nl"] or list(decks)
        if not self.decks:
            raise ValueError("demo data needs at least one deck")
        special = (DeckKind.EXITGESPREK, DeckKind.ONBOARDING)
        self.regular = [d for d in self.decks if d.kind not in special] or self.decks
        self.by_kind = {d.kind: d for d in self.decks}
        # The first run is the seed's own stream; a later one in the same file another.
        self.rng = random.Random(seed if run == 0 else f"{seed}/{run}")
        self.today = today
        self.counts = {"employees": 0, "conversations": 0, "answers": 0, "actions": 0}
        # The snapshot of each deck, by slug and version (stored by build_demo).
        self.deck_hashes: dict[tuple[str, int], str] = {}

    def uid(self) -> str:
        """The text of ``uuid.UUID(int=bits, version=4)``, without building the object.

        A demo of 10 000 people needs millions of ids; the bits and so the text are the same.
        """
        bits = self.rng.getrandbits(128)
        bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
        bits = (bits & ~(0xF000 << 64)) | (4 << 76)  # version 4
        text = f"{bits:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def stamp(self, day: date, hour: int = 10) -> str:
        minute = self.rng.randrange(60)
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00"

    def employee(self, batch: _Batch, conversations: int) -> None:
        rng = self.rng
        team = rng.choice(sorted(TEAMS))
        years = rng.choice((0, 0, 1, 2, 3, 5, 8, 12))
        start = self.today - timedelta(days=years * 365 + rng.randrange(20, 330))
        if rng.random() < 0.12:
            start = self.today - timedelta(days=rng.randrange(5, 80))
        end = self.today + timedelta(days=rng.randrange(10, 60)) if rng.random() < 0.06 else None
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        phase = (GrowthPhase.STARTER if years < 1 else rng.choice(list(GrowthPhase))).value
        now = self.stamp(start)
        employee_id = self.uid()
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
                "created_at": now,
                "updated_at": now,
            },
        )
        batch.add(
            "growth_phase_change",
            {
                "id": self.uid(),
                "employee_id": employee_id,
                "phase": phase,
                "changed_on": start.isoformat(),
                "note": "",
            },
        )
        self.counts["employees"] += 1
        self.cycle(batch, employee_id)
        count = max(1, conversations + rng.randint(-conversations // 2, conversations // 2))
        first_day = max(start, self.today - timedelta(days=730))
        span = max(1, (self.today - first_day).days)
        days = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(count))
        recent_start = (self.today - start).days < 365
        for number, day in enumerate(days):
            is_last = number == count - 1
            # A talk fits the moment: onboarding first for newcomers, exit last for leavers.
            deck = rng.choice(self.regular)
            if number == 0 and recent_start:
                deck = self.by_kind.get(DeckKind.ONBOARDING, deck)
            if is_last and end is not None:
                deck = self.by_kind.get(DeckKind.EXITGESPREK, deck)
            self.conversation(batch, employee_id, day, deck, draft=is_last and rng.random() < 0.3)

    def cycle(self, batch: _Batch, employee_id: str) -> str:
        rng = self.rng
        start = date(self.today.year, 1, 1)
        cycle_id = self.uid()
        now = self.stamp(start)
        phase = list(CyclePhase)[min(3, (self.today.month - 1) // 3)].value
        batch.add(
            "growth_cycle",
            {
                "id": cycle_id,
                "employee_id": employee_id,
                "period_start": start.isoformat(),
                "period_end": date(self.today.year, 12, 31).isoformat(),
                "phase": phase,
                "created_at": now,
                "updated_at": now,
            },
        )
        goal = rng.choice(ANSWERS_BY_THEME["doelen"])
        goal_id = self.uid()
        batch.add(
            "goal",
            {
                "id": goal_id,
                "cycle_id": cycle_id,
                "title": goal,
                "specific": goal,
                "measurable": "Mijn leidinggevende ziet het in de planning.",
                "acceptable": "Ik heb dit zelf voorgesteld.",
                "realistic": "Met een halve dag per maand om te oefenen.",
                "time_bound": f"Tegen 30 juni {self.today.year}.",
                "due_date": date(self.today.year, 6, 30).isoformat(),
                "status": rng.choice(("open", "bezig", "bezig", "behaald")),
                "created_at": now,
                "updated_at": now,
            },
        )
        # A goal comes with its learning actions, formal and informal.
        for form, (what, measure) in rng.sample(list(zip(LEARNING, ACTIONS, strict=False)), 2):
            action_id = self.uid()
            due = date(self.today.year, rng.choice((3, 5, 6)), 15)
            status = "klaar" if due < self.today and rng.random() < 0.7 else "bezig"
            batch.add(
                "action",
                {
                    "id": action_id,
                    "employee_id": employee_id,
                    "conversation_id": None,
                    "card_id": None,
                    "goal_id": goal_id,
                    "what": what,
                    "owner": ActionOwner.MEDEWERKER.value,
                    "due_date": due.isoformat(),
                    "success_measure": measure,
                    "status": status,
                    "created_at": now,
                    "updated_at": now,
                    "learning_form": form,
                },
            )
            batch.add(
                "action_event",
                {
                    "id": self.uid(),
                    "action_id": action_id,
                    "conversation_id": None,
                    "at": now,
                    "from_status": None,
                    "to_status": "open",
                    "note": "",
                },
            )
        return cycle_id

    def conversation(
        self, batch: _Batch, employee_id: str, day: date, deck: Deck, *, draft: bool
    ) -> None:
        rng = self.rng
        conversation_id = self.uid()
        started = self.stamp(day, rng.choice((9, 10, 11, 14, 15)))
        ended = None if draft else self.stamp(day, 16)
        answered = deck.cards if not draft else deck.cards[: rng.randrange(1, len(deck.cards) + 1)]
        batch.add(
            "conversation",
            {
                "id": conversation_id,
                "employee_id": employee_id,
                "deck_slug": deck.slug,
                "deck_version": deck.version,
                "deck_title": deck.title,
                "started_at": started,
                "ended_at": ended,
                "status": "draft" if draft else "completed",
                "shared_summary": "" if draft else rng.choice(SUMMARIES),
                "private_note": rng.choice(PRIVATE_NOTES),
                "current_card": answered[-1].id,
                "updated_at": ended or started,
                "deck_hash": self.deck_hashes.get((deck.slug, deck.version)),
            },
        )
        if not draft:
            batch.add(
                "conversation_event",
                {
                    "id": self.uid(),
                    "conversation_id": conversation_id,
                    "at": ended,
                    "kind": "completed",
                    "note": "",
                },
            )
        for position, card in enumerate(answered):
            batch.add(
                "answer",
                {
                    "conversation_id": conversation_id,
                    "card_id": card.id,
                    "position": position,
                    "question": card.question,
                    "value": self.answer_value(card.answer.type, card.answer.options, card.theme),
                    "updated_at": started,
                },
            )
        self.counts["conversations"] += 1
        self.counts["answers"] += len(answered)
        for _ in range(rng.choice((0, 1, 1, 2))):
            self.action(batch, employee_id, conversation_id, answered, day, started)

    def answer_value(self, kind: AnswerType, options: tuple[str, ...], theme: str) -> str:
        rng = self.rng
        if kind is AnswerType.SCALE:
            return str(rng.choice((2, 3, 3, 4, 4, 4, 5)))
        if kind is AnswerType.YESNO:
            return rng.choice(("ja", "nee"))
        if kind is AnswerType.CHOICE:
            return rng.choice(options)
        return rng.choice(ANSWERS_BY_THEME.get(theme, GENERAL_ANSWERS))

    def action(
        self,
        batch: _Batch,
        employee_id: str,
        conversation_id: str,
        cards: Any,
        day: date,
        at: str,
    ) -> None:
        rng = self.rng
        what, measure = rng.choice(ACTIONS)
        due = day + timedelta(days=rng.choice((14, 30, 45, 60, 90)))
        age = (self.today - day).days
        if age > 120:
            status = rng.choice(("klaar", "klaar", "klaar", "geschrapt", "bezig"))
        elif due < self.today:
            # Most actions past their date were done; some slipped, as in real teams.
            status = rng.choice(("klaar", "klaar", "klaar", "bezig", "open"))
        else:
            status = rng.choice(("open", "open", "bezig", "klaar"))
        action_id = self.uid()
        batch.add(
            "action",
            {
                "id": action_id,
                "employee_id": employee_id,
                "conversation_id": conversation_id,
                "card_id": rng.choice(cards).id,
                "goal_id": None,
                "what": what,
                "owner": rng.choice(list(ActionOwner)).value,
                "due_date": due.isoformat(),
                "success_measure": measure,
                "status": status,
                "created_at": at,
                "updated_at": at,
                "learning_form": None,
            },
        )
        batch.add(
            "action_event",
            {
                "id": self.uid(),
                "action_id": action_id,
                "conversation_id": conversation_id,
                "at": at,
                "from_status": None,
                "to_status": "open",
                "note": "",
            },
        )
        if status != ActionStatus.OPEN.value:
            batch.add(
                "action_event",
                {
                    "id": self.uid(),
                    "action_id": action_id,
                    "conversation_id": None,
                    "at": self.stamp(min(due, self.today), 17),
                    "from_status": "open",
                    "to_status": status,
                    "note": "Besproken in het volgende gesprek.",
                },
            )
        self.counts["actions"] += 1


def _write(db: sqlite_utils.Database, batch: _Batch) -> None:
    """One transaction per chunk, one INSERT statement per table.

    The rows go to a temporary table first and then over in one INSERT … SELECT. A
    statement per row would make the full-text triggers flush FTS5's buffer at every
    statement (a savepoint each), writing a tiny index segment per row: about seven
    times slower for the whole build.
    """
    with db.atomic():
        for table in ORDER:
            records = batch.tables.get(table)
            if not records:
                continue
            columns = list(records[0])
            names = ", ".join(columns)
            stage = f"temp.{STAGE_PREFIX}{table}"
            db.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {STAGE_PREFIX}{table} AS"
                f" SELECT {names} FROM main.{table} WHERE 0"
            )
            # itemgetter fails loudly if a record of this table lacks one of the columns.
            values = map(itemgetter(*columns), records)
            db.conn.executemany(
                f"INSERT INTO {stage} VALUES ({', '.join('?' for _ in columns)})", values
            )
            db.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM {stage}")
            db.execute(f"DELETE FROM {stage}")


def _next_run(db: sqlite_utils.Database) -> int:
    """Count this run: 0 in a file without demo people, else one more than the last."""
    with db.atomic():
        has_demo = db.execute("SELECT 1 FROM employee WHERE is_demo = 1 LIMIT 1").fetchone()
        last = db.execute("SELECT value FROM setting WHERE key = ?", [RUN_SETTING]).fetchone()
        # Demo data from before runs were counted was run 0.
        run = (int(last[0]) if last else 0) + 1 if has_demo else 0
        db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [RUN_SETTING, str(run)],
        )
    return run


def _drop_stages(db: sqlite_utils.Database) -> None:
    for table in ORDER:
        db.execute(f"DROP TABLE IF EXISTS temp.{STAGE_PREFIX}{table}")


def build_demo(
    db: sqlite_utils.Database,
    decks: Iterable[Deck],
    employees: int,
    *,
    seed: int = 1,
    conversations: int = 3,
    today: date | None = None,
    chunk: int = CHUNK,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Add demo employees with history; ``progress(done, total)`` may return False to stop.

    Each chunk of ``chunk`` people is written in one transaction, and ``progress`` is
    called after each; stopping keeps the chunks written so far.
    """
    usable = [d for d in decks if d.kind is not DeckKind.REFLECTIE]
    builder = DemoBuilder(usable, seed, today or date.today(), _next_run(db))
    batch = _Batch()
    try:
        with bulk_cache(db):
            with db.atomic():
                stamp = f"{builder.today.isoformat()}T08:00:00"
                for deck in builder.decks:
                    builder.deck_hashes[(deck.slug, deck.version)] = remember_deck(db, deck, stamp)
            for number in range(1, employees + 1):
                builder.employee(batch, conversations)
                if number % chunk == 0 or number == employees:
                    _write(db, batch)
                    batch = _Batch()
                    if progress and progress(number, employees) is False:
                        break
        # Leave the search indexes merged, or later autosaves would do it bit by bit.
        optimize(db)
    finally:
        _drop_stages(db)
    counts = builder.counts
    return DemoSummary(
        counts["employees"], counts["conversations"], counts["answers"], counts["actions"]
    )
