"""The manager's private note on a shared screen: shown only when asked, hidden again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leercoach.ui.conversation.page import ConversationPage

from .test_conversation_flow import start_check_in


def press_ctrl_shift_p(qtbot: QtBot, target: QWidget) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_P, modifiers)


def note_shown(page: ConversationPage) -> bool:
    """What the manager sees: the note itself, and the button saying what it will do."""
    shown = page.notes.private.isVisible()
    expected = "Hide private note" if shown else "Show private note"
    assert page.notes.private_toggle.text() == expected
    return shown


@pytest.fixture
def page(make_window: Any, zoe: str, answer_dialogs: dict[str, Any]) -> Iterator[ConversationPage]:
    """A check-in with Zoë just started, in the app's window (kept alive while in use)."""
    window = make_window()
    yield start_check_in(window, zoe)


def test_ctrl_shift_p_shows_and_hides_the_note_every_time_wherever_the_focus_is(
    qtbot: QtBot, page: ConversationPage
) -> None:
    page.next()
    answer = page.card_steps[page.current_key()].editor.editor
    places = [answer, page.notes.summary, page.steps_view, page.notes.private_toggle, answer]
    assert not note_shown(page)
    for place in places:
        place.setFocus()
        press_ctrl_shift_p(qtbot, place)
        assert note_shown(page)
        assert page.notes.private.hasFocus()  # ready to write in
        press_ctrl_shift_p(qtbot, page.notes.private)
        assert not note_shown(page)
        assert not page.notes.private.hasFocus()
        # Shown from where the focus is, and hidden from there again.
        press_ctrl_shift_p(qtbot, page.focusWidget())
        assert note_shown(page)
        page.notes.summary.setFocus()
        press_ctrl_shift_p(qtbot, page.notes.summary)
        assert not note_shown(page)


def test_the_shortcut_still_works_after_showing_and_hiding_by_click(
    qtbot: QtBot, page: ConversationPage
) -> None:
    for _ in range(3):
        page.notes.private_toggle.click()
        assert note_shown(page)
        page.notes.private_toggle.click()
        assert not note_shown(page)
        press_ctrl_shift_p(qtbot, page.focusWidget())
        assert note_shown(page)
        press_ctrl_shift_p(qtbot, page.focusWidget())
        assert not note_shown(page)
