"""``leercoach prep feedforward --employee ID --out FILE.pdf``: the coach's prep sheet for
a feedforward talk, drawn from the person's history (``reports.feedforward_sheet``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from leercoach.cli.common import EXIT_OK, UsageError, library, open_store
from leercoach.language import _, current


def register_feedforward(actions: Any) -> None:
    sheet = actions.add_parser(
        "feedforward",
        help=_("the coach's prep sheet for a feedforward talk, as a PDF"),
        description=_(
            "Write a prep sheet for a feedforward talk with one person, drawn from their "
            "history: what comes back in their answers on talents, what became of the "
            "actions agreed (on time, late, dropped, open), the trends of the scale cards, "
            "the open goals and your last preparation; then feedback, feedforward and "
            "'what makes…' questions built from those facts. For you alone."
        ),
    )
    sheet.add_argument(
        "--employee", required=True, metavar="ID", help=_("the id, or its first characters")
    )
    sheet.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help=_("the PDF file to write")
    )
    sheet.set_defaults(handler=prep_feedforward)


def prep_feedforward(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.cli.export import wrote
    from leercoach.reports.feedforward_sheet import export_feedforward_sheet

    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UsageError(_("{path}: give a file name ending in .pdf", path=out))
    with open_store(args, read_only=True) as store:
        person = resolve(store, args.employee)
        rendered = export_feedforward_sheet(store, person.id, out, library(), language=current())
    print(wrote(rendered.path, rendered.pages))
    return EXIT_OK
