"""The OS keyring, only when asked: an encrypted database's key kept for the next start.

The passphrase itself is never stored. With ``remember=True`` the derived key goes to the
OS keyring (Secret Service, Keychain, Windows Credential Manager) and is fetched next
time; on a headless box or without a keyring this quietly does nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

KEYRING_SERVICE = "leercoach"
KEY_BYTES = 32


def _keyring() -> Any | None:
    """The keyring module when a real backend exists; None on a headless box or without it."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring setup must not stop the app
        log.debug("no usable keyring", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return keyring


def _keyring_user(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def remembered_key(db_path: Path) -> bytes | None:
    """The key the keyring remembers for this database, or None (also when there is no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        text = keyring.get_password(KEYRING_SERVICE, _keyring_user(db_path))
    except Exception:  # backends raise their own types (D-Bus, locked keychain)
        log.debug("keyring lookup failed", exc_info=True)
        return None
    if not text:
        return None
    try:
        key = bytes.fromhex(str(text))
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def remember_key(db_path: Path, key: bytes) -> bool:
    """Keep the key in the OS keyring; False (quietly) when there is none or it refuses."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(db_path), key.hex())
    except Exception:  # see remembered_key
        log.debug("keyring refused the key", exc_info=True)
        return False
    return True


def forget_key(db_path: Path) -> None:
    """Remove a remembered key, if there is one and a keyring to remove it from."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(db_path))
    except Exception:  # nothing remembered is the common case (PasswordDeleteError)
        log.debug("nothing to forget in the keyring", exc_info=True)
