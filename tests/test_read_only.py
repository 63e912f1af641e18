"""Read-only means read-only: commands that only read create nothing and change nothing.

``check`` opens the file with SQLite's mode=ro (through the store, so encrypted files
work too): no migration, no lock file, no journal mode set, not a byte changed. The
other readers may bring an older schema up to date, and write nothing else.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from leercoach.domain import EmployeeDraft
from leercoach.store import Store, StoreError, crypto
from leercoach.store.migrations import load_migrations
from leercoach.trust.backup import make_backup
from tests.conftest import Cli

LATEST = len(load_migrations())


def files_in(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the sha256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def journal_mode(path: Path) -> str:
    """What the file's header says (bytes 18 and 19): 1 rollback journal, 2 WAL."""
    return {b"\x01\x01": "delete", b"\x02\x02": "wal"}[path.read_bytes()[18:20]]


def people(path: Path, *names: str, **open_with: object) -> Path:
    with Store.open(path, **open_with) as store:  # type: ignore[arg-type]
        for name in names:
            store.employees.add(EmployeeDraft(name=name))
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["employees", "list"],
        ["employees", "show", "abcd"],
        ["check"],
        ["export", "employee", "abcd", "--out", "{tmp}/jef.json"],
        ["export", "pdf", "--all", "--period", "2026", "--out", "{tmp}/pdf"],
    ],
    ids=lambda command: "-".join(w for w in command[:2] if not w.startswith("-")),
)
def test_a_mistyped_db_path_creates_no_database(
    cli: Cli, tmp_path: Path, command: list[str]
) -> None:
    typo = tmp_path / "leercoahc.db"
    code, out, err = cli("--db", typo, *(part.format(tmp=tmp_path) for part in command))
    assert (code, out) == (1, "")
    assert err == f"leercoach: there is no database at {typo}\n"
    assert list(tmp_path.iterdir()) == []


def test_reading_the_default_database_creates_no_folder_and_no_file(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "nieuw"
    monkeypatch.setenv("LEERCOACH_DATA_DIR", str(data))
    code, _, err = cli("employees", "list")
    assert code == 1 and err == f"leercoach: there is no database at {data / 'leercoach.db'}\n"
    code, _, _ = cli("decks", "list")
    assert code == 0
    assert not data.exists()


def test_an_empty_file_is_no_database_to_a_reader(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.db"
    empty.touch()
    with pytest.raises(StoreError, match=r"there is no database at .* \(the file is empty\)"):
        Store.open(empty, read_only=True)
    assert empty.read_bytes() == b""


def test_check_changes_not_a_byte_of_a_live_database(cli: Cli, db_path: Path) -> None:
    people(db_path, "Jef Peeters", "Lieve Maes")
    Path(f"{db_path}.lock").unlink()  # the writer's, left behind as filelock does
    before = files_in(db_path.parent)
    assert journal_mode(db_path) == "wal"
    code, out, _ = cli("--db", db_path, "check")
    assert code == 0 and out == f"{db_path}: ok (schema version {LATEST})\n"
    after = files_in(db_path.parent)
    # SQLite itself leaves a reader's empty -wal and its -shm beside a WAL file.
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before
    assert Path(f"{db_path}-wal").stat().st_size == 0
    assert not Path(f"{db_path}.lock").exists()


def test_check_leaves_a_backup_exactly_as_it_was(cli: Cli, tmp_path: Path) -> None:
    backup = make_backup(people(tmp_path / "leercoach.db", "Jef"), tmp_path / "backups").path
    before = files_in(backup.parent)
    assert journal_mode(backup) == "delete"
    code, out, _ = cli("--db", backup, "check")
    assert code == 0 and out.endswith(f"ok (schema version {LATEST})\n")
    assert files_in(backup.parent) == before  # no lock, no -wal, still a rollback journal


def test_check_leaves_a_damaged_copy_as_it_was(cli: Cli, tmp_path: Path) -> None:
    damaged = people(tmp_path / "kapot.db", *(f"Medewerker {n} {'x' * 400}" for n in range(60)))
    with damaged.open("r+b") as file:  # a page in the middle, as a bad sector would
        file.seek((damaged.stat().st_size // 4096 // 2) * 4096)
        file.write(b"\xab" * 4096)
    before = files_in(tmp_path)
    code, _, err = cli("--db", damaged, "check")
    assert code == 1 and err.startswith(f"leercoach: {damaged} is damaged")
    after = files_in(tmp_path)
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before


def test_check_does_not_upgrade_an_older_file(cli: Cli, db_path: Path) -> None:
    people(db_path, migrations=load_migrations()[:3])
    Path(f"{db_path}.lock").unlink()
    before = files_in(db_path.parent)
    code, out, _ = cli("--db", db_path, "check")
    assert code == 0 and out == f"{db_path}: ok (schema version 3)\n"
    after = files_in(db_path.parent)
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before


def test_check_reads_an_encrypted_file_read_only(
    cli: Cli, db_path: Path, encrypted_key: bytes
) -> None:
    people(db_path, "Jef Peeters", key=encrypted_key)
    Path(f"{db_path}.lock").unlink()
    assert crypto.is_encrypted(db_path)
    before = files_in(db_path.parent)
    code, out, err = cli("--db", db_path, "check")
    assert (code, err) == (0, "") and out.endswith(f"ok (schema version {LATEST})\n")
    after = files_in(db_path.parent)
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before


def test_other_readers_bring_an_old_schema_up_to_date_and_write_nothing_else(
    cli: Cli, db_path: Path
) -> None:
    people(db_path, migrations=load_migrations()[:3])
    Path(f"{db_path}.lock").unlink()
    code, out, err = cli("--db", db_path, "employees", "list")
    assert (code, out, err) == (0, "", "")
    with sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert not Path(f"{db_path}.lock").exists()


def test_export_pdf_reads_while_the_app_has_the_file_open(cli: Cli, db_path: Path) -> None:
    people(db_path, "Jef Peeters")
    with Store.open(db_path):  # the app, holding the writer's lock
        code, out, err = cli(
            "--db",
            db_path,
            "export",
            "pdf",
            "--all",
            "--period",
            "2026",
            "--out",
            db_path.parent / "pdf",
        )
    assert (code, err) == (0, ""), err
    assert "1 of 1 employees exported" in out


def test_a_read_only_store_and_its_siblings_write_nothing(tmp_path: Path) -> None:
    backup = make_backup(people(tmp_path / "leercoach.db", "Jef"), tmp_path / "backups").path
    before = files_in(backup.parent)
    with Store.open(backup, read_only=True) as store:
        assert [p.name for p in store.employees.find()] == ["Jef"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.employees.add(EmployeeDraft(name="Lieve"))
        with store.sibling() as sibling:
            assert sibling.read_only
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                sibling.set_setting("manager_name", "Lieve")
    assert files_in(backup.parent) == before
