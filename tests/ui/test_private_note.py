"""The manager's private note on a shared screen: shown only when asked, hidden again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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


class Clock:
    """The panel's clock, moved on by the test instead of waiting minutes."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Give the window the focus, as a click on it does, and wait until Qt says so."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() == window.windowHandle())


@pytest.fixture
def elsewhere(qtbot: QtBot, page: ConversationPage) -> QWidget:
    """Another program's window, where the manager may go while in leercoach's."""
    other = QWidget()
    qtbot.addWidget(other)
    other.setWindowTitle("Mail")
    other.show()
    activate(qtbot, page.window())
    return other


def test_the_note_hides_once_the_window_was_out_of_focus_over_five_minutes(
    qtbot: QtBot, page: ConversationPage, elsewhere: QWidget
) -> None:
    clock = Clock()
    page.notes.clock = clock
    window = page.window()
    page.notes.private_toggle.click()
    assert note_shown(page)
    activate(qtbot, elsewhere)
    clock.now += 4 * 60 + 59
    activate(qtbot, window)
    assert note_shown(page)  # under five minutes away: still there
    # A dialog of leercoach's own is not away, however long it stays open.
    dialog = QWidget(window, Qt.WindowType.Dialog)
    dialog.show()
    activate(qtbot, dialog)
    clock.now += 20 * 60
    activate(qtbot, window)
    dialog.close()
    assert note_shown(page)
    activate(qtbot, elsewhere)
    clock.now += 5 * 60 + 1
    activate(qtbot, window)
    assert not note_shown(page)
    press_ctrl_shift_p(qtbot, page.focusWidget())
    assert note_shown(page)  # and it comes back when asked


def test_the_note_hides_while_the_window_is_out_of_focus(
    qtbot: QtBot, page: ConversationPage, elsewhere: QWidget
) -> None:
    """Not only on coming back: the window may stay in view while the manager is away."""
    page.notes.away_limit = 0.05
    page.notes.private_toggle.click()
    activate(qtbot, elsewhere)
    qtbot.waitUntil(lambda: not page.notes.private.isVisible(), timeout=2000)
    assert page.notes.private_toggle.text() == "Show private note"
    assert not page.window().isActiveWindow()
