"""``session.kpi``: the development KPIs of a year, for the overview page's panel."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.domain.kpi import KpiFigures


class Kpi(Service):
    def figures(self, year: int, team: str | None = None, today: date | None = None) -> KpiFigures:
        """The figures of ``year`` as they stand today, of one team or everyone."""
        return self.store.kpi.figures(year, team, today=today or date.today())

    def years(self, today: date | None = None) -> list[int]:
        """The years there are figures of, the newest first: from the first talk held
        (or this year, when none was) to this year."""
        this_year = (today or date.today()).year
        first = min(self.store.kpi.first_year() or this_year, this_year)
        return list(range(this_year, first - 1, -1))

    def teams(self) -> list[str]:
        return self.store.kpi.teams()
