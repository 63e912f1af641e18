"""The UI has one door to the data: the session, and the public faces of the core.

No module under ``leercoach/ui`` imports the command line, or a module inside
``leercoach.store`` or ``leercoach.trust`` (only the packages themselves, their public
faces); and outside the session's services (``leercoach/ui/session``) and the runner of
background operations, no widget reaches for the session's store or a raw database
handle. Checked on the source (every import, also inside functions and under
TYPE_CHECKING), so a new shortcut fails here before it spreads.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "leercoach"
UI = PACKAGE / "ui"
FACES = ("store", "trust")
# The session's services hold the store; the runner gives a worker its own connection.
DOORKEEPERS = (UI / "session", UI / "operations.py")


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def is_submodule(package: str, name: str) -> bool:
    folder = PACKAGE / package
    return (folder / f"{name}.py").exists() or (folder / name / "__init__.py").exists()


def forbidden_imports(source: str) -> list[str]:
    """Each import of the CLI, or of a module inside the store or the trust package."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
            if node.module == "leercoach":
                modules = [f"leercoach.{alias.name}" for alias in node.names]
            elif node.module in {f"leercoach.{face}" for face in FACES}:
                face = node.module.split(".")[1]
                modules += [
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if is_submodule(face, alias.name)
                ]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[:2] == ["leercoach", "cli"]:
                found.append(f"line {node.lineno}: imports {module} (the command line)")
            elif len(parts) > 2 and parts[0] == "leercoach" and parts[1] in FACES:
                found.append(f"line {node.lineno}: imports {module} (use leercoach.{parts[1]})")
    return found


def store_handles(source: str) -> list[str]:
    """Each use of an attribute ``store`` (the session's store) or ``db`` (sqlite-utils)."""
    return [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in {"store", "db"}
    ]


@pytest.mark.parametrize("path", ui_modules(), ids=lambda p: str(p.relative_to(UI)))
def test_the_ui_imports_only_the_public_faces(path: Path) -> None:
    assert forbidden_imports(path.read_text("utf-8")) == []


@pytest.mark.parametrize(
    "path",
    [p for p in ui_modules() if not any(p == d or d in p.parents for d in DOORKEEPERS)],
    ids=lambda p: str(p.relative_to(UI)),
)
def test_widgets_read_and_write_through_the_session(path: Path) -> None:
    assert store_handles(path.read_text("utf-8")) == []


def test_the_check_sees_every_way_round_the_door() -> None:
    source = "\n".join(
        [
            "from leercoach.cli.common import to_json",
            "from leercoach import cli",
            "import leercoach.store.database",
            "from leercoach.store import crypto, Store",
            "from leercoach.store.search import SearchHit",
            "def later():",
            "    from leercoach.trust.backup import make_backup",
            "    from leercoach.trust import erasure, ErasureReport",
            "from leercoach.store import Store, NotFoundError",
            "from leercoach.trust import ErasureReport",
            "from leercoach.domain import Employee",
            "window.session.store.employees.get('x')",
            "build(session.store.db)",
        ]
    )
    assert [line.split(":")[0] for line in forbidden_imports(source)] == [
        f"line {n}" for n in (1, 2, 3, 4, 5, 7, 8)
    ]
    assert sorted(store_handles(source)) == ["line 12: .store", "line 13: .db", "line 13: .store"]


@pytest.mark.parametrize("face", FACES)
def test_a_lazy_face_names_where_each_name_lives(face: str) -> None:
    """The names a face loads lazily are those it shows type checkers, and each exists."""
    module = importlib.import_module(f"leercoach.{face}")
    path = PACKAGE / face / "__init__.py"
    shown: dict[str, str] = {}
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                for alias in statement.names:
                    shown[alias.name] = statement.module.rsplit(".", 1)[1]
    lazy = dict(getattr(module, "_HOME", {}) or getattr(module, "_LAZY", {}))
    assert lazy == shown
    assert set(lazy) <= set(module.__all__)
    for name, home in lazy.items():
        defined = importlib.import_module(f"leercoach.{face}.{home}")
        assert getattr(module, name) is getattr(defined, name)
