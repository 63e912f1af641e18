"""The app's window, demo data and a whole conversation, with every socket refused."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from leercoach.domain import ConversationStatus
from leercoach.ui.conversation.answer_editors import TextAnswer
from tests.test_no_network import block_network

from .conftest import type_text


def test_gui_main_paths_never_touch_the_network(
    qtbot: QtBot,
    make_window: Any,
    answer_dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts = block_network(monkeypatch)
    window = make_window()
    window.add_demo()
    store = window.session.store
    person = store.employees.find()[0]
    assert window.select_employee(person.id)
    window.new_conversation()
    page = window.conversation_page
    assert page.deck is not None and page.conversation is not None
    card = next(c for c in page.deck.cards if c.answer.type.value == "text")
    page.go_to(page.steps_model.row_of(card.id))
    editor = page.card_steps[card.id].editor
    assert isinstance(editor, TextAnswer)
    type_text(qtbot, editor.editor, "Alles blijft op deze laptop.")
    page.go_to(page.steps_model.rowCount() - 1)
    page.finish()
    talk = store.conversations.get(page.conversation.id)
    assert talk.status is ConversationStatus.COMPLETED
    answer = store.conversations.answer(talk.id, card.id)
    assert answer is not None and answer.value == "Alles blijft op deze laptop."
    page.leave()
    window.close()
    assert attempts == []
