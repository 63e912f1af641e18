"""The "Deze week" page (issue 16): what a manager sees on Monday morning, and where a
click takes them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionStatus, EmployeeDraft
from leercoach.domain.talks import week_of
from leercoach.store import Store
from leercoach.ui.main_window import MainWindow
from leercoach.ui.settings_dialog import SettingsDialog
from leercoach.ui.startup import show_first_page
from leercoach.ui.week_page import WeekPage

from ..test_week import fill


def shown_rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def week_page(qtbot: QtBot, window: MainWindow) -> WeekPage:
    window.show_week()
    page = window.pages.currentWidget()
    assert isinstance(page, WeekPage)
    qtbot.waitUntil(lambda: not page._stale)  # read off the UI thread after its first paint
    return page


def click(qtbot: QtBot, view: QTableView, row: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_page_says_who_what_when_and_how_late_in_dutch(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    open_store: Callable[[], Store],
    language: Callable[[str], str],
) -> None:
    language("nl")
    today = date.today()
    fill(open_store(), today)
    page = week_page(qtbot, make_window())
    talks = shown_rows(page.sections[0][1])
    assert [row[0] for row in talks] == ["Bram Verlinden", "Fien Nieuw", "Anna Claes"]
    assert talks[0][3] == "te laat" and talks[1][3] == "deze week"
    assert talks[2][1] == "Check-in"  # the planned deck, by its title
    actions = shown_rows(page.sections[1][1])
    assert actions[0][:2] == ["Bram Verlinden", "Cursus plannen"] and actions[0][3] == "te laat"
    assert [actions[-1][i] for i in (0, 1, 3)] == ["Anna Claes", "Planning delen", "deze week"]
    assert "Volgende week" not in [row[1] for row in actions]  # due next week
    assert "Van een gearchiveerde" not in [row[1] for row in actions]  # archived
    assert shown_rows(page.sections[2][1]) == [
        ["Anna Claes", "Triage leren", page.sections[2][2].index(0, 2).data(), "te laat"]
    ]
    headings = [label.text() for label, _, _ in page.sections]
    assert headings == ["Gesprekken (3)", f"Afspraken ({len(actions)})", "Doelen (1)"]
    monday, sunday = week_of(today)
    assert str(sunday.day) in page.period.text() and str(monday.day) in page.period.text()
    assert not page.empty.isVisible() and not page.reading.isVisible()


def test_a_click_on_an_action_opens_the_person_at_that_action_and_enter_a_talk(
    qtbot: QtBot, make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    ids = fill(open_store(), date.today())
    window = make_window()
    page = week_page(qtbot, window)
    actions_view = page.sections[1][1]
    last = actions_view.model().rowCount() - 1  # Anna's "Planning delen"
    click(qtbot, actions_view, last, 1)
    assert window.pages.currentWidget() is window.overview
    view = window.employee_view
    assert view.employee is not None and view.employee.id == ids["Anna Claes"]
    assert view.tabs.currentIndex() == 0
    assert view.actions_model.row(view.actions_view.currentIndex().row()).what == "Planning delen"

    page = week_page(qtbot, window)
    talks_view = page.sections[0][1]
    assert page.focusWidget() is talks_view or talks_view.hasFocus()  # ready for the keyboard
    talks_view.setCurrentIndex(talks_view.model().index(1, 0))  # Fien
    qtbot.keyClick(talks_view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.overview
    assert view.employee is not None and view.employee.id == ids["Fien Nieuw"]
    assert window.list_view.currentIndex().data() is not None

    page = week_page(qtbot, window)
    click(qtbot, page.sections[2][1], 0)  # Anna's late goal: on her growth tab
    assert view.employee.id == ids["Anna Claes"] and view.tabs.currentWidget() is view.growth


def test_the_page_follows_changes_and_escape_leads_back_to_the_people(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    open_store: Callable[[], Store],
    language: Callable[[str], str],
) -> None:
    language("nl")
    store = open_store()
    person = store.employees.add(EmployeeDraft(name="Jonas Peeters"))
    window = make_window()
    page = week_page(qtbot, window)
    assert page.empty.isVisible()
    assert page.empty.text() == (
        "Deze week wacht er niets: geen gesprekken, afspraken of doelen. Geniet van de rust."
    )
    assert not any(view.isVisible() for view in page.views)
    action = window.session.actions.add(
        person.id, "Verslag nalezen", "samen", date.today() - timedelta(days=1), ""
    )
    qtbot.waitUntil(lambda: not page.empty.isVisible())  # read again, off the UI thread
    assert shown_rows(page.sections[1][1])[0][:2] == ["Jonas Peeters", "Verslag nalezen"]
    window.session.actions.set_status(action, ActionStatus.KLAAR, "", None)
    qtbot.waitUntil(page.empty.isVisible)
    qtbot.keyClick(page.back, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.overview


def test_start_up_shows_the_week_when_the_setting_is_on_and_the_people_when_off(
    qtbot: QtBot, make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    window = make_window()
    show_first_page(window)
    assert window.pages.currentWidget() is window.welcome  # nobody yet: the welcome page
    window.close()
    open_store().employees.add(EmployeeDraft(name="Jonas Peeters"))
    window = make_window()
    show_first_page(window)  # the setting is on by default
    assert isinstance(window.pages.currentWidget(), WeekPage)
    window.show_overview()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), WeekPage)

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.week_at_start.isChecked() and not dialog.notify_at_start.isChecked()
    dialog.week_at_start.setChecked(False)
    dialog.accept()
    window.close()
    window = make_window()
    show_first_page(window)
    assert window.pages.currentWidget() is window.overview
    assert window.session.read_settings() == replace(
        window.session.read_settings(), week_at_start=False
    )


def test_a_row_click_outside_the_rows_opens_nobody(
    qtbot: QtBot, make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    fill(open_store(), date.today())
    window = make_window()
    page = week_page(qtbot, window)
    view: Any = page.sections[2][1]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, view.viewport().height() - 2)
    )
    assert window.pages.currentWidget() is page


def test_the_week_is_read_off_the_ui_thread_and_a_change_meanwhile_is_not_lost(
    qtbot: QtBot, make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    person = open_store().employees.add(EmployeeDraft(name="Jonas Peeters"))
    window = make_window()
    page = week_page(qtbot, window)
    actions = window.session.actions
    late = date.today() - timedelta(days=2)
    actions.add(person.id, "Eerste", "samen", late, "")  # a read starts: the page waits
    assert page._reading and page.empty.isVisible()
    actions.add(person.id, "Tweede", "samen", late, "")  # while it reads: read once more
    qtbot.waitUntil(lambda: not page._reading and not page._stale)
    assert sorted(row[1] for row in shown_rows(page.sections[1][1])) == ["Eerste", "Tweede"]
