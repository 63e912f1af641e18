"""Talking points on screen (issue 17): added and removed (with undo) in the person view,
the first step "Onderwerpen" of the next conversation, ticked there, kept in its record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from leercoach.domain.talking_point import PointBy, PointStatus
from leercoach.ui.conversation.steps_model import POINTS
from leercoach.ui.main_window import MainWindow
from leercoach.ui.person_points import AddPointDialog

from .conftest import type_text
from .test_conversation_flow import start_check_in


def shown_points(window: MainWindow) -> list[str]:
    model = window.employee_view.points.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def fill_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The add dialog, typed into by the test as a manager would."""
    typed: dict[str, Any] = {"seen": []}

    def run(dialog: AddPointDialog) -> int:
        dialog.show()
        for text, by in typed.pop("entries"):
            dialog.text.clear()
            type_text(qtbot, dialog.text, text)
            dialog.by.setCurrentIndex(dialog.by.findData(by.value))
            dialog.accept()
            typed["seen"].append(dialog.problem.text() if dialog.problem.isVisible() else "")
        return dialog.result()

    monkeypatch.setattr(AddPointDialog, "exec", run)
    return typed


def test_a_topic_added_in_the_person_view_is_listed_with_who_raised_it(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    zoe: str,
    fill_dialog: dict[str, Any],
    language: Callable[[str], str],
) -> None:
    language("nl")
    window = make_window()
    assert window.select_employee(zoe)
    points = window.employee_view.points
    assert points.heading.text() == "Gespreksonderwerpen (0 open)"
    assert points.add_button.text() == "Onderwerp &toevoegen…"
    # Empty first: the dialog says why and stays; then the topic.
    fill_dialog["entries"] = [
        ("", PointBy.MEDEWERKER),
        ("Zoë wil thuiswerk 🏡", PointBy.MEDEWERKER),
    ]
    points.add_button.click()
    assert fill_dialog["seen"] == ["tekst: zeg waarover je wilt praten", ""]
    (line,) = shown_points(window)
    assert line.startswith("Zoë wil thuiswerk 🏡  —  Medewerker · ")
    assert points.heading.text() == "Gespreksonderwerpen (1 open)"
    (stored,) = window.session.store.talking_points.for_employee(zoe)
    assert (stored.text, stored.by) == ("Zoë wil thuiswerk 🏡", PointBy.MEDEWERKER)


def test_an_open_topic_is_removed_at_once_and_comes_back_with_undo(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str
) -> None:
    window = make_window()
    window.session.points.add(zoe, "Het rooster", PointBy.LEIDINGGEVENDE)
    assert window.select_employee(zoe)
    view = window.employee_view
    points = view.points
    assert not points.remove_button.isEnabled()  # nothing chosen yet
    points.view.setCurrentIndex(points.model.index(0, 0))
    assert points.remove_button.isEnabled()
    points.remove_button.click()
    assert shown_points(window) == []
    assert window.session.store.talking_points.for_employee(zoe) == []
    assert view.undo_bar.isVisible() and view.undo_bar.message.text() == "Talking point removed."
    view.undo_bar.undo_button.click()
    assert [p.split("  —  ")[0] for p in shown_points(window)] == ["Het rooster"]


def test_the_next_talk_starts_with_the_topics_and_keeps_what_was_discussed(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    store = window.session.store
    home = window.session.points.add(zoe, "Thuiswerk op vrijdag", PointBy.MEDEWERKER)
    window.session.points.add(zoe, "Het rooster", PointBy.LEIDINGGEVENDE)
    page = start_check_in(window, zoe)
    assert page.steps_model.index(0, 0).data() == "Talking points"
    assert page.current_key() == POINTS
    assert page.progress_label.text() == "Talking points"
    assert not page.skip_button.isEnabled()
    rows = page.points_step.rows
    assert [row.point.text for row in rows] == ["Thuiswerk op vrijdag", "Het rooster"]
    assert [row.discussed.isChecked() for row in rows] == [False, False]
    rows[0].discussed.click()
    assert store.talking_points.get(home.id).status is PointStatus.BESPROKEN
    page.next()
    assert page.deck is not None
    assert page.progress_label.text() == f"Card 1 of {sum(not c.optional for c in page.deck.cards)}"
    talk = page.conversation
    assert talk is not None
    page.go_to(page.steps_model.rowCount() - 1)
    shown = page.summary_step.browser.toPlainText()
    assert "Talking points discussed" in shown and "Thuiswerk op vrijdag (employee)" in shown
    assert "Het rooster" not in shown
    page.finish()
    # The record: the step shows what was discussed in it, and it cannot be changed.
    assert page.read_only
    assert page.show_step(POINTS)
    (kept,) = page.points_step.rows
    assert kept.point.text == "Thuiswerk op vrijdag" and kept.discussed.isChecked()
    assert not kept.isEnabled()
    assert page.points_step.hint.text() == "Discussed in this conversation."
    # The person view lists it as discussed (in words), the other still open.
    page.leave()
    QApplication.processEvents()
    lines = shown_points(window)
    assert lines[0].startswith("Het rooster") and lines[1].endswith(" · discussed")
    assert window.employee_view.points.heading.text() == "Talking points (1 open)"
    # The next talk carries on what was left open.
    page = start_check_in(window, zoe)
    assert [row.point.text for row in page.points_step.rows] == ["Het rooster"]


def test_no_topics_no_step(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    assert page.steps_model.row_of(POINTS) == -1
    assert page.deck is not None and page.current_key() == page.deck.cards[0].id


def test_the_managers_own_record_has_no_topics_step(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str
) -> None:
    window = make_window()
    session = window.session
    session.points.add(zoe, "Thuiswerk op vrijdag", PointBy.MEDEWERKER)
    own = session.talks.start(zoe, session.library.get("feedforward-voorbereiding"))
    window.open_conversation(own)
    page = window.conversation_page
    assert page.steps_model.row_of(POINTS) == -1
    talk = session.talks.start(zoe, session.library.get("check-in"))
    window.open_conversation(talk)
    assert page.steps_model.row_of(POINTS) == 0


def test_the_employee_menu_adds_a_topic_for_the_person_shown(
    qtbot: QtBot, make_window: Callable[[], MainWindow], zoe: str, fill_dialog: dict[str, Any]
) -> None:
    window = make_window()
    assert window.select_employee(zoe)
    (entry,) = [
        action
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text() == "Add a talking p&oint…"
    ]
    fill_dialog["entries"] = [("Het rooster", PointBy.LEIDINGGEVENDE)]
    entry.trigger()
    assert [p.text for p in window.session.store.talking_points.for_employee(zoe)] == [
        "Het rooster"
    ]
