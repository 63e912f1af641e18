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
        self,
        rows: list[OverviewRow],
        path: Path,
        *,
        team: str | None,
        language: str,
        kpi_year: int | None = None,
    ) -> RenderedPdf:
        """The rows as the printed team report: counts and dates, nothing anyone said;
        then the development KPIs of ``kpi_year`` for the same team."""
        from leercoach.reports.team_report import TeamReportOptions, render_team_report

        reporting = self.store.reporting
        today = self.store.clock().date()
        options = TeamReportOptions(
            manager_name=reporting.manager_name(),
            today=today,
            team=team,
            language=language,
            region=reporting.region(),
        )
        extra = []
        if kpi_year is not None:
            from leercoach.reports.kpi_block import kpi_flowables

            figures = self.store.kpi.figures(kpi_year, team, today=today)
            extra = kpi_flowables(figures, language, options.region)
        return render_team_report(rows, path, options, extra)
