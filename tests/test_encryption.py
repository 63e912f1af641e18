"""Encryption at rest: what is on the disk, passphrases, conversions, backups, keyring, CLI."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import pytest
import sqlite_utils
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from leercoach.crash import CrashKind, classify
from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import (
    DamagedDatabaseError,
    DatabaseInUseError,
    Store,
    connections,
    crypto,
    remembered,
)
from leercoach.store.access import Access
from leercoach.store.database import EncryptedDatabase, connect, database_key
from leercoach.store.demo import build_demo
from leercoach.trust import conversion
from leercoach.trust.backup import make_backup, thin_backups
from leercoach.trust.restore import check_backup, restore_backup
from tests.conftest import TEST_KDF

PASSPHRASE = "Zeven zwanen zwemmen zuidwaarts"
OTHER = "Een heel ander zinnetje"
UNIQUE_NAME = "Quirijntje Zwaluwstaart-Oxley"
NOW = datetime(2026, 11, 12, 17, 4, 5)
TODAY = date(2026, 11, 23)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New salts in these tests get cheap KDF parameters; the CLI subprocesses do not."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", TEST_KDF)


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a headless Linux box, whatever the machine running the tests has."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())


def raw_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm", "-journal")
        if Path(f"{path}{suffix}").exists()
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def encrypted_db(path: Path, *names: str) -> Path:
    with Store.open(path, passphrase=PASSPHRASE) as store:
        store.employees.add_many([EmployeeDraft(name=name) for name in names])
    return path


def plain_db(path: Path, *names: str) -> Path:
    with Store.open(path) as store:
        store.employees.add_many([EmployeeDraft(name=name) for name in names])
    return path


def names_in(store: Store) -> list[str]:
    return [e.name for e in store.employees.find(include_archived=True)]


# What is on the disk -------------------------------------------------------------------------


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain-control", "encrypted"])
def test_a_name_in_the_wal_is_unreadable_only_when_encrypted(
    db_path: Path, encrypted: bool
) -> None:
    with Store.open(db_path, passphrase=PASSPHRASE if encrypted else None) as store:
        store.db.execute("PRAGMA wal_autocheckpoint = 0")
        store.employees.add(EmployeeDraft(name=UNIQUE_NAME, team="Zorg"))
        # Not checkpointed: the row lives only in the -wal while the store is open.
        assert Path(f"{db_path}-wal").stat().st_size > 0
        on_disk = raw_bytes(db_path)
        assert crypto.is_encrypted(db_path) is encrypted
        assert (UNIQUE_NAME.encode() in on_disk) is not encrypted
        assert (b"Zorg" in on_disk) is not encrypted
    on_disk = raw_bytes(db_path)
    assert (UNIQUE_NAME.encode() in on_disk) is not encrypted


@posix_only
def test_a_new_encrypted_database_has_a_private_salt_file_without_secrets(db_path: Path) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    sidecar = crypto.sidecar_path(db_path)
    assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    data = json.loads(sidecar.read_text("utf-8"))
    assert data["version"] == 1 and data["kdf"]["algorithm"] == "argon2id"
    assert len(bytes.fromhex(data["salt"])) == crypto.SALT_BYTES
    text = sidecar.read_text("utf-8")
    key = crypto.key_for(db_path, PASSPHRASE)
    assert PASSPHRASE not in text and key.hex() not in text
    assert not db_path.read_bytes().startswith(crypto.SQLITE_HEADER)


def test_production_kdf_parameters_stay_strong() -> None:
    strong = crypto.KdfParams()
    assert strong.memory_kib >= 64 * 1024 and strong.time_cost >= 2
    assert crypto.new_key_salt(strong).salt != crypto.new_key_salt(strong).salt


def test_the_passphrase_is_normalised_before_the_key_is_derived() -> None:
    salt = crypto.KeySalt(bytes(16), TEST_KDF)
    composed, decomposed = "Café ouvert à midi", "Cafe\u0301 ouvert a\u0300 midi"
    assert crypto.derive_key(composed, salt) == crypto.derive_key(decomposed, salt)
    assert crypto.derive_key(composed, salt) != crypto.derive_key(composed + ".", salt)


# Opening -------------------------------------------------------------------------------------


def test_wrong_passphrase_is_refused_clearly_and_changes_nothing(db_path: Path) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    before = digest(db_path)
    with pytest.raises(crypto.WrongPassphraseError, match="passphrase does not open") as raised:
        Store.open(db_path, passphrase=OTHER)
    assert not isinstance(raised.value, DamagedDatabaseError)
    assert "not a database" not in str(raised.value)
    assert digest(db_path) == before
    # The lock was released: the right passphrase opens it straight after.
    with Store.open(db_path, passphrase=PASSPHRASE) as store:
        assert names_in(store) == [UNIQUE_NAME]


def test_missing_passphrase_is_asked_for_not_treated_as_damage(db_path: Path) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    before = digest(db_path)
    assert crypto.needs_passphrase(db_path)
    with pytest.raises(crypto.PassphraseRequiredError, match="is encrypted: give its passphrase"):
        Store.open(db_path)
    with pytest.raises(crypto.PassphraseRequiredError):
        Store.open(db_path, exclusive=False)
    assert digest(db_path) == before


def test_plain_and_new_files_need_no_passphrase(tmp_path: Path) -> None:
    assert not crypto.needs_passphrase(tmp_path / "missing.db")
    plain = plain_db(tmp_path / "plain.db", "Jef")
    assert not crypto.needs_passphrase(plain)
    # A passphrase given for an existing plain file does not encrypt it behind your back.
    with Store.open(plain, passphrase=PASSPHRASE) as store:
        assert database_key(store.db) is None and names_in(store) == ["Jef"]
    assert not crypto.sidecar_path(plain).exists()


def test_a_file_without_header_or_salt_is_damaged_not_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(os.urandom(8192))
    assert not crypto.needs_passphrase(path)
    with pytest.raises(DamagedDatabaseError):
        Store.open(path)


def test_a_new_passphrase_must_be_long_enough(db_path: Path) -> None:
    with pytest.raises(crypto.ValidationError, match="at least 8 characters"):
        Store.open(db_path, passphrase="kort")
    assert not crypto.sidecar_path(db_path).exists()


def test_open_with_the_key_instead_of_the_passphrase(db_path: Path) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    key = crypto.key_for(db_path, PASSPHRASE)
    with Store.open(db_path, key=key) as store:
        assert isinstance(store.db, EncryptedDatabase) and database_key(store.db) == key
        assert names_in(store) == [UNIQUE_NAME]
    with pytest.raises(crypto.WrongPassphraseError):
        Store.open(db_path, key=bytes(32))


def test_a_tampered_salt_file_is_refused_before_any_work(db_path: Path) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    sidecar = crypto.sidecar_path(db_path)
    data = json.loads(sidecar.read_text("utf-8"))
    data["kdf"]["memory_kib"] = 2**40
    sidecar.write_text(json.dumps(data), "utf-8")
    with pytest.raises(crypto.StoreError, match="unusable key derivation parameters"):
        Store.open(db_path, passphrase=PASSPHRASE)


def test_the_sqlite_utils_calls_the_store_makes_work_on_sqlcipher(db_path: Path) -> None:
    """sqlcipher3's errors are not sqlite3's: check each sqlite-utils call the store uses."""
    encrypted_db(db_path)
    db = connect(db_path, passphrase=PASSPHRASE)
    try:
        assert isinstance(db, EncryptedDatabase)
        table = db.table("setting")
        table.insert({"key": "a", "value": "1"})
        table.insert_all([{"key": f"k{i}", "value": str(i)} for i in range(300)])
        table.upsert({"key": "a", "value": "2"}, pk="key")
        with db.atomic():
            db.execute("INSERT INTO setting (key, value) VALUES ('outer', '')")
            with pytest.raises(RuntimeError), db.atomic():
                db.execute("INSERT INTO setting (key, value) VALUES ('inner', '')")
                raise RuntimeError
        with pytest.raises(connections.sqlcipher().OperationalError), db.atomic():
            db.executescript(
                "INSERT INTO setting (key, value) VALUES ('script', '');"
                "INSERT INTO nope VALUES (1);"
            )
        keys = {row[0] for row in db.execute("SELECT key FROM setting")}
        assert {"a", "k0", "k299", "outer"} <= keys
        assert "inner" not in keys and "script" not in keys
        assert db.execute("SELECT value FROM setting WHERE key = 'a'").fetchone()[0] == "2"
        # The snag itself: sqlite-utils catches sqlite3.OperationalError only. When this
        # starts passing, sqlite-utils handles sqlcipher3 and EncryptedDatabase's note can go.
        with pytest.raises(connections.sqlcipher().OperationalError):
            db.table("no_such_table").drop(ignore=True)
    finally:
        db.close()


def test_the_store_uses_none_of_the_sqlite_utils_calls_that_break_on_sqlcipher() -> None:
    """drop(ignore=True), alter=True and INSERT ... RETURNING through query() rely on
    sqlite-utils catching sqlite3.OperationalError, which SQLCipher's errors are not."""
    found: list[str] = []
    for path in sorted(Path(crypto.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            options = {k.arg: k.value for k in node.keywords}
            if (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "drop"
                and "ignore" in options
            ):
                found.append(f"{path.name}:{node.lineno} drop(ignore=...)")
            alter = options.get("alter")
            if isinstance(alter, ast.Constant) and alter.value is True:
                found.append(f"{path.name}:{node.lineno} alter=True")
            for argument in node.args:
                for text in ast.walk(argument):
                    if isinstance(text, ast.Constant) and "RETURNING" in str(text.value).upper():
                        found.append(f"{path.name}:{node.lineno} RETURNING")
    assert found == []


# Conversions ---------------------------------------------------------------------------------


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    decks = load_library([shipped_decks_dir()]).decks.values()
    with Store.open(db_path) as store:
        build_demo(store.db, decks, 12, seed=3, today=TODAY)
        store.employees.add(EmployeeDraft(name=UNIQUE_NAME))
    return db_path


def content_fingerprint(conn: Any) -> str:
    """A digest of the schema and every row, in a canonical order: equal for the same data."""
    digest = hashlib.sha256()
    digest.update(f"user_version={conn.execute('PRAGMA user_version').fetchone()[0]}\n".encode())
    schema = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    digest.update(repr(schema).encode())
    for kind, table, _, _ in schema:
        if kind != "table":
            continue
        quoted = '"' + table.replace('"', '""') + '"'
        width = len(conn.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
        order = ", ".join(str(column) for column in range(1, width + 1))
        digest.update(f"table {table}\n".encode())
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
            digest.update(repr(row).encode())
            digest.update(b"\n")
    return digest.hexdigest()


def plain_fingerprint(path: Path) -> str:
    with closing(sqlite_utils.Database(path).conn) as conn:
        return content_fingerprint(conn)


def test_encrypt_then_decrypt_keeps_every_row(demo_db: Path) -> None:
    before = plain_fingerprint(demo_db)
    conversion.encrypt_database(demo_db, PASSPHRASE)
    assert crypto.is_encrypted(demo_db)
    assert UNIQUE_NAME.encode() not in raw_bytes(demo_db)
    with Store.open(demo_db, passphrase=PASSPHRASE) as store:
        assert content_fingerprint(store.db.conn) == before
        assert store.check() == []
        assert store.employees.count() == 13
    conversion.decrypt_database(demo_db, PASSPHRASE)
    assert not crypto.is_encrypted(demo_db)
    assert not crypto.sidecar_path(demo_db).exists()
    assert plain_fingerprint(demo_db) == before
    assert UNIQUE_NAME.encode() in raw_bytes(demo_db)
    leftovers = {p.name for p in demo_db.parent.iterdir()} - {demo_db.name, f"{demo_db.name}.lock"}
    assert leftovers == set()


def test_change_passphrase_refuses_the_old_one_afterwards(demo_db: Path) -> None:
    before = plain_fingerprint(demo_db)
    conversion.encrypt_database(demo_db, PASSPHRASE)
    salt = crypto.read_key_salt(demo_db)
    with pytest.raises(crypto.WrongPassphraseError):
        conversion.change_passphrase(demo_db, OTHER, "nog een ander zinnetje")
    conversion.change_passphrase(demo_db, PASSPHRASE, OTHER)
    with pytest.raises(crypto.WrongPassphraseError):
        Store.open(demo_db, passphrase=PASSPHRASE)
    with Store.open(demo_db, passphrase=OTHER) as store:
        assert content_fingerprint(store.db.conn) == before
    # One rename, so no moment with a database and a salt that do not belong together:
    # the salt stays; only the key's fingerprint beside it follows the new key.
    after = crypto.read_key_salt(demo_db)
    assert (after.salt, after.kdf) == (salt.salt, salt.kdf) and after.key_id != salt.key_id
    with pytest.raises(crypto.ValidationError, match="same as the current"):
        conversion.change_passphrase(demo_db, OTHER, OTHER)


@pytest.mark.parametrize("direction", ["encrypt", "decrypt", "change-passphrase"])
def test_a_conversion_that_runs_out_of_disk_leaves_the_original_untouched(
    demo_db: Path, small_disk: Callable[[int], Path], direction: str
) -> None:
    """A real failure halfway: the disk fills up while the converted copy is written."""
    if direction != "encrypt":
        conversion.encrypt_database(demo_db, PASSPHRASE)
    size = demo_db.stat().st_size
    disk = small_disk(size // 1024 + 64)  # room for the database, not for a second copy
    db = disk / demo_db.name
    for source in demo_db.parent.glob(demo_db.name + "*"):
        if not source.name.endswith(".lock"):
            shutil.copyfile(source, disk / source.name)
    before = content(db, direction != "encrypt")
    convert = {
        "encrypt": lambda: conversion.encrypt_database(db, PASSPHRASE),
        "decrypt": lambda: conversion.decrypt_database(db, PASSPHRASE),
        "change-passphrase": lambda: conversion.change_passphrase(db, PASSPHRASE, OTHER),
    }[direction]
    with pytest.raises(conversion.ConversionError, match="was not changed") as refused:
        convert()
    assert "full" in str(refused.value)
    assert not [p.name for p in disk.iterdir() if ".tmp" in p.name]  # no copy left behind
    assert content(db, direction != "encrypt") == before
    assert crypto.is_encrypted(db) == (direction != "encrypt")


def content(path: Path, encrypted: bool) -> str:
    with Store.open(path, passphrase=PASSPHRASE if encrypted else None) as store:
        assert UNIQUE_NAME in names_in(store)
        return content_fingerprint(store.db.conn)


def test_no_conversion_while_the_database_is_open(demo_db: Path) -> None:
    before = digest(demo_db)
    with Store.open(demo_db), pytest.raises(DatabaseInUseError):
        conversion.encrypt_database(demo_db, PASSPHRASE)
    assert not crypto.is_encrypted(demo_db) and digest(demo_db) == before
    assert not crypto.sidecar_path(demo_db).exists()


def test_the_verify_step_catches_a_copy_with_missing_rows(tmp_path: Path) -> None:
    copy = plain_db(tmp_path / "copy.db", "Jef", "Lieve")
    with Store.open(copy) as store:
        version = store.schema_version
    expected = conversion.Snapshot(version, {"employee": 3})
    problems = conversion.verify_converted(copy, None, expected)
    assert any("row counts differ in" in problem for problem in problems)
    assert conversion.verify_converted(copy, bytes(32), expected) == ["the copy is not encrypted"]


# Backups -------------------------------------------------------------------------------------


def test_backups_of_an_encrypted_database_stay_encrypted_and_restore(tmp_path: Path) -> None:
    db, folder = tmp_path / "leercoach.db", tmp_path / "backups"
    with Store.open(db, passphrase=PASSPHRASE) as store:
        store.db.execute("PRAGMA wal_autocheckpoint = 0")
        store.employees.add(EmployeeDraft(name=UNIQUE_NAME))  # only in the -wal so far
        made = make_backup(store, folder, NOW)
    assert crypto.is_encrypted(made.path)
    assert UNIQUE_NAME.encode() not in made.path.read_bytes()
    assert crypto.read_key_salt(made.path).salt == crypto.read_key_salt(db).salt
    assert crypto.read_key_salt(made.path).key_id == Access.unlock(db, PASSPHRASE).key_id
    with pytest.raises(crypto.PassphraseRequiredError):
        make_backup(db, folder, NOW)
    from_path = make_backup(Access.unlock(db, PASSPHRASE), folder, NOW)
    assert crypto.is_encrypted(from_path.path)
    assert check_backup(made.path) == [
        f"{made.path} is encrypted; its passphrase is needed to check or restore it"
    ]
    assert check_backup(Access.unlock(made.path, PASSPHRASE)) == []

    elsewhere = tmp_path / "new-laptop" / "leercoach.db"
    with pytest.raises(crypto.PassphraseRequiredError):
        restore_backup(made.path, elsewhere, NOW)
    with pytest.raises(crypto.WrongPassphraseError):
        restore_backup(made.path, elsewhere, NOW, passphrase=OTHER)
    assert not elsewhere.exists()
    assert restore_backup(made.path, elsewhere, NOW, passphrase=PASSPHRASE) is None
    assert crypto.is_encrypted(elsewhere)
    with Store.open(elsewhere, passphrase=PASSPHRASE) as store:
        assert names_in(store) == [UNIQUE_NAME]

    # Thinning takes a backup's salt with it.
    assert thin_backups(folder, datetime(2030, 1, 1), daily=0, weekly=0, monthly=0)
    assert sorted(p.name for p in folder.iterdir()) == [
        from_path.path.name,
        from_path.path.name + ".salt",
    ]


def test_restoring_an_encrypted_backup_over_a_plain_database(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    source = encrypted_db(tmp_path / "source.db", UNIQUE_NAME)
    made = make_backup(Access.unlock(source, PASSPHRASE), folder, NOW)
    target = plain_db(tmp_path / "leercoach.db", "Jef")
    replaced = restore_backup(made.path, target, NOW, passphrase=PASSPHRASE)
    assert replaced is not None and not crypto.is_encrypted(replaced)
    assert not crypto.sidecar_path(replaced).exists()
    with Store.open(target, passphrase=PASSPHRASE) as store:
        assert names_in(store) == [UNIQUE_NAME]
    # ...and a plain backup over the encrypted result: its salt goes aside with it.
    plain_backup = make_backup(replaced, folder, NOW)
    aside = restore_backup(plain_backup.path, target, NOW)
    assert aside is not None and crypto.is_encrypted(aside)
    assert not crypto.is_encrypted(target) and not crypto.sidecar_path(target).exists()
    with Store.open(target) as store:
        assert names_in(store) == ["Jef"]


def test_the_first_backup_after_encrypting_is_made_encrypted(tmp_path: Path) -> None:
    from leercoach.trust.backup import backup_if_changed

    db, folder = plain_db(tmp_path / "leercoach.db", "Jef"), tmp_path / "backups"
    with Store.open(db) as store:
        plain = backup_if_changed(store, folder, NOW)
    assert plain is not None and not crypto.is_encrypted(plain.path)
    conversion.encrypt_database(db, PASSPHRASE)
    with Store.open(db, passphrase=PASSPHRASE) as store:
        # Same rows, but the newest backup is readable by anyone: not good enough.
        encrypted = backup_if_changed(store, folder, datetime(2026, 11, 12, 18, 0))
        assert encrypted is not None and crypto.is_encrypted(encrypted.path)
        assert backup_if_changed(store, folder, datetime(2026, 11, 12, 19, 0)) is None


# The OS keyring ------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    yield backend


def test_without_a_keyring_remember_is_quietly_ignored(db_path: Path) -> None:
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    encrypted_db(db_path, UNIQUE_NAME)
    with Store.open(db_path, passphrase=PASSPHRASE, remember=True) as store:
        assert names_in(store) == [UNIQUE_NAME]
    with pytest.raises(crypto.PassphraseRequiredError):
        Store.open(db_path, remember=True)
    assert remembered.remembered_key(db_path) is None
    remembered.forget_key(db_path)


def test_without_the_keyring_package_remember_is_quietly_ignored(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring now fails
    with Store.open(db_path, passphrase=PASSPHRASE, remember=True) as store:
        assert names_in(store) == [UNIQUE_NAME]
    assert not remembered.remember_key(db_path, bytes(32))


def test_a_locked_keyring_is_quietly_ignored(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    monkeypatch.setattr(keyring.core, "_keyring_backend", LockedKeyring())
    with Store.open(db_path, passphrase=PASSPHRASE, remember=True):
        pass
    with pytest.raises(crypto.PassphraseRequiredError):
        Store.open(db_path, remember=True)


def test_the_keyring_remembers_the_key_only_when_asked(
    db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    encrypted_db(db_path, UNIQUE_NAME)
    assert memory_keyring.saved == {}  # not asked: nothing kept
    with Store.open(db_path, passphrase=PASSPHRASE, remember=True):
        pass
    ((service, user), value) = next(iter(memory_keyring.saved.items()))
    assert service == "leercoach" and user == str(db_path.resolve())
    assert PASSPHRASE not in value and bytes.fromhex(value) == crypto.key_for(db_path, PASSPHRASE)
    with pytest.raises(crypto.PassphraseRequiredError):
        Store.open(db_path)  # remember=False never looks in the keyring
    with Store.open(db_path, remember=True) as store:
        assert names_in(store) == [UNIQUE_NAME]
    conversion.change_passphrase(db_path, PASSPHRASE, OTHER)
    with pytest.raises(crypto.PassphraseRequiredError, match="no longer fits"):
        Store.open(db_path, remember=True)
    assert memory_keyring.saved == {}


# Crash messages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message", "kind"),
    [
        ("OperationalError", "database or disk is full", CrashKind.DISK_FULL),
        ("OperationalError", "disk I/O error", CrashKind.IO_ERROR),
        ("DatabaseError", "database disk image is malformed", CrashKind.DAMAGED_DATABASE),
        ("OperationalError", "attempt to write a readonly database", CrashKind.READ_ONLY),
        ("OperationalError", "database is locked", CrashKind.LOCKED),
        ("IntegrityError", "UNIQUE constraint failed", CrashKind.BUG),
    ],
)
def test_crash_classify_knows_sqlciphers_errors(name: str, message: str, kind: CrashKind) -> None:
    error = getattr(connections.sqlcipher(), name)(message)
    assert not isinstance(error, sqlite3.Error)  # why classify needs to know them
    assert classify(error) is kind
    try:
        raise RuntimeError("saving failed") from error
    except RuntimeError as wrapped:
        assert classify(wrapped) is kind


def test_plain_use_loads_no_encryption_libraries(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import leercoach.crash, leercoach.cli\n"
        "from leercoach.store import Store\n"
        f"with Store.open(Path({str(tmp_path / 'plain.db')!r})) as store:\n"
        "    store.employees.count()\n"
        "print(sorted(m for m in ('sqlcipher3', 'argon2', 'keyring') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# The command line ----------------------------------------------------------------------------


def run(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("LEERCOACH_")}
    base["LEERCOACH_DATA_DIR"] = str(db.parent / "data")
    return subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**base, **env},
        stdin=subprocess.DEVNULL,  # no terminal: nothing may wait for a typed passphrase
        timeout=60,
    )


def test_cli_encrypt_then_use_with_the_passphrase(tmp_path: Path) -> None:
    db = plain_db(tmp_path / "leercoach.db", UNIQUE_NAME)
    short = run(db, "encrypt", LEERCOACH_PASSPHRASE="kort")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    no_terminal = run(db, "encrypt")
    assert no_terminal.returncode == 2 and "LEERCOACH_NEW_PASSPHRASE" in no_terminal.stderr
    encrypted = run(db, "encrypt", LEERCOACH_PASSPHRASE=PASSPHRASE)
    assert encrypted.returncode == 0, encrypted.stderr
    assert "password manager" in encrypted.stdout
    assert crypto.is_encrypted(db) and UNIQUE_NAME.encode() not in raw_bytes(db)
    # The command line derives with the production parameters, not the tests' cheap ones.
    assert crypto.read_key_salt(db).kdf == crypto.KdfParams()
    listed = run(db, "employees", "list", LEERCOACH_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert UNIQUE_NAME in listed.stdout
    again = run(db, "encrypt", LEERCOACH_PASSPHRASE=PASSPHRASE)
    assert again.returncode == 2 and "already encrypted" in again.stderr


@pytest.mark.parametrize("blank", [" " * 12, "\t\t\t\t\t\t\t\t", "\n \n \n \n \n", "\u3000" * 9])
def test_cli_encrypt_refuses_a_passphrase_of_only_spaces(tmp_path: Path, blank: str) -> None:
    db = plain_db(tmp_path / "leercoach.db", UNIQUE_NAME)
    before = raw_bytes(db)
    result = run(db, "encrypt", LEERCOACH_NEW_PASSPHRASE=blank)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "only spaces" in result.stderr
    assert "Traceback" not in result.stderr
    assert not crypto.is_encrypted(db) and not crypto.sidecar_path(db).exists()
    assert raw_bytes(db) == before


def test_cli_commands_on_an_encrypted_database(tmp_path: Path) -> None:
    db = encrypted_db(tmp_path / "leercoach.db", UNIQUE_NAME)
    missing = run(db, "employees", "list")
    assert missing.returncode == 2
    assert "is encrypted: give its passphrase" in missing.stderr
    assert "LEERCOACH_PASSPHRASE" in missing.stderr
    wrong = run(db, "check", LEERCOACH_PASSPHRASE=OTHER)
    assert wrong.returncode == 2 and "passphrase does not open" in wrong.stderr
    for result in (missing, wrong):
        assert "Traceback" not in result.stderr and "hmac" not in result.stderr
    for command in (
        ["employees", "add", "--name", "Jef Peeters"],
        ["demo", "--employees", "2"],
        ["check"],
        ["employees", "list", "--json"],
    ):
        done = run(db, *command, LEERCOACH_PASSPHRASE=PASSPHRASE)
        assert done.returncode == 0, (command, done.stderr)
    people = json.loads(done.stdout)
    assert {UNIQUE_NAME, "Jef Peeters"} <= {p["name"] for p in people} and len(people) == 4
    assert b"Jef Peeters" not in raw_bytes(db)

    changed = run(
        db, "change-passphrase", LEERCOACH_PASSPHRASE=PASSPHRASE, LEERCOACH_NEW_PASSPHRASE=OTHER
    )
    assert changed.returncode == 0, changed.stderr
    assert run(db, "check", LEERCOACH_PASSPHRASE=PASSPHRASE).returncode == 2
    assert run(db, "check", LEERCOACH_PASSPHRASE=OTHER).returncode == 0
    no_new = run(db, "change-passphrase", LEERCOACH_PASSPHRASE=OTHER)
    assert no_new.returncode == 2 and "LEERCOACH_NEW_PASSPHRASE" in no_new.stderr

    wrong_decrypt = run(db, "decrypt", LEERCOACH_PASSPHRASE=PASSPHRASE)
    assert wrong_decrypt.returncode == 2 and crypto.is_encrypted(db)
    decrypted = run(db, "decrypt", LEERCOACH_PASSPHRASE=OTHER)
    assert decrypted.returncode == 0, decrypted.stderr
    assert not crypto.is_encrypted(db) and UNIQUE_NAME.encode() in raw_bytes(db)
    plain = run(db, "employees", "list")
    assert plain.returncode == 0 and UNIQUE_NAME in plain.stdout
    not_encrypted = run(db, "decrypt", LEERCOACH_PASSPHRASE=OTHER)
    assert not_encrypted.returncode == 2 and "is not encrypted" in not_encrypted.stderr


def test_cli_encrypt_warns_about_plain_backups(tmp_path: Path) -> None:
    db = plain_db(tmp_path / "leercoach.db", UNIQUE_NAME)
    assert run(db, "backup").returncode == 0
    result = run(db, "encrypt", LEERCOACH_NEW_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "1 backup made before is NOT encrypted" in result.stdout


def test_cli_backup_of_an_encrypted_database_stays_encrypted(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from leercoach.domain import EmployeeDraft
    from leercoach.store import Store
    from leercoach.trust.conversion import encrypt_database

    db = tmp_path / "geheim.db"
    with Store.open(db) as store:
        store.employees.add(EmployeeDraft(name="Vertrouwelijk Persoon"))
    encrypt_database(db, "lange zin als wachtwoord")
    env = {**os.environ, "LEERCOACH_PASSPHRASE": "lange zin als wachtwoord"}
    folder = tmp_path / "bk"
    made = subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), "backup", "--to", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    (copy,) = folder.glob("leercoach-*.db")
    raw = copy.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Vertrouwelijk" not in raw


def test_erasure_reaches_encrypted_backups(tmp_path: Path) -> None:
    from leercoach.domain import EmployeeDraft
    from leercoach.store import Store
    from leercoach.trust.backup import list_backups, make_backup
    from leercoach.trust.conversion import encrypt_database
    from leercoach.trust.erasure import erase_person

    db, folder = tmp_path / "geheim.db", tmp_path / "bk"
    with Store.open(db) as store:
        gone = store.employees.add(EmployeeDraft(name="Te Wissen"))
        store.employees.add(EmployeeDraft(name="Blijft Staan"))
    encrypt_database(db, "een lange wachtwoordzin")
    with Store.open(db, passphrase="een lange wachtwoordzin") as store:
        make_backup(store, folder)
        report = erase_person(store, gone.id, folder, include_backups=True)
        access = store.access
    (backup,) = list_backups(folder)
    assert [copy.path for copy in report.changed] == [backup.path] and report.complete
    conn = access.for_copy(backup.path).connect()
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM employee")]
    finally:
        conn.close()
    assert names == ["Blijft Staan"]
