"""``calendar``: ``leercoach calendar`` for the 10 000-person file, against icalendar alone.

The export runs on a copy of the big file given 2 000 planned talks (every fifth person;
half at a time of day, so the file carries its VTIMEZONE), as the big file has none. The
floor is icalendar building the same events from a plain list of tuples and writing the
file: what is left of the export when leercoach's queries and rules are free.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from common import Figure, alternate
from dataset import Dataset, deck_library

from leercoach.domain.agenda import agenda
from leercoach.ics import ZONE, brussels, export_calendar
from leercoach.store import Store
from leercoach.store.calendar import decks_of

STAMP = "2026-01-01T09:00:00"


def with_planned_talks(data: Dataset, out: Path) -> Path:
    copy = out / "calendar.db"
    raw = sqlite3.connect(data.path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    shutil.copyfile(data.path, copy)
    raw = sqlite3.connect(copy)
    people = [row[0] for row in raw.execute("SELECT id FROM employee WHERE archived = 0")]
    rows = []
    for number, person in enumerate(people[::5]):
        day = data.day + timedelta(days=number % 60)
        planned = f"{day.isoformat()}T{9 + number % 8:02d}:30" if number % 2 else day.isoformat()
        rows.append((str(uuid.uuid4()), person, planned, STAMP, STAMP))
    raw.executemany(
        "INSERT INTO planned_talk (id, employee_id, planned, status, created_at, updated_at)"
        " VALUES (?, ?, ?, 'planned', ?, ?)",
        rows,
    )
    raw.commit()
    raw.close()
    return copy


def calendar(data: Dataset, runs: int, out: Path) -> list[Figure]:
    from zoneinfo import ZoneInfo

    import icalendar

    library = deck_library()
    path = with_planned_talks(data, out)
    target = out / "agenda.ics"
    with Store.open(path, exclusive=False) as store:
        found = store.calendar.agenda_input(data.day, decks_of(library))
        people = len(found.people)
        # The same events as plain tuples, for the floor.
        plain = [
            (e.uid, e.summary, e.start, e.minutes, e.sequence, e.stamp, e.cancelled)
            for e in agenda(found)
        ]
        zone = ZoneInfo(ZONE)

        def ours() -> float:
            start = time.perf_counter()
            export_calendar(store, target, data.day, library=library)
            return (time.perf_counter() - start) * 1000

        def floor() -> float:
            start = time.perf_counter()
            cal = icalendar.Calendar()
            cal.add("prodid", "-//floor//EN")
            cal.add("version", "2.0")
            cal.add_component(brussels())
            for uid, summary, begin, minutes, sequence, stamp, cancelled in plain:
                event = icalendar.Event()
                event.add("uid", uid)
                event.add("summary", summary)
                moment = stamp.replace(tzinfo=zone)
                event.add("dtstamp", moment)
                event.add("last-modified", moment)
                event.add("sequence", sequence)
                if isinstance(begin, datetime):
                    event.add("dtstart", begin.replace(tzinfo=zone))
                    event.add("dtend", begin.replace(tzinfo=zone) + timedelta(minutes=minutes))
                else:
                    event.add("dtstart", begin)
                    event.add("dtend", begin + timedelta(days=1))
                event.add("transp", "TRANSPARENT" if not isinstance(begin, datetime) else "OPAQUE")
                event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
                cal.add_component(event)
            (out / "floor.ics").write_bytes(cal.to_ical())
            return (time.perf_counter() - start) * 1000

        mine, bare = alternate(ours, floor, runs)
    value, base = statistics.median(mine), statistics.median(bare)
    size = target.stat().st_size / 1e6
    return [
        Figure(
            f"calendar export ({people} people, {len(plain)} events, {size:.1f} MB)",
            value,
            base,
            "ms",
            "ratio ≤ 1.5",
            value / base <= 1.5,
            "floor: icalendar building the same events from a list, written",
        )
    ]
