"""The last step: every answer and action on one page, then 'Afronden'."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from leercoach.domain import Action, Answer, Deck
from leercoach.domain.talking_point import TalkingPoint
from leercoach.ui import words
from leercoach.ui.colours import colours
from leercoach.ui.conversation.answer_editors import display_value
from leercoach.vocabulary import label


def deck_ids(deck: Deck) -> set[str]:
    return {card.id for card in deck.cards}


class SummaryStep(QWidget):
    finishRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Summary"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.browser = QTextBrowser()
        self.browser.setObjectName("summaryBrowser")
        heading.setBuddy(self.browser)
        self.finish = QPushButton(self.tr("&Finish conversation"))
        self.finish.setObjectName("finishButton")
        self.finish.setStyleSheet("font-weight: 600; padding: 8px 20px;")
        self.finish.setToolTip(
            self.tr("Marks the conversation completed; it becomes a read-only record")
        )
        self.finish.clicked.connect(self.finishRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.finish)
        layout.addLayout(row)

    def show_summary(
        self,
        deck: Deck | None,
        answers: list[Answer],
        actions: list[Action],
        summary: str,
        read_only: bool,
        points: Sequence[TalkingPoint] = (),
    ) -> None:
        self.finish.setVisible(not read_only)
        # lupdate does not see tr() inside f-strings, so every label is fetched first.
        answers_title, not_answered = self.tr("Answers"), self.tr("not answered")
        skipped, note_label = self.tr("skipped"), self.tr("Note")
        actions_title, measure_label = self.tr("Agreed actions"), self.tr("How we will know")
        no_actions, summary_title = self.tr("No actions agreed."), self.tr("Shared summary")
        not_written = self.tr("Not written yet.")
        parts = []
        if points:  # the talking points ticked as discussed
            points_title = self.tr("Talking points discussed")
            parts.append(f"<h3>{escape(points_title)}</h3><ul>")
            parts += [f"<li>{escape(p.text)} ({escape(label(p.by))})</li>" for p in points]
            parts.append("</ul>")
        parts.append(f"<h3>{escape(answers_title)}</h3>")
        by_card = {answer.card_id: answer for answer in answers}
        # The deck's order first; answers to cards a newer deck version dropped follow.
        questions = [(c.id, c.question) for c in deck.cards] if deck else []
        known = {card_id for card_id, _ in questions}
        questions += [(a.card_id, a.question) for a in answers if a.card_id not in known]
        for card_id, question in questions:
            answer = by_card.get(card_id)
            if answer is not None and answer.skipped:
                shown = f"<i>{escape(skipped)}</i>"
            elif answer is None or not answer.is_answered:
                shown = f"<i style='color:{colours().muted.name()}'>{escape(not_answered)}</i>"
            else:
                value = answer.value
                if value and deck is not None and card_id in deck_ids(deck):
                    value = display_value(deck.card(card_id).answer, value)
                lines = [_html(value)] if value.strip() else []
                if answer.note.strip():
                    lines.append(f"<i>{escape(note_label)}:</i> {_html(answer.note)}")
                shown = "<br>".join(lines)
            parts.append(f"<p><b>{escape(question)}</b><br>{shown}</p>")
        parts.append(f"<h3>{escape(actions_title)}</h3>")
        if actions:
            parts.append("<ul>")
            for action in actions:
                due = words.short_date(action.due_date) or "—"
                measure = (
                    f"<br><i>{escape(measure_label)}:</i> {escape(action.success_measure)}"
                    if action.success_measure
                    else ""
                )
                who = words.owner(action.owner, action.owner_name)
                parts.append(
                    f"<li><b>{escape(action.what)}</b> — {escape(who)}, {escape(due)}{measure}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(f"<p><i>{escape(no_actions)}</i></p>")
        parts.append(f"<h3>{escape(summary_title)}</h3>")
        parts.append(
            f"<p>{escape(summary).replace(chr(10), '<br>')}</p>"
            if summary.strip()
            else f"<p><i>{escape(not_written)}</i></p>"
        )
        self.browser.setHtml("".join(parts))


def _html(text: str) -> str:
    """Typed text as it reads: escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br>")
