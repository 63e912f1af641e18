"""``leercoach demo``: realistic demo data, and its removal."""

from __future__ import annotations

import argparse
import sys

from leercoach.cli.common import EXIT_OK, Subcommands, count, library, open_store


def register(commands: Subcommands) -> None:
    demo = commands.add_parser("demo", help="add demo employees with a history of talks")
    demo.add_argument("--employees", type=count, default=8)
    demo.add_argument(
        "--conversations", type=count, default=3, help="average conversations per employee"
    )
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--remove", action="store_true", help="remove all demo data instead")
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from leercoach.store.demo import build_demo

    with open_store(args) as store:
        if args.remove:
            print(f"removed {store.employees.remove_demo()} demo employees")
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
        f"added {summary.employees} demo employees, {summary.conversations} conversations, "
        f"{summary.answers} answers, {summary.actions} actions"
    )
    return EXIT_OK


def _show_progress(done: int, total: int) -> bool:
    """A large demo takes a minute; say how far it is, on the terminal only."""
    end = "\n" if done >= total else ""
    print(f"\r{done} of {total} demo employees written", end=end, file=sys.stderr, flush=True)
    return True
