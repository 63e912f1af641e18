"""What keeps the data safe and the people's rights: backups, restore, recovery,
encryption of a whole file, erasure and access (GDPR), and where the file may live.

These work on whole database files and on the copies leercoach makes of them, through
the store (``leercoach.store``); the store itself knows nothing of them.

This is the package's public face, and a lazy one (PEP 562): ``leercoach.trust.X``
loads the module that defines X when X is first asked for, so importing the face costs
nothing at start-up, and a name is imported where it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# For type checkers; at run time __getattr__ below imports each name when first asked.
from leercoach.lazy import load

if TYPE_CHECKING:
    from leercoach.trust.backup import (
        Backup,
        BackupError,
        backup_if_changed,
        default_backups_dir,
        list_backups,
        make_backup,
    )
    from leercoach.trust.conversion import ConversionError, FileInUseError
    from leercoach.trust.copies import tidy_after_start
    from leercoach.trust.erasure import ErasureReport, erase_people
    from leercoach.trust.location import LocationRisk, RiskKind, risky_location
    from leercoach.trust.privacy import export_person, past_retention, write_person_export
    from leercoach.trust.recovery import IntegrityCheck, newest_good_backup, set_aside_damaged
    from leercoach.trust.restore import RestoreRefusedError, restore_backup

# Each public name and the module (of this package) that defines it.
_HOME = {
    "Backup": "backup",
    "BackupError": "backup",
    "backup_if_changed": "backup",
    "default_backups_dir": "backup",
    "list_backups": "backup",
    "make_backup": "backup",
    "ConversionError": "conversion",
    "FileInUseError": "conversion",
    "tidy_after_start": "copies",
    "ErasureReport": "erasure",
    "erase_people": "erasure",
    "LocationRisk": "location",
    "RiskKind": "location",
    "risky_location": "location",
    "export_person": "privacy",
    "past_retention": "privacy",
    "write_person_export": "privacy",
    "IntegrityCheck": "recovery",
    "newest_good_backup": "recovery",
    "set_aside_damaged": "recovery",
    "RestoreRefusedError": "restore",
    "restore_backup": "restore",
}


__all__ = [
    "Backup",
    "BackupError",
    "ConversionError",
    "ErasureReport",
    "FileInUseError",
    "IntegrityCheck",
    "LocationRisk",
    "RestoreRefusedError",
    "RiskKind",
    "backup_if_changed",
    "default_backups_dir",
    "erase_people",
    "export_person",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "past_retention",
    "restore_backup",
    "risky_location",
    "set_aside_damaged",
    "tidy_after_start",
    "write_person_export",
]


def __getattr__(name: str) -> Any:
    return load(__name__, _HOME, globals(), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
