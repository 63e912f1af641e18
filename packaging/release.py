"""What a release is called, read from the one place each fact lives.

The version and the app id come from ``leercoach/__init__.py`` (read, not imported, so a
build needs none of leercoach's dependencies for it); the releases and their dates from
``CHANGELOG.md``. The package build refuses a version the changelog has not released.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")
# Who the Debian package names as its maintainer: the publisher sets it (packaging/README.md).
MAINTAINER = "leercoach packaging <packaging@leercoach.be>"


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    notes: tuple[str, ...]  # the changelog's bullet points, one line each


def identity(name: str) -> str:
    """A string constant of leercoach/__init__.py: ``__version__`` or ``APP_ID``."""
    tree = ast.parse((ROOT / "leercoach" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    raise SystemExit(f"leercoach/__init__.py has no {name}")


def version() -> str:
    return identity("__version__")


def app_id() -> str:
    return identity("APP_ID")


def releases(changelog: Path = ROOT / "CHANGELOG.md") -> list[Release]:
    """The released versions, newest first (the Unreleased section is not one)."""
    found: list[Release] = []
    notes: list[str] = []
    for line in changelog.read_text("utf-8").splitlines():
        heading = RELEASE_HEADING.match(line)
        if heading:
            notes = []
            found.append(Release(heading["version"], heading["date"], ()))
        elif line.startswith("## "):
            notes = []  # Unreleased: its lines belong to no release
        elif found and line.startswith("- "):
            notes.append(line[2:].strip())
            found[-1] = Release(found[-1].version, found[-1].date, tuple(notes))
        elif found and notes and line.startswith("  "):
            notes[-1] += " " + line.strip()
            found[-1] = Release(found[-1].version, found[-1].date, tuple(notes))
    return found


def current_release() -> Release:
    """The changelog's newest release, which must be the version leercoach says it is."""
    listed = releases()
    wanted = version()
    if not listed or listed[0].version != wanted:
        newest = listed[0].version if listed else "none"
        raise SystemExit(
            f"CHANGELOG.md's newest release is {newest}, but leercoach/__init__.py says "
            f"{wanted}: add a '## [{wanted}] - YYYY-MM-DD' section first"
        )
    return listed[0]
