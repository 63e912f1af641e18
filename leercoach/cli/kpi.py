"""``leercoach kpi --year YYYY [--team T] [--json]``: the development KPIs of a year."""

from __future__ import annotations

import argparse
from datetime import date

from leercoach.cli.common import EXIT_OK, Subcommands, UsageError, json_help, open_store
from leercoach.language import _


def register(commands: Subcommands) -> None:
    kpi = commands.add_parser(
        "kpi",
        help=_("the development KPIs of a year: talks, rhythm, actions, goals, trainings"),
    )
    kpi.add_argument("--year", required=True, metavar="YYYY", help=_("the calendar year"))
    kpi.add_argument("--team", help=_("only this team"))
    kpi.add_argument("--json", action="store_true", help=json_help())
    kpi.set_defaults(handler=run_kpi)


def year_value(text: str, today: date) -> int:
    """``--year``'s value; a sentence (exit 2) for anything but a year that has begun."""
    from leercoach.domain.kpi import year_problem

    cleaned = text.strip()
    if not (cleaned.isdigit() and len(cleaned) == 4):
        raise UsageError(_("--year: {text} is not a year in the form YYYY", text=repr(text)))
    year = int(cleaned)
    problem = year_problem(year, today)
    if problem:
        raise UsageError(_("--year: {problem}", problem=problem))
    return year


def run_kpi(args: argparse.Namespace) -> int:
    from leercoach.domain.kpi import SHOWN, figure_label, figure_text, kpi_title
    from leercoach.jsontext import to_json

    today = date.today()
    year = year_value(args.year, today)
    with open_store(args, read_only=True) as store:
        if args.team is not None and not store.kpi.has_team(args.team):
            raise UsageError(_("--team: no one is in the team {team}", team=repr(args.team)))
        figures = store.kpi.figures(year, args.team, today=today)
    if args.json:
        print(to_json(figures.as_json()))
        return EXIT_OK
    heading = kpi_title(year)
    if args.team is not None:
        heading += " · " + _("team {team}", team=args.team)
    print(heading)
    labels = {key: figure_label(key) for key in SHOWN}
    width = max(len(text) for text in labels.values())
    for key in SHOWN:
        print(f"  {labels[key]:<{width}}  {figure_text(figures, key)}")
    return EXIT_OK
