"""The deck picker's list: every row whole, and no internal source note in sight."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from leercoach.domain import Deck, EmployeeDraft
from leercoach.store import Store
from leercoach.ui.deck_picker import DeckPickerDialog


def deck_rows(picker: DeckPickerDialog) -> list[QModelIndex]:
    model = picker.model
    groups = [model.index(row, 0) for row in range(model.rowCount())]
    return [model.index(row, 0, group) for group in groups for row in range(model.rowCount(group))]


@pytest.fixture
def picker(
    qtbot: QtBot, library: Any, open_store: Callable[[], Store], language: Callable[[str], str]
) -> DeckPickerDialog:
    """The picker in Dutch for someone who has worked here for years (a check-in)."""
    language("nl")
    person = open_store().employees.add(EmployeeDraft(name="Noë", start_date=date(2015, 1, 1)))
    dialog = DeckPickerDialog(library, person, "nl")
    qtbot.addWidget(dialog)
    return dialog


def test_every_deck_row_shows_whole_with_its_duration(
    qtbot: QtBot, picker: DeckPickerDialog
) -> None:
    picker.show()
    qtbot.waitExposed(picker)
    tree = picker.tree
    longest = max(deck_rows(picker), key=lambda index: len(index.data()))
    assert longest.data().endswith("60 min")  # "Functioneringsgesprek met aandacht …"
    for index in deck_rows(picker):
        shown = tree.visualRect(index)  # where the row's text is drawn, in the viewport
        needed = tree.sizeHintForIndex(index).width()
        assert shown.width() >= needed, index.data()  # narrower would cut it to "60 …"
        assert shown.right() <= tree.viewport().width(), index.data()  # no scrolling needed


def test_the_source_is_a_tooltip_not_a_line_of_the_details(picker: DeckPickerDialog) -> None:
    deck = picker.chosen_deck()
    assert isinstance(deck, Deck) and deck.source
    assert "Bron" not in picker.details.text()
    assert deck.source not in picker.details.text()
    assert "Duur:</b> ongeveer" in picker.details.text()  # the rest of the details stays
    tooltip = picker.tree.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"<p>{html.escape(deck.description)}</p><p>Bron: {deck.source}</p>"
