"""What every command shares: exit codes, argument types, opening the store, JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leercoach import paths

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.store import Store

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

Subcommands = Any  # argparse's _SubParsersAction, which has no public name


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


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """Writers take the file's lock; readers may look while the app has it open."""
    from leercoach.store import Store

    return Store.open(db_path(args), exclusive=not read_only)


def library() -> DeckLibrary:
    from leercoach.decks import load_library

    return load_library(paths.deck_folders())


def to_json(value: Any) -> str:
    def default(item: Any) -> Any:
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            return dataclasses.asdict(item)
        if isinstance(item, Enum):
            return item.value
        if isinstance(item, Path):
            return str(item)
        if hasattr(item, "isoformat"):
            return item.isoformat()
        raise TypeError(type(item).__name__)

    return json.dumps(value, default=default, ensure_ascii=False, indent=2)
