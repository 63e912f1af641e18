"""Full-text search from the panel: typing finds what was written, with the words in bold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, Deck, EmployeeDraft
from leercoach.store import Store
from leercoach.store.search import HitKind, SearchHit
from leercoach.ui.search_model import (
    CONVERSATION_ROLE,
    EMPLOYEE_ROLE,
    HIT_ROLE,
    SNIPPET_HTML_ROLE,
    SearchResultsModel,
    snippet_html,
)
from leercoach.ui.search_panel import SearchPanel
from leercoach.ui.session import Session

from .conftest import type_text

K = SearchResultsModel


@dataclass
class Written:
    zoe: str
    zoe_talk: str
    bram: str
    bram_talk: str


@pytest.fixture
def written(open_store: Callable[[], Store], zoe: str, mini_deck: Deck) -> Written:
    """Zoë wrote about werkdruk in every source; Bram mentions Chloë and typed markup."""
    store = open_store()
    talk = store.conversations.start(zoe, mini_deck)
    card = mini_deck.cards[0]
    store.conversations.save_answer(talk.id, card, 0, "Ik merk veel werkdruk sinds de fusie")
    store.conversations.set_shared_summary(talk.id, "Samen over werkdruk gepraat")
    store.conversations.set_private_note(talk.id, "Twijfelt over werkdruk, opvolgen")
    bram = store.employees.add(EmployeeDraft(name="Bram Maes", team="IT")).id
    other = store.conversations.start(bram, mini_deck)
    store.conversations.save_answer(
        other.id, card, 0, "De overdracht met Chloë: ze schreef <b>dringend</b> erbij"
    )
    store.actions.add(bram, "Cursus timemanagement", ActionOwner.SAMEN, None, "Minder werkdruk")
    return Written(zoe, talk.id, bram, other.id)


@pytest.fixture
def panel(qtbot: QtBot, open_store: Callable[[], Store], library: Any, written: Written) -> Any:
    # Private notes included, as after ticking the box; the default is checked below.
    panel = SearchPanel(Session(open_store(), library), include_private=True)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def column(panel: SearchPanel, col: int) -> list[str]:
    return [panel.model.index(row, col).data() for row in range(panel.model.rowCount())]


def row_of(panel: SearchPanel, kind: HitKind) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.row(r).kind is kind)


def bold_runs(html: str) -> tuple[str, list[str]]:
    """The text as shown and its bold stretches, read back from Qt's own rendering."""
    document = QTextDocument()
    document.setHtml(html)
    text = document.toPlainText()
    cursor = QTextCursor(document)
    runs: list[str] = []
    previous = False
    for position in range(len(text)):
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        bold = cursor.charFormat().fontWeight() >= QFont.Weight.Bold
        if bold and not previous:
            runs.append("")
        if bold:
            runs[-1] += text[position]
        previous = bold
    return text, runs


def search_by_typing(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.searchFinished):
        type_text(qtbot, panel.query, text)


def test_model_passes_qt_checks_and_marks_private_notes(
    qtmodeltester: Any, open_store: Callable[[], Store], written: Written
) -> None:
    model = SearchResultsModel()
    model.set_rows(open_store().search.search("werkdruk"))
    qtmodeltester.check(model)
    kinds = [model.index(r, K.KIND).data() for r in range(model.rowCount())]
    assert sorted(kinds) == ["Action", "Answer", "Private note", "Summary"]
    private = kinds.index("Private note")
    for col in range(K.SNIPPET + 1):
        assert "only you" in model.index(private, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(private, K.KIND).data(Qt.ItemDataRole.FontRole).italic()
    answer = kinds.index("Answer")
    assert model.index(answer, K.PERSON).data() == "Zoë Peeters"
    assert model.index(answer, K.TITLE).data() == "Wat heb je geleerd?"
    assert model.index(answer, 0).data(EMPLOYEE_ROLE) == written.zoe
    assert model.index(answer, 0).data(CONVERSATION_ROLE) == written.zoe_talk
    assert isinstance(model.index(answer, 0).data(HIT_ROLE), SearchHit)
    assert model.index(answer, K.DATE).data()  # a short date, in the locale's words


def test_typing_finds_the_answer_with_the_name_and_bold_words(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    search_by_typing(qtbot, panel, "werkdruk")
    assert panel.status.text() == "4 result(s)"
    row = row_of(panel, HitKind.ANSWER)
    assert panel.model.index(row, K.PERSON).data() == "Zoë Peeters"
    assert panel.model.index(row, K.KIND).data() == "Answer"
    text, bold = bold_runs(panel.model.index(row, K.SNIPPET).data(SNIPPET_HTML_ROLE))
    assert text == "Ik merk veel werkdruk sinds de fusie"
    assert bold == ["werkdruk"]
    assert not panel.view.grab().isNull()  # the delegate paints the rich text


def test_typed_markup_shows_literally(qtbot: QtBot, panel: SearchPanel) -> None:
    search_by_typing(qtbot, panel, "overdracht")
    html = panel.model.index(0, K.SNIPPET).data(SNIPPET_HTML_ROLE)
    assert "&lt;b&gt;dringend&lt;/b&gt;" in html
    text, bold = bold_runs(html)
    assert "<b>dringend</b>" in text
    assert bold == ["overdracht"]
    assert bold_runs(snippet_html("a <i>&amp; b", [(0, 1), (3, 4)])) == ("a <i>&amp; b", ["a", "i"])


def test_private_notes_only_when_asked_and_labelled(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any, written: Written
) -> None:
    panel = SearchPanel(Session(open_store(), library))
    qtbot.addWidget(panel)
    assert not panel.include_private.isChecked()
    search_by_typing(qtbot, panel, "twijfelt")
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "No results for “twijfelt”"
    panel.include_private.setChecked(True)
    assert column(panel, K.KIND) == ["Private note"]
    assert "manager" in panel.model.index(0, K.SNIPPET).data(Qt.ItemDataRole.ToolTipRole)
    panel.include_private.setChecked(False)
    assert panel.model.rowCount() == 0
    panel.set_query("werkdruk")
    panel.run_search()
    assert "Private note" not in column(panel, K.KIND)
    assert panel.status.text() == "3 result(s)"


def test_activating_a_row_asks_to_open_that_talk(
    qtbot: QtBot, panel: SearchPanel, written: Written
) -> None:
    panel.set_query("werkdruk")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)  # Enter searches without waiting
    assert panel.model.rowCount() == 4
    panel.activateWindow()
    panel.focus_query()
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.view.hasFocus() and panel.view.currentIndex().row() == 0
    panel.view.setCurrentIndex(panel.model.index(row_of(panel, HitKind.SUMMARY), 0))
    with qtbot.waitSignal(panel.openRequested) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [written.zoe, written.zoe_talk]
    action = panel.model.index(row_of(panel, HitKind.ACTION), K.TITLE)
    centre = panel.view.visualRect(action).center()
    # A real double click starts with a click: Qt activates only the row it saw pressed.
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(panel.openRequested) as opened:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [written.bram, ""]


def test_search_waits_for_a_pause_in_typing(qtbot: QtBot, panel: SearchPanel) -> None:
    searches: list[int] = []
    panel.searchFinished.connect(searches.append)
    type_text(qtbot, panel.query, "werkdruk")
    assert searches == [] and panel.model.rowCount() == 0  # nothing until the pause
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert searches == [4]  # eight key presses, one search


def test_accents_are_typed_and_found(qtbot: QtBot, panel: SearchPanel, written: Written) -> None:
    search_by_typing(qtbot, panel, "chloë")
    assert column(panel, K.PERSON) == ["Bram Maes"]
    assert bold_runs(panel.model.index(0, K.SNIPPET).data(SNIPPET_HTML_ROLE))[1] == ["Chloë"]
    panel.query.clear()
    assert panel.model.rowCount() == 0 and panel.status.text() == ""
    search_by_typing(qtbot, panel, "chloe")
    assert panel.model.index(0, 0).data(EMPLOYEE_ROLE) == written.bram


def test_short_empty_and_odd_queries_show_no_error(qtbot: QtBot, panel: SearchPanel) -> None:
    type_text(qtbot, panel.query, "w")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 0 and panel.status.text() == ""
    panel.set_query("   ")
    panel.run_search()
    assert panel.model.rowCount() == 0 and panel.status.text() == ""
    panel.query.clear()
    search_by_typing(qtbot, panel, 'zoë "quote AND (')
    assert panel.model.rowCount() == 0
    assert panel.status.text() == 'No results for “zoë "quote AND (”'


def test_a_full_page_says_so_and_new_actions_appear(
    qtbot: QtBot, panel: SearchPanel, written: Written
) -> None:
    panel.LIMIT = 2
    panel.set_query("werkdruk")
    panel.run_search()
    assert panel.model.rowCount() == 2
    assert panel.status.text() == "The first 2 results: add a word to narrow them down"
    panel.LIMIT = SearchPanel.LIMIT
    panel.run_search()
    with qtbot.waitSignal(panel.searchFinished):
        panel.session.actions.add(
            written.bram, "Pauzes inplannen tegen werkdruk", ActionOwner.SAMEN, None, ""
        )
    assert panel.status.text() == "5 result(s)"
