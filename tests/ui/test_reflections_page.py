"""My reflections: the manager's own records on a page of their own (issue 17)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from leercoach.domain import Deck
from leercoach.store import Store
from leercoach.ui.deck_picker import DeckPickerDialog
from leercoach.ui.main_window import MainWindow
from leercoach.ui.reflections_page import NO_ONE, ReflectionsModel, ReflectionsPage


@pytest.fixture
def window(
    make_window: Callable[[], MainWindow],
    open_store: Callable[[], Store],
    zoe: str,
    library: Any,
    language: Callable[[str], str],
) -> MainWindow:
    """Zoë with a check-in and a completed preparation; a self-check about no one after."""
    language("nl")
    store = open_store()
    store.conversations.start(zoe, library.get("check-in"))
    prep = store.conversations.start(zoe, library.get("feedforward-voorbereiding"))
    store.conversations.complete(prep.id)
    store.conversations.start(None, library.get("coachend-leidinggeven-zelfcheck"))
    return make_window()


def shown_page(window: MainWindow) -> ReflectionsPage:
    page = window.pages.currentWidget()
    assert isinstance(page, ReflectionsPage)
    return page


def rows(page: ReflectionsPage) -> list[tuple[str, str]]:
    model = page.model
    return [
        (
            model.index(row, ReflectionsModel.DECK).data(),
            model.index(row, ReflectionsModel.ABOUT).data(),
        )
        for row in range(model.rowCount())
    ]


def slugs(picker: DeckPickerDialog) -> set[str]:
    model = picker.model
    groups = [model.index(row, 0) for row in range(model.rowCount())]
    found = (model.item(model.index(r, 0, g)) for g in groups for r in range(model.rowCount(g)))
    return {item.slug for item in found if isinstance(item, Deck)}


def view_action(window: MainWindow, keys: str) -> Any:
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        if action.shortcut() == QKeySequence(keys):
            return action
    raise AssertionError(f"no action for {keys}")


def test_the_view_menu_shows_the_managers_own_records_newest_first(window: MainWindow) -> None:
    action = view_action(window, "Ctrl+3")
    assert action.text().replace("&", "") == "Mijn reflecties"
    action.trigger()
    page = shown_page(window)
    assert rows(page) == [
        ("Zelfcheck: coachend leidinggeven", NO_ONE),
        ("Feedforwardgesprek voorbereiden", "Zoë Peeters"),
    ]
    about_no_one = page.model.index(0, ReflectionsModel.ABOUT)
    assert about_no_one.data(Qt.ItemDataRole.AccessibleTextRole) == "over niemand"
    assert page.table.accessibleName() == "Mijn reflecties, nieuwste eerst"
    assert page.new_button.text() == "Nieuwe reflectie…"


def test_a_record_opens_on_the_conversation_page_and_closing_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_reflections()
    page = shown_page(window)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.conversation_page
    opened = window.conversation_page.conversation
    assert opened is not None and opened.employee_id is None
    assert window.conversation_page.title.text().startswith("Zelfcheck: coachend leidinggeven  ·")
    assert not window.conversation_page.notes.add_action.isEnabled()  # no one to act
    window.conversation_page.closed.emit()
    assert window.pages.currentWidget() is page


def test_a_new_reflection_is_about_no_one_and_the_picker_offers_only_those(
    window: MainWindow, answer_dialogs: dict[str, Any], library: Any
) -> None:
    offered = slugs(DeckPickerDialog(library, None, "nl", window))
    assert offered == {"coachend-leidinggeven-zelfcheck"}
    person = window.session.people.listing()[0]
    for_zoe = slugs(DeckPickerDialog(library, window.session.people.get(person.id), "nl", window))
    assert "feedforward-voorbereiding" in for_zoe  # about Zoë: offered on her view
    assert "coachend-leidinggeven-zelfcheck" not in for_zoe
    window.show_reflections()
    page = shown_page(window)
    answer_dialogs["deck"] = "coachend-leidinggeven-zelfcheck"
    started = page.new_reflection()
    assert started is not None and started.employee_id is None
    assert window.pages.currentWidget() is window.conversation_page
    window.conversation_page.closed.emit()
    assert window.pages.currentWidget() is page
    assert [about for _, about in rows(page)] == [NO_ONE, NO_ONE, "Zoë Peeters"]
