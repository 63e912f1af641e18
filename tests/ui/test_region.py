"""The region in the settings: Dutch as Belgium (the default) or the Netherlands writes it.

Chosen in the settings dialog, as a manager does; then read back where the app shows a
date: the person's start date, an action's due date and its column, the date field.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, EmployeeDraft
from leercoach.store import Store
from leercoach.ui.employee_dialog import EmployeeDialog
from leercoach.ui.i18n import use_region
from leercoach.ui.settings_dialog import SettingsDialog

SHOWN = {
    # region: (column title, due date, start date in the date field)
    "nl_BE": ("Tegen wanneer", "15 mrt 2027", "5/03/2020"),
    "nl_NL": ("Uiterlijk op", "15 mrt 2027", "05-03-2020"),
}


@pytest.fixture
def dutch(qapp: QApplication, language: Callable[[str], str]) -> Iterator[None]:
    language("nl")
    yield
    use_region(qapp, "nl", "nl_BE")  # the default again for the tests after this one


@pytest.mark.parametrize("region", ["nl_BE", "nl_NL"])
def test_dates_and_words_follow_the_region_chosen_in_the_settings(
    qtbot: QtBot, dutch: None, make_window: Any, open_store: Callable[[], Store], region: str
) -> None:
    store = open_store()
    person = store.employees.add(EmployeeDraft(name="Zoë Peeters", start_date=date(2020, 3, 5)))
    store.actions.add(person.id, "Weekplanning maken", ActionOwner.SAMEN, date(2027, 3, 15))
    window = make_window()
    settings = SettingsDialog(window.session, window)
    qtbot.addWidget(settings)
    assert settings.region.currentData() == "nl_BE"  # the default
    settings.region.setCurrentIndex(settings.region.findData(region))
    settings.accept()
    assert store.settings.read().region == region

    window.select_employee(person.id)
    view = window.employee_view
    model = view.actions_model
    column_title, due, start = SHOWN[region]
    assert model.headerData(2, Qt.Orientation.Horizontal) == column_title
    assert model.index(0, 2).data() == due
    assert "sinds 5 maart 2020" in view.details.text()
    dialog = EmployeeDialog([], store.employees.get(person.id), parent=window)
    qtbot.addWidget(dialog)
    assert dialog.start.text() == start


def test_the_app_starts_and_shows_a_person_without_loading_babel(tmp_path: Path) -> None:
    """Babel costs ~20 ms at import: the PDF and the growth tab load it, the start does not."""
    script = f"""
import sys
from datetime import date
from pathlib import Path
from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.ui.app import create_application
from leercoach.ui.i18n import install_translators, use_region
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session
app = create_application()
spoken = install_translators(app, "nl")
store = Store.open(Path({str(tmp_path / "start.db")!r}))
person = store.employees.add(EmployeeDraft(name="Zoë", start_date=date(2020, 3, 5)))
session = Session(store, load_library([shipped_decks_dir()]))
use_region(app, spoken, session.read_settings().region)
window = MainWindow(session, spoken)
window.show()
window.select_employee(person.id)
app.processEvents()
print("babel" in sys.modules)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.stdout.strip() == "False", result.stderr
