"""After `erase employee ID --yes --backups` exits 0, no byte leercoach wrote holds the person.

And where a copy cannot be reached, the command names the file and exits 1; it never
says "erased" where that is not so. Each test below is a case of the issue "Trust, round
two" that failed before: a reader holding the WAL, the file a restore set aside, the
unfinished copies of a killed backup, a damaged copy, the log, and the backups the user
did not ask to erase.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from leercoach.paths import log_path, user_data_dir
from leercoach.store import Store
from leercoach.trust.backup import default_backups_dir, list_backups, make_backup
from leercoach.trust.copies import tidy_after_start, unfinished_copies
from leercoach.trust.erasure import (
    ReaderHoldsWalError,
    erase_people,
    erase_person,
    resume_pending,
)
from leercoach.trust.recovery import set_aside_damaged
from leercoach.trust.restore import restore_backup
from tests.erasure_helpers import NAME, add_person, cli, traces_in, traces_under
from tests.other_program import other_program

NOW = datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def person(db_path: Path) -> str:
    with Store.open(db_path) as store:
        return add_person(store)


def everything(db_path: Path) -> list[str]:
    """Traces in the data folder (backups, log, temps) and beside the database."""
    return traces_under(user_data_dir(), db_path.parent)


def test_the_fixture_person_is_really_in_the_bytes(db_path: Path, person: str) -> None:
    """So that the absence checks below can fail."""
    make_backup(db_path, default_backups_dir(), NOW)
    assert traces_in(db_path) and traces_in(list_backups(default_backups_dir())[0].path)


def test_erase_with_backups_leaves_no_trace_anywhere(db_path: Path, person: str) -> None:
    for day in range(3):
        make_backup(db_path, default_backups_dir(), NOW + timedelta(days=day))
    done = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert done.returncode == 0, done.stderr
    assert f"erased {NAME}" in done.stdout
    assert "`backup --to` are not changed" in done.stdout  # case 10
    assert everything(db_path) == []
    listed = cli("employees", "list", db=db_path)
    assert "Bram Maes" in listed.stdout and NAME not in listed.stdout


# Case 6: a reader holds the WAL ----------------------------------------------------------------


def test_a_reader_holding_the_wal_stops_the_erasure_before_anything_is_erased(
    db_path: Path, person: str
) -> None:
    with other_program(db_path) as reader:
        reader.send("read")
        refused = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
        assert refused.returncode == 1
        assert "cannot be emptied" in refused.stderr and "nothing was erased" in refused.stderr
        assert f"erased {NAME}" not in refused.stdout
        reader.send("end")
    listed = cli("employees", "list", db=db_path)
    assert NAME in listed.stdout  # nothing was erased
    done = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert done.returncode == 0, done.stderr
    assert everything(db_path) == []


def test_a_reader_that_comes_during_the_erasure_is_reported_and_the_rerun_finishes(
    db_path: Path, person: str
) -> None:
    """The reader starts after the rows are deleted, before the file is rewritten: the
    rewrite cannot be made final, which is said, and running it again finishes it."""
    with Store.open(db_path) as store, other_program(db_path) as reader:
        store.db.execute("PRAGMA busy_timeout = 200")

        def reader_arrives(done: int, total: int) -> bool:
            if done == 0:
                reader.send("read")
            return True

        report = erase_people(store, [person], include_backups=True, progress=reader_arrives)
        assert not report.database_clean and not report.complete
        reader.send("end")
    rerun = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert rerun.returncode == 0, rerun.stderr
    assert "the erasure of" in rerun.stdout
    assert everything(db_path) == []


def test_the_store_refuses_while_a_reader_holds_the_wal(db_path: Path, person: str) -> None:
    with Store.open(db_path) as store, other_program(db_path) as reader:
        store.db.execute("PRAGMA busy_timeout = 200")
        reader.send("read")
        with pytest.raises(ReaderHoldsWalError, match="nothing was erased"):
            erase_person(store, person)
        assert store.employees.get(person).name == NAME
        reader.send("end")
        assert resume_pending(store) is None


# Case 7: the file a restore set aside ----------------------------------------------------------


def test_the_database_a_restore_set_aside_is_erased_too(db_path: Path, person: str) -> None:
    made = make_backup(db_path, default_backups_dir(), NOW)
    replaced = restore_backup(made.path, db_path, NOW + timedelta(minutes=5))
    assert replaced is not None and traces_in(replaced)
    done = cli("erase", "employee", person, "--yes", db=db_path)
    # Without --backups the backup still holds them, and the output says which one.
    assert done.returncode == 0, done.stderr
    assert f"erased from database set aside by a restore {replaced}" in done.stdout
    assert "still hold them" in done.stdout and str(made.path) in done.stdout
    assert traces_in(replaced) == [] and traces_in(db_path) == []
    assert traces_in(made.path)  # named above, and kept as asked


# Case 8: unfinished copies of a killed backup ---------------------------------------------------


def big_database(db_path: Path) -> None:
    """Large enough that a backup takes a moment, so a kill can land in the middle."""
    from leercoach.decks import load_library
    from leercoach.paths import shipped_decks_dir
    from leercoach.store.demo import build_demo

    with Store.open(db_path) as store:
        build_demo(store.db, load_library([shipped_decks_dir()]).decks.values(), 600, seed=5)


def kill_a_backup_halfway(db_path: Path) -> Path:
    """Start `leercoach backup`, SIGKILL it while its temp copy exists; the leftover."""
    backups = default_backups_dir()
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-m", "leercoach", "--db", str(db_path), "backup"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline:
            temps = unfinished_copies(db_path, backups)
            if temps and temps[0].stat().st_size > 0:
                child.send_signal(signal.SIGKILL)
                child.wait()
                return temps[0]
        child.wait()
        for backup in list_backups(backups):  # finished before the kill: try again
            backup.path.unlink()
    pytest.fail("no backup could be killed halfway in 20 tries")


def test_a_killed_backup_leaves_a_copy_that_the_next_start_removes(db_path: Path) -> None:
    big_database(db_path)
    temp = kill_a_backup_halfway(db_path)
    assert temp.exists() and not list_backups(default_backups_dir())
    # Just killed: it could be a writer that has not started; the next start keeps it...
    assert tidy_after_start(db_path) == [] and temp.exists()
    # ...but once it is a few minutes old and its lock is free, it goes.
    old = time.time() - 600
    os.utime(temp, (old, old))
    assert cli("employees", "add", "--name", "Iemand", db=db_path).returncode == 0
    assert not temp.exists() and not Path(f"{temp}.lock").exists()


def test_a_copy_a_running_backup_still_writes_is_never_removed(db_path: Path) -> None:
    import filelock

    from leercoach.files import TempInProgress

    with Store.open(db_path):
        pass
    writing = TempInProgress(default_backups_dir(), ".leercoach-backup-")
    with writing as temp:
        old = time.time() - 600
        os.utime(temp, (old, old))
        assert tidy_after_start(db_path) == [] and temp.exists()
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(f"{temp}.lock", timeout=0).acquire()


def test_erasure_removes_unfinished_copies_and_says_so(db_path: Path, person: str) -> None:
    temp = default_backups_dir() / ".leercoach-backup-killed.tmp"
    with Store.open(db_path) as store:
        store.db.conn.execute("VACUUM INTO ?", [str(temp)])  # the copy a kill left
    assert traces_in(temp)
    done = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert done.returncode == 0, done.stderr
    assert f"removed the unfinished copy {temp}" in done.stdout
    assert not temp.exists() and everything(db_path) == []


# A damaged copy, the log, and the backups not asked for -----------------------------------------


def test_a_damaged_copy_that_cannot_be_changed_is_named_and_exit_is_1(
    db_path: Path, person: str
) -> None:
    aside = db_path.with_name("copy.db")
    shutil.copyfile(db_path, aside)
    with aside.open("r+b") as file:  # the header's page size: SQLite will not read it
        file.seek(16)
        file.write(b"\x00\x03")
    damaged = set_aside_damaged(aside, NOW)
    moved = db_path.with_name(f"{db_path.name}.damaged-20261130-090000")
    damaged.rename(moved)
    done = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert done.returncode == 1
    assert f"{moved} may still hold them" in done.stderr
    assert "NOT erased everywhere" in done.stderr
    assert traces_in(db_path) == []  # the database itself is erased, and says so
    assert f"erased {NAME}" in done.stdout


def test_lines_about_the_person_leave_the_log(db_path: Path, person: str) -> None:
    log = log_path()
    log.write_text(f"--- old crash\nValueError: could not save {NAME}\nother line\n", "utf-8")
    done = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert done.returncode == 0, done.stderr
    assert NAME not in log.read_text("utf-8") and "other line" in log.read_text("utf-8")


def test_without_backups_exit_0_names_every_backup_that_still_holds_them(
    db_path: Path, person: str
) -> None:
    made = [make_backup(db_path, default_backups_dir(), NOW + timedelta(days=d)) for d in (0, 1)]
    done = cli("erase", "employee", person, "--yes", db=db_path)
    assert done.returncode == 0, done.stderr
    for backup in made:
        assert str(backup.path) in done.stdout
    assert "add --backups" in done.stdout


def test_backups_kept_at_first_can_be_erased_later_by_the_same_id(
    db_path: Path, person: str
) -> None:
    backup = make_backup(db_path, default_backups_dir(), NOW)
    first = cli("erase", "employee", person, "--yes", db=db_path)
    assert first.returncode == 0 and str(backup.path) in first.stdout
    assert traces_in(backup.path)
    later = cli("erase", "employee", person, "--yes", "--backups", db=db_path)
    assert later.returncode == 0, later.stderr
    assert everything(db_path) == []
