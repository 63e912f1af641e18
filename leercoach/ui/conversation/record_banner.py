"""The band above a conversation that is a record: completed, or shown without its deck.

A completed talk with the employee offers its record for them ("Verslag voor medewerker…",
``ui/talk_record.py``); the manager's own decks do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from leercoach.domain import Conversation
from leercoach.language import current
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.talk_record import entry_text, save_talk_record

if TYPE_CHECKING:
    from leercoach.ui.session import Session


class RecordBanner(QFrame):
    reopenRequested = Signal()

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.conversation: Conversation | None = None
        self.setObjectName("recordBanner")
        keep_styled(
            self,
            lambda c: f"#recordBanner {{ background: {c.info_fill.name()}; border-radius: 4px; }}",
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.clicked.connect(self.reopenRequested)
        self.record_button = QPushButton(entry_text())
        self.record_button.clicked.connect(self.save_record)
        self.record_button.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.record_button)
        layout.addWidget(self.reopen_button)

    def show_for(self, conversation: Conversation, has_deck: bool) -> None:
        """Say why the conversation cannot be edited, or hide when it can."""
        self.conversation = conversation
        has_record = (
            self.session is not None
            and self.session.reports.talk_record_refusal(conversation) is None
        )
        self.record_button.setVisible(has_record)
        if not has_deck:
            self.text.setText(
                self.tr(
                    "The deck of this conversation (%1) is no longer available; the answers "
                    "are shown as they were recorded."
                ).replace("%1", conversation.deck_slug)
            )
            self.reopen_button.hide()
            self.show()
        elif conversation.is_completed:
            ended = conversation.ended_at or conversation.updated_at
            self.text.setText(
                self.tr(
                    "Completed on %1. This conversation is a record; reopen it to change it."
                ).replace("%1", words.long_date(ended))
            )
            self.reopen_button.show()
            self.show()
        else:
            self.hide()

    def save_record(self) -> None:
        if self.session is not None and self.conversation is not None:
            save_talk_record(self.session, self, self.conversation, current())
