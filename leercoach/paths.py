"""Where leercoach keeps its files: the user's data dir and the shipped resources."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "leercoach"
DB_ENV = "LEERCOACH_DB"
DATA_ENV = "LEERCOACH_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def user_data_dir() -> Path:
    """The per-user folder, created owner-only (0700) because it holds personal data."""
    folder = data_dir()
    ensure_private_dir(folder)
    return folder


def data_dir() -> Path:
    """The per-user folder, without creating it: for looking, where nothing is written."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def ensure_private_dir(folder: Path) -> None:
    """Create the folder owner-only, or make an existing one so; a folder that cannot be
    changed (on a read-only disk, or someone else's) is left as it is, to be read."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
        try:
            folder.chmod(0o700)
        except OSError as error:
            if error.errno not in (errno.EROFS, errno.EPERM, errno.EACCES):
                raise


def default_db_path() -> Path:
    """The database file; its folder is created (owner-only) by the store when it writes."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "leercoach.db"


def user_decks_dir() -> Path:
    return data_dir() / "decks"


def log_path() -> Path:
    """The log of unexpected errors; its folder is created when something is logged."""
    return data_dir() / "leercoach.log"


def shipped(name: str) -> Path:
    """A shipped folder (conversation_cards, db, resources).

    In a wheel they live in ``leercoach/_data``; in a source checkout at the repo root.
    """
    # The package's own folder; importlib.resources would give the same for an installed
    # (unzipped) package and costs ~20 ms of the app's start to import.
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _REPO_ROOT / name


def shipped_decks_dir() -> Path:
    return shipped("conversation_cards")


def migrations_dir() -> Path:
    return shipped("db") / "migrations"


def deck_folders() -> list[Path]:
    """Shipped decks first, then the user's own, so a user deck can override by version."""
    return [shipped_decks_dir(), user_decks_dir()]
