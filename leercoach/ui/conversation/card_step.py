"""One question card: the question large, follow-ups, a folding tip, last time's answer.

And the read-only step for an answer to a card the conversation's deck does not have.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import Answer, Card, Deck
from leercoach.domain.preparation import PreparedAnswer
from leercoach.store import EarlierAnswer
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.conversation.answer_editors import AnswerEditor, display_value, editor_for
from leercoach.ui.conversation.answer_note import NOTED_TYPES, AnswerNote


class CardStep(QWidget):
    answerChanged = Signal(str, str)
    noteChanged = Signal(str, str)
    clearRequested = Signal(str)

    def __init__(
        self,
        card: Card,
        earlier: EarlierAnswer | None,
        parent: QWidget | None = None,
        *,
        prepared: PreparedAnswer | None = None,
        person: str = "",
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.question = question_label(card.question)
        tags = [card.theme.replace("-", " ")]
        if card.phase:
            tags.append(card.phase)
        self.tags = tags_label(" · ".join(tags))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.tags)
        layout.addWidget(self.question)
        if card.follow_ups:
            follow = QLabel(
                "<b>"
                + self.tr("Ask further")
                + "</b><ul style='margin:0'>"
                + "".join(f"<li>{_escape(p)}</li>" for p in card.follow_ups)
                + "</ul>"
            )
            follow.setWordWrap(True)
            follow.setTextFormat(Qt.TextFormat.RichText)
            follow.setStyleSheet("font-size: 11.5pt;")
            layout.addWidget(follow)
        self.tip_button: QToolButton | None = None
        self.tip: QLabel | None = None
        if card.tip:
            self.tip_button = QToolButton()
            self.tip_button.setText(self.tr("Coaching tip"))
            self.tip_button.setCheckable(True)
            self.tip_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.tip_button.setArrowType(Qt.ArrowType.RightArrow)
            self.tip_button.setAutoRaise(True)
            self.tip = QLabel(card.tip)
            self.tip.setWordWrap(True)
            keep_styled(
                self.tip,
                lambda c: (
                    f"background: {c.open_fill.name()};"
                    f" border-left: 3px solid {c.open_border.name()}; padding: 6px;"
                ),
            )
            self.tip.hide()
            self.tip_button.toggled.connect(self._toggle_tip)
            layout.addWidget(self.tip_button)
            layout.addWidget(self.tip)
        if earlier is not None:
            when = words.short_date(earlier.conversation.started_at)
            shown = display_value(card.answer, earlier.answer.value)
            self.earlier = QLabel(self.tr("Last time (%1):").replace("%1", when) + " " + shown)
            self.earlier.setObjectName("earlierAnswer")
            self.earlier.setWordWrap(True)
            keep_styled(
                self.earlier,
                lambda c: f"background: {c.info_fill.name()}; border-radius: 4px; padding: 6px;",
            )
            layout.addWidget(self.earlier)
        self.prepared: QLabel | None = None
        if prepared is not None:
            self.prepared = prepared_label(card, prepared, person)
            layout.addWidget(self.prepared)
        self.editor: AnswerEditor = editor_for(card.answer)
        self.editor.answers(card.question)
        self.editor.changed.connect(lambda value: self.answerChanged.emit(card.id, value))
        self.note = AnswerNote() if card.answer.type in NOTED_TYPES else None
        layout.addWidget(self.editor, 1 if self.note is None else 0)
        if self.note is not None:
            self.note.changed.connect(lambda text: self.noteChanged.emit(card.id, text))
            layout.addWidget(self.note, 1)
        self.clear_button = QPushButton(self.tr("Clear answer"))
        self.clear_button.clicked.connect(lambda: self.clearRequested.emit(card.id))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.setFocusProxy(self.editor)

    def _toggle_tip(self, shown: bool) -> None:
        assert self.tip is not None and self.tip_button is not None
        self.tip.setVisible(shown)
        self.tip_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)
        if self.note is not None:
            self.note.set_read_only(read_only)
        self.clear_button.setVisible(not read_only)

    def show_answer(self, answer: Answer | None) -> None:
        """The stored answer (its value and note) in the fields, or empty fields."""
        self.editor.set_value(answer.value if answer else "")
        if self.note is not None:
            self.note.set_text(answer.note if answer else "")

    def has_answer(self) -> bool:
        """Something is said to this card: a value, or a note beside it."""
        note = self.note.text() if self.note is not None else ""
        return bool(self.editor.value().strip() or note.strip())


class StoredAnswerStep(QWidget):
    """An answer to a card the conversation's deck does not have, read-only, as recorded."""

    def __init__(self, answer: Answer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = answer
        self.tags = tags_label(self.tr("Not in this deck"))
        self.question = question_label(answer.question)
        self.note = QLabel(
            self.tr(
                "This card is not in the deck this conversation is shown with; the question "
                "and the answer are shown as they were recorded."
            )
        )
        self.note.setWordWrap(True)
        keep_styled(self.note, lambda c: f"color: {c.muted.name()};")
        self.value = QPlainTextEdit(answer.value)
        self.value.setObjectName("storedAnswer")
        self.value.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (self.tags, self.question, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.value, 1)
        # The note beside its value, when one was written, as it was recorded.
        self.answer_note: AnswerNote | None = None
        if answer.note.strip():
            self.answer_note = AnswerNote()
            self.answer_note.set_text(answer.note)
            self.answer_note.set_read_only(True)
            layout.addWidget(self.answer_note, 1)


def prepared_label(card: Card, prepared: PreparedAnswer, person: str) -> QLabel:
    """What the person wrote on their preparation form, beside (never in) the answer."""
    heading = QCoreApplication.translate("CardStep", "Preparation by %1:").replace("%1", person)
    parts = [f"<b>{_escape(heading)}</b>"]
    if prepared.answer:
        parts.append(_escape(display_value(card.answer, prepared.answer)).replace("\n", "<br>"))
    if prepared.note:
        parts.append("<i>" + _escape(prepared.note).replace("\n", "<br>") + "</i>")
    label = QLabel("<br>".join(parts))
    label.setObjectName("preparedAnswer")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    keep_styled(
        label,
        lambda c: (
            f"background: {c.done_fill.name()}; border-left: 3px solid {c.done_border.name()};"
            " border-radius: 4px; padding: 6px;"
        ),
    )
    return label


def question_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("question")
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 19pt; font-weight: 600;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def tags_label(text: str) -> QLabel:
    label = QLabel(text)
    keep_styled(
        label,
        lambda c: f"color: {c.muted.name()}; text-transform: uppercase; letter-spacing: 1px;",
    )
    return label


def answers_beyond(deck: Deck | None, answers: Iterable[Answer]) -> list[Answer]:
    """The answers (a value or a note) to cards ``deck`` does not have, in the order they
    were given."""
    known = {card.id for card in deck.cards} if deck else set()
    kept = [a for a in answers if a.card_id not in known and a.is_answered]
    return sorted(kept, key=lambda a: a.position)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
