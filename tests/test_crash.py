"""The last line of defence: errors classified and worded, bugs logged without names."""

import errno
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from leercoach.crash import CrashHandler, CrashKind, classify, describe
from leercoach.domain import EmployeeDraft
from leercoach.errorlog import LOG_BACKUPS, LOG_MAX_BYTES, ErrorLog
from leercoach.store import Store, ValidationError


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), CrashKind.DISK_FULL),
        (sqlite3.OperationalError("database or disk is full"), CrashKind.DISK_FULL),
        (sqlite3.OperationalError("disk I/O error"), CrashKind.IO_ERROR),
        (OSError(errno.EIO, "Input/output error"), CrashKind.IO_ERROR),
        (sqlite3.DatabaseError("database disk image is malformed"), CrashKind.DAMAGED_DATABASE),
        (sqlite3.DatabaseError("file is not a database"), CrashKind.DAMAGED_DATABASE),
        (sqlite3.OperationalError("attempt to write a readonly database"), CrashKind.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), CrashKind.LOCKED),
        (ZeroDivisionError("oeps"), CrashKind.BUG),
    ],
)
def test_errors_get_a_human_cause(error: BaseException, kind: CrashKind) -> None:
    assert classify(error) is kind


def test_cause_chain_is_followed() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "full")
        except OSError as inner:
            raise RuntimeError("saving failed") from inner
    except RuntimeError as outer:
        assert classify(outer) is CrashKind.DISK_FULL


def test_each_kind_is_one_sentence_that_names_the_file(tmp_path: Path) -> None:
    db = tmp_path / "leercoach.db"
    lock = OSError(errno.ENOSPC, "No space left on device", f"{db}.lock")
    assert describe(lock) == (
        f"the disk is full, so {db} could not be written: free some space and try again; "
        "everything saved before this moment is safe"
    )
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    assert describe(malformed, db) is not None
    assert str(describe(malformed, db)).startswith(f"{db} is damaged: do not delete it")
    assert describe(ZeroDivisionError("oeps"), db) is None
    for error in (lock, malformed, sqlite3.OperationalError("database is locked")):
        assert "\n" not in str(describe(error, db))


def crash_with(handler: CrashHandler, error: BaseException) -> None:
    """Raise ``error`` and hand it to the handler, as Python does with an uncaught one."""
    try:
        raise error
    except BaseException:  # noqa: BLE001 - the handler sees whatever is raised
        handler(*sys.exc_info())  # type: ignore[arg-type]


def test_handler_logs_and_notifies_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "leercoach.log"
    handler = CrashHandler(log, tmp_path / "leercoach.db")
    seen: list[tuple[BaseException, str]] = []
    handler.notify = lambda error, details: seen.append((error, details))
    crash_with(handler, sqlite3.OperationalError("database or disk is full"))
    [(error, details)] = seen
    assert classify(error) is CrashKind.DISK_FULL
    assert "database or disk is full" in details and "test_crash.py" in details
    assert "database or disk is full" in log.read_text("ascii")
    err = capsys.readouterr().err
    assert err == (
        f"leercoach: the disk is full, so {tmp_path / 'leercoach.db'} could not be written: "
        "free some space and try again; everything saved before this moment is safe\n"
    )


def test_a_bug_says_where_its_log_is_and_the_terminal_gets_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "data" / "leercoach.log"
    handler = CrashHandler(log)
    crash_with(handler, ZeroDivisionError("division by zero"))
    assert capsys.readouterr().err == (
        f"leercoach: leercoach ran into an unexpected error; the details are in {log}\n"
    )
    text = log.read_text("ascii")
    assert "ZeroDivisionError" in text and 'File "tests/test_crash.py"' in text
    assert "in crash_with" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_a_name_in_an_error_leaves_no_trace_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The store's own refusal quotes what was typed: the log keeps its type alone."""
    home = tmp_path / "Zoë Peeters"
    log = home / "leercoach.log"
    handler = CrashHandler(log, home / "leercoach.db")
    with Store.open(home / "leercoach.db") as store:
        try:
            store.employees.add(EmployeeDraft(name="Zoë Peeters", email="zoe.peeters@"))
        except ValidationError as refused:
            assert "zoe.peeters@" in str(refused)  # what a person would see
            crash_with(handler, refused)
    try:
        try:
            raise KeyError("Zoë Peeters")
        except KeyError as missing:
            raise OSError(errno.EACCES, "Permission denied", str(home / "notes.txt")) from missing
    except OSError as denied:
        crash_with(handler, RuntimeError(f"could not save the notes of {denied}"))
    capsys.readouterr()
    for file in home.iterdir():
        if file.name.startswith("leercoach.log"):
            text = file.read_text("ascii").lower()
            assert "peeters" not in text and "zo\\xeb" not in text and "zoe" not in text
    text = log.read_text("ascii")
    assert "ValidationError" in text and "RuntimeError" in text and "KeyError" in text
    assert "[Errno 13 EACCES] Permission denied" in text  # the system's words are kept


def deep(depth: int) -> None:
    if depth:
        deep(depth - 1)
    raise RuntimeError("Zoë Peeters")


def test_the_log_stays_within_its_bound_after_many_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "leercoach.log"
    handler = CrashHandler(log)

    def crash() -> None:
        try:
            deep(200)
        except RuntimeError as error:
            crash_with(handler, error)

    crash()
    record = log.stat().st_size
    for _ in range((LOG_BACKUPS + 2) * LOG_MAX_BYTES // record):  # more than all files hold
        crash()
    capsys.readouterr()
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == ["leercoach.log"] + [
        f"leercoach.log.{n}" for n in range(1, LOG_BACKUPS + 1)
    ]
    for file in files:
        assert file.stat().st_size <= LOG_MAX_BYTES
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert "frames left out" in file.read_text("ascii")


def test_a_log_that_cannot_be_written_is_said_and_nothing_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the log's folder should be", "utf-8")
    handler = CrashHandler(not_a_folder / "leercoach.log")
    crash_with(handler, ZeroDivisionError("division by zero"))
    assert capsys.readouterr().err == (
        "leercoach: leercoach ran into an unexpected error, and could not write its details "
        "to a log\n"
    )


def test_a_log_from_before_is_made_owner_only(tmp_path: Path) -> None:
    log = tmp_path / "leercoach.log"
    log.write_text("--- an old entry\n", "utf-8")
    os.chmod(log, 0o644)
    assert ErrorLog(log).write(ValueError("x"))
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
