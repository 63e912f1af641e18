"""A skipped card has its own mark, stays skipped, and is undone (issue 15, item 14)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from leercoach.ui.conversation.page import ConversationPage

from .test_conversation_flow import start_check_in


def list_item(page: ConversationPage, card_id: str) -> tuple[str, str]:
    """The card's row in the list as it is drawn, and as a screen reader says it."""
    row = page.steps_model.row_of(card_id)
    index = page.steps_model.index(row, 0)
    list_interface = QAccessible.queryAccessibleInterface(page.steps_view)
    assert list_interface is not None
    item = list_interface.child(row)
    assert item is not None
    return index.data(Qt.ItemDataRole.DisplayRole), item.text(QAccessible.Text.Name)


def test_a_skipped_card_is_marked_kept_and_undone(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    language: Callable[[str], str],
) -> None:
    language("nl")
    window = make_window()
    page = start_check_in(window, zoe)
    first, second = page.current_key(), page.steps_model.key(page.current_row() + 1)
    shown, said = list_item(page, first)
    assert shown.startswith("·") and said.endswith("(nog niet beantwoord)")

    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert page.current_key() == second
    shown, said = list_item(page, first)
    assert shown.startswith("↷") and said.endswith("(overgeslagen)")
    assert not page.skips.band.isVisible()  # the band belongs to the skipped card
    page.go_to(page.steps_model.row_of("__summary__"))
    question = page.card_steps[first].card.question
    assert f"{question}\novergeslagen" in page.summary_step.browser.toPlainText()

    # Kept with the conversation: a second window opens the draft with the card skipped.
    window.close()
    window.session.store.close()
    second_window = make_window()
    assert second_window.offer_resume() is True
    page = second_window.conversation_page
    page.show_step(first)
    assert list_item(page, first)[0].startswith("↷")
    assert page.skips.band.isVisible() and page.skips.band.unskip_button.isVisible()

    qtbot.mouseClick(page.skips.band.unskip_button, Qt.MouseButton.LeftButton)
    assert list_item(page, first)[0].startswith("·")
    assert not page.skips.band.isVisible()
    talk = page.conversation
    assert talk is not None
    store = second_window.session.store
    assert store.conversations.answer(talk.id, first) is None

    # Skipped again, then answered: the answer undoes the skip.
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    page.show_step(first)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_4)  # the first card is a scale
    assert list_item(page, first)[0].startswith("✓")
    assert not page.skips.band.isVisible()
    page.flush()
    answer = store.conversations.answer(talk.id, first)
    assert answer is not None and (answer.value, answer.skipped) == ("4", False)


def test_skip_on_an_answered_card_keeps_the_answer(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    first = page.current_key()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)  # before the autosave
    assert list_item(page, first)[0].startswith("✓")
    talk = page.conversation
    assert talk is not None
    answer = window.session.store.conversations.answer(talk.id, first)
    assert answer is not None and (answer.value, answer.skipped) == ("2", False)


def test_a_completed_talk_shows_its_skips_without_an_unskip_button(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    first = page.current_key()
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    page.go_to(page.steps_model.row_of("__summary__"))
    qtbot.mouseClick(page.summary_step.finish, Qt.MouseButton.LeftButton)
    assert page.read_only
    page.show_step(first)
    assert list_item(page, first) == (
        f"↷ 1. {page.card_steps[first].card.question}",
        f"1. {page.card_steps[first].card.question} (skipped)",
    )
    assert page.skips.band.isVisible() and not page.skips.band.unskip_button.isVisible()
