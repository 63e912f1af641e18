"""``points``: talking points on the 10 000-person file, three for everyone (30 000 rows).

The person view's list and a conversation's first step read one person's points by the
index on (employee_id, status, added_at); the growth-cycle batch reads the points
discussed in each chunk's talks beside the answers. The floor is plain sqlite3 running
the same SELECTs, without leercoach's rows-to-dataclasses. The points are added to a
copy of the file, so the other sections measure the file as built.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
from datetime import date
from pathlib import Path

from common import Figure, alternate, median_time
from dataset import Dataset, deck_library

from leercoach.domain.growth import Period
from leercoach.store import Store
from leercoach.store.rows import new_id

PER_PERSON = 3
BATCH = 500


def with_points(data: Dataset, out: Path) -> Path:
    """A copy of the big file with three points for everyone, one discussed in their
    latest conversation."""
    copy = out / "points.db"
    shutil.copyfile(data.path, copy)
    raw = sqlite3.connect(copy)
    latest = dict(
        raw.execute(
            "SELECT employee_id, id FROM conversation c WHERE started_at = ("
            "SELECT MAX(started_at) FROM conversation WHERE employee_id = c.employee_id)"
        ).fetchall()
    )
    people = [row[0] for row in raw.execute("SELECT id FROM employee")]
    stamp = f"{data.day.isoformat()}T09:00:00"
    rows = [
        (
            new_id(), person, f"Onderwerp {n} van {person[:8]}",
            "medewerker" if n % 2 else "leidinggevende", stamp,
            "besproken" if n == 0 and person in latest else "open",
            latest.get(person) if n == 0 else None, stamp,
        )
        for person in people
        for n in range(PER_PERSON)
    ]  # fmt: skip
    with raw:
        raw.executemany(
            "INSERT INTO talking_point (id, employee_id, text, by, added_at, status,"
            " conversation_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    raw.close()
    return copy


def points(data: Dataset, runs: int, out: Path) -> list[Figure]:
    path = with_points(data, out)
    employee = data.bench_employee
    figures: list[Figure] = []
    with Store.open(path, exclusive=False) as store:
        talk = store.conversations.for_employee(employee)[0]
        raw = sqlite3.connect(path)

        def ours() -> None:
            store.talking_points.for_employee(employee)
            store.talking_points.for_conversation(talk)

        def floor() -> None:
            raw.execute(
                "SELECT * FROM talking_point WHERE employee_id = ? ORDER BY added_at, rowid",
                [employee],
            ).fetchall()
            raw.execute(
                "SELECT * FROM talking_point WHERE employee_id = ?"
                " AND (status = 'open' OR conversation_id = ?) ORDER BY added_at, rowid",
                [employee, talk.id],
            ).fetchall()

        timed = [
            alternate(lambda: median_time(ours, 50), lambda: median_time(floor, 50), 1)
            for _ in range(runs)
        ]
        value = statistics.median(t[0][0] for t in timed)
        base = statistics.median(t[1][0] for t in timed)
        figures.append(
            Figure(
                "a person's talking points, list and step (30 000)",
                value,
                base,
                "ms",
                "≤ 5 ms, ≤ 3×",
                value <= 5 and value <= 3 * base,
            )
        )
        # The growth-cycle batch's read of 500 people, with the points discussed.
        library = deck_library()
        year = Period(date(data.day.year, 1, 1), date(data.day.year, 12, 31))
        ids = [row[0] for row in raw.execute("SELECT id FROM employee LIMIT ?", [BATCH])]
        marks = ", ".join("?" for _ in ids)
        first, after = year.start.isoformat(), f"{data.day.year + 1}-01-01"

        def records() -> None:
            store.reporting.records(ids, year, library=library)

        def records_floor() -> None:
            raw.execute(
                "SELECT * FROM talking_point WHERE conversation_id IN (SELECT id FROM"
                f" conversation WHERE employee_id IN ({marks}) AND started_at >= ?"
                " AND started_at < ?) AND status = 'besproken'",
                [*ids, first, after],
            ).fetchall()

        timed = [
            alternate(lambda: median_time(records, 1), lambda: median_time(records_floor, 3), 1)
            for _ in range(runs)
        ]
        raw.close()
    value = statistics.median(t[0][0] for t in timed)
    base = statistics.median(t[1][0] for t in timed)
    figures.append(
        Figure(
            f"growth batch's read of {BATCH} people; floor: their points",
            value,
            base,
            "ms",
            "points ≤ 5 % of it",
            base <= 0.05 * value,
        )
    )
    return figures
