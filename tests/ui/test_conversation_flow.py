"""A whole one-on-one driven through the widgets, ending up in the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, ActionStatus, ConversationStatus
from leercoach.ui.conversation.answer_editors import ScaleAnswer, TextAnswer, YesNoAnswer
from leercoach.ui.conversation.page import ConversationPage
from leercoach.ui.main_window import MainWindow

from .conftest import type_text


def start_check_in(window: MainWindow, employee_id: str) -> ConversationPage:
    assert window.select_employee(employee_id)
    window.new_conversation()
    page = window.conversation_page
    assert window.pages.currentWidget() is page
    return page


def press(qtbot: QtBot, page: ConversationPage, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    target = page.focusWidget() or page
    qtbot.keyClick(target, key, modifiers)


def test_whole_check_in_by_keyboard_lands_in_the_database(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    store = window.session.store
    deck = page.deck
    assert deck is not None and deck.slug == "check-in"
    typed: dict[str, str] = {}
    walked = [card for card in deck.cards if not card.optional]  # the extra questions wait
    for number, card in enumerate(walked, start=1):
        assert page.current_key() == card.id
        assert str(number) in page.progress_label.text()
        editor = page.card_steps[card.id].editor
        if isinstance(editor, TextAnswer):
            text = f"Antwoord {number}: ik leerde veel over één collega’s aanpak – ë é ç ğ"
            type_text(qtbot, editor.editor, text)
            typed[card.id] = text
        elif isinstance(editor, ScaleAnswer):
            qtbot.keyClick(page.focusWidget(), Qt.Key.Key_4)
            typed[card.id] = "4"
        elif isinstance(editor, YesNoAnswer):
            qtbot.keyClick(page.focusWidget(), Qt.Key.Key_1)
            typed[card.id] = "ja"
        if number == 2:
            answer_dialogs["action"] = (
                "Meelopen met Wout op de spoed",
                ActionOwner.SAMEN,
                date(2026, 12, 15),
                "Zoë vertelt in het teamoverleg wat ze meenam",
            )
            press(qtbot, page, Qt.Key.Key_A, shift=True)
        press(qtbot, page, Qt.Key.Key_Return)
    assert page.current_key() == "__summary__"
    type_text(qtbot, page.notes.summary, "Zoë oefent de komende maand het overdragen.")
    qtbot.mouseClick(page.summary_step.finish, Qt.MouseButton.LeftButton)

    talk = store.conversations.for_employee(zoe)[0]
    assert talk.status is ConversationStatus.COMPLETED
    assert talk.shared_summary == "Zoë oefent de komende maand het overdragen."
    saved = {a.card_id: a.value for a in store.conversations.answers(talk.id)}
    assert saved == typed
    (action,) = store.actions.for_conversation(talk.id)
    assert action.what == "Meelopen met Wout op de spoed"
    assert action.card_id == deck.cards[1].id
    assert action.due_date == date(2026, 12, 15)
    assert page.read_only and page.banner.isVisible()


def test_an_edit_reaches_the_database_without_saving(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    page.next()
    card_id = page.current_key()
    type_text(qtbot, page.card_steps[card_id].editor.editor, "Geen knop nodig: ë")
    store = window.session.store
    talk = page.conversation
    assert talk is not None

    def on_disk() -> None:
        answer = store.conversations.answer(talk.id, card_id)
        assert answer is not None and answer.value == "Geen knop nodig: ë"

    qtbot.waitUntil(on_disk, timeout=1000)
    qtbot.waitUntil(lambda: page.saved_label.text().split()[-1].count(":") == 2, timeout=1000)


def test_closing_mid_conversation_and_reopening_resumes_the_draft(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    page.next()
    page.next()
    card_id = page.current_key()
    type_text(qtbot, page.card_steps[card_id].editor.editor, "half getypt")
    type_text(qtbot, page.notes.summary, "samen")
    window.close()  # no wait for the debounce: closing flushes
    window.session.store.close()  # as the app does when its window closes

    second = make_window()
    assert second.offer_resume() is True
    resumed = second.conversation_page
    assert second.pages.currentWidget() is resumed
    assert resumed.current_key() == card_id
    assert resumed.card_steps[card_id].editor.value() == "half getypt"
    assert resumed.notes.summary_text() == "samen"


def test_private_note_is_hidden_until_asked(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    assert not page.notes.private.isVisible()
    page.notes.private_toggle.click()
    assert page.notes.private.isVisible()
    type_text(qtbot, page.notes.private, "moe, naar werkdruk vragen")
    page.leave()
    talk = window.session.store.conversations.for_employee(zoe)[0]
    assert talk.private_note == "moe, naar werkdruk vragen"
    window.open_conversation(talk)
    assert not page.notes.private.isVisible()


def test_open_actions_carry_over_to_the_next_talks(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    store = window.session.store
    page = start_check_in(window, zoe)
    answer_dialogs["action"] = ("Cursus plannen", ActionOwner.LEIDINGGEVENDE, None, "")
    page.add_action()
    page.go_to(page.steps_model.rowCount() - 1)
    page.finish()
    page.leave()
    # The second talk is skipped without touching the action; the third reviews it.
    page = start_check_in(window, zoe)
    page.leave()
    page = start_check_in(window, zoe)
    rows = page.review.rows
    assert [row.action.what for row in rows] == ["Cursus plannen"]
    row = rows[0]
    row.note.setText("geboekt voor maart")
    row.status.setCurrentIndex(row.status.findData(ActionStatus.KLAAR.value))
    row.status.activated.emit(row.status.currentIndex())
    (action,) = store.actions.for_employee(zoe)
    assert action.status is ActionStatus.KLAAR
    assert store.actions.history(action.id)[-1].note == "geboekt voor maart"
    assert store.actions.open_for(zoe) == []
    assert window.employee_view.actions_model.rowCount() == 0


def test_earlier_answer_is_shown_for_comparison(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    deck = page.deck
    assert deck is not None
    scale = next(c for c in deck.cards if c.answer.type.value == "scale")
    page.go_to(page.steps_model.row_of(scale.id))
    page.card_steps[scale.id].editor.group.button(1).click()
    page.go_to(page.steps_model.rowCount() - 1)
    page.finish()
    page.leave()
    page = start_check_in(window, zoe)
    earlier = page.card_steps[scale.id].earlier
    assert "2" in earlier.text() and scale.answer.labels[1] in earlier.text()


def test_completed_conversation_is_a_record_until_reopened(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any], monkeypatch: Any
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    page.go_to(page.steps_model.rowCount() - 1)
    page.finish()
    assert page.deck is not None
    text_card = next(c for c in page.deck.cards if c.answer.type.value == "text")
    editor = page.card_steps[text_card.id].editor
    assert isinstance(editor, TextAnswer) and editor.editor.isReadOnly()
    assert not page.notes.add_action.isEnabled()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("typfout", True))
    page.reopen()
    assert not page.read_only
    talk = page.conversation
    assert talk is not None
    events = window.session.store.conversations.events(talk.id)
    assert [(kind, note) for _, kind, note in events] == [
        ("completed", ""),
        ("reopened", "typfout"),
    ]


def test_deleted_action_can_be_undone_without_being_asked_first(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    answer_dialogs["confirm"] = QMessageBox.StandardButton.No  # a question would keep it
    window = make_window()
    page = start_check_in(window, zoe)
    answer_dialogs["action"] = ("Boek lezen", ActionOwner.MEDEWERKER, None, "")
    page.add_action()
    page.agreed_actions.delete(0)
    store = window.session.store
    assert store.actions.for_employee(zoe) == []
    assert page.undo_bar.isVisible()
    page.undo_bar.undo_button.click()
    assert [a.what for a in store.actions.for_employee(zoe)] == ["Boek lezen"]
    assert page.notes.actions_model.rowCount() == 1


def test_cleared_answer_can_be_undone_without_being_asked_first(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any], monkeypatch: Any
) -> None:
    asked: list[str] = []

    def ask(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", ask)
    window = make_window()
    page = start_check_in(window, zoe)
    page.next()
    card_id = page.current_key()
    step = page.card_steps[card_id]
    editor = step.editor
    type_text(qtbot, editor.editor, "weg ermee")
    qtbot.mouseClick(step.clear_button, Qt.MouseButton.LeftButton)
    assert asked == []  # one or the other: the undo bar, no question before it
    talk = page.conversation
    assert talk is not None
    store = window.session.store
    assert store.conversations.answer(talk.id, card_id) is None
    assert editor.value() == ""
    assert page.undo_bar.isVisible()
    assert page.undo_bar.message.text() == "Answer cleared."
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert not page.undo_bar.isVisible()
    answer = store.conversations.answer(talk.id, card_id)
    assert answer is not None and answer.value == "weg ermee"
    assert editor.value() == "weg ermee"
