"""The card steps of a conversation, and its "extra vragen": optional cards pulled in.

A card with ``optional = true`` is not walked through by default (002 §8.2 offers its
check-in starters as a menu, not a sequence): it waits in the page's *Extra vragen*
menu until the manager pulls it in, and then takes its place in the deck's order. A card
answered or skipped before is shown anyway: what was said is never hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from leercoach.domain import Answer, Card
from leercoach.ui.conversation.card_step import CardStep

if TYPE_CHECKING:
    from leercoach.ui.conversation.page import ConversationPage


class ExtraCards(QObject):
    """The optional cards of the open conversation: which are pulled in, and the menu."""

    pulled = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.button = QToolButton(parent)
        self.button.setText(self.tr("E&xtra questions"))
        self.button.setToolTip(self.tr("Optional cards of this deck: pull one into the talk"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.chosen: set[str] = set()

    def reset(self) -> None:
        self.chosen = set()

    def shown(self, card: Card, answer: Answer | None) -> bool:
        if not card.optional or card.id in self.chosen:
            return True
        return answer is not None and (answer.is_answered or answer.skipped)

    def offer(self, waiting: list[Card], read_only: bool) -> None:
        self.menu.clear()
        for card in waiting:
            action = self.menu.addAction(card.question)
            action.triggered.connect(lambda _=False, card_id=card.id: self.pull(card_id))
        self.button.setVisible(bool(waiting) and not read_only)

    def pull(self, card_id: str) -> None:
        self.chosen.add(card_id)
        self.pulled.emit(card_id)


def add_card_steps(page: ConversationPage, answers: dict[str, Answer]) -> list[tuple[str, str]]:
    """Make the page's card steps (the cards shown, in deck order) and offer the others."""
    assert page.conversation is not None
    talks = page.session.talks
    earlier = talks.earlier_answers(page.conversation)
    prepared = page.session.preparations.for_conversation(page.conversation.id)
    person = page.employee.name if page.employee else ""
    steps: list[tuple[str, str]] = []
    waiting: list[Card] = []
    for card in page.deck.cards if page.deck else ():
        if not page.extras.shown(card, answers.get(card.id)):
            waiting.append(card)
            continue
        own = prepared.answer(card.id) if prepared else None
        step = CardStep(card, earlier.get(card.id), prepared=own, person=person)
        step.show_answer(answers.get(card.id))
        step.set_read_only(page.read_only)
        step.answerChanged.connect(page._answer_changed)
        step.noteChanged.connect(page._note_changed)
        step.clearRequested.connect(page._clear_answer)
        page.card_steps[card.id] = step
        page.stack.addWidget(step)
        # Numbered as walked, as "Kaart 3 van 5" counts them.
        steps.append((card.id, f"{len(steps) + 1}. {card.question}"))
    page.extras.offer(waiting, page.read_only)
    return steps
