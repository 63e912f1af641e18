"""A calendar file (RFC 5545) of ``leercoach.domain.agenda``'s events, with ``icalendar``.

Timed events are wall-clock times in ``ZONE``, the zone the manager plans in, and the file
carries its VTIMEZONE, so every calendar reads them as meant. All-day events are DATE
values (DTEND the next day). No METHOD: a file to import or subscribe to, not an
invitation; no ATTENDEE and no ORGANIZER.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from leercoach import __version__
from leercoach.domain.agenda import AgendaEvent

ZONE = "Europe/Brussels"
PRODUCT = f"-//leercoach//leercoach {__version__}//EN"
# The VTIMEZONE describes the zone's changes over these years, not since 1970.
ZONE_YEARS_BEFORE = 2
ZONE_YEARS_AFTER = 3


def calendar_bytes(events: Iterable[AgendaEvent], name: str, today: date) -> bytes:
    import icalendar

    zone = ZoneInfo(ZONE)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    first = last = None
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("summary", item.summary)
        stamp = item.stamp.replace(tzinfo=zone).astimezone(UTC)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", item.sequence)
        if isinstance(item.start, datetime):
            start = item.start.replace(tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=item.minutes))
            day = item.start.date()
            first = day if first is None else min(first, day)
            last = day if last is None else max(last, day)
        else:
            event.add("dtstart", item.start)
            event.add("dtend", item.start + timedelta(days=1))
        event.add("transp", "TRANSPARENT" if item.all_day else "OPAQUE")
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    if first is not None and last is not None:
        calendar.add_missing_timezones(
            first_date=date(min(first.year, today.year) - ZONE_YEARS_BEFORE, 1, 1),
            last_date=date(max(last.year, today.year) + ZONE_YEARS_AFTER, 1, 1),
        )
    data: bytes = calendar.to_ical()
    return data


def write_calendar(path: Path, events: Iterable[AgendaEvent], name: str, today: date) -> int:
    """Written whole under a temporary name, owner-only, then renamed over ``path``; the
    bytes as they are (CRLF line ends, as RFC 5545 has them). Returns the events written."""
    listed = list(events)
    data = calendar_bytes(listed, name, today)
    temp = path.with_name(f".{path.name}.part")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return len(listed)
