"""Where an export may write, checked before its first byte: never over what leercoach keeps.

An export (a growth-plan PDF, a person's data as JSON, a calendar; later bundles) is
written under a temporary name and renamed over its target, so a wrong target is lost
at once and whole: ``export pdf --combined --out leercoach.db`` would replace the
database with a PDF. ``check_targets`` is asked first, for every file an export is about
to write, and refuses (TargetRefusedError: one sentence naming the file and why)

- the database (the one in use and the default one), by resolved path and as the same
  file, so a symlink or a hard link to the database is the database;
- what leercoach keeps beside it: ``-wal``, ``-shm``, ``-journal``, ``.lock``, ``.salt``,
  the set-aside copies ``.replaced-…`` and ``.damaged-…``, the hidden temporaries
  ``.leercoach.db…``;
- anything inside leercoach's data folder (backups, decks, the log);
- an existing file that is not of the kind being written, judged by its content, not its
  name (a PDF starts with ``%PDF-``), and a folder or a device in the file's place;
- a file in a folder that does not exist, unless the export makes that folder.

An existing file of the kind being written (an earlier export) may be replaced; those are
returned, so the app can ask first. An empty file holds nothing to lose and may be
replaced too. The kind of file is a parameter: a new export adds a ``FileKind``.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from leercoach import paths
from leercoach.files import SQLITE_SIDECARS
from leercoach.language import N_, _
from leercoach.store.crypto import SIDECAR_SUFFIX
from leercoach.trust.privacy import EXPORT_FORMAT
from leercoach.trust.recovery import DAMAGED_MARK
from leercoach.trust.restore import REPLACED_MARK

# A person's export is parsed whole to read its "format"; none comes near this size.
PERSON_EXPORT_LIMIT = 64 * 1024 * 1024
LOCK_SUFFIX = ".lock"  # leercoach.store.lock
COMPANION_SUFFIXES = (*SQLITE_SIDECARS, LOCK_SUFFIX, SIDECAR_SUFFIX)


@dataclass(frozen=True)
class FileKind:
    """What an export writes: ``recognise`` says whether an existing file is one."""

    key: str
    name: str
    """With its article, for a sentence: 'a PDF' (marked for translation, said when used)."""
    recognise: Callable[[Path], bool]


def starts_with(magic: bytes) -> Callable[[Path], bool]:
    def recognise(path: Path) -> bool:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic

    return recognise


def is_person_export(path: Path) -> bool:
    if path.stat().st_size > PERSON_EXPORT_LIMIT:
        return False
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("format") == EXPORT_FORMAT


def is_calendar(path: Path) -> bool:
    """An iCalendar file: it begins with BEGIN:VCALENDAR (any case, after a byte-order mark
    or blank lines, as some programs write it)."""
    with path.open("rb") as handle:
        head = handle.read(256)
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().upper().startswith(b"BEGIN:VCALENDAR")


PDF = FileKind("pdf", N_("a PDF"), starts_with(b"%PDF-"))
CALENDAR = FileKind("ics", N_("a calendar file (ICS)"), is_calendar)
PERSON_EXPORT = FileKind(
    "person-export", N_("a personal-data export of leercoach (JSON)"), is_person_export
)


class Target(NamedTuple):
    path: Path
    kind: FileKind


class Refusal(StrEnum):
    DATABASE = "database"
    DATABASE_FILE = "database-file"
    DATA_FOLDER = "data-folder"
    FOLDER = "folder"
    NOT_A_FILE = "not-a-file"
    OTHER_CONTENT = "other-content"
    UNREADABLE = "unreadable"
    MISSING_FOLDER = "missing-folder"
    NOT_A_FOLDER = "not-a-folder"


_SENTENCES = {
    Refusal.DATABASE: N_("{path} is the leercoach database; choose another file name"),
    Refusal.DATABASE_FILE: N_(
        "{path} is one of the files leercoach keeps beside its database {place}; "
        "choose another file name"
    ),
    Refusal.DATA_FOLDER: N_(
        "{path} is inside leercoach's data folder {place}; choose a place outside it"
    ),
    Refusal.FOLDER: N_("{path} is a folder; choose a file name"),
    Refusal.NOT_A_FILE: N_("{path} is not a regular file; choose another file name"),
    Refusal.OTHER_CONTENT: N_(
        "{path} exists and is not {kind}, so leercoach does not replace it; "
        "choose another file name"
    ),
    Refusal.UNREADABLE: N_(
        "{path} exists but cannot be read to see what it is, so leercoach does not "
        "replace it; choose another file name"
    ),
    Refusal.MISSING_FOLDER: N_(
        "the folder {place} does not exist; create it first or choose another place for {name}"
    ),
    Refusal.NOT_A_FOLDER: N_("{place} is not a folder, so {name} cannot be written there"),
}


class TargetRefusedError(Exception):
    """An export would write where it must not; nothing has been written."""

    def __init__(
        self, path: Path, reason: Refusal, kind: FileKind, place: Path | None = None
    ) -> None:
        super().__init__(
            _(_SENTENCES[reason], path=path, place=place, kind=_(kind.name), name=path.name)
        )
        self.path = path
        self.reason = reason
        self.kind = kind
        self.place = place


def check_targets(
    targets: Iterable[Target], database: Path | None = None, *, new_folders: bool = False
) -> list[Path]:
    """Refuse the first target an export must not write (TargetRefusedError); else the
    targets that exist now, files of their kind that the export will replace.

    ``database`` is the file in use; ``new_folders``: the export creates missing folders.
    """
    guard = _Guard.around(database)
    return [target.path for target in targets if guard.check(target, new_folders=new_folders)]


@dataclass(frozen=True)
class _Guard:
    databases: tuple[Path, ...]
    data_folder: Path

    @classmethod
    def around(cls, database: Path | None) -> _Guard:
        databases: list[Path] = []
        for candidate in (database, paths.default_db_path()):
            if candidate is not None:
                # As given and as resolved: the lock lies beside the first, SQLite's
                # journals beside the second.
                databases += [candidate.absolute(), _resolved(candidate)]
        return cls(tuple(databases), _resolved(paths.user_data_dir()))

    def check(self, target: Target, *, new_folders: bool) -> bool:
        """True when the target exists (and may be replaced)."""
        path, kind = target
        resolved = _resolved(path)
        for database in self.databases:
            if _same(resolved, database):
                raise TargetRefusedError(path, Refusal.DATABASE, kind)
            if _kept_beside(resolved, database):
                raise TargetRefusedError(path, Refusal.DATABASE_FILE, kind, database)
        if resolved.is_relative_to(self.data_folder):
            raise TargetRefusedError(path, Refusal.DATA_FOLDER, kind, self.data_folder)
        _check_folder(target, new_folders=new_folders)
        return _replaceable(target)


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def _same(path: Path, other: Path) -> bool:
    if path == other:
        return True
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _kept_beside(path: Path, database: Path) -> bool:
    if not _same(path.parent, database.parent):
        return False
    name, base = path.name.casefold(), database.name.casefold()
    if name in {base + suffix for suffix in COMPANION_SUFFIXES}:
        return True
    return name.startswith((base + REPLACED_MARK, base + DAMAGED_MARK, "." + base))


def _check_folder(target: Target, *, new_folders: bool) -> None:
    folder = target.path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise TargetRefusedError(target.path, Refusal.NOT_A_FOLDER, target.kind, folder)
    if not new_folders:
        raise TargetRefusedError(target.path, Refusal.MISSING_FOLDER, target.kind, folder)
    for ancestor in folder.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise TargetRefusedError(target.path, Refusal.NOT_A_FOLDER, target.kind, ancestor)
            return


def _replaceable(target: Target) -> bool:
    """Whether the file is there; refused when it is there and not of its kind."""
    path, kind = target
    try:
        info = path.stat()
    except OSError:
        # Not there, or nothing the export could write either (a name too long).
        return False
    if stat.S_ISDIR(info.st_mode):
        raise TargetRefusedError(path, Refusal.FOLDER, kind)
    if not stat.S_ISREG(info.st_mode):
        raise TargetRefusedError(path, Refusal.NOT_A_FILE, kind)
    if info.st_size == 0:
        return False
    try:
        recognised = kind.recognise(path)
    except OSError:
        raise TargetRefusedError(path, Refusal.UNREADABLE, kind) from None
    if not recognised:
        raise TargetRefusedError(path, Refusal.OTHER_CONTENT, kind)
    return True
