"""A scale or choice card has a note field beside its value (issue 15, item 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from leercoach.domain import AnswerType
from leercoach.store import Store
from leercoach.ui.conversation.steps_model import SUMMARY
from tests.conftest import SMALL_DECK
from tests.deck_history import previous_version_database, put_user_deck

from .conftest import type_text
from .test_conversation_flow import start_check_in
from .test_deck_history import open_in_window

NOTE = "De nachtdiensten wegen, het team vangt me op"


def test_a_scale_cards_note_is_saved_shown_again_and_summarised(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    language: Callable[[str], str],
) -> None:
    language("nl")
    window = make_window()
    page = start_check_in(window, zoe)
    deck = page.deck
    assert deck is not None
    scale = next(c for c in deck.cards if c.answer.type is AnswerType.SCALE)
    text_card = next(c for c in deck.cards if c.answer.type is AnswerType.TEXT)
    assert page.card_steps[text_card.id].note is None  # a typed answer needs no note
    page.show_step(scale.id)
    note = page.card_steps[scale.id].note
    assert note is not None and note.isVisible()
    said = QAccessible.queryAccessibleInterface(note.editor)
    assert said is not None and said.text(QAccessible.Text.Name) == "Toelichting (optioneel)"

    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_4)
    type_text(qtbot, note.editor, NOTE)
    talk = page.conversation
    assert talk is not None
    store = window.session.store

    def on_disk() -> None:
        answer = store.conversations.answer(talk.id, scale.id)
        assert answer is not None and (answer.value, answer.note) == ("4", NOTE)

    qtbot.waitUntil(on_disk, timeout=1000)
    page.go_to(page.steps_model.row_of("__summary__"))
    assert f"Toelichting: {NOTE}" in page.summary_step.browser.toPlainText()

    # A second window shows the note again, beside the value.
    window.close()
    window.session.store.close()
    second = make_window()
    assert second.offer_resume() is True
    page = second.conversation_page
    step = page.card_steps[scale.id]
    assert step.note is not None and step.note.text() == NOTE
    assert step.editor.value() == "4"

    # Clearing the answer clears its note; undo brings both back.
    page.show_step(scale.id)
    qtbot.mouseClick(step.clear_button, Qt.MouseButton.LeftButton)
    assert (step.editor.value(), step.note.text()) == ("", "")
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert (step.editor.value(), step.note.text()) == ("4", NOTE)


def test_a_note_alone_ticks_the_card_and_a_record_keeps_it_read_only(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    deck = page.deck
    assert deck is not None
    scale = next(c for c in deck.cards if c.answer.type is AnswerType.SCALE)
    page.show_step(scale.id)
    note = page.card_steps[scale.id].note
    assert note is not None
    type_text(qtbot, note.editor, "Moeilijk in een cijfer te zeggen")
    row = page.steps_model.row_of(scale.id)
    assert page.steps_model.index(row, 0).data().startswith("✓")
    page.go_to(page.steps_model.row_of("__summary__"))
    qtbot.mouseClick(page.summary_step.finish, Qt.MouseButton.LeftButton)
    assert page.read_only
    note = page.card_steps[scale.id].note
    assert note is not None and note.editor.isReadOnly()
    assert note.text() == "Moeilijk in een cijfer te zeggen"


def test_a_note_to_a_card_taken_out_of_the_deck_is_still_shown(qtbot: QtBot, db_path: Path) -> None:
    previous_version_database(
        db_path,
        {"t-1": ("mini", 1, [("energie", "Hoeveel energie geeft je werk je?", "4")])},
    )
    without_energy = SMALL_DECK.replace('id = "energie"', 'id = "energie-oud"')
    put_user_deck("mini.toml", without_energy)
    with Store.open(db_path) as store:
        # Written beside the value when the card was still in the deck.
        store.db.execute("UPDATE answer SET note = ? WHERE card_id = 'energie'", [NOTE])
        window = open_in_window(qtbot, store, "t-1")
        page = window.conversation_page
        assert page.show_step("energie")
        stored = page.stored_steps["energie"].answer_note
        assert stored is not None and stored.text() == NOTE and stored.editor.isReadOnly()
        page.show_step(SUMMARY)
        assert f"Note: {NOTE}" in page.summary_step.browser.toPlainText()
