"""``leercoach export pdf | employee | conversation``: printed growth-cycle summaries; a
person's data; the record of one talk (``export_conversation``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from leercoach.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    Subcommands,
    UsageError,
    library,
    open_store,
)
from leercoach.language import _, current, ngettext, pgettext

FIRST_YEAR = 1900
LAST_YEAR = 9998


def register(commands: Subcommands) -> None:
    export = commands.add_parser(
        "export", help=_("export growth-cycle summaries as PDF, or one person's data")
    )
    kinds = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    pdf = kinds.add_parser(
        "pdf",
        help=_("growth-cycle summaries to print and sign"),
        description=_(
            "Write the growth-cycle summary of one employee, a team or everyone. --out is a "
            "folder (one PDF per employee; made when missing), or with --combined or a single "
            "--employee it may be the PDF file itself, in a folder that exists. An earlier PDF "
            "is replaced; the database, leercoach's own files and any file that is not a PDF "
            "never are."
        ),
    )
    who = pdf.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--employee", metavar="ID", help=_("one employee: the id or its first characters")
    )
    who.add_argument("--team", metavar="NAME", help=_("every current employee of this team"))
    who.add_argument("--all", action="store_true", help=_("every current employee"))
    pdf.add_argument(
        "--period",
        required=True,
        type=year,
        metavar="YYYY",
        help=_("the cycle year; it starts in the month of the setting cycle_start_month"),
    )
    pdf.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help=_("a folder, or a PDF file")
    )
    pdf.add_argument(
        "--combined", action="store_true", help=_("one PDF with a bookmark per person")
    )
    pdf.add_argument(
        "--include-private-notes",
        action="store_true",
        help=_("also print the manager's private notes (left out unless asked)"),
    )
    pdf.set_defaults(handler=export_pdf)
    person = kinds.add_parser(
        "employee",
        help=_("everything stored about one person (GDPR right of access)"),
        description=_(
            "Write everything leercoach stores about one person, the manager's private notes "
            "included, as JSON (format: docs/person-export.md), with their growth-cycle "
            "summary of this year as a PDF beside it (FILE.pdf). Neither is written over the "
            "database, leercoach's own files, or a file of another kind."
        ),
    )
    person.add_argument("id", help=_("the id, or its first characters"))
    person.add_argument(
        "--out", required=True, type=Path, metavar="FILE.json", help=_("the JSON file to write")
    )
    person.add_argument("--no-pdf", action="store_true", help=_("only the JSON file"))
    person.set_defaults(handler=export_person_data)
    from leercoach.cli import export_conversation

    export_conversation.register(kinds)


def year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(
            _("{text} is not a year in the form YYYY", text=repr(text))
        )
    value = int(text)
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _(
                "{text} lies outside {first}-{last}",
                text=repr(text),
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    return value


def export_pdf(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.reports.batch import export_growth_plans

    with open_store(args, read_only=True) as store:
        if args.employee:
            employees = [resolve(store, args.employee)]
        else:
            employees = store.reporting.employees(team=args.team)
            if not employees:
                teams = ", ".join(store.employees.teams()) or _("none")
                if args.team:
                    raise UsageError(
                        _(
                            "no current employees in team {team}; teams: {teams}",
                            team=repr(args.team),
                            teams=teams,
                        )
                    )
                raise UsageError(_("there are no current employees to export"))
        out: Path = args.out
        combined = args.combined
        if len(employees) == 1 and not combined and out.suffix.lower() == ".pdf":
            # A single person written straight to the file asked for: a one-section document.
            combined = True
        elif combined and (out.is_dir() or not out.suffix):
            out = out / pgettext("file name", "growth-plans-{year}.pdf", year=args.period)
        elif not combined and (out.suffix.lower() == ".pdf" or out.is_file()):
            raise UsageError(
                _(
                    "{path} is a file name; give a folder for one PDF per employee, or add "
                    "--combined",
                    path=out,
                )
            )
        result = export_growth_plans(
            store,
            employees,
            store.reporting.period_for_year(args.period),
            out,
            library(),
            combined=combined,
            include_private_notes=args.include_private_notes,
            language=current(),
        )
    for written in result.written:
        print(wrote(written.path, written.pages))
    for failure in result.failures:
        print(f"leercoach: {failure.name}: {failure.reason}", file=sys.stderr)
    exported = len(employees) - len(result.failures)
    summary = _(
        "{exported} of {total} employees exported to {path}",
        exported=exported,
        total=len(employees),
        path=out,
    )
    if result.failures:
        summary += ", " + _("{count} failed", count=len(result.failures))
    print(summary)
    return EXIT_FAILURE if result.failures else EXIT_OK


def export_person_data(args: argparse.Namespace) -> int:
    from datetime import date

    from leercoach.cli.employees import resolve
    from leercoach.reports import export_growth_summary
    from leercoach.targets import PDF, PERSON_EXPORT, Target, check_targets
    from leercoach.trust.privacy import write_person_export

    out: Path = args.out
    if out.suffix.lower() != ".json":
        raise UsageError(_("{path}: give a file name ending in .json", path=out))
    pdf = out.with_suffix(".pdf")
    with open_store(args, read_only=True) as store:
        person = resolve(store, args.id)
        # Both files are checked before either is written.
        targets = [Target(out, PERSON_EXPORT), *([] if args.no_pdf else [Target(pdf, PDF)])]
        check_targets(targets, store.path)
        write_person_export(store, person.id, out)
        print(_("wrote {path}", path=out))
        if not args.no_pdf:
            rendered = export_growth_summary(
                store,
                person.id,
                store.reporting.period_for_year(date.today().year),
                pdf,
                library(),
                include_private_notes=True,
                language=current(),
            )
            print(wrote(rendered.path, rendered.pages))
    return EXIT_OK


def wrote(path: Path, pages: int) -> str:
    return ngettext("wrote {path} ({n} page)", "wrote {path} ({n} pages)", pages, path=path)
