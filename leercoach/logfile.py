"""The file behind ``leercoach.errorlog``: rotated, owner-only, scrubbed, never raising."""

from __future__ import annotations

import io
import logging
import os
import platform
import sys
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from leercoach import __version__
from leercoach.errorlog import scrubbed
from leercoach.paths import ensure_private_dir


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Opened when first written; the file (and its folder) owner-only from creation.

    A record is at most a quarter of ``max_bytes`` and ASCII, so no file grows past it.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(
            path, maxBytes=max_bytes, backupCount=backups, encoding="ascii", delay=True
        )
        self.setFormatter(ScrubbingFormatter(max_bytes // 4))
        self.failed = False

    def log(self, record: logging.LogRecord) -> bool:
        """Write one record; whether it is in the file now."""
        self.failed = False
        self.handle(record)
        return not self.failed

    def _open(self) -> io.TextIOWrapper:
        ensure_private_dir(Path(self.baseFilename).parent)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a log written before this rule
        return os.fdopen(fd, "a", encoding="ascii")

    def handleError(self, record: logging.LogRecord) -> None:
        # Never a "--- Logging error ---" traceback on the terminal: the caller is told.
        self.failed = True


class ScrubbingFormatter(logging.Formatter):
    """A record as the log keeps it: the logger's own message (never its arguments) and
    the scrubbed exception, in ASCII (so characters are bytes, for the size bound)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def format(self, record: logging.LogRecord) -> str:
        # Asked twice a record (for the size, then to write): made once.
        made = record.__dict__.get("scrubbed_text")
        if not isinstance(made, str):
            made = record.__dict__["scrubbed_text"] = self._format(record)
        return made

    def _format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created).isoformat(timespec="seconds")
        message = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        lines = [
            f"--- {stamp} leercoach {__version__}, Python {platform.python_version()}, "
            f"{sys.platform}: {record.levelname} in {record.name}: {message}"
        ]
        if record.exc_info and record.exc_info[1] is not None:
            lines.append(scrubbed(record.exc_info[1]))
        text = "\n".join(lines).encode("ascii", "backslashreplace").decode("ascii")
        return text[: self.limit]


def attach(handler: PrivateRotatingFileHandler, name: str) -> None:
    """Records of logger ``name`` and below (warnings and worse) go to ``handler`` only."""
    logger = logging.getLogger(name)
    for old in [h for h in logger.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        if old is not handler:
            logger.removeHandler(old)
            old.close()
    handler.setLevel(logging.WARNING)
    if handler not in logger.handlers:
        logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
