"""Another program that has the database open (a DB browser, a sync tool, a script).

Run as a subprocess, it opens the file and obeys one command per line on stdin, answering
"ok" on stdout after each: ``read`` starts a read transaction and holds it (a reader
that keeps the WAL from being truncated), ``end`` ends it, ``write NAME`` adds an
employee row, ``quit`` closes the connection. An encrypted file needs its key in hex as
the second argument.
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from subprocess import PIPE, Popen
from typing import Any


def main(path: str, key_hex: str = "") -> None:
    if key_hex:
        from sqlcipher3 import dbapi2

        conn: Any = dbapi2.connect(path, isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print("ok", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "read":
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM employee").fetchone()
        elif command == "end":
            conn.execute("COMMIT")
        elif command == "write":
            conn.execute(
                "INSERT INTO employee (id, name, sort_name, created_at, updated_at)"
                " VALUES (?, ?, ?, '2026-12-01T10:00:00', '2026-12-01T10:00:00')",
                [str(uuid.uuid4()), argument, argument.casefold()],
            )
        elif command == "quit":
            break
        print("ok", flush=True)
    conn.close()


class OtherProgram:
    def __init__(self, process: Popen[str]) -> None:
        self.process = process

    def send(self, command: str) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        if command != "quit":
            answer = self.process.stdout.readline().strip()
            assert answer == "ok", f"the other program answered {answer!r}"


@contextmanager
def other_program(path: Path, key: bytes | None = None) -> Iterator[OtherProgram]:
    """The other program, started with the file open; closed (and waited for) at the end."""
    arguments = [sys.executable, __file__, str(path)] + ([key.hex()] if key else [])
    process = Popen(arguments, stdin=PIPE, stdout=PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ok"
    program = OtherProgram(process)
    try:
        yield program
    finally:
        if process.poll() is None:
            program.send("quit")
        process.wait(timeout=30)


if __name__ == "__main__":
    main(*sys.argv[1:])
