"""After a passphrase change every backup opens with the new passphrase, so erasure reaches
them all and a restore cannot bring an erased person back (case 9 of "Trust, round two").

Before, the backups kept the old passphrase, and `erase employee --backups` stopped at the
first of them with "Nothing was changed", which was false: the database and the plain
backups had been changed, and the newest backup still held the person.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from leercoach.store import Store, crypto
from leercoach.store.access import Access
from leercoach.trust.backup import default_backups_dir, list_backups, make_backup
from tests.conftest import TEST_KDF
from tests.erasure_helpers import NAME, add_person, cli

OLD = "de oude wachtwoordzin van het team"
NEW = "een nieuwe, veel betere wachtwoordzin"
NOW = datetime(2026, 11, 2, 9, 0)


@pytest.fixture
def encrypted(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An encrypted database (cheap key derivation, kept in its .salt) with the person."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", TEST_KDF)
    with Store.open(db_path, passphrase=OLD) as store:
        return add_person(store)


def backups_made(db_path: Path, count: int) -> list[Path]:
    access = Access.unlock(db_path, OLD)
    folder = default_backups_dir()
    return [make_backup(access, folder, NOW + timedelta(days=day)).path for day in range(count)]


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        Access.unlock(path, passphrase)
    except crypto.WrongPassphraseError:
        return False
    return True


def holds_person(path: Path, passphrase: str) -> bool:
    conn = Access.unlock(path, passphrase).connect(read_only=True)
    try:
        return conn.execute("SELECT 1 FROM employee WHERE name = ?", [NAME]).fetchone() is not None
    finally:
        conn.close()


def erase(db_path: Path, person: str) -> subprocess.CompletedProcess[str]:
    return cli(
        "erase", "employee", person, "--yes", "--backups",
        db=db_path, env={"LEERCOACH_PASSPHRASE": NEW},
    )  # fmt: skip


def listed_states(db_path: Path) -> dict[str, str]:
    done = cli("backups", "list", "--json", db=db_path)
    assert done.returncode == 0, done.stderr
    return {Path(item["path"]).name: item["passphrase"] for item in json.loads(done.stdout)}


def test_change_passphrase_rekeys_every_backup_and_erasure_reaches_them(
    db_path: Path, encrypted: str
) -> None:
    backups = backups_made(db_path, 3)
    changed = cli(
        "change-passphrase",
        db=db_path,
        env={"LEERCOACH_PASSPHRASE": OLD, "LEERCOACH_NEW_PASSPHRASE": NEW},
    )
    assert changed.returncode == 0, changed.stderr
    assert "re-keyed 3 copies" in changed.stdout
    for backup in backups:
        assert opens_with(backup, NEW) and not opens_with(backup, OLD)
    assert set(listed_states(db_path).values()) == {"current"}
    erased = erase(db_path, encrypted)
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.count("erased from backup") == 3
    for backup in backups:
        assert not holds_person(backup, NEW)


def kill_while_rekeying(db_path: Path, backups: list[Path]) -> None:
    """Run change-passphrase and SIGKILL it once some backups, not all, are re-keyed."""
    new_id = crypto.key_fingerprint(crypto.key_for(db_path, NEW))
    env = {"LEERCOACH_PASSPHRASE": OLD, "LEERCOACH_NEW_PASSPHRASE": NEW}
    import os

    child = subprocess.Popen(
        [sys.executable, "-m", "leercoach", "--db", str(db_path), "change-passphrase"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **env},
    )
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        done = sum(1 for b in backups if _key_id(b) == new_id)
        if 0 < done < len(backups):
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    done = sum(1 for b in backups if _key_id(b) == new_id)
    if not 0 < done < len(backups):
        pytest.fail(f"the kill did not land halfway ({done} of {len(backups)} re-keyed)")


def _key_id(path: Path) -> str | None:
    try:
        return crypto.read_key_salt(path).key_id
    except crypto.StoreError:
        return None


def test_a_kill_halfway_leaves_each_backup_old_or_new_and_the_list_says_which(
    db_path: Path, encrypted: str
) -> None:
    backups = backups_made(db_path, 12)
    kill_while_rekeying(db_path, backups)
    states = listed_states(db_path)
    for backup in backups:
        new, old = opens_with(backup, NEW), opens_with(backup, OLD)
        assert new != old, backup  # one key or the other, never half
        assert states[backup.name] == ("current" if new else "earlier")
    # Erasure reaches the new-keyed backups and names the others; it does not say "erased".
    erased = erase(db_path, encrypted)
    assert erased.returncode == 1
    earlier = [b for b in backups if states[b.name] == "earlier"]
    for backup in earlier:
        assert f"{backup} may still hold them" in erased.stderr
        assert "earlier passphrase" in erased.stderr
    # Finishing the re-keying, then the erasure (by the same id), reaches everything.
    rekeyed = cli(
        "backups", "rekey", db=db_path,
        env={"LEERCOACH_PASSPHRASE": NEW, "LEERCOACH_OLD_PASSPHRASE": OLD},
    )  # fmt: skip
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert f"re-keyed {len(earlier)} copies" in rekeyed.stdout
    assert set(listed_states(db_path).values()) == {"current"}
    again = erase(db_path, encrypted)
    assert again.returncode == 0, again.stderr
    for backup in list_backups(default_backups_dir()):
        assert not holds_person(backup.path, NEW)
