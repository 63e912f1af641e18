"""``leercoach export conversation ID --out FILE.pdf``: the record of one talk, for the
employee (``reports.conversation_report``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from leercoach.cli.common import EXIT_OK, UsageError, library, open_store
from leercoach.language import _, current


def register(kinds: Any) -> None:
    record = kinds.add_parser(
        "conversation",
        help=_("the record of one completed talk, for the employee to sign"),
        description=_(
            "Write the record of one completed conversation as a PDF: the shared summary, "
            "the answers, the actions agreed with who does them and by when, and room to "
            "sign. The manager's private note is never in it. A draft, and a conversation "
            "of the manager's own decks, have no record."
        ),
    )
    record.add_argument("id", help=_("the id, or its first characters"))
    record.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help=_("the PDF file to write")
    )
    record.set_defaults(handler=export_conversation)


def export_conversation(args: argparse.Namespace) -> int:
    from leercoach.cli.export import wrote
    from leercoach.reports import export_talk_record
    from leercoach.store import NotFoundError

    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UsageError(_("{path}: give a file name ending in .pdf", path=out))
    with open_store(args, read_only=True) as store:
        try:
            talk = store.conversations.resolve(args.id)
            rendered = export_talk_record(store, talk.id, out, library(), language=current())
        except NotFoundError as error:
            raise UsageError(str(error)) from None
    print(wrote(rendered.path, rendered.pages))
    return EXIT_OK
