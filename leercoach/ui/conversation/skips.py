"""Skipping a card on purpose: kept with the conversation, marked, and undone again.

A skipped card is told apart from one nobody got to yet, in the list of steps, on the
card itself (the band below) and in the summary. Answering the card undoes the skip, and
so does "Un-skip" on the band.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from leercoach.ui.conversation.page import ConversationPage


class SkippedBand(QFrame):
    """Says that the card on screen was skipped, with a button to open it again."""

    unskipRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skippedBand")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self.tr("↷ Skipped: this card was passed over on purpose."))
        self.text.setWordWrap(True)
        self.unskip_button = QPushButton(self.tr("Un-sk&ip"))
        self.unskip_button.setToolTip(
            self.tr("Open the card again, as one not answered yet; answering it does this too")
        )
        self.unskip_button.clicked.connect(self.unskipRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.unskip_button)
        self.hide()

    def show_skipped(self, skipped: bool, read_only: bool) -> None:
        self.unskip_button.setVisible(not read_only)
        self.setVisible(skipped)


class Skips(QObject):
    """The page's Skip button and the band: the store keeps the skip, the list marks it."""

    def __init__(self, page: ConversationPage) -> None:
        super().__init__(page)
        self.band = SkippedBand()
        self.band.unskipRequested.connect(self.unskip)

    @property
    def page(self) -> ConversationPage:
        # The parent, not an attribute: the two holding each other would be a cycle,
        # which the collector frees in whatever order (see ui/collector.py).
        return cast("ConversationPage", self.parent())

    def skip(self) -> None:
        """Keep that the card on screen was skipped (unless it has an answer), go on."""
        page = self.page
        key = page.current_key()
        conversation, deck = page.conversation, page.deck
        if (
            conversation is not None
            and deck is not None
            and not page.read_only
            and key in page.card_steps
            and page.flush()
        ):
            kept = page.session.talks.skip_card(conversation, deck, key)
            page.steps_model.set_skipped(key, kept.skipped)
        page.next()

    def unskip(self) -> None:
        page = self.page
        key = page.current_key()
        if page.conversation is None or page.read_only:
            return
        page.session.talks.unskip_card(page.conversation, key)
        page.steps_model.set_skipped(key, False)
        self.show_for(key)
        step = page.card_steps.get(key)
        if step is not None:
            step.editor.focus_editor()

    def show_for(self, key: str) -> None:
        """The band for the step now on screen."""
        self.band.show_skipped(self.page.steps_model.is_skipped(key), self.page.read_only)
