"""``leercoach``: the entry point. Arguments are parsed before any Qt object exists.

With no subcommand it starts the GUI; every subcommand runs without Qt. Exit
codes: 0 success, 2 bad input or usage (an export's target it must not write
included), 1 any other failure. Errors go to stderr in one sentence, never as a
traceback (a bug's goes to the log file). Each command group lives in its own module
and adds its parsers through ``register``; those modules are imported only when a
command is given, so starting the app does not pay for them.

The command line speaks the app's language (``leercoach.language``: ``--lang``, the saved
choice, the system locale, Dutch), argparse's own words ("usage:", "error:") included;
JSON, exit codes and the values in JSON are the same in every language.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from leercoach import __version__, language, paths
from leercoach.cli.common import EXIT_FAILURE, EXIT_USAGE, UsageError, db_path
from leercoach.crash import install as install_crash_handler
from leercoach.language import _

GROUP_NAMES = (
    "decks",
    "employees",
    "demo",
    "check",
    "backup",
    "export",
    "erase",
    "encryption",
    "kpi",
    "trends",
    "overview",
    "calendar",
    "talking_points",
    "conversations",
    "prep",
)


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="leercoach",
        description=_("Offline coaching conversations. Without a command, starts the app."),
        add_help=with_commands,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"leercoach {__version__}",
    )
    parser.add_argument(
        "--db",
        type=Path,
        help=_(
            "database file (default: ${variable} or the user data folder)",
            variable=paths.DB_ENV,
        ),
    )
    parser.add_argument(
        "--lang",
        choices=language.LANGUAGES,
        help=_(
            "language of the app and the command line (default: the one chosen in the app, "
            "else the system's, else nl)"
        ),
    )
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in GROUP_NAMES:
        importlib.import_module(f"leercoach.cli.{name}").register(commands)
    return parser


def speak_argparse() -> None:
    """argparse's own words ("usage:", "the following arguments are required") in the
    current language. argparse asks the module-level gettext, which knows no language
    but the environment's, through the names it imported; they are pointed at ours."""
    argparse._ = lambda message: language.catalogue().gettext(message)  # type: ignore[attr-defined]
    argparse.ngettext = lambda singular, plural, n: language.catalogue().ngettext(  # type: ignore[attr-defined]
        singular, plural, n
    )


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The global options alone when that is all there is (the app); else every command.

    The language is settled first (``--lang`` when given), so that every help text and
    error is said in it."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    language.use(language.resolve())
    args, rest = build_parser(with_commands=False).parse_known_args(arguments)
    language.use(language.resolve(args.lang))
    if not rest:
        args.command = None
        return args
    return build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    handler = install_crash_handler(paths.log_path())
    args = parse_arguments(argv)
    if args.db is not None:
        args.db = args.db.expanduser()
    handler.database = db_path(args)
    if args.command is None:
        load_core_before_qt()
        from leercoach.ui.app import run_gui

        return int(run_gui(handler.database, language=language.current(), crash=handler))
    try:
        return int(args.handler(args))
    except UsageError as error:
        print(f"leercoach: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # `leercoach employees list | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        # Every change is its own transaction: what was written before Ctrl+C is kept.
        print(
            "leercoach: " + _("stopped (Ctrl+C); what was saved before is safe"),
            file=sys.stderr,
        )
        return EXIT_FAILURE
    except Exception as error:  # noqa: BLE001 - every error gets its sentence
        # One sentence by kind (disk full, read-only, damaged, ...), naming the file; a
        # bug's traceback goes to the log, and the sentence says where that is.
        print(f"leercoach: {handler.explain(error)}", file=sys.stderr)
        return EXIT_USAGE if is_bad_input(error) else EXIT_FAILURE


def is_bad_input(error: BaseException) -> bool:
    """A ValidationError (a missing passphrase too) or an export's target it must not
    write: exit code 2. Only a loaded module raises one, so nothing is imported to ask."""
    errors = sys.modules.get("leercoach.store.errors")
    targets = sys.modules.get("leercoach.targets")
    return (errors is not None and isinstance(error, errors.ValidationError)) or (
        targets is not None and isinstance(error, targets.TargetRefusedError)
    )


def load_core_before_qt() -> None:
    """Import the core before PySide6: PySide reads the source of every module imported
    after it (looking for ``from __feature__``), which costs the app's start ~50 ms."""
    importlib.import_module("leercoach.store")
    importlib.import_module("leercoach.decks")
    importlib.import_module("leercoach.domain.growth")


def gui_main() -> int:
    return main([])
