"""``leercoach demo``: realistic demo data, and its removal."""

from __future__ import annotations

import argparse
import sys

from leercoach.cli.common import EXIT_OK, Subcommands, count, library, open_store
from leercoach.language import _


def register(commands: Subcommands) -> None:
    demo = commands.add_parser("demo", help=_("add demo employees with a history of talks"))
    demo.add_argument("--employees", type=count, default=8, help=_("how many (default: 8)"))
    demo.add_argument(
        "--conversations", type=count, default=3, help=_("average conversations per employee")
    )
    demo.add_argument("--seed", type=int, default=1, help=_("the same seed, the same people"))
    demo.add_argument("--remove", action="store_true", help=_("remove all demo data instead"))
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from leercoach.store.demo import build_demo

    with open_store(args) as store:
        if args.remove:
            print(_("removed {count} demo employees", count=store.employees.remove_demo()))
            return EXIT_OK
        summary = build_demo(
            store.db,
            library().decks.values(),
            args.employees,
            seed=args.seed,
            conversations=args.conversations,
            progress=_show_progress if sys.stderr.isatty() else None,
        )
    print(
        _(
            "added {employees} demo employees, {conversations} conversations, {answers} "
            "answers, {actions} actions",
            employees=summary.employees,
            conversations=summary.conversations,
            answers=summary.answers,
            actions=summary.actions,
        )
    )
    return EXIT_OK


def _show_progress(done: int, total: int) -> bool:
    """A large demo takes a minute; say how far it is, on the terminal only."""
    end = "\n" if done >= total else ""
    shown = _("{done} of {total} demo employees written", done=done, total=total)
    print(f"\r{shown}", end=end, file=sys.stderr, flush=True)
    return True
