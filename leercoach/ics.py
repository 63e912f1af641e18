"""A calendar file (RFC 5545) of ``leercoach.domain.agenda``'s events, with ``icalendar``.

Timed events are wall-clock times in ``ZONE``, the zone the manager plans in, and the file
carries its VTIMEZONE, so every calendar reads them as meant. All-day events are DATE
values (DTEND the next day). No METHOD: a file to import or subscribe to, not an
invitation; no ATTENDEE and no ORGANIZER.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from leercoach import __version__
from leercoach.domain.agenda import AgendaEvent
from leercoach.files import write_private_bytes

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.store import Store

ZONE = "Europe/Brussels"
PRODUCT = f"-//leercoach//leercoach {__version__}//EN"


def calendar_bytes(events: Iterable[AgendaEvent], name: str) -> bytes:
    import icalendar

    zone = ZoneInfo(ZONE)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    timed = False
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
            timed = True
        else:
            event.add("dtstart", item.start)
            event.add("dtend", item.start + timedelta(days=1))
        event.add("transp", "TRANSPARENT" if item.all_day else "OPAQUE")
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    if timed:
        calendar.add_component(brussels())
    data: bytes = calendar.to_ical()
    return data


def brussels() -> Any:
    """Europe/Brussels as a VTIMEZONE of two yearly rules (the EU's since 1996: summer time
    from the last Sunday of March, 02:00, to the last Sunday of October, 03:00), as Outlook
    and Thunderbird write it. icalendar's own (``add_missing_timezones``) lists every change
    as an RDATE, which vobject and, by report, Outlook read as winter time all year;
    tests/test_calendar.py checks these rules against the zoneinfo database."""
    import icalendar

    zone = icalendar.Timezone()
    zone.add("tzid", ZONE)
    for part, onset, month, before, after, name in (
        (icalendar.TimezoneDaylight(), datetime(1970, 3, 29, 2), 3, 1, 2, "CEST"),
        (icalendar.TimezoneStandard(), datetime(1970, 10, 25, 3), 10, 2, 1, "CET"),
    ):
        part.add("dtstart", onset)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", timedelta(hours=before))
        part.add("tzoffsetto", timedelta(hours=after))
        part.add("tzname", name)
        zone.add_component(part)
    return zone


def write_calendar(path: Path, events: Iterable[AgendaEvent], name: str) -> int:
    """Written whole under a temporary name, owner-only, then renamed over ``path``; the
    bytes as they are (CRLF line ends, as RFC 5545 has them). Returns the events written."""
    listed = list(events)
    write_private_bytes(path, calendar_bytes(listed, name))
    return len(listed)


def export_calendar(
    store: Store,
    path: Path,
    today: date,
    *,
    employee_ids: Iterable[str] | None = None,
    details: bool = True,
    library: DeckLibrary | None = None,
) -> int:
    """The calendar of the current people (all, or ``employee_ids``) written to ``path``,
    after ``leercoach.targets`` allowed it (TargetRefusedError); the events written."""
    from leercoach.domain.agenda import agenda
    from leercoach.language import _
    from leercoach.store.calendar import decks_of
    from leercoach.targets import CALENDAR, Target, check_targets

    check_targets([Target(path, CALENDAR)], store.path)
    if library is None:
        from leercoach import paths
        from leercoach.decks import load_library

        library = load_library(paths.deck_folders())
    found = store.calendar.agenda_input(
        today, decks_of(library), employee_ids, library.follow_ups()
    )
    events = agenda(found, details=details)
    return write_calendar(path, events, _("leercoach: talks and due dates"))
