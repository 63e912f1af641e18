"""``leercoach encrypt``, ``leercoach decrypt`` and ``leercoach change-passphrase``.

Passphrases are asked at the terminal (a new one twice) or, for scripts, read from
LEERCOACH_PASSPHRASE (the current one) and LEERCOACH_NEW_PASSPHRASE (a new one;
``encrypt`` also accepts LEERCOACH_PASSPHRASE, the passphrase the file will have).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from leercoach import paths
from leercoach.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    Subcommands,
    UsageError,
    db_path,
    new_passphrase,
    passphrase,
)
from leercoach.language import N_, _, ngettext

LOST_PASSPHRASE = N_(
    "Without the passphrase nobody can open it, leercoach included: keep the passphrase "
    "in a password manager."
)


def register(commands: Subcommands) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help=_("encrypt the database with a passphrase"),
        description=_(
            "Encrypt the database file (SQLCipher, key derived from the passphrase with "
            "argon2id). The passphrase is not stored: if it is lost, the data is lost."
        ),
    )
    encrypt.set_defaults(handler=run_encrypt)
    decrypt = commands.add_parser(
        "decrypt", help=_("store the database unencrypted again (asks its passphrase)")
    )
    decrypt.set_defaults(handler=run_decrypt)
    change = commands.add_parser(
        "change-passphrase", help=_("give the encrypted database a new passphrase")
    )
    change.set_defaults(handler=run_change_passphrase)


def _existing(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if not path.is_file():
        raise UsageError(_("{path} does not exist", path=path))
    return path


def run_encrypt(args: argparse.Namespace) -> int:
    from leercoach.store import crypto
    from leercoach.trust import conversion

    path = _existing(args)
    if crypto.is_encrypted(path):
        raise UsageError(
            _("{path} is already encrypted; use change-passphrase for a new one", path=path)
        )
    conversion.encrypt_database(path, new_passphrase(NEW_PASSPHRASE_ENV, also=PASSPHRASE_ENV))
    print(_("encrypted {path}", path=path))
    print(_(LOST_PASSPHRASE))
    _warn_about_plain_backups()
    return EXIT_OK


def run_decrypt(args: argparse.Namespace) -> int:
    from leercoach.store import crypto
    from leercoach.trust import conversion

    path = _existing(args)
    if not crypto.is_encrypted(path):
        raise UsageError(_("{path} is not encrypted", path=path))
    conversion.decrypt_database(path, passphrase(path))
    print(
        _(
            "decrypted {path}: anyone who can read the file can now read everything in it",
            path=path,
        )
    )
    return EXIT_OK


def run_change_passphrase(args: argparse.Namespace) -> int:
    from leercoach.cli.backup import show_progress, tell_rekeyed
    from leercoach.store import crypto
    from leercoach.trust.backup import backups_dir
    from leercoach.trust.rekey import change_passphrase_everywhere

    path = _existing(args)
    if not crypto.is_encrypted(path):
        raise UsageError(_("{path} is not encrypted; use encrypt", path=path))
    current = passphrase(path)
    report = change_passphrase_everywhere(
        path, current, new_passphrase(NEW_PASSPHRASE_ENV), backups_dir(), show_progress
    )
    print(_("changed the passphrase of {path}", path=path))
    tell_rekeyed(report)
    print(_(LOST_PASSPHRASE))
    return EXIT_FAILURE if report.failed else EXIT_OK


def _warn_about_plain_backups() -> None:
    from leercoach.store import crypto
    from leercoach.trust.backup import list_backups

    folder = paths.user_data_dir() / "backups"
    plain = [b for b in list_backups(folder) if not crypto.is_encrypted(b.path)]
    if plain:
        print(
            ngettext(
                "{n} backup made before is NOT encrypted (in {folder}); it still holds "
                "everything readable. Delete it once a new backup is made, or keep it "
                "somewhere as safe.",
                "{n} backups made before are NOT encrypted (in {folder}); they still hold "
                "everything readable. Delete them once a new backup is made, or keep them "
                "somewhere as safe.",
                len(plain),
                folder=folder,
            )
        )
