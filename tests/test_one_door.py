"""One way to open a second connection: no code outside the store and the trust package
(backups, restore, conversion, erasure) handles a key.

Every background job, backup, check and export opens the file through the store
(``store.sibling()`` or its ``Access``), so an encrypted database is never opened
without its key by a caller that forgot to pass it (it happened to the HR batch export,
start-up recovery and erasure from backups before).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "leercoach"
OPENERS = {"open", "connect", "make_backup", "restore_backup", "check_backup", "IntegrityCheck"}
KEY_HANDLING = {"database_key", "key_for", "derive_key", "connect_cipher", "remembered_key"}


KEY_KEEPERS = (PACKAGE / "store", PACKAGE / "trust")


def modules_outside_the_store() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(keeper in path.parents for keeper in KEY_KEEPERS)
    ]


@pytest.mark.parametrize(
    "path", modules_outside_the_store(), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_outside_the_store_touches_a_key(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("leercoach"):
            found += [f"imports {a.name}" for a in node.names if a.name in KEY_HANDLING]
        if isinstance(node, ast.Attribute) and node.attr in KEY_HANDLING:
            found.append(f"uses .{node.attr}")
        if isinstance(node, ast.Call) and _name(node.func) in OPENERS:
            found += ["passes key=" for k in node.keywords if k.arg == "key"]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "open"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "Store"
            and any(
                k.arg == "exclusive" and isinstance(k.value, ast.Constant) and not k.value.value
                for k in node.keywords
            )
        ):
            found.append("opens a second Store by hand (use store.sibling())")
    assert found == []


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""
