"""The band above a conversation that is a record: completed, or shown without its deck."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from leercoach.domain import Conversation
from leercoach.ui import words
from leercoach.ui.colours import keep_styled


class RecordBanner(QFrame):
    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordBanner")
        keep_styled(
            self,
            lambda c: f"#recordBanner {{ background: {c.info_fill.name()}; border-radius: 4px; }}",
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.clicked.connect(self.reopenRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reopen_button)

    def show_for(self, conversation: Conversation, has_deck: bool) -> None:
        """Say why the conversation cannot be edited, or hide when it can."""
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
