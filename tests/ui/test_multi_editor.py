"""Multiple choice and "anders, namelijk…" on the conversation page (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.domain.deck import OTHER_ID
from leercoach.store import Store
from leercoach.ui.conversation.answer_editors import (
    AnswerEditor,
    ChoiceAnswer,
    MultiAnswer,
    display_value,
    editor_for,
)
from leercoach.ui.conversation.steps_model import SUMMARY
from tests.deck_history import put_user_deck
from tests.multi_deck import MULTI_DECK, multi_deck

from .conftest import type_text
from .test_deck_history import open_in_window

DECK = multi_deck()
OWN = "Met een collega uit Gent, ’s avonds"


def name_of(widget: QWidget) -> str:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found.text(QAccessible.Text.Name)


def shown_editor(qtbot: QtBot, card_id: str) -> AnswerEditor:
    """The editor of a card of the deck, on screen, told its question."""
    editor = editor_for(DECK.card(card_id).answer)
    qtbot.addWidget(editor)
    editor.answers(DECK.card(card_id).question)
    editor.show()
    return editor


def test_a_multi_card_is_check_boxes_and_an_own_text_enabled_only_when_ticked(
    qtbot: QtBot, language: Callable[[str], str]
) -> None:
    language("nl")
    card = DECK.card("vormen")
    editor = shown_editor(qtbot, "vormen")
    assert isinstance(editor, MultiAnswer)
    said: list[str] = []
    editor.changed.connect(said.append)
    other = editor.other
    assert other is not None and isinstance(other.button, QCheckBox)
    assert not other.line.isEnabled()
    assert name_of(editor.boxes[0][1]) == "1  Door het te doen"
    assert name_of(other.line) == f"{card.question} – Anders, namelijk:"
    assert editor.boxes[0][1].accessibleDescription() == card.question

    qtbot.mouseClick(editor.boxes[2][1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.boxes[0][1], Qt.MouseButton.LeftButton)
    assert said[-1] == "Door het te doen\nVan een collega"
    qtbot.keyClick(editor.boxes[0][1], Qt.Key.Key_2)  # a digit ticks its option…
    assert said[-1] == "Door het te doen\nDoor te lezen\nVan een collega"
    qtbot.keyClick(editor.boxes[1][1], Qt.Key.Key_2)  # …and unticks it again
    other.button.setFocus()
    qtbot.keyClick(other.button, Qt.Key.Key_Space)  # ticked from the keyboard
    assert other.line.isEnabled()
    type_text(qtbot, other.line, OWN)
    assert said[-1] == f"Door het te doen\nVan een collega\nanders, namelijk: {OWN}"

    value = editor.value()
    fresh = editor_for(card.answer)
    qtbot.addWidget(fresh)
    fresh.set_value(value)
    assert fresh.value() == value
    assert isinstance(fresh, MultiAnswer) and fresh.other is not None
    assert fresh.other.line.text() == OWN and fresh.other.line.isEnabled()
    fresh.set_value("")
    assert fresh.value() == "" and not fresh.other.line.isEnabled()
    fresh.set_read_only(True)
    assert not fresh.boxes[0][1].isEnabled()


def test_a_choice_with_other_has_one_more_radio_and_keeps_the_own_text(
    qtbot: QtBot, language: Callable[[str], str]
) -> None:
    language("nl")
    editor = shown_editor(qtbot, "plek")
    assert isinstance(editor, ChoiceAnswer) and editor.other is not None
    said: list[str] = []
    editor.changed.connect(said.append)
    assert isinstance(editor.other.button, QRadioButton)
    assert name_of(editor.other.button) == "3  Anders, namelijk:"
    qtbot.keyClick(editor.group.button(0), Qt.Key.Key_3)  # the digit picks "anders"
    assert editor.other.button.isChecked() and editor.other.line.isEnabled()
    type_text(qtbot, editor.other.line, "Thuis, à mon rythme")
    assert said[-1] == editor.value() == "Thuis, à mon rythme"
    qtbot.keyClick(editor.group.button(0), Qt.Key.Key_1)
    assert editor.value() == "Op de werkvloer" and not editor.other.line.isEnabled()
    editor.set_value("Thuis, à mon rythme")
    assert editor.other.button.isChecked() and editor.other.line.text() == "Thuis, à mon rythme"
    editor.set_value("In een opleiding")
    assert editor.value() == "In een opleiding" and editor.other.line.text() == ""


def test_a_multi_answer_is_shown_as_a_list() -> None:
    spec = DECK.card("talen").answer
    assert display_value(spec, "Nederlands\nFrans") == "• Nederlands\n• Frans"


def test_the_page_saves_a_multi_answer_with_its_ids_and_a_note_beside_it(
    qtbot: QtBot, db_path: Path, language: Callable[[str], str]
) -> None:
    language("nl")
    put_user_deck("leervormen.toml", MULTI_DECK)
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        talk = store.conversations.start(zoe.id, DECK)
        window = open_in_window(qtbot, store, talk.id)
        page = window.conversation_page
        assert page.show_step("vormen")
        step = page.card_steps["vormen"]
        editor = step.editor
        assert isinstance(editor, MultiAnswer) and editor.other is not None
        assert step.note is not None and step.note.isVisible()
        qtbot.mouseClick(editor.boxes[1][1], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.other.button, Qt.MouseButton.LeftButton)
        type_text(qtbot, editor.other.line, OWN)

        def on_disk() -> None:
            kept = store.conversations.answer(talk.id, "vormen")
            assert kept is not None
            assert kept.value == f"Door te lezen\nanders, namelijk: {OWN}"
            assert kept.option_id == f"lezen,{OTHER_ID}"

        qtbot.waitUntil(on_disk, timeout=2000)
        page.show_step(SUMMARY)
        summary = page.summary_step.browser.toPlainText()
        assert f"• Door te lezen\n• anders, namelijk: {OWN}" in summary
