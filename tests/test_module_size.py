"""No module under leercoach/ over 400 lines: a room of a size a newcomer can hold."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "leercoach"
LIMIT = 400


def test_no_module_is_over_400_lines() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text("utf-8").splitlines())) > LIMIT
    }
    assert too_long == {}
