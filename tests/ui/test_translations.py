"""The app speaks Dutch by default, English on request, and Qt's own dialogs follow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from leercoach import vocabulary
from leercoach.domain import ActionStatus

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def test_translation_sources_are_complete_and_dutch_is_finished() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", ["nl", "en"])
def test_committed_qm_files_match_their_sources(code: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"leercoach_{code}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(FOLDER / f"leercoach_{code}.ts"), "-qm", str(fresh)],
        check=True,
        timeout=60,
    )
    assert fresh.read_bytes() == (FOLDER / f"leercoach_{code}.qm").read_bytes(), (
        "run `make translations` and commit the .qm files"
    )


def test_dutch_is_the_default_including_stock_dialogs(language: Any) -> None:
    assert language(None) == "nl"
    assert QCoreApplication.translate("EmployeeView", "&New conversation") == "&Nieuw gesprek"
    # The labels of fixed values come from the core's one vocabulary, in the same language.
    assert vocabulary.label(ActionStatus.BEZIG) == "bezig"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


def test_english_on_request(language: Any) -> None:
    assert language("en") == "en"
    assert QCoreApplication.translate("EmployeeView", "&New conversation") == "&New conversation"
    plural = "%n learning action(s)"
    assert QCoreApplication.translate("GoalTableModel", plural, "", 1) == "1 learning action"
    assert QCoreApplication.translate("GoalTableModel", plural, "", 3) == "3 learning actions"
    assert QCoreApplication.translate("DeckTreeModel", "%n cards", "", 1) == "1 card"


def test_dutch_plurals(language: Any) -> None:
    language("nl")
    plural = "%n learning action(s)"
    assert QCoreApplication.translate("GoalTableModel", plural, "", 1) == "1 leeractie"
    assert QCoreApplication.translate("GoalTableModel", plural, "", 4) == "4 leeracties"


def _literal_texts() -> list[tuple[str, int, str]]:
    """Every string literal handed to tr() or translate() in the UI code."""
    import ast

    found = []
    for path in sorted((ROOT / "leercoach" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((str(path.relative_to(ROOT)), node.lineno, text.value))
    return found


def test_every_translatable_literal_reaches_the_ts_file() -> None:
    # lupdate silently skips calls it does not understand (an alias of translate, tr()
    # inside an f-string, a plural through translate()); those strings stay English.
    import xml.etree.ElementTree as ET

    sources = {m.findtext("source") for m in ET.parse(FOLDER / "leercoach_nl.ts").iter("message")}
    literals = _literal_texts()
    assert len(literals) > 200
    missing = [f"{path}:{line}: {text!r}" for path, line, text in literals if text not in sources]
    assert missing == []
