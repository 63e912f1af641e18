"""``leercoach check``: is the database file healthy?"""

from __future__ import annotations

import argparse
import sys

from leercoach.cli.common import EXIT_FAILURE, EXIT_OK, Subcommands, db_path, open_store
from leercoach.language import _


def register(commands: Subcommands) -> None:
    check = commands.add_parser("check", help=_("check the database for damage"))
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    """Read-only, like every check should be: no migration, no lock, no journal mode set,
    so a backup or a damaged copy is checked without a byte of it changing."""
    from leercoach.store import DamagedDatabaseError

    path = db_path(args)
    try:
        with open_store(args, read_only=True, upgrade=False) as store:
            problems = store.check()
            version = store.schema_version
    except DamagedDatabaseError as error:
        # A damaged page met while opening is damage all the same, said alike; a file that
        # is no database at all (a photo named .db) is said to be that.
        damaged = "malformed" in error.detail
        problem = _("{path} is damaged: {problem}", path=path, problem=error.detail)
        print(f"leercoach: {problem if damaged else error}", file=sys.stderr)
        return EXIT_FAILURE
    if problems:
        print(
            "leercoach: " + _("{path} is damaged: {problem}", path=path, problem=problems[0]),
            file=sys.stderr,
        )
        for problem in problems[1:]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILURE
    print(_("{path}: ok (schema version {version})", path=path, version=version))
    return EXIT_OK
