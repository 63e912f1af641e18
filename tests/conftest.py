from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from leercoach import language
from leercoach.decks import parse_deck_text
from leercoach.domain import Deck
from leercoach.store import Store, crypto

SMALL_DECK = """
slug = "mini"
version = 1
title = "Mini-gesprek"
kind = "check-in"
language = "nl"
description = "Een korte test."
duration_minutes = 10
source = "002 §8.2"

[[cards]]
id = "geleerd"
question = "Wat heb je geleerd?"
theme = "leren-in-de-praktijk"
follow_ups = ["Wat maakt dat je dat nu probeerde?"]

[[cards]]
id = "energie"
question = "Hoeveel energie geeft je werk je?"
theme = "welzijn"
answer = { type = "scale", labels = ["heel weinig", "weinig", "gaat wel", "veel", "heel veel"] }

[[cards]]
id = "hulp"
question = "Heb je iets van mij nodig?"
theme = "ondersteuning"
answer = "yesno"
"""


class SteppingClock:
    """A clock that moves one minute per reading, so ordering by time is deterministic."""

    def __init__(self, start: datetime) -> None:
        self.current = start
        self._ticks = itertools.count()

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the real user data dir: logs, user decks and the default db go here."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("LEERCOACH_DATA_DIR", str(folder))
    monkeypatch.delenv("LEERCOACH_DB", raising=False)
    return folder


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(datetime(2026, 3, 2, 9, 0))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leercoach.db"


# Cheap argon2id parameters for tests only: the store suite opens hundreds of encrypted
# databases, and the production parameters cost about 0.4 s each.
TEST_KDF = crypto.KdfParams(time_cost=1, memory_kib=8, parallelism=1)
TEST_PASSPHRASE = "test passphrase, not a real one"
# Tests that look for plaintext in the file's bytes: meaningless on an encrypted file
# (tests/test_encryption.py checks that the plaintext is absent there). New tests say so
# with @pytest.mark.plain_only; these existing ones are marked here by name.
PLAIN_ONLY_TESTS = frozenset(
    {
        "test_erasure_removes_the_words_from_the_file_itself",
        "test_a_plain_delete_would_leave_the_words_on_disk",
        "test_erased_person_is_gone_from_index_and_file",
    }
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "plain_only: the store fixture runs only on a plain (unencrypted) database"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if getattr(item, "originalname", item.name) in PLAIN_ONLY_TESTS:
            item.add_marker(pytest.mark.plain_only)


@pytest.fixture(scope="session")
def test_key_salt() -> tuple[crypto.KeySalt, bytes]:
    """One salt and key for the whole session: derived once, written beside each test db."""
    key_salt = crypto.KeySalt(bytes(range(crypto.SALT_BYTES)), TEST_KDF)
    return key_salt, crypto.derive_key(TEST_PASSPHRASE, key_salt)


@pytest.fixture(params=["plain", "encrypted"], ids=["plain", "encrypted"])
def store(
    request: pytest.FixtureRequest,
    db_path: Path,
    clock: SteppingClock,
    test_key_salt: tuple[crypto.KeySalt, bytes],
) -> Iterator[Store]:
    """Every test of the store runs on a plain and on an encrypted (SQLCipher) database."""
    if request.param == "plain":
        with Store.open(db_path, clock=clock) as opened:
            yield opened
        return
    if request.node.get_closest_marker("plain_only"):
        pytest.skip("looks for plaintext in the file's bytes")
    key_salt, key = test_key_salt
    crypto.write_key_salt(db_path, key_salt)
    # No patching of Store.open: a test that needs a second connection to this file asks
    # the store for one (store.sibling(), store.access), exactly as the app's code must.
    with Store.open(db_path, clock=clock, key=key) as opened:
        assert crypto.is_encrypted(db_path)
        yield opened


# ``leercoach ARGS`` run in this process: (exit code, stdout, stderr).
Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The real command line in this process, its output captured."""
    from leercoach.cli import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own

    def run(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def encrypted_key(
    db_path: Path, test_key_salt: tuple[crypto.KeySalt, bytes], monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """``db_path`` is to be an encrypted database: its salt is written, the command line
    gets its passphrase; the key to create it with (``Store.open(db_path, key=...)``)."""
    key_salt, key = test_key_salt
    crypto.write_key_salt(db_path, key_salt)
    monkeypatch.setenv("LEERCOACH_PASSPHRASE", TEST_PASSPHRASE)
    return key


@pytest.fixture
def mini_deck() -> Deck:
    return parse_deck_text(SMALL_DECK, "mini.toml")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """A real, small file system (tmpfs) that fills up: for disk-full tests.

    Mounting needs root (CI runs as root); elsewhere the test is skipped, with the reason.
    """
    mounted: list[Path] = []

    def make(size_kib: int) -> Path:
        if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("a small disk needs root to mount a tmpfs")
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        options = f"size={size_kib:d}k,mode=0700"
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], Path]]:
    """Make a file or a folder read-only for real, until the test ends.

    As root (who writes whatever chmod forbids; CI runs as root) a read-only bind mount
    of it, unmounted at teardown; as anyone else chmod, put back at teardown.
    """
    mounted: list[Path] = []
    changed: list[tuple[Path, int]] = []

    def make(path: Path) -> Path:
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            changed.append((path, path.stat().st_mode))
            path.chmod(0o500 if path.is_dir() else 0o400)
            return path
        if not shutil.which("mount"):
            pytest.skip("a read-only file for root needs mount")
        for options in (["--bind"], ["-o", "remount,bind,ro"]):
            done = subprocess.run(
                ["mount", *options, str(path), str(path)], capture_output=True, text=True
            )
            if done.returncode != 0:
                pytest.skip(f"cannot mount {path} read-only here: {done.stderr.strip()}")
            if options == ["--bind"]:
                mounted.append(path)
        return path

    yield make
    for path in reversed(mounted):
        subprocess.run(["umount", str(path)], check=False)
    for path, mode in reversed(changed):
        path.chmod(mode)


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tests read leercoach's English: the system locale is pinned to English (a
    test of the language rule sets its own), and a language a test chose is undone."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    spoken = language.current()
    yield
    language.use(spoken)
