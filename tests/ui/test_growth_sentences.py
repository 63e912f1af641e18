"""The growth tab says what is missing in whole sentences, in each language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from leercoach.store import Store
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session

UNFINISHED = {
    "nl": "Het evaluatiegesprek is nog bezig.",
    "en": "The evaluation conversation is not completed yet.",
}


@pytest.mark.parametrize("code", ["nl", "en"])
def test_the_growth_tab_names_an_unfinished_talk_in_a_whole_sentence(
    qtbot: QtBot, zoe: str, open_store: Callable[[], Store], library: Any, language: Any, code: str
) -> None:
    language(code)
    store = open_store()
    year = date.today().year
    store.cycles.add(zoe, date(year, 1, 1), date(year, 12, 31))
    store.conversations.start(zoe, library.decks["functioneringsgesprek"])
    window = MainWindow(Session(store, library), code)
    qtbot.addWidget(window)
    window.show()
    window.select_employee(zoe)
    growth = window.employee_view.growth
    window.employee_view.tabs.setCurrentWidget(growth)
    growth.year.setValue(year)
    assert UNFINISHED[code] in growth.missing.stringList()
