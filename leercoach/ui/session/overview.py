"""``session.overview``: the team overview's rows and its printed report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain.overview import OverviewRow
from leercoach.ui.session.changes import StoreOp
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.reports import RenderedPdf
    from leercoach.store import Store
    from leercoach.ui.jobs import Progress


class TeamOverview(Service):
    def rows(self, *, team: str | None = None) -> list[OverviewRow]:
        """One row per current person (in service this year, not archived), by name."""
        today = self.store.clock().date()
        return self.store.overview.people(today, self.session.library, team=team)

    def rows_op(self) -> StoreOp[list[OverviewRow]]:
        """``rows`` off the UI thread (``ui.operations.run_op``): seconds on an HR file."""
        library = self.session.library  # loaded here, on the UI thread
        today = self.store.clock().date()

        def work(store: Store, progress: Progress) -> list[OverviewRow]:
            return store.overview.people(today, library)

        return StoreOp(work, cancellable=False)

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
