"""``session.calendar``: the planned talks and due dates as a calendar file (ICS).

Reads only. For everyone in an HR file of 10 000 people it takes most of a minute
(icalendar's own pace), so it is a ``StoreOp`` for a worker thread; icalendar loads with
the first export, not at start.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.ui.session.changes import StoreOp
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.store import Store
    from leercoach.ui.jobs import Progress


class CalendarExport(Service):
    def export(
        self,
        path: Path,
        *,
        employee_ids: Iterable[str] | None = None,
        details: bool = True,
        today: date | None = None,
    ) -> StoreOp[int]:
        """Write the calendar (``leercoach.ics``; checked by ``leercoach.targets`` first:
        TargetRefusedError); the op's result is the number of events written."""
        library = self.session.library  # loaded here, on the UI thread
        chosen = None if employee_ids is None else list(employee_ids)
        day = today or date.today()

        def work(store: Store, progress: Progress) -> int:
            from leercoach.ics import export_calendar

            return export_calendar(
                store, path, day, employee_ids=chosen, details=details, library=library
            )

        return StoreOp(work, cancellable=False)
