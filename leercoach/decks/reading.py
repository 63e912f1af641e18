"""Reading a deck file: a regular UTF-8 text file of at most ``MAX_DECK_BYTES``.

What is wrong with the file itself (a folder, a FIFO, too large, not UTF-8) is a
``DeckError`` here, before its TOML is read (``decks.parse``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from leercoach.language import N_, _

# A deck is a few kilobytes; more than this is not a deck (or is a link to /dev/zero).
MAX_DECK_BYTES = 1_000_000
# Opening a FIFO for reading waits for a writer; O_NONBLOCK makes it return at once.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class DeckError(Exception):
    """A deck file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {problem}" for problem in problems))


def read_deck_text(path: Path) -> str:
    """The text of a deck file that is a regular file of at most ``MAX_DECK_BYTES``.

    A folder, a FIFO or a device named ``*.toml`` (a link to ``/dev/zero``) would make
    the read fail, wait for ever or fill the memory, so it is a broken deck instead. A
    link to a real deck is fine: what counts is the file it leads to, checked before it
    is opened and again on the open handle, and never more than the limit is read.
    """
    try:
        _regular_and_small(os.stat(path), path)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise DeckError(str(path), [_unreadable(error)]) from error
    try:
        with open(descriptor, "rb") as handle:
            _regular_and_small(os.fstat(handle.fileno()), path)
            data = handle.read(MAX_DECK_BYTES + 1)
    except OSError as error:
        raise DeckError(str(path), [_unreadable(error)]) from error
    if len(data) > MAX_DECK_BYTES:
        size = _("more than {count:,} bytes", count=MAX_DECK_BYTES)
        raise DeckError(str(path), [_too_large(size)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DeckError(str(path), [_("not UTF-8 text (byte {at})", at=error.start)]) from error
    # The newlines as a file opened in text mode gives them.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unreadable(error: OSError) -> str:
    return _("cannot be read: {reason}", reason=error.strerror or error)


def _regular_and_small(info: os.stat_result, path: Path) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = _(_file_kind(info.st_mode))
        problem = _("not a regular file but {kind}; a deck is a text file", kind=kind)
        raise DeckError(str(path), [problem])
    if info.st_size > MAX_DECK_BYTES:
        size = _("{count:,} bytes", count=info.st_size)
        raise DeckError(str(path), [_too_large(size)])


def _too_large(size: str) -> str:
    return _(
        "is {size}; a deck file is at most 1 MB ({limit:,} bytes)",
        size=size,
        limit=MAX_DECK_BYTES,
    )


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return N_("a folder")
    if stat.S_ISFIFO(mode):
        return N_("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return N_("a device")
    if stat.S_ISSOCK(mode):
        return N_("a socket")
    return N_("a special file")
