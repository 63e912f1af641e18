"""Encrypting (or re-keying) while another program has the file open loses nothing.

The conversion writes a new file and renames it into place; a program that still had
the old file open would go on writing to that one, out of sight. So it is refused, as
a restore is, and the other program's later writes land in the real database.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from leercoach.cli import main
from leercoach.domain import EmployeeDraft
from leercoach.store import Store, crypto
from leercoach.trust.conversion import FileInUseError, change_passphrase, encrypt_database
from tests.conftest import TEST_KDF
from tests.other_program import other_program

PASSPHRASE = "Zeven zwanen zwemmen zuidwaarts"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF", TEST_KDF)


def names(path: Path, passphrase: str | None = None) -> list[str]:
    with Store.open(path, passphrase=passphrase) as store:
        return sorted(person.name for person in store.employees.find())


def test_encrypt_refuses_while_another_program_holds_the_file(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Jef Claes"))
    with other_program(db_path) as other:
        before = hashlib.sha256(db_path.read_bytes()).hexdigest()
        monkeypatch.setenv("LEERCOACH_NEW_PASSPHRASE", PASSPHRASE)
        code = main(["--db", str(db_path), "encrypt"])
        err = capsys.readouterr().err
        assert code == 1
        assert "in use by another program" in err and "Nothing was changed" in err
        assert len(err.strip().splitlines()) == 1
        assert not crypto.is_encrypted(db_path)
        # The other program goes on working, and its write is not lost.
        other.send("write Lieve Peeters")
    assert names(db_path) == ["Jef Claes", "Lieve Peeters"]
    assert before  # the file itself was only read


def test_change_passphrase_refuses_while_another_program_holds_the_file(db_path: Path) -> None:
    with Store.open(db_path, passphrase=PASSPHRASE) as store:
        store.employees.add(EmployeeDraft(name="Jef Claes"))
        key = store.access.key
    with other_program(db_path, key) as other:
        with pytest.raises(FileInUseError):
            change_passphrase(db_path, PASSPHRASE, "een heel andere zin")
        other.send("write Lieve Peeters")
    assert names(db_path, PASSPHRASE) == ["Jef Claes", "Lieve Peeters"]


def test_encrypt_works_once_the_other_program_closed(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Jef Claes"))
    with other_program(db_path) as other:
        other.send("write Lieve Peeters")
    encrypt_database(db_path, PASSPHRASE)
    assert names(db_path, PASSPHRASE) == ["Jef Claes", "Lieve Peeters"]
