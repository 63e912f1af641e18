""" "Eerdere afspraken" is a step of a conversation only when there is something to review."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner
from leercoach.ui.conversation.page import ConversationPage

from .test_conversation_flow import start_check_in


def step_labels(page: ConversationPage) -> list[str]:
    model = page.steps_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_first_talk_has_no_earlier_actions_step(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    page = start_check_in(window, zoe)
    assert page.deck is not None
    labels = step_labels(page)
    assert "Earlier actions" not in labels
    assert (
        len(labels) == sum(not c.optional for c in page.deck.cards) + 1
    )  # the cards, then the summary
    assert labels[0].endswith(f"1. {page.deck.cards[0].question}")
    assert page.current_key() == page.deck.cards[0].id
    assert page.progress_label.text() == f"Card 1 of {sum(not c.optional for c in page.deck.cards)}"
    assert not page.previous_button.isEnabled()
    page.next()
    assert page.progress_label.text() == f"Card 2 of {sum(not c.optional for c in page.deck.cards)}"
    page.go_to(page.steps_model.rowCount() - 1)
    assert page.progress.value() == page.progress.maximum()  # the summary: all the way
    page.finish()
    assert "Earlier actions" not in step_labels(page)  # nor in the record it became


def test_the_step_comes_first_once_there_is_an_action_to_review(
    qtbot: QtBot, make_window: Any, zoe: str, answer_dialogs: dict[str, Any]
) -> None:
    window = make_window()
    window.session.actions.add(zoe, "Cursus plannen", ActionOwner.LEIDINGGEVENDE, None, "")
    page = start_check_in(window, zoe)
    assert page.deck is not None
    assert step_labels(page)[0] == "Earlier actions"
    assert page.current_key() == "__review__"
    assert page.progress_label.text() == "Earlier actions"
    assert [row.action.what for row in page.review.rows] == ["Cursus plannen"]
    page.next()
    assert page.progress_label.text() == f"Card 1 of {sum(not c.optional for c in page.deck.cards)}"
