"""The app's language choice is the command line's too: both read the data folder's
settings.json, and the core's own sentences follow the window's language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from leercoach.decks import load_library
from leercoach.store import Store
from leercoach.ui.session import Session
from leercoach.ui.settings_dialog import SettingsDialog


def test_choosing_english_in_the_settings_makes_the_command_line_english(
    qtbot: QtBot,
    store: Any,
    language: Any,
    private_data_dir: Path,
    tmp_path: Path,
    library: Any,
) -> None:
    language("nl")
    dialog = SettingsDialog(Session(store, library))
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Nederlands"
    assert dialog.restart_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.restart_note.isHidden()
    dialog.accept()
    assert json.loads((private_data_dir / "settings.json").read_text("utf-8")) == {"language": "en"}
    env = {**os.environ, "LANG": "nl_BE.UTF-8", "LEERCOACH_DATA_DIR": str(private_data_dir)}
    other = tmp_path / "plain.db"
    Store.open(other).close()
    shown = subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(other), "employees", "show", "nope"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert shown.stderr == "leercoach: no employee with id 'nope'\n"


def test_a_broken_deck_is_explained_in_dutch_in_the_dutch_app(
    language: Any, tmp_path: Path
) -> None:
    from leercoach.ui.models import DeckTreeModel

    language("nl")
    (tmp_path / "kapot.toml").write_text('slug = "kapot"\nversion = 0\n', "utf-8")
    library = load_library([tmp_path])
    model = DeckTreeModel()
    model.set_decks(library.sorted(), library.failures)
    shown = "\n".join(_texts(model))
    assert "version: minstens 1 verwacht, maar kreeg 0" in shown
    assert "title: ontbreekt; een tekst verwacht" in shown


def _texts(model: Any) -> list[str]:
    found = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            found += [str(model.data(index, role) or "") for role in (0, 3)]
    return found
