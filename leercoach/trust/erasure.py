"""The right to erasure (GDPR Art. 17), true to the byte: "erased" is only said when it is so.

A person is deleted from the database, which is then rewritten (VACUUM, with
``secure_delete``) and its WAL emptied, and from every copy leercoach made: the backups
(when asked), the file a restore set aside, a damaged file recovery set aside, and the
unfinished temp copies a killed backup or restore left (removed). What cannot be reached
is named, file by file, with the reason; the report then is not complete and the
command line exits 1. Copies a person made themselves (``backup --to``) are not tracked.

The WAL is emptied by a TRUNCATE checkpoint, which cannot finish while another program
holds a read transaction: the person's old pages would stay in the main file for that
reader. So that is checked before anything is deleted ("nothing was erased") and again
at the end; an erasure that could not finish is remembered by the person's id alone
(``erasure_pending``), so running it again with that id completes it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock

from leercoach.domain import Employee
from leercoach.files import WRITER_LOCK_SUFFIX, private_temp
from leercoach.language import _
from leercoach.paths import log_path
from leercoach.store import connections, crypto
from leercoach.store.access import Access
from leercoach.store.errors import StoreError
from leercoach.store.store import Store
from leercoach.trust.backup import backups_dir
from leercoach.trust.copies import (
    Copy,
    CopyKind,
    our_copies,
    remove_unfinished,
    unfinished_copies,
)

PENDING_SETTING = "erasure_pending"
# How long a running backup may take to finish its copy before erasure goes on without it.
WAIT_FOR_WRITER_SECONDS = 30.0
Progress = Callable[[int, int], bool]


class ReaderHoldsWalError(StoreError):
    """Another connection holds a read transaction: the WAL cannot be emptied."""

    def __init__(self, path: Path, *, erased: bool) -> None:
        what = (
            _(
                "the erased data is still in the file; close that program and run the "
                "erasure again with the same id to finish it"
            )
            if erased
            else _("nothing was erased; close that program and try again")
        )
        super().__init__(
            _(
                "{path}-wal cannot be emptied while another program (a database browser, a "
                "backup tool, another leercoach window) is reading {name}: {what}",
                path=path,
                name=path.name,
                what=what,
            )
        )
        self.path = path


@dataclass(frozen=True)
class Unreached:
    """A file that may still hold the person, and why erasure could not change it."""

    path: Path
    reason: str


@dataclass
class ErasureReport:
    people: list[Employee]  # empty when an earlier erasure is finished (names are gone)
    ids: list[str]
    database: Path
    database_clean: bool = False
    changed: list[Copy] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    still_holding: list[Path] = field(default_factory=list)
    unreached: list[Unreached] = field(default_factory=list)
    logs_scrubbed: list[Path] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Nothing leercoach made holds the people any more, except the backups that were
        not asked for (``still_holding``, which the caller must name)."""
        return self.database_clean and not self.unreached


def erase_people(
    store: Store,
    employee_ids: Sequence[str],
    backups: Path | None = None,
    *,
    include_backups: bool = False,
    progress: Progress | None = None,
) -> ErasureReport:
    """Erase the people from the database and from every copy leercoach made.

    ``backups`` is the backups folder (default: the one in the data folder). Raises
    ReaderHoldsWalError, having erased nothing, while another program reads the
    database. Without ``include_backups`` the backups are only read, and those that
    hold any of the people are listed in ``still_holding``. Erasing several people at
    once rewrites the file and each copy once.
    """
    people = [store.employees.get(employee_id) for employee_id in dict.fromkeys(employee_ids)]
    report = ErasureReport(people, [], store.path, database_clean=True)
    if not people:
        return report
    _check_wal_can_empty(store)
    with store.search.purge_once():
        for person in people:
            store.employees.delete(person.id)
        _remember_pending(store, [person.id for person in people])
    report.ids = pending_erasures(store)
    _finish(store, report, backups or backups_dir(), include_backups, progress)
    return report


def erase_person(
    store: Store, employee_id: str, backups: Path | None = None, *, include_backups: bool = False
) -> ErasureReport:
    return erase_people(store, [employee_id], backups, include_backups=include_backups)


def compact(store: Store) -> bool:
    """Rewrite the database so deleted text is in no free page and not in the WAL; whether
    the WAL could be emptied (False while another program holds a read transaction)."""
    store.db.execute("VACUUM")
    return _wal_emptied(store)


def resume_pending(
    store: Store,
    backups: Path | None = None,
    *,
    include_backups: bool = False,
    progress: Progress | None = None,
) -> ErasureReport | None:
    """Finish erasures that could not finish before (a reader held the WAL); None if none."""
    pending = pending_erasures(store)
    if not pending:
        return None
    report = ErasureReport([], pending, store.path)
    _finish(store, report, backups or backups_dir(), include_backups, progress)
    return report


def pending_erasures(store: Store) -> list[str]:
    """Ids of people deleted from the tables whose erasure has not finished everywhere."""
    found = json.loads(store.setting(PENDING_SETTING, "[]") or "[]")
    return [str(item) for item in found] if isinstance(found, list) else []


def _finish(
    store: Store,
    report: ErasureReport,
    backups: Path,
    include_backups: bool,
    progress: Progress | None,
) -> None:
    ids = report.ids
    copies = our_copies(store.path, backups)
    total = len(copies) + 2
    _step(progress, 0, total)
    report.database_clean = compact(store)
    _step(progress, 1, total)
    for done, copy in enumerate(copies, start=2):
        _erase_copy(store.access, copy, ids, include_backups, report)
        _step(progress, done, total)
    _remove_unfinished(store, backups, report)
    # A backup that was still being written when the erasure began is one now.
    for copy in our_copies(store.path, backups):
        if copy not in copies:
            _erase_copy(store.access, copy, ids, include_backups, report)
    texts = [text for person in report.people for text in _identifying(person)]
    report.logs_scrubbed = scrub_logs(texts)
    if report.database_clean and not report.unreached and not report.still_holding:
        # Erased everywhere. Until then the ids stay, so that `erase employee ID --backups`
        # later (or again) reaches the backups and copies that still hold them.
        store.db.execute("DELETE FROM setting WHERE key = ?", [PENDING_SETTING])
        report.database_clean = _wal_emptied(store)
    _step(progress, total, total)


def _identifying(person: Employee) -> list[str]:
    return [text for text in (person.name, person.email) if text]


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _remember_pending(store: Store, ids: list[str]) -> None:
    pending = list(dict.fromkeys([*pending_erasures(store), *ids]))
    store.db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [PENDING_SETTING, json.dumps(pending)],
    )  # inside the deleting transaction: a kill in between leaves both or neither


# The database's WAL ------------------------------------------------------------------------


def _check_wal_can_empty(store: Store) -> None:
    """Refuse before deleting anything while another connection holds a read transaction.

    An empty WAL hides a reader, so a harmless write comes first: a reader that started
    before it keeps the checkpoint from truncating the WAL, as it would after the erasure.
    """
    store.db.execute("UPDATE change_marker SET token = randomblob(16)")
    if not _wal_emptied(store):
        raise ReaderHoldsWalError(store.path, erased=False)


def _wal_emptied(store: Store) -> bool:
    """A TRUNCATE checkpoint (waiting as long as the store's busy timeout) that worked."""
    busy, _, _ = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    wal = Path(f"{store.path}-wal")
    return int(busy) == 0 and (not wal.exists() or wal.stat().st_size == 0)


# Copies --------------------------------------------------------------------------------------


def _erase_copy(
    access: Access, copy: Copy, ids: list[str], include_backups: bool, report: ErasureReport
) -> None:
    if copy.kind is CopyKind.BACKUP and not include_backups:
        try:
            if _holds_any(access.for_copy(copy.path), ids):
                report.still_holding.append(copy.path)
        except connections.sqlite_errors(crypto.WrongPassphraseError, StoreError):
            report.still_holding.append(copy.path)  # cannot tell: say it may
        return
    try:
        if erase_from_copy(access.for_copy(copy.path), ids):
            report.changed.append(copy)
    except crypto.WrongPassphraseError:
        report.unreached.append(
            Unreached(
                copy.path,
                _(
                    "it is encrypted with an earlier passphrase; `leercoach backups rekey` "
                    "gives it the current one, or delete it"
                ),
            )
        )
    except connections.sqlite_errors(StoreError) as error:
        report.unreached.append(
            Unreached(copy.path, _("it cannot be changed ({error})", error=error))
        )


def _holds_any(access: Access, ids: list[str]) -> bool:
    with closing(access.connect(read_only=True)) as conn:
        return any(_present(conn, employee_id) for employee_id in ids)


def _present(conn: Any, employee_id: str) -> bool:
    found = conn.execute("SELECT 1 FROM employee WHERE id = ?", [employee_id]).fetchone()
    return found is not None


def erase_from_copy(access: Access, ids: Sequence[str]) -> bool:
    """Delete the people from one copy and rewrite it; False when it did not hold them.

    The copy ends as one self-contained file (journal mode DELETE, no -wal beside it),
    checked again, so an erased person cannot come back by a restore.
    """
    with closing(access.connect()) as conn:
        present = [employee_id for employee_id in ids if _present(conn, employee_id)]
        if not present:
            return False
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("DELETE FROM employee WHERE id = ?", [[i] for i in present])
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode = DELETE")
        problem = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if problem != "ok":
            raise StoreError(
                _(
                    "{path} failed its check after erasure: {problem}",
                    path=access.path,
                    problem=problem,
                )
            )
    return True


def _remove_unfinished(store: Store, backups: Path, report: ErasureReport) -> None:
    """Unfinished copies are stale copies of everything: removed once their writer is done
    (a backup still being written is waited for; it then is a backup like the others)."""
    for temp in unfinished_copies(store.path, backups):
        lock = filelock.FileLock(f"{temp}{WRITER_LOCK_SUFFIX}", mode=0o600)
        try:
            lock.acquire(timeout=WAIT_FOR_WRITER_SECONDS)
        except filelock.Timeout:
            report.unreached.append(
                Unreached(temp, _("a backup or restore is still writing it; try again later"))
            )
            continue
        lock.release()
        if temp.exists():
            remove_unfinished(temp)
            report.removed.append(temp)


# The log ------------------------------------------------------------------------------------


def scrub_logs(texts: Sequence[str]) -> list[Path]:
    """Drop every line that names the people from leercoach's log files; return those changed.

    The log never writes names or conversation text, but a log of an older leercoach may
    hold them in an error message.
    """
    needles = [text.casefold() for text in texts if text.strip()]
    changed: list[Path] = []
    if not needles:
        return changed
    log = log_path()
    for path in sorted(log.parent.glob(log.name + "*")):
        try:
            lines = path.read_text("utf-8", errors="replace").splitlines(keepends=True)
        except OSError:
            continue
        kept = [line for line in lines if not any(n in line.casefold() for n in needles)]
        if len(kept) == len(lines):
            continue
        temp = private_temp(path.parent, f".{path.name}-")
        try:
            temp.write_text("".join(kept), "utf-8")
            os.replace(temp, path)
        finally:
            temp.unlink(missing_ok=True)
        changed.append(path)
    return changed
