"""``leercoach overview``: the team at a glance, one row per person, or as a PDF to hand on."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.cli.common import EXIT_OK, Subcommands, UsageError, json_help, library, open_store
from leercoach.domain.overview import OverviewRow
from leercoach.jsontext import to_json
from leercoach.language import _, current, ngettext
from leercoach.vocabulary import label

if TYPE_CHECKING:
    from leercoach.store import Store


def register(commands: Subcommands) -> None:
    overview = commands.add_parser(
        "overview",
        help=_("the team at a glance: talks, actions and growth cycle per person"),
        description=_(
            "One row per current employee (in service this year, not archived): the last and "
            "the next talk, whether it is overdue, open and overdue actions, the phase of the "
            "growth cycle and what it still lacks, the growth phase. --pdf writes the team "
            "report: counts and dates only, never what was said."
        ),
    )
    overview.add_argument("--team", metavar="NAME", help=_("only the people of this team"))
    shown = overview.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help=json_help())
    shown.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE",
        help=_("write the team report as a PDF to this file"),
    )
    overview.set_defaults(handler=show_overview)


def show_overview(args: argparse.Namespace) -> int:
    today = date.today()
    with open_store(args, read_only=True) as store:
        # The printed report never shows the wellbeing answers, so it does not read them.
        rows = store.overview.people(today, library(), team=args.team, wellbeing=args.pdf is None)
        if args.team is not None and not rows:
            teams = ", ".join(store.employees.teams()) or _("none")
            raise UsageError(
                _(
                    "--team: no current employees in team {team}; teams: {teams}",
                    team=repr(args.team),
                    teams=teams,
                )
            )
        if args.pdf is not None:
            return write_pdf(args.pdf, rows, store, today, args.team)
    if args.json:
        print(to_json([row.as_json() for row in rows]))
        return EXIT_OK
    for line in table(rows):
        print(line)
    return EXIT_OK


def write_pdf(
    path: Path, rows: Sequence[OverviewRow], store: Store, today: date, team: str | None
) -> int:
    from leercoach.reports.team_report import TeamReportOptions, render_team_report
    from leercoach.targets import PDF, Target, check_targets

    if path.suffix.lower() != ".pdf":
        raise UsageError(_("--pdf: give a file name ending in .pdf, not {path}", path=path))
    check_targets([Target(path, PDF)], store.path)
    options = TeamReportOptions(
        manager_name=store.reporting.manager_name(),
        today=today,
        team=team,
        language=current(),
        region=store.reporting.region(),
    )
    from leercoach.reports.kpi_block import kpi_flowables

    # The KPIs of this year, for the same team, after the rows.
    figures = store.kpi.figures(today.year, team, today=today)
    extra = kpi_flowables(figures, options.language, options.region)
    rendered = render_team_report(rows, path, options, extra)
    print(
        ngettext("wrote {path} ({n} page)", "wrote {path} ({n} pages)", rendered.pages, path=path)
    )
    return EXIT_OK


def table(rows: Sequence[OverviewRow]) -> list[str]:
    """The rows as a plain table; an overdue talk says so in words."""
    if not rows:
        return [_("No current employees.")]
    head = (
        _("name"),
        _("team"),
        _("last talk"),
        _("next talk"),
        _("open actions"),
        _("cycle phase"),
        _("growth phase"),
    )
    lines = [
        (
            row.name,
            row.team or "-",
            row.last_talk.isoformat() if row.last_talk else "-",
            _next(row),
            _actions(row),
            label(row.cycle_phase) if row.cycle_phase else "-",
            label(row.growth_phase),
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [head, *lines]) for i in range(len(head))]
    shown = [
        "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()
        for cells in [head, *lines]
    ]
    overdue = sum(row.overdue for row in rows)
    shown.append("")
    shown.append(
        ngettext(
            "{n} person, {late} with an overdue talk",
            "{n} people, {late} with an overdue talk",
            len(rows),
            late=overdue,
        )
    )
    return shown


def _next(row: OverviewRow) -> str:
    if row.next_talk is None:
        return "-"
    text = row.next_talk.isoformat()
    return f"{text} {_('OVERDUE')}" if row.overdue else text


def _actions(row: OverviewRow) -> str:
    if not row.overdue_actions:
        return str(row.open_actions)
    return _("{open} ({late} overdue)", open=row.open_actions, late=row.overdue_actions)
