"""The team overview page: sorted, filtered by team, overdue in words and colour, a click
opens the person, and it follows every change."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.store import Store
from leercoach.ui.colours import colours
from leercoach.ui.main_window import MainWindow
from leercoach.ui.overview_model import TeamOverviewModel
from leercoach.ui.overview_page import TeamOverviewPage

from .conftest import Shown


@pytest.fixture
def window(
    make_window: Callable[[], MainWindow],
    open_store: Callable[[], Store],
    language: Callable[[str], str],
) -> MainWindow:
    """Anna (Zorg) planned yesterday: overdue. Bram (IT) planned next month. Cas (Zorg)
    without a plan or a talk."""
    language("nl")
    store = open_store()
    today = date.today()
    from leercoach.domain.talks import TalkPlan

    for name, team, planned in (
        ("Anna Aerts", "Zorg", today - timedelta(days=1)),
        ("Bram Maes", "IT", today + timedelta(days=30)),
        ("Cas Claes", "Zorg", None),
    ):
        person = store.employees.add(EmployeeDraft(name=name, team=team))
        if planned is not None:
            store.talk_plans.set_plan(person.id, TalkPlan(planned=planned))
    made = make_window()
    made.show_team_overview()
    return made


def page_of(window: MainWindow) -> TeamOverviewPage:
    page = window.pages.currentWidget()
    assert isinstance(page, TeamOverviewPage)
    return page


def column(page: TeamOverviewPage, number: int) -> list[str]:
    proxy = page.proxy
    return [str(proxy.index(row, number).data()) for row in range(proxy.rowCount())]


def test_the_page_shows_everyone_with_the_overdue_talk_in_words_and_colour(
    window: MainWindow,
) -> None:
    page = page_of(window)
    assert column(page, TeamOverviewModel.NAME) == ["Anna Aerts", "Bram Maes", "Cas Claes"]
    next_talks = column(page, TeamOverviewModel.NEXT)
    assert next_talks[0].endswith("· te laat")
    assert "te laat" not in next_talks[1] and next_talks[2] == "niet gepland"
    brush = page.proxy.index(0, TeamOverviewModel.NEXT).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == colours().overdue
    assert page.summary.text() == "3 medewerkers · 1 gesprek te laat"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"


def test_sorting_by_the_next_talk_puts_the_earliest_first_and_the_unplanned_last(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    header = page.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(TeamOverviewModel.NEXT) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert column(page, TeamOverviewModel.NAME) == ["Anna Aerts", "Bram Maes", "Cas Claes"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert column(page, TeamOverviewModel.NAME) == ["Cas Claes", "Bram Maes", "Anna Aerts"]
    page.table.sortByColumn(TeamOverviewModel.TEAM, Qt.SortOrder.AscendingOrder)
    assert column(page, TeamOverviewModel.TEAM) == ["IT", "Zorg", "Zorg"]


def test_the_team_filter_keeps_one_team(window: MainWindow) -> None:
    page = page_of(window)
    page.team.setCurrentIndex(page.team.findData("Zorg"))
    assert column(page, TeamOverviewModel.NAME) == ["Anna Aerts", "Cas Claes"]
    assert page.summary.text() == "2 medewerkers · 1 gesprek te laat"
    page.team.setCurrentIndex(0)  # "Alle teams"
    assert page.proxy.rowCount() == 3


def test_the_kpis_of_the_year_stand_beside_the_rows_for_the_team_chosen(
    window: MainWindow,
) -> None:
    page = page_of(window)
    kpi = page.kpi
    assert kpi.isVisible() and kpi.chosen_year() == date.today().year

    def employees() -> str:
        row = [kpi.model.key(number) for number in range(kpi.model.rowCount())].index("employees")
        return str(kpi.model.index(row, 1).data())

    assert employees() == "3"
    page.team.setCurrentIndex(page.team.findData("Zorg"))
    assert kpi.team == "Zorg" and employees() == "2"


def test_a_click_opens_the_person_and_enter_does_too(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    table = page.table
    spot = table.visualRect(page.proxy.index(1, TeamOverviewModel.NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.pages.currentWidget() is window.overview
    shown = window.selected_employee()
    assert shown is not None and shown.name == "Bram Maes"
    window.show_team_overview()
    table.setFocus()
    table.setCurrentIndex(page.proxy.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    shown = window.selected_employee()
    assert window.pages.currentWidget() is window.overview
    assert shown is not None and shown.name == "Cas Claes"


def test_escape_goes_back_to_the_people(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.overview


def test_the_page_follows_a_change(window: MainWindow) -> None:
    page = page_of(window)
    window.session.people.add(EmployeeDraft(name="Dirk Dewitte", team="IT"))
    assert "Dirk Dewitte" in column(page, TeamOverviewModel.NAME)
    assert page.team.findData("IT") > 0
    assert page.summary.text() == "4 medewerkers · 1 gesprek te laat"


def test_the_team_report_button_writes_the_pdf_of_the_rows_shown(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    page = page_of(window)
    page.team.setCurrentIndex(page.team.findData("Zorg"))
    target = tmp_path / "team"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page.report_button.click()
    written = target.with_suffix(".pdf")
    text = subprocess.run(
        ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "team Zorg" in text and "Anna Aerts" in text and "Cas Claes" in text
    assert "Bram Maes" not in text and "te laat" in text
    assert shown and "team.pdf" in shown[-1][1]


def test_the_view_menu_and_its_shortcut_open_the_page(window: MainWindow, qtbot: QtBot) -> None:
    window.show_overview()
    assert window.pages.currentWidget() is window.overview
    entry = next(
        action
        for menu in window.menuBar().actions()
        if menu.text() == "Bee&ld"
        for action in menu.menu().actions()
        if action.text() == "Team&overzicht"
    )
    assert entry.shortcut().toString() == "Ctrl+2"
    entry.trigger()
    assert isinstance(window.pages.currentWidget(), TeamOverviewPage)


def test_every_menu_of_the_bar_has_a_letter_of_its_own(window: MainWindow) -> None:
    """Alt and a letter opens one menu: two menus on one letter (Bestand, Beeld) open
    neither at once."""
    titles = [menu.text() for menu in window.menuBar().actions() if menu.text()]
    letters = [title[title.index("&") + 1].lower() for title in titles]
    assert len(set(letters)) == len(letters), titles


def test_on_a_big_file_the_rows_are_read_off_the_ui_thread(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From ``BACKGROUND_FROM`` people on (an HR file), as an operation: here from one on.
    The session's operation is watched (which thread runs it), not replaced."""
    from leercoach.ui.session.overview import TeamOverview

    threads: list[object] = []
    work = TeamOverview.rows_op

    def watched(service: TeamOverview) -> object:
        op = work(service)

        def run(store: Store, progress: object) -> object:
            threads.append(threading.current_thread())
            return op.work(store, progress)  # type: ignore[arg-type]

        return type(op)(run, op.changes, op.cancellable)

    monkeypatch.setattr(TeamOverviewPage, "BACKGROUND_FROM", 1)
    monkeypatch.setattr(TeamOverview, "rows_op", watched)
    page = page_of(window)
    window.session.people.add(EmployeeDraft(name="Dirk Dewitte", team="IT"))
    assert threads and threads[0] is not threading.main_thread()
    assert "Dirk Dewitte" in column(page, TeamOverviewModel.NAME)
