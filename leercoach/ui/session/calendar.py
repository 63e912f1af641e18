"""``session.calendar``: the planned talks and due dates as a calendar file (ICS).

Reads only; icalendar loads with the first export, not at start.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from leercoach.ui.session.service import Service


class CalendarExport(Service):
    def export(
        self,
        path: Path,
        *,
        employee_ids: Iterable[str] | None = None,
        details: bool = True,
        today: date | None = None,
    ) -> int:
        """Write the calendar (``leercoach.ics``; checked by ``leercoach.targets`` first:
        TargetRefusedError); the number of events written."""
        from leercoach.ics import export_calendar

        return export_calendar(
            self.store,
            path,
            today or date.today(),
            employee_ids=employee_ids,
            details=details,
            library=self.session.library,
        )
