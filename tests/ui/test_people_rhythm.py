"""The people's list with each person's last and next talk: marked when overdue or due
this week (in words, and in colour), ordered by name or next talk, filtered by due ones,
and up to date once a talk is held.

The people and their plans are made as a manager makes them (the store, then the
window); what is checked is what the list shows, in Dutch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.domain.talks import TalkPlan
from leercoach.store import Store
from leercoach.ui.colours import colours
from leercoach.ui.main_window import MainWindow
from leercoach.ui.people_model import LAST, NEXT, Due, Order, compact_date

from .conftest import DISK_FULL, Shown

TODAY = date.today()


@pytest.fixture(autouse=True)
def today_as_the_test_starts() -> None:
    """Today when each test starts, not when the module was collected: a run that
    crosses midnight saw yesterday's date here and today's in the app."""
    global TODAY  # noqa: PLW0603 - the tests read it as a plain name
    TODAY = date.today()


@pytest.fixture
def window(
    make_window: Callable[[], MainWindow],
    open_store: Callable[[], Store],
    language: Callable[[str], str],
    qtbot: QtBot,
) -> MainWindow:
    """Four people: Zoë's talk was planned for yesterday (overdue), Bram's is today (this
    week), An's in a month, and Lies has none."""
    language("nl")
    store = open_store()
    plans = {
        "Zoë Peeters": TODAY - timedelta(days=1),
        "Bram Maes": TODAY,
        "An Claes": TODAY + timedelta(days=30),
        "Lies Wouters": None,
    }
    for name, planned in plans.items():
        person = store.employees.add(EmployeeDraft(name=name, team="Zorg"))
        if planned is not None:
            store.talk_plans.set_plan(person.id, TalkPlan(planned=planned))
    made = make_window()
    wait_for_talks(qtbot, made)
    return made


def wait_for_talks(qtbot: QtBot, window: MainWindow) -> None:
    """The talks are read off the UI thread once the names show."""
    qtbot.waitUntil(lambda: window.people.has_talks, timeout=5000)


def shown(window: MainWindow, column: int = 0, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = window.filter
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def row_of(window: MainWindow, name: str) -> int:
    return [text.split(" · ")[0] for text in shown(window)].index(name)


def next_cell(window: MainWindow, name: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return window.filter.index(row_of(window, name), NEXT).data(role)


def test_an_overdue_and_a_due_talk_are_marked_in_words_and_colour(window: MainWindow) -> None:
    assert shown(window) == [
        "An Claes · Zorg",
        "Bram Maes · Zorg",
        "Lies Wouters · Zorg",
        "Zoë Peeters · Zorg",
    ]
    yesterday = compact_date(TODAY - timedelta(days=1), TODAY)
    assert next_cell(window, "Zoë Peeters") == f"{yesterday} (te laat)"
    assert next_cell(window, "Bram Maes") == f"{compact_date(TODAY, TODAY)} (deze week)"
    in_a_month = TODAY + timedelta(days=30)
    assert next_cell(window, "An Claes") == compact_date(in_a_month, TODAY)
    assert next_cell(window, "Lies Wouters") == "—"
    # The colour says it too, from the palette's colours: red for overdue, amber for soon.
    late: QBrush = next_cell(window, "Zoë Peeters", Qt.ItemDataRole.ForegroundRole)
    soon: QBrush = next_cell(window, "Bram Maes", Qt.ItemDataRole.ForegroundRole)
    assert late.color() == colours().overdue
    assert soon.color() == colours().warning
    assert next_cell(window, "An Claes", Qt.ItemDataRole.ForegroundRole) is None
    # No talk held yet: the last talk says so.
    assert shown(window, LAST) == ["—"] * 4
    header = window.filter.headerData(NEXT, Qt.Orientation.Horizontal)
    assert (window.filter.headerData(0, Qt.Orientation.Horizontal), header) == (
        "Naam",
        "Volgende",
    )


def test_the_list_orders_by_next_talk_and_back_by_name_keeping_who_is_picked(
    window: MainWindow,
) -> None:
    assert window.select_employee(window.people.row(0).id)  # An Claes
    picked = window.selected_employee()
    assert picked is not None and picked.name == "An Claes"
    assert window.pane.order.itemText(1) == "Op volgende gesprek"
    window.pane.order.setCurrentIndex(window.pane.order.findData(Order.NEXT_TALK))
    assert [text.split(" · ")[0] for text in shown(window)] == [
        "Zoë Peeters",
        "Bram Maes",
        "An Claes",
        "Lies Wouters",  # no next talk: last
    ]
    current = window.list_view.currentIndex()
    assert current.data().startswith("An Claes"), "the same person stays picked"
    assert window.selected_employee() == picked
    window.pane.order.setCurrentIndex(window.pane.order.findData(Order.NAME))
    assert shown(window)[0] == "An Claes · Zorg"


def test_the_list_filters_the_due_this_week_and_the_overdue_with_the_team_filter(
    window: MainWindow, open_store: Callable[[], Store]
) -> None:
    due = window.pane.due
    assert [due.itemText(i) for i in range(due.count())] == [
        "Alle gesprekken",
        "Deze week",
        "Te laat",
    ]
    due.setCurrentIndex(due.findData(Due.OVERDUE))
    assert shown(window) == ["Zoë Peeters · Zorg"]
    due.setCurrentIndex(due.findData(Due.THIS_WEEK))
    assert shown(window) == ["Bram Maes · Zorg"]
    window.search.setText("zoe")  # both filters at once: nobody is both
    assert shown(window) == []
    window.search.setText("")
    due.setCurrentIndex(due.findData(Due.ANYONE))
    assert len(shown(window)) == 4


def test_a_talk_held_updates_the_list_at_once(window: MainWindow, qtbot: QtBot) -> None:
    """Zoë's check-in today uses up her planned date: the rhythm (a check-in every four
    weeks) gives the next one, and she is no longer overdue."""
    window.pane.due.setCurrentIndex(window.pane.due.findData(Due.OVERDUE))
    assert shown(window) == ["Zoë Peeters · Zorg"]
    window.pane.due.setCurrentIndex(window.pane.due.findData(Due.ANYONE))
    session = window.session
    zoe = window.people.row(row_of(window, "Zoë Peeters")).id
    assert window.select_employee(zoe)
    window.open_conversation(session.talks.start(zoe, session.library.get("check-in")))
    window.conversation_page.finish()
    row = row_of(window, "Zoë Peeters")
    assert window.filter.index(row, LAST).data() == compact_date(TODAY, TODAY)
    assert next_cell(window, "Zoë Peeters") == compact_date(TODAY + timedelta(weeks=4), TODAY)
    window.pane.due.setCurrentIndex(window.pane.due.findData(Due.OVERDUE))
    assert shown(window) == []


def test_the_names_show_before_the_talks_are_read(
    make_window: Callable[[], MainWindow],
    open_store: Callable[[], Store],
    qtbot: QtBot,
) -> None:
    """The talks are read off the UI thread: the window has its names at once, the talk
    columns fill in when the read is done, in English here."""
    store = open_store()
    person = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    store.talk_plans.set_plan(person.id, TalkPlan(planned=TODAY - timedelta(days=3)))
    window = make_window()
    assert shown(window) == ["Zoë Peeters"]
    wait_for_talks(qtbot, window)
    assert "(overdue)" in next_cell(window, "Zoë Peeters")


def test_the_list_model_with_talks_passes_qts_checks_in_either_order(
    qtmodeltester: Any, window: MainWindow
) -> None:
    model = window.people
    qtmodeltester.check(model)
    model.set_order(Order.NEXT_TALK)
    qtmodeltester.check(model)
    window.pane.due.setCurrentIndex(window.pane.due.findData(Due.THIS_WEEK))
    qtmodeltester.check(window.filter)


def test_a_read_that_fails_is_said_in_a_sentence_and_a_gone_owner_hears_nothing(
    qtbot: QtBot, window: MainWindow, shown: Shown
) -> None:
    """The disk full while the talks are read: the manager is told, in Dutch."""
    from leercoach.ui.background_read import read_in_background

    def full(store: Store) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    arrived: list[object] = []
    read_in_background(window.session.store, full, window.pane, arrived.append)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert shown[0][:2] == (QMessageBox.Icon.Warning, DISK_FULL)
    assert arrived == []

    owner = QObject()
    read_in_background(window.session.store, lambda store: 1, owner, arrived.append)
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    read_in_background(window.session.store, lambda store: 2, window.pane, arrived.append)
    qtbot.waitUntil(lambda: arrived == [2], timeout=5000)
