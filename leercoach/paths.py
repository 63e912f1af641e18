"""Where leercoach keeps its files: the user's data dir and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "leercoach"
DB_ENV = "LEERCOACH_DB"
DATA_ENV = "LEERCOACH_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def user_data_dir() -> Path:
    """The per-user folder, created owner-only (0700) because it holds personal data."""
    override = os.environ.get(DATA_ENV)
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    ensure_private_dir(folder)
    return folder


def ensure_private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return user_data_dir() / "leercoach.db"


def user_decks_dir() -> Path:
    return user_data_dir() / "decks"


def log_path() -> Path:
    return user_data_dir() / "leercoach.log"


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
