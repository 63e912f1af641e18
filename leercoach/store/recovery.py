"""What the app does at start when the database is damaged: never overwrite, set it aside."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from leercoach.store.backup import Backup, check_backup, list_backups
from leercoach.store.store import Store

# The .salt of an encrypted database travels with it, or the file could not be opened.
SIDECARS = ("-wal", "-shm", "-journal")
BESIDE = (".salt",)


def startup_problems(store: Store) -> list[str]:
    """SQLite's quick_check and foreign_key_check: fast enough for every start."""
    problems = [
        str(row[0]) for row in store.db.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"
    ]
    for table, rowid, parent, _ in store.db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems


def set_aside_damaged(db_path: Path, now: datetime) -> Path:
    """Rename the damaged file (and its WAL/SHM, kept as a pair) to ``.damaged-<time>``."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    number = 2
    while target.exists():
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{number}")
        number += 1
    for suffix in SIDECARS:
        sidecar = Path(f"{db_path}{suffix}")
        if sidecar.exists():
            sidecar.rename(Path(f"{target}{suffix}"))
    for suffix in BESIDE:
        beside = db_path.with_name(db_path.name + suffix)
        if beside.exists():
            beside.rename(target.with_name(target.name + suffix))
    db_path.rename(target)
    return target


def newest_good_backup(folder: Path) -> Backup | None:
    """The most recent backup that passes its own check, if any."""
    for backup in list_backups(folder):
        if not check_backup(backup.path):
            return backup
    return None
