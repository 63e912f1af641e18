"""``session.overview``: the team overview's rows and its printed report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain.overview import OverviewRow
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.reports import RenderedPdf


class TeamOverview(Service):
    def rows(self, *, team: str | None = None) -> list[OverviewRow]:
        """One row per current person (in service this year, not archived), by name."""
        today = self.store.clock().date()
        return self.store.overview.people(today, self.session.library, team=team)

    def teams(self) -> list[str]:
        return self.store.overview.teams()

    def team_report(
        self, rows: list[OverviewRow], path: Path, *, team: str | None, language: str
    ) -> RenderedPdf:
        """The rows as the printed team report: counts and dates, nothing anyone said."""
        from leercoach.reports.team_report import TeamReportOptions, render_team_report

        reporting = self.store.reporting
        options = TeamReportOptions(
            manager_name=reporting.manager_name(),
            today=self.store.clock().date(),
            team=team,
            language=language,
            region=reporting.region(),
        )
        return render_team_report(rows, path, options)
