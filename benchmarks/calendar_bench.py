"""``calendar``: ``leercoach calendar`` for the 10 000-person file, against icalendar alone.

The demo data plans a talk for about a third of the people, half of them at a time of
day (so the file carries its VTIMEZONE). The floor is icalendar building the same events
from a plain list of tuples and writing the file: what is left of the export when
leercoach's queries and rules are free.
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path

from common import Figure, alternate
from dataset import Dataset, deck_library

from leercoach.domain.agenda import agenda
from leercoach.ics import ZONE, brussels, export_calendar
from leercoach.store import Store
from leercoach.store.calendar import decks_of


def calendar(data: Dataset, runs: int, out: Path) -> list[Figure]:
    from zoneinfo import ZoneInfo

    import icalendar

    library = deck_library()
    target = out / "agenda.ics"
    with Store.open(data.path, exclusive=False) as store:
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
