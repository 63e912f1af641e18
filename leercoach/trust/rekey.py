"""Every encrypted copy opens with the database's current passphrase.

A passphrase change re-encrypts the database, and then each encrypted backup and each
copy a restore set aside, one at a time: written to a temp file with the new key,
verified, renamed into place (``conversion.convert_file``). A kill halfway leaves every
copy either old-keyed or new-keyed, never half of each; the key's fingerprint in each
copy's ``.salt`` says which (``key_state``), so ``backups list`` can tell without a
passphrase, and ``leercoach backups rekey`` finishes the job. Erasure then reaches every
backup with the one key it has, and a restore never brings back what was erased.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from leercoach.language import _
from leercoach.store import connections, crypto
from leercoach.store.access import Access
from leercoach.store.errors import StoreError
from leercoach.trust.conversion import change_passphrase, convert_file
from leercoach.trust.copies import Copy, CopyKind, our_copies

Progress = Callable[[int, int], bool]


class KeyState(StrEnum):
    PLAIN = "plain"
    CURRENT = "current"  # opens with the database's passphrase
    EARLIER = "earlier"  # made before a passphrase change, not re-keyed yet
    UNKNOWN = "unknown"  # a .salt without a fingerprint (an older leercoach) or unreadable


@dataclass
class RekeyReport:
    rekeyed: list[Path] = field(default_factory=list)
    already: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def key_state(path: Path, db_path: Path) -> KeyState:
    """Which passphrase a copy needs, read from the fingerprints in the two ``.salt`` files."""
    if not crypto.is_encrypted(path):
        return KeyState.PLAIN
    try:
        theirs = crypto.read_key_salt(path).key_id
        ours = crypto.read_key_salt(db_path).key_id if crypto.is_encrypted(db_path) else None
    except StoreError:
        return KeyState.UNKNOWN
    if theirs is None or ours is None:
        return KeyState.UNKNOWN
    return KeyState.CURRENT if theirs == ours else KeyState.EARLIER


def rekey_copies(
    db_path: Path,
    backups: Path,
    old_key: bytes,
    new_key: bytes,
    progress: Progress | None = None,
) -> RekeyReport:
    """Give every encrypted copy that opens with ``old_key`` the ``new_key`` instead."""
    report = RekeyReport()
    copies = [c for c in our_copies(db_path, backups) if _rekeyable(c)]
    for done, copy in enumerate(copies, start=1):
        _rekey_one(copy.path, old_key, new_key, report)
        if progress is not None:
            progress(done, len(copies))
    return report


def _rekeyable(copy: Copy) -> bool:
    return copy.kind is not CopyKind.DAMAGED and crypto.is_encrypted(copy.path)


def _rekey_one(path: Path, old_key: bytes, new_key: bytes, report: RekeyReport) -> None:
    key_salt = crypto.read_key_salt(path)
    try:
        Access(path, new_key).verify()
    except crypto.WrongPassphraseError:
        pass
    except connections.sqlite_errors() as error:
        report.failed.append((path, str(error)))
        return
    else:
        if key_salt.key_id != crypto.key_fingerprint(new_key):
            crypto.write_key_salt(path, key_salt, key=new_key)
        report.already.append(path)
        return
    try:
        Access(path, old_key).verify()
        convert_file(
            path,
            old_key,
            new_key,
            after_swap=lambda: crypto.write_key_salt(path, key_salt, key=new_key),
            take_lock=False,
        )
    except crypto.WrongPassphraseError:
        report.failed.append((path, _("it opens with neither the old nor the new passphrase")))
    except connections.sqlite_errors(StoreError) as error:
        report.failed.append((path, str(error)))
    else:
        report.rekeyed.append(path)


def rekey_from(
    current: Access, earlier_passphrase: str, backups: Path, progress: Progress | None = None
) -> RekeyReport:
    """Finish an interrupted re-keying: copies still under ``earlier_passphrase`` get the
    database's current key (``current``, an unlocked access to the database)."""
    if current.key is None:
        raise StoreError(
            _("{path} is not encrypted; its copies need no passphrase", path=current.path)
        )
    old_key = crypto.key_for(current.path, earlier_passphrase)
    return rekey_copies(current.path, backups, old_key, current.key, progress)


def change_passphrase_everywhere(
    db_path: Path,
    old_passphrase: str,
    new_passphrase: str,
    backups: Path,
    progress: Progress | None = None,
) -> RekeyReport:
    """Give the database a new passphrase, then every encrypted copy leercoach made."""
    old_key, new_key = change_passphrase(db_path, old_passphrase, new_passphrase)
    return rekey_copies(db_path, backups, old_key, new_key, progress)
