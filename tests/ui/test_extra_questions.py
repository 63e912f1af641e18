"""Extra questions (issue 18): a deck's optional cards are not walked through by default;
the manager pulls one in from the page's menu, and what was answered stays shown."""

from __future__ import annotations

from typing import Any

from leercoach.decks import load_library
from leercoach.paths import shipped_decks_dir


def keys(page: Any) -> list[str]:
    return [key for key, _ in page.steps_model._rows]


def test_optional_cards_wait_in_the_menu_until_pulled_in(
    make_window: Any, zoe: str, language: Any, answer_dialogs: dict[str, Any]
) -> None:
    language("nl")
    deck = load_library([shipped_decks_dir()]).get("check-in")
    main = [card.id for card in deck.cards if not card.optional]
    extra = [card for card in deck.cards if card.optional]
    assert main and extra
    window = make_window()
    window.select_employee(zoe)
    answer_dialogs["deck"] = "check-in"
    window.new_conversation()
    page = window.conversation_page
    shown = keys(page)
    assert all(card_id in shown for card_id in main)
    assert not any(card.id in shown for card in extra)
    assert not page.extras.button.isHidden()
    menu = page.extras.menu.actions()
    assert [action.text() for action in menu] == [card.question for card in extra]

    menu[0].trigger()
    assert page.current_key() == extra[0].id
    assert keys(page).index(extra[0].id) > keys(page).index(main[0])  # in the deck's order
    assert [a.text() for a in page.extras.menu.actions()] == [c.question for c in extra[1:]]

    step = page.card_steps[extra[0].id]
    step.editor.set_value("Ik help Jan met de planning")
    step.answerChanged.emit(extra[0].id, "Ik help Jan met de planning")
    page.flush()
    talk = page.conversation
    page.open(window.session.talks.get(talk.id))  # opened again: answered, so shown
    assert extra[0].id in keys(page) and extra[1].id not in keys(page)
