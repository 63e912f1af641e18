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


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
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
    (``which`` says which one when it is not the current one).

    Without either (no terminal to ask at) PassphraseRequiredError: exit code 2.
    """
    from leercoach.store.crypto import PassphraseRequiredError

    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(
            path, f"set {env}, or run leercoach in a terminal to be asked"
        )
    try:
        return getpass.getpass(f"{which.capitalize() or 'Passphrase'} for {path}: ")
    except EOFError:
        raise PassphraseRequiredError(path) from None


def new_passphrase(env: str = NEW_PASSPHRASE_ENV, also: str | None = None) -> str:
    """A new passphrase: from ``env`` (or ``also``), else asked twice at the terminal."""
    for name in (env, also):
        given = os.environ.get(name) if name else None
        if given:
            return given
    if not sys.stdin.isatty():
        names = f"{env} (or {also})" if also else env
        raise UsageError(
            f"set {names}, or run leercoach in a terminal to be asked for a passphrase"
        )
    try:
        first = getpass.getpass("New passphrase: ")
        second = getpass.getpass("The same passphrase again: ")
    except EOFError:
        raise UsageError("no passphrase given; nothing was changed") from None
    if first != second:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


def library() -> DeckLibrary:
    from leercoach.decks import load_library

    return load_library(paths.deck_folders())
