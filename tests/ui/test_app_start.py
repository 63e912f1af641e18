"""The app as packaging needs it: its window, Dutch, with its icon and id; the version."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from leercoach import APP_ID, __version__
from leercoach.store import Store


def start_app(tmp_path: Path, *arguments: str) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LEERCOACH_QUIT_WHEN_SHOWN": "1",
        "LEERCOACH_DATA_DIR": str(tmp_path / "data"),
        "HOME": str(tmp_path),
        "LANG": "nl_BE.UTF-8",  # a Flemish manager's laptop: the app speaks Dutch
    }
    for name in ("LEERCOACH_DB", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "leercoach", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_the_app_shows_its_dutch_window_with_icon_and_quits(tmp_path: Path) -> None:
    shown = start_app(tmp_path)
    assert shown["visible"] is True
    # The title bar says "leercoach.db — leercoach": Qt adds the display name to the title.
    assert (shown["title"], shown["display_name"]) == ("leercoach.db", "leercoach")
    assert shown["menus"] == ["&Bestand", "&Medewerker", "Bee&ld", "&Help"]
    assert shown["qt_cancel"] == "Annuleren"  # Qt's own catalogue is loaded too
    assert shown["icon"] is True
    assert shown["desktop_file"] == APP_ID
    assert (tmp_path / "data" / "leercoach.db").is_file()  # a real start on a real file
    assert shown["dialogs"] == ["Je naam"]  # a first start asks for the manager's name


@pytest.mark.slow
def test_a_file_with_the_managers_name_starts_without_asking_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "team.db") as store:
        store.set_setting("manager_name", "Katrien Vermeulen-De Smet")
    shown = start_app(tmp_path, "--db", str(tmp_path / "team.db"))
    assert shown["visible"] is True
    assert shown["dialogs"] == []


@pytest.mark.slow
def test_in_english_the_window_speaks_english(tmp_path: Path) -> None:
    shown = start_app(tmp_path, "--lang", "en", "--db", str(tmp_path / "team.db"))
    assert (shown["title"], shown["display_name"]) == ("team.db", "leercoach")
    assert shown["menus"] == ["&File", "&Employee", "&View", "&Help"]
    assert shown["qt_cancel"] == "Cancel"


def test_about_dialog_names_the_version(
    make_window: Any, language: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    language("nl")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = make_window()
    window.menus.show_about()
    assert shown and f"leercoach {__version__}:" in shown[0]
