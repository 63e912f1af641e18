"""``leercoach export pdf | employee``: printed growth-cycle summaries; a person's data."""

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

FIRST_YEAR = 1900
LAST_YEAR = 9998


def register(commands: Subcommands) -> None:
    export = commands.add_parser("export", help="export growth-cycle summaries as PDF")
    kinds = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    pdf = kinds.add_parser(
        "pdf",
        help="growth-cycle summaries to print and sign",
        description=(
            "Write the growth-cycle summary of one employee, a team or everyone. --out is a "
            "folder (one PDF per employee; made when missing), or with --combined or a single "
            "--employee it may be the PDF file itself, in a folder that exists. An earlier PDF "
            "is replaced; the database, leercoach's own files and any file that is not a PDF "
            "never are."
        ),
    )
    who = pdf.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--employee", metavar="ID", help="one employee: the id or its first characters"
    )
    who.add_argument("--team", metavar="NAME", help="every current employee of this team")
    who.add_argument("--all", action="store_true", help="every current employee")
    pdf.add_argument(
        "--period",
        required=True,
        type=year,
        metavar="YYYY",
        help="the cycle year; it starts in the month of the setting cycle_start_month",
    )
    pdf.add_argument("--out", required=True, type=Path, metavar="PATH")
    pdf.add_argument("--combined", action="store_true", help="one PDF with a bookmark per person")
    pdf.add_argument(
        "--include-private-notes",
        action="store_true",
        help="also print the manager's private notes (left out unless asked)",
    )
    pdf.set_defaults(handler=export_pdf)
    person = kinds.add_parser(
        "employee",
        help="everything stored about one person (GDPR right of access)",
        description=(
            "Write everything leercoach stores about one person, the manager's private notes "
            "included, as JSON (format: docs/person-export.md), with their growth-cycle "
            "summary of this year as a PDF beside it (FILE.pdf). Neither is written over the "
            "database, leercoach's own files, or a file of another kind."
        ),
    )
    person.add_argument("id", help="the id, or its first characters")
    person.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    person.add_argument("--no-pdf", action="store_true", help="only the JSON file")
    person.set_defaults(handler=export_person_data)


def year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year in the form YYYY")
    value = int(text)
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r} lies outside {FIRST_YEAR}-{LAST_YEAR}")
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
                teams = ", ".join(store.employees.teams()) or "none"
                if args.team:
                    raise UsageError(f"no current employees in team {args.team!r}; teams: {teams}")
                raise UsageError("there are no current employees to export")
        out: Path = args.out
        combined = args.combined
        if len(employees) == 1 and not combined and out.suffix.lower() == ".pdf":
            # A single person written straight to the file asked for: a one-section document.
            combined = True
        elif combined and (out.is_dir() or not out.suffix):
            out = out / f"groeiplannen-{args.period}.pdf"
        elif not combined and (out.suffix.lower() == ".pdf" or out.is_file()):
            raise UsageError(
                f"{out} is a file name; give a folder for one PDF per employee, or add --combined"
            )
        result = export_growth_plans(
            store,
            employees,
            store.reporting.period_for_year(args.period),
            out,
            library(),
            combined=combined,
            include_private_notes=args.include_private_notes,
            language=args.lang or "nl",
        )
    for written in result.written:
        print(f"wrote {written.path} ({written.pages} pages)")
    for failure in result.failures:
        print(f"leercoach: {failure.name}: {failure.reason}", file=sys.stderr)
    exported = len(employees) - len(result.failures)
    failed = f", {len(result.failures)} failed" if result.failures else ""
    print(f"{exported} of {len(employees)} employees exported to {out}{failed}")
    return EXIT_FAILURE if result.failures else EXIT_OK


def export_person_data(args: argparse.Namespace) -> int:
    from datetime import date

    from leercoach.cli.employees import resolve
    from leercoach.reports import export_growth_summary
    from leercoach.targets import PDF, PERSON_EXPORT, Target, check_targets
    from leercoach.trust.privacy import write_person_export

    out: Path = args.out
    if out.suffix.lower() != ".json":
        raise UsageError(f"{out}: give a file name ending in .json")
    pdf = out.with_suffix(".pdf")
    with open_store(args, read_only=True) as store:
        person = resolve(store, args.id)
        # Both files are checked before either is written.
        targets = [Target(out, PERSON_EXPORT), *([] if args.no_pdf else [Target(pdf, PDF)])]
        check_targets(targets, store.path)
        write_person_export(store, person.id, out)
        print(f"wrote {out}")
        if not args.no_pdf:
            rendered = export_growth_summary(
                store,
                person.id,
                store.reporting.period_for_year(date.today().year),
                pdf,
                library(),
                include_private_notes=True,
                language=args.lang or "nl",
            )
            print(f"wrote {rendered.path} ({rendered.pages} pages)")
    return EXIT_OK
