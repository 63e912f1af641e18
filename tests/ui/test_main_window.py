from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.store import Store
from leercoach.ui.backups import BackupScheduler
from leercoach.ui.deck_picker import DeckPickerDialog
from leercoach.ui.employee_dialog import EmployeeDialog
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session
from leercoach.ui.settings import window_settings

from .conftest import type_text


def test_empty_database_shows_welcome_and_demo_is_removable(
    qtbot: QtBot, make_window: Any, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    window.add_demo()
    assert window.pages.currentWidget() is window.overview
    assert window.demo_bar.isVisible()
    assert window.people.rowCount() == 12
    window.remove_demo()
    assert window.session.store.employees.count() == 0
    assert window.pages.currentWidget() is window.welcome


def test_search_finds_names_without_typing_accents(
    qtbot: QtBot, make_window: Any, zoe: str
) -> None:
    window = make_window()
    window.session.people.add(EmployeeDraft(name="Bram Maes", team="IT"))
    type_text(qtbot, window.search, "zoe")
    assert window.filter.rowCount() == 1
    window.search.clear()
    window.team.setCurrentIndex(window.team.findData("IT"))
    assert window.filter.rowCount() == 1
    assert window.filter.index(0, 0).data() == "Bram Maes · IT"


def test_employee_dialog_refuses_bad_input(qtbot: QtBot) -> None:
    dialog = EmployeeDialog(["Zorg"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.problems.isVisible()
    assert dialog.result() != EmployeeDialog.DialogCode.Accepted
    type_text(qtbot, dialog.name, "Søren Ĳsselmeer")
    dialog.start.set_value(date(2024, 5, 1))
    dialog.end.set_value(date(2024, 4, 1))
    dialog.accept()
    assert dialog.result() != EmployeeDialog.DialogCode.Accepted
    assert dialog.problems.text().count("\n") == 0  # only the date problem remains
    dialog.end.set_value(date(2025, 4, 1))
    dialog.accept()
    assert dialog.result() == EmployeeDialog.DialogCode.Accepted
    assert dialog.draft().name == "Søren Ĳsselmeer"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date.today() - timedelta(days=20), None, "onboarding"),
        (date(2015, 1, 1), date.today() + timedelta(days=30), "exitgesprek"),
        (date(2015, 1, 1), None, "check-in"),
    ],
)
def test_deck_picker_suggests_a_fitting_deck(
    qtbot: QtBot, library: Any, store: Any, start: date, end: date | None, expected: str
) -> None:
    person = store.employees.add(EmployeeDraft(name="Noë", start_date=start, end_date=end))
    picker = DeckPickerDialog(library, person, "nl")
    qtbot.addWidget(picker)
    chosen = picker.chosen_deck()
    assert chosen is not None and chosen.slug == expected
    assert chosen.title in picker.suggestion.text()


def test_the_suggestion_follows_the_growth_cycle_and_is_not_a_second_check_in_on_one_day(
    qtbot: QtBot,
    library: Any,
    db_path: Path,
    language: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language("nl")
    shown: list[tuple[str, str]] = []

    def look(picker: DeckPickerDialog) -> int:
        chosen = picker.chosen_deck()
        shown.append((chosen.slug if chosen else "", picker.suggestion.text()))
        return DeckPickerDialog.DialogCode.Rejected

    monkeypatch.setattr(DeckPickerDialog, "exec", look)
    with Store.open(db_path, clock=lambda: datetime(2026, 3, 10, 9, 30)) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", start_date=date(2019, 5, 1)))
        window = MainWindow(Session(store, library), "nl")
        qtbot.addWidget(window)
        window.select_employee(zoe.id)

        window.new_conversation()
        # The plangesprek names this gap in its suggest_for_gaps, so it is the one offered.
        assert shown.pop() == (
            "groeicyclus-plannen",
            "Voorstel: Plangesprek. In de groeicyclus van Zoë Peeters is nog geen"
            " plangesprek gevoerd.",
        )
        planning = store.conversations.start(zoe.id, library.get("ontwikkelgesprek"))
        store.conversations.complete(planning.id)
        window.new_conversation()
        assert shown.pop() == (
            "check-in",
            "Voorstel: Check-in. Een periodiek gesprek met Zoë Peeters.",
        )
        check_in = store.conversations.start(zoe.id, library.get("check-in"))
        store.conversations.complete(check_in.id)
        window.new_conversation()
        slug, text = shown.pop()
        assert text == "Geen voorstel: Zoë Peeters had vandaag al “Check-in”."
        assert slug != "check-in"
        window.close()


def test_deck_picker_in_english_prefers_english_twin(
    qtbot: QtBot, library: Any, store: Any
) -> None:
    person = store.employees.add(EmployeeDraft(name="Ann", start_date=date(2015, 1, 1)))
    picker = DeckPickerDialog(library, person, "en")
    qtbot.addWidget(picker)
    chosen = picker.chosen_deck()
    assert chosen is not None and chosen.slug == "check-in-en"


def test_deck_picker_lists_broken_decks(
    qtbot: QtBot, library: Any, store: Any, tmp_path: Any
) -> None:
    from leercoach.decks import load_library
    from leercoach.paths import shipped_decks_dir

    (tmp_path / "kapot.toml").write_text('slug = "kapot"\nversion = "een"\n', "utf-8")
    library = load_library([shipped_decks_dir(), tmp_path])
    person = store.employees.add(EmployeeDraft(name="Ann"))
    picker = DeckPickerDialog(library, person, "nl")
    qtbot.addWidget(picker)
    model = picker.model
    last = model.index(model.rowCount() - 1, 0)
    broken = model.index(0, 0, last)
    assert broken.data() == "kapot.toml"
    picker.tree.setCurrentIndex(broken)
    assert "version: expected a whole number" in picker.details.text()
    assert not picker.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_window_remembers_size_and_last_employee(qtbot: QtBot, make_window: Any, zoe: str) -> None:
    window = make_window()
    bram = window.session.people.add(EmployeeDraft(name="Bram Maes"))
    window.select_employee(bram.id)
    window.resize(780, 560)
    window.close()
    window.session.store.close()
    assert window_settings().value("window/lastEmployee") == bram.id
    again = make_window()
    assert again.selected_employee() is not None
    assert again.selected_employee().id == bram.id
    assert (again.width(), again.height()) == (780, 560)


def test_default_window_fits_a_small_laptop(qtbot: QtBot, make_window: Any, zoe: str) -> None:
    window = make_window()
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_the_title_names_the_file_and_leaves_the_app_name_to_qt(
    make_window: Any, db_path: Any
) -> None:
    window = make_window()
    # The title bar reads "leercoach.db — leercoach": Qt adds the app's display name, so a
    # title that named the app too said it twice ("leercoach — leercoach.db — leercoach").
    assert window.windowTitle() == db_path.name


def test_a_session_with_its_services_and_backup_timer_is_freed_at_once(
    qapp: Any, open_store: Any, library: Any
) -> None:
    """No cycle between the session, its services and the backup scheduler (a QObject
    with a timer): the full suite crashed in the collector freeing such a cycle."""
    session = Session(open_store(), library)
    backups = BackupScheduler(session)
    assert session.people.session is session
    held = [weakref.ref(session), weakref.ref(backups)]
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del backups, session
        assert [ref() for ref in held] == [None, None]
    finally:
        if was_enabled:
            gc.enable()


def test_a_window_nobody_holds_is_freed_at_once(
    qapp: Any, open_store: Any, library: Any, zoe: str
) -> None:
    """No reference cycle through the window: Python's collector frees a cycle at any
    moment, and freeing a window in the middle of its own paint crashed the tests."""
    window = MainWindow(Session(open_store(), library), "nl")
    window.show()
    window.select_employee(zoe)
    qapp.processEvents()
    held = weakref.ref(window)
    was_enabled = gc.isenabled()  # off in every UI test: see ui/collector.py
    gc.disable()
    try:
        del window
        assert held() is None
    finally:
        if was_enabled:
            gc.enable()
