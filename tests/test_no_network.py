"""leercoach promises "no network, no account, no cloud, no telemetry": hold it to that.

Python's socket entry points are replaced by ones that record the attempt and fail.
That sees everything written in Python (urllib, http.client, update checks, crash
reporters, fonts fetched by a library); it cannot see a C library opening a socket
by itself, such as Qt's own networking, which the app does not use.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from leercoach.cli import main

BLOCKED = (
    "create_connection",
    "create_server",
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "gethostbyaddr",
    "socketpair",
    "fromfd",
)


def block_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way to a socket fail loudly; return the list the attempts are written to."""
    attempts: list[str] = []

    def refuse(name: str, args: tuple[object, ...]) -> OSError:
        attempts.append(f"socket.{name}{args!r}")
        return OSError(f"leercoach tried to use the network: socket.{name}")

    class RefusedSocket(socket.socket):
        # A subclass, so isinstance(x, socket.socket) elsewhere keeps working.
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise refuse("socket", args)

    def blocked(name: str) -> object:
        def attempt(*args: object, **kwargs: object) -> object:
            raise refuse(name, args)

        return attempt

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    for name in BLOCKED:
        monkeypatch.setattr(socket, name, blocked(name))
    return attempts


def test_the_guard_sees_an_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without this, an empty list below could mean the guard was never in place."""
    import urllib.request

    attempts = block_network(monkeypatch)
    with pytest.raises(OSError, match="tried to use the network"):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert [a.split("(")[0] for a in attempts] == ["socket.create_connection", "socket.socket"]


def test_cli_main_paths_never_touch_the_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    attempts = block_network(monkeypatch)
    db = ["--db", str(tmp_path / "leercoach.db")]
    for command in (
        ["decks", "list"],
        ["decks", "show", "check-in"],
        ["employees", "add", "--name", "Zoë Çelik", "--team", "Zorg"],
        ["employees", "list", "--json"],
        ["demo", "--employees", "5"],
        ["check"],
        ["backup"],
        ["backups", "list"],
    ):
        assert main([*db, *command]) == 0, (command, capsys.readouterr().err)
    written = capsys.readouterr().out.splitlines()
    backup = next(line.split("  ")[0] for line in written if line.endswith(("KB", "MB")))
    assert main([*db, "restore", backup]) == 0
    assert attempts == []
