"""The log of unexpected errors: bounded in size, owner-only, and free of personal data.

An exception's message can carry a person's name ("no employee named Zoë Peeters"),
and so can a file's path (a home folder is often named after its owner). The log
keeps what a developer needs and nothing of that: the exception types, the frames
(file, line and function; the file relative to where Python or leercoach lives), and
a message only where it is the system's own words: SQLite's error and the operating
system's errno and strerror (never the file name). It is a RotatingFileHandler of at
most LOG_MAX_BYTES, with LOG_BACKUPS older files beside it, created 0600; records of
the ``leercoach`` loggers (a failed background backup) go into it too, the same way.
"""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leercoach.logfile import PrivateRotatingFileHandler

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
LOGGER_NAME = "leercoach"
# A traceback deeper than this keeps its first and last frames (a RecursionError has
# a thousand); a record is never more than a quarter of a file.
MAX_FRAMES = 40
FIRST_FRAMES = 10


def is_sqlite_error(error: BaseException) -> bool:
    """sqlite3's errors, and SQLCipher's: ``sqlcipher3.dbapi2`` mirrors the same classes
    without deriving from them. Recognised by name, so sqlcipher3 is never imported here."""
    if isinstance(error, sqlite3.Error):
        return True
    return any(
        kind.__name__ == "Error" and kind.__module__.partition(".")[0] == "sqlcipher3"
        for kind in type(error).__mro__
    )


class ErrorLog:
    """``leercoach.log``, rotated; ``write`` logs an exception, ``scrubbed`` is its text.

    The file handler (and the logging machinery) loads when first needed: most runs of
    leercoach never write to the log.
    """

    def __init__(
        self, path: Path, *, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS
    ) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.backups = backups
        self._handler: PrivateRotatingFileHandler | None = None

    @property
    def handler(self) -> PrivateRotatingFileHandler:
        if self._handler is None:
            from leercoach.logfile import PrivateRotatingFileHandler

            self._handler = PrivateRotatingFileHandler(self.path, self.max_bytes, self.backups)
        return self._handler

    def write(self, error: BaseException) -> bool:
        """Log the error; whether that worked (a full or read-only disk is often why not)."""
        import logging

        record = logging.LogRecord(
            LOGGER_NAME,
            logging.ERROR,
            "",
            0,
            "unhandled error",
            None,
            (type(error), error, error.__traceback__),
        )
        return self.handler.log(record)

    def scrubbed(self, error: BaseException) -> str:
        return scrubbed(error)

    def attach(self) -> None:
        """Send the warnings and errors of the ``leercoach`` loggers here, not to stderr."""
        from leercoach.logfile import attach

        attach(self.handler, LOGGER_NAME)


def scrubbed(error: BaseException) -> str:
    """The traceback of ``error`` and what caused it, without anything it says of people."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    lines: list[str] = []
    for position, item in enumerate(reversed(chain)):
        if position:
            lines.append("which led to:")
        lines.append("Traceback (most recent call last):")
        frames = [
            (short_path(frame.f_code.co_filename), line, frame.f_code.co_qualname)
            for frame, line in traceback.walk_tb(item.__traceback__)
        ]
        if len(frames) > MAX_FRAMES:
            left_out = len(frames) - MAX_FRAMES
            frames[FIRST_FRAMES : len(frames) - (MAX_FRAMES - FIRST_FRAMES)] = [("", left_out, "")]
        for where, line, function in frames:
            if where:
                lines.append(f'  File "{where}", line {line}, in {function}')
            else:
                lines.append(f"  ... {line} frames left out ...")
        lines.append(summary(item))
    return "\n".join(lines)


def summary(error: BaseException) -> str:
    """The exception's type, and only the system's words: SQLite's, or errno and strerror."""
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ != "builtins":
        name = f"{kind.__module__}.{name}"
    if isinstance(error, OSError) and error.errno is not None:
        code = errno.errorcode.get(error.errno, "?")
        return f"{name}: [Errno {error.errno} {code}] {error.strerror}"
    if is_sqlite_error(error):
        sqlite_name = getattr(error, "sqlite_errorname", None)
        return f"{name}: {error}" + (f" ({sqlite_name})" if sqlite_name else "")
    return name


def short_path(filename: str) -> str:
    """A frame's file relative to leercoach's or Python's folder; elsewhere its name alone."""
    if filename.startswith("<"):
        return filename  # <string>, <frozen importlib._bootstrap>
    for root in _roots():
        if filename.startswith(root + os.sep):
            return filename[len(root) + 1 :]
    return Path(filename).name


@functools.cache
def _roots() -> tuple[str, ...]:
    import sysconfig

    package_parent = str(Path(__file__).resolve().parent.parent)
    found = {package_parent, sys.prefix, sys.base_prefix, sys.exec_prefix}
    for name in ("purelib", "platlib", "stdlib", "platstdlib"):
        found.add(sysconfig.get_path(name))
    # The deepest first: site-packages before the environment it is in.
    return tuple(sorted((root for root in found if root), key=len, reverse=True))
