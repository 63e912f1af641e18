"""``session.talks``: conversations, their answers, summary and private note."""

from __future__ import annotations

from leercoach.domain import Answer, Conversation, Deck
from leercoach.store import DiscardedDraft, EarlierAnswer, Reflection
from leercoach.ui.session.changes import Changes
from leercoach.ui.session.service import Service


class Talks(Service):
    """Saving an answer or a note announces nothing but ``saved``: it happens at every
    typing pause, and no other screen shows the text while it is typed."""

    # reads ---------------------------------------------------------------
    def get(self, conversation_id: str) -> Conversation:
        return self.store.conversations.get(conversation_id)

    def for_employee(self, employee_id: str) -> list[Conversation]:
        return self.store.conversations.for_employee(employee_id)

    def latest_draft(self) -> Conversation | None:
        """The conversation left unfinished last, to offer to continue it."""
        return self.store.conversations.latest_draft()

    def deck_for(self, conversation: Conversation) -> Deck | None:
        """The deck the conversation was held with (``store.decks.deck_of``), or None."""
        return self.store.decks.deck_of(conversation, self.session.library)

    def answers(self, conversation_id: str) -> list[Answer]:
        return self.store.conversations.answers(conversation_id)

    def earlier_answers(self, conversation: Conversation) -> dict[str, EarlierAnswer]:
        """The person's last answer to each card in an earlier conversation."""
        return self.store.conversations.earlier_answers(conversation)

    # writes --------------------------------------------------------------
    def start(self, employee_id: str | None, deck: Deck) -> Conversation:
        """A new draft with ``employee_id``, or about no one (None) for a deck that is
        (``Deck.about_no_one``: the manager's self-check)."""
        conversation = self.store.conversations.start(employee_id, deck)
        self.changed(self._changes(conversation))
        return conversation

    def reflections(self) -> list[Reflection]:
        """The manager's own records, newest first, with the person's name where linked."""
        return self.store.conversations.managers_own()

    def reflection_decks(self) -> list[Deck]:
        """The decks a new reflection is started with: the manager's own about no one."""
        return [deck for deck in self.session.library.decks.values() if deck.about_no_one]

    @staticmethod
    def _changes(conversation: Conversation, **parts: bool) -> Changes:
        return Changes.of(
            conversation.employee_id,
            conversations=True,
            reflections=conversation.is_managers_own,
            **parts,
        )

    def save_answer(
        self, conversation: Conversation, deck: Deck, card_id: str, value: str
    ) -> Answer:
        card = deck.card(card_id)
        answer = self.store.conversations.save_answer(
            conversation.id, card, deck.index_of(card_id), value
        )
        self.session.mark_saved()
        return answer

    def save_note(self, conversation: Conversation, deck: Deck, card_id: str, note: str) -> Answer:
        card = deck.card(card_id)
        saved = self.store.conversations.save_note(
            conversation.id, card, deck.index_of(card_id), note
        )
        self.session.mark_saved()
        return saved

    def skip_card(self, conversation: Conversation, deck: Deck, card_id: str) -> Answer:
        """Keep that the card was passed over (an answered card stays answered)."""
        card = deck.card(card_id)
        skipped = self.store.conversations.skip_card(conversation.id, card, deck.index_of(card_id))
        self.session.mark_saved()
        return skipped

    def unskip_card(self, conversation: Conversation, card_id: str) -> None:
        self.store.conversations.unskip_card(conversation.id, card_id)
        self.session.mark_saved()

    def delete_answer(self, conversation: Conversation, card_id: str) -> Answer | None:
        removed = self.store.conversations.delete_answer(conversation.id, card_id)
        self.session.mark_saved()
        return removed

    def restore_answer(self, answer: Answer) -> None:
        self.store.conversations.restore_answer(answer)
        self.session.mark_saved()

    def set_shared_summary(self, conversation: Conversation, text: str) -> None:
        self.store.conversations.set_shared_summary(conversation.id, text)
        self.session.mark_saved()

    def set_private_note(self, conversation: Conversation, text: str) -> None:
        self.store.conversations.set_private_note(conversation.id, text)
        self.session.mark_saved()

    def set_current_card(self, conversation: Conversation, card_id: str) -> None:
        """Where to continue next time; not a change anyone needs to back up for."""
        self.store.conversations.set_current_card(conversation.id, card_id)

    def complete(self, conversation: Conversation) -> Conversation:
        done = self.store.conversations.complete(conversation.id)
        self.changed(self._changes(conversation))
        return done

    def discard(self, conversation: Conversation) -> DiscardedDraft:
        """A draft started by mistake: gone with its actions, its follow-ups undone."""
        discarded = self.store.drafts.discard(conversation.id)
        self.changed(self._discard_changes(conversation))
        return discarded

    def restore_discarded(self, discarded: DiscardedDraft) -> Conversation:
        conversation = self.store.drafts.restore(discarded)
        self.changed(self._discard_changes(conversation))
        return conversation

    def _discard_changes(self, conversation: Conversation) -> Changes:
        # Learning actions agreed in it count on the growth tab too.
        return self._changes(conversation, actions=True, cycles=True)

    def reopen(self, conversation: Conversation, note: str) -> Conversation:
        reopened = self.store.conversations.reopen(conversation.id, note)
        self.changed(self._changes(conversation))
        return reopened
