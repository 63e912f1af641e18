"""What every command shares: exit codes, argument types, opening the store, JSON."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leercoach import paths
from leercoach.language import _

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.store import Store
    from leercoach.store.access import Access

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

Subcommands = Any  # argparse's _SubParsersAction, which has no public name
# For scripts and tests; people are asked at the terminal instead.
PASSPHRASE_ENV = "LEERCOACH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "LEERCOACH_NEW_PASSPHRASE"
OLD_PASSPHRASE_ENV = "LEERCOACH_OLD_PASSPHRASE"


class UsageError(Exception):
    """Bad input from the user: exit code 2."""


def json_help() -> str:
    return _("print JSON instead: its keys and values are the same in every language")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date in the form YYYY-MM-DD", text=repr(text))
        ) from None


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a whole number", text=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("{text} must be 0 or more", text=repr(text)))
    return value


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def open_store(args: argparse.Namespace, *, read_only: bool = False, upgrade: bool = True) -> Store:
    """Writers take the file's lock. Readers (``read_only``) open it with SQLite's mode=ro
    while the app may have it open: they create nothing, not even a missing database
    (NoDatabaseError: exit 1), and write nothing but an older schema's upgrade.

    An encrypted database is opened with its passphrase (``passphrase``); a new
    database is always created plain (``leercoach encrypt`` encrypts it).
    """
    from leercoach.store import Store
    from leercoach.store.crypto import needs_passphrase

    path = db_path(args)
    secret = passphrase(path) if needs_passphrase(path) else None
    if read_only:
        return Store.open(path, read_only=True, passphrase=secret, upgrade=upgrade)
    store = Store.open(path, passphrase=secret)
    from leercoach.trust.copies import tidy_after_start

    tidy_after_start(path)  # leftovers of a killed backup or restore: full copies
    return store


def access(path: Path) -> Access:
    """How to open an existing file: its passphrase is asked only when it is encrypted."""
    from leercoach.store.access import Access
    from leercoach.store.crypto import needs_passphrase

    return Access.unlock(path, passphrase(path) if needs_passphrase(path) else None)


def passphrase(path: Path, env: str = PASSPHRASE_ENV, which: str = "") -> str:
    """The passphrase of an encrypted file: from the environment variable, else asked
    (``which``, translated, says which one when it is not the current one).

    Without either (no terminal to ask at) PassphraseRequiredError: exit code 2.
    """
    from leercoach.store.crypto import PassphraseRequiredError

    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(
            path, _("set {variable}, or run leercoach in a terminal to be asked", variable=env)
        )
    try:
        return getpass.getpass(_("{which} for {path}: ", which=which or _("Passphrase"), path=path))
    except EOFError:
        raise PassphraseRequiredError(path) from None


def new_passphrase(env: str = NEW_PASSPHRASE_ENV, also: str | None = None) -> str:
    """A new passphrase: from ``env`` (or ``also``), else asked twice at the terminal."""
    for name in (env, also):
        given = os.environ.get(name) if name else None
        if given:
            return given
    if not sys.stdin.isatty():
        names = _("{variable} (or {other})", variable=env, other=also) if also else env
        raise UsageError(
            _(
                "set {variable}, or run leercoach in a terminal to be asked for a passphrase",
                variable=names,
            )
        )
    try:
        first = getpass.getpass(_("New passphrase: "))
        second = getpass.getpass(_("The same passphrase again: "))
    except EOFError:
        raise UsageError(_("no passphrase given; nothing was changed")) from None
    if first != second:
        raise UsageError(_("the two passphrases differ; nothing was changed"))
    return first


def library() -> DeckLibrary:
    from leercoach.decks import load_library

    return load_library(paths.deck_folders())
