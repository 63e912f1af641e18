"""Realistic, deterministic demo data: Flemish and Dutch teams with a history of talks.

The same seed (and reference day) always gives the same people, answers and
actions, so tests and benchmarks can rely on it. Adding demo data again to a file
that has some gives more people: each run in a file has its number (0 for the first,
or after all demo data was removed), which joins the seed, so the ids never repeat
and the same runs in the same order still give the same data. Records are written in
chunks, one transaction each, so large demo databases build in reasonable time.

The parts: ``people`` (names, teams, a person's history), ``talks`` (conversations and
answers), ``actions`` (growth cycles, goals, agreed actions), ``writer`` (bulk writing),
all drawing from one ``run.DemoRun``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from leercoach.domain import Deck
from leercoach.store.base import bulk_cache
from leercoach.store.deck_snapshots import remember_deck
from leercoach.store.demo.people import add_person
from leercoach.store.demo.run import DemoRun
from leercoach.store.demo.writer import Batch, drop_stages, write
from leercoach.store.search import optimize


@dataclass(frozen=True)
class DemoSummary:
    employees: int
    conversations: int
    answers: int
    actions: int


ProgressCallback = Callable[[int, int], bool]
# People per transaction: 1000 (about 200 000 rows) measured 20 % faster than 200 for
# 10 000 people, and holds about 150 MB of records in memory at a time.
CHUNK = 1000
# The number of the latest demo run in this file (a row of the setting table).
RUN_SETTING = "demo_run"


def _next_run(db: sqlite_utils.Database) -> int:
    """Count this run: 0 in a file without demo people, else one more than the last."""
    with db.atomic():
        has_demo = db.execute("SELECT 1 FROM employee WHERE is_demo = 1 LIMIT 1").fetchone()
        last = db.execute("SELECT value FROM setting WHERE key = ?", [RUN_SETTING]).fetchone()
        # Demo data from before runs were counted was run 0.
        number = (int(last[0]) if last else 0) + 1 if has_demo else 0
        db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [RUN_SETTING, str(number)],
        )
    return number


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
    # A record about no one (the self-check) is no demo person's: removing the demo
    # people would leave it behind.
    usable = [d for d in decks if not d.about_no_one]
    run = DemoRun(usable, seed, today or date.today(), _next_run(db))
    batch = Batch()
    try:
        with bulk_cache(db):
            with db.atomic():
                stamp = f"{run.today.isoformat()}T08:00:00"
                for deck in run.decks:
                    run.deck_hashes[(deck.slug, deck.version)] = remember_deck(db, deck, stamp)
            for number in range(1, employees + 1):
                add_person(run, batch, conversations)
                if number % chunk == 0 or number == employees:
                    write(db, batch)
                    batch = Batch()
                    if progress and progress(number, employees) is False:
                        break
        # Leave the search indexes merged, or later autosaves would do it bit by bit.
        optimize(db)
    finally:
        drop_stages(db)
    counts = run.counts
    return DemoSummary(
        counts["employees"], counts["conversations"], counts["answers"], counts["actions"]
    )
