"""``leercoach``: the entry point. Arguments are parsed before any Qt object exists.

With no subcommand it starts the GUI; every subcommand runs without Qt. Exit
codes: 0 success, 2 bad input or usage, 1 any other failure. Errors go to
stderr in one sentence. Each command group lives in its own module and adds
its parsers through ``register``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from leercoach import __version__, paths
from leercoach.cli import backup, check, decks, demo, employees, encryption, erase, export
from leercoach.cli.common import EXIT_FAILURE, EXIT_USAGE, UsageError
from leercoach.crash import install as install_crash_handler

GROUPS = (decks, employees, demo, check, backup, export, erase, encryption)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leercoach",
        description="Offline coaching conversations. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"leercoach {__version__}")
    parser.add_argument(
        "--db", type=Path, help=f"database file (default: ${paths.DB_ENV} or the user data dir)"
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the app (default nl)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    handler = install_crash_handler(_log_file())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is not None:
        args.db = args.db.expanduser()
    if args.command is None:
        from leercoach.ui.app import run_gui

        return int(run_gui(args.db or paths.default_db_path(), language=args.lang, crash=handler))
    try:
        return int(args.handler(args))
    except UsageError as error:
        print(f"leercoach: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # `leercoach employees list | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as error:
        from leercoach.store import StoreError, ValidationError

        if isinstance(error, ValidationError):
            print(f"leercoach: {error}", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(error, StoreError | OSError):
            print(f"leercoach: {error}", file=sys.stderr)
            return EXIT_FAILURE
        raise


def gui_main() -> int:
    return main([])


def _log_file() -> Path | None:
    try:
        return paths.log_path()
    except OSError:
        return None
