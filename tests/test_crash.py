import errno
import sqlite3
import sys
from pathlib import Path

import pytest

from leercoach.crash import MESSAGES, CrashHandler, CrashKind, classify


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


def test_handler_logs_and_notifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "leercoach.log"
    handler = CrashHandler(log)
    seen: list[tuple[CrashKind, str]] = []
    handler.notify = lambda kind, message, details: seen.append((kind, message))
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        handler(*sys.exc_info())  # type: ignore[arg-type]
    assert seen == [(CrashKind.DISK_FULL, MESSAGES[CrashKind.DISK_FULL])]
    assert "database or disk is full" in log.read_text("utf-8")
    assert "The disk is full" in capsys.readouterr().err
