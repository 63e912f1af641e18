"""The words of the coach's feedforward prep sheet, through the core's gettext: English
source, Dutch in resources/locale (context "feedforward sheet"). The sentences name only
facts the sheet fills in; the hints the sheet quotes are the decks' own."""

from __future__ import annotations

from datetime import date

from leercoach.domain.feedforward import Direction, Outcome, QuestionKind
from leercoach.language import catalogue
from leercoach.reports.filenames import safe_filename
from leercoach.vocabulary import NP_

WORDS: dict[str, tuple[str, str]] = {
    "kicker": NP_("feedforward sheet", "PREPARING A FEEDFORWARD TALK"),
    "doc_title": NP_("feedforward sheet", "Feedforward preparation – {name}"),
    "subject": NP_(
        "feedforward sheet", "Preparation for a feedforward talk, drawn from the history"
    ),
    "subtitle": NP_("feedforward sheet", "For you as coach · {date}"),
    "intro": NP_(
        "feedforward sheet",
        "Every line on this sheet comes from the talks, actions and goals kept in "
        "leercoach, or from the cards of the deck. The blank lines are yours.",
    ),
    "f_talks": NP_("feedforward sheet", "Talks held"),
    "f_last_talk": NP_("feedforward sheet", "Last talk"),
    "talents": NP_("feedforward sheet", "What comes back in their talents"),
    "recurring": NP_("feedforward sheet", "Words in the answers of two or more talks"),
    "recurring_line": NP_("feedforward sheet", "{word} – {n} talks: {days}"),
    "no_recurring": NP_("feedforward sheet", "No word comes back in the answers of two talks yet."),
    "talent_answers": NP_("feedforward sheet", "The answers, oldest first"),
    "no_talents": NP_("feedforward sheet", "No talk has an answer to a card on talents yet."),
    "actions": NP_("feedforward sheet", "What was agreed and what became of it"),
    "counts": NP_("feedforward sheet", "{n} actions agreed:"),
    "no_actions": NP_("feedforward sheet", "No actions were agreed with them yet."),
    "o_late": NP_("feedforward sheet", "done late"),
    "o_on time": NP_("feedforward sheet", "done on time"),
    "o_done": NP_("feedforward sheet", "done, without a due date"),
    "o_dropped": NP_("feedforward sheet", "dropped"),
    "o_overdue": NP_("feedforward sheet", "overdue"),
    "o_open": NP_("feedforward sheet", "still open"),
    "late_line": NP_("feedforward sheet", "due {due}, done {done}: {n} days late"),
    "on_time_line": NP_("feedforward sheet", "due {due}, done {done}"),
    "done_line": NP_("feedforward sheet", "on {done}"),
    "dropped_line": NP_("feedforward sheet", "on {done}"),
    "overdue_line": NP_("feedforward sheet", "due {due}: {n} days ago"),
    "open_line": NP_("feedforward sheet", "due {due}"),
    "no_due": NP_("feedforward sheet", "no due date"),
    "agreed_on": NP_("feedforward sheet", "agreed {date}"),
    "trends": NP_("feedforward sheet", "Trends of the scale cards"),
    "no_trends": NP_("feedforward sheet", "No scale card was answered in a talk yet."),
    "trend_line": NP_(
        "feedforward sheet", "{first} on {first_day} → {last} on {last_day} ({n} answers)"
    ),
    "trend_once": NP_("feedforward sheet", "{last} on {last_day} (one answer)"),
    "d_up": NP_("feedforward sheet", "higher"),
    "d_down": NP_("feedforward sheet", "lower"),
    "d_same": NP_("feedforward sheet", "the same"),
    "d_once": NP_("feedforward sheet", "once"),
    "goals": NP_("feedforward sheet", "Open goals"),
    "no_goals": NP_("feedforward sheet", "No open goals."),
    "goal_due": NP_("feedforward sheet", "by {date}"),
    "goal_overdue": NP_("feedforward sheet", "by {date}: past"),
    "preparation": NP_("feedforward sheet", "Your last preparation"),
    "preparation_of": NP_("feedforward sheet", "{deck}, {date}"),
    "preparation_draft": NP_("feedforward sheet", "{deck}, {date} (not finished)"),
    "no_preparation": NP_(
        "feedforward sheet",
        "No preparation yet: the deck “{deck}” keeps your own notes for this person.",
    ),
    "no_preparation_deck": NP_("feedforward sheet", "No preparation yet."),
    "came_of_it": NP_("feedforward sheet", "What came of it"),
    "talks_since": NP_("feedforward sheet", "Talks held since: {talks}"),
    "no_talks_since": NP_("feedforward sheet", "No talk was held since."),
    "actions_since": NP_("feedforward sheet", "Actions agreed since"),
    "no_actions_since": NP_("feedforward sheet", "No action was agreed since."),
    "feedback": NP_("feedforward sheet", "Feedback: an I-message per fact"),
    "no_feedback": NP_(
        "feedforward sheet", "No action was done, dropped or overdue and no scale moved."
    ),
    "what_happened": NP_("feedforward sheet", "What happened:"),
    "what_it_did": NP_("feedforward sheet", "What it did, to you or to the team:"),
    "action_fact": NP_("feedforward sheet", "“{what}”: {outcome}, {detail}"),
    "trend_fact": NP_(
        "feedforward sheet", "“{question}”: {direction}, from {first} to {last} ({last_day})"
    ),
    "forward": NP_("feedforward sheet", "Feedforward: what next time"),
    "no_forward": NP_("feedforward sheet", "No open action or goal to look ahead to."),
    "forward_action": NP_("feedforward sheet", "Action “{what}” ({who}, {due})"),
    "forward_goal": NP_("feedforward sheet", "Goal “{title}” ({due})"),
    "what_next": NP_("feedforward sheet", "What you expect from now on:"),
    "questions": NP_("feedforward sheet", "Ask “what makes…” instead of “why”"),
    "no_questions": NP_("feedforward sheet", "The data gives no question yet: see the tips below."),
    "q_late": NP_("feedforward sheet", "What made “{what}” take longer than planned?"),
    "q_dropped": NP_("feedforward sheet", "What made you drop “{what}”?"),
    "q_overdue": NP_("feedforward sheet", "What makes “{what}” still open?"),
    "q_on time": NP_("feedforward sheet", "What helped to get “{what}” done on time?"),
    "q_higher": NP_(
        "feedforward sheet", "What makes your answer to “{question}” higher than on {day}?"
    ),
    "q_lower": NP_(
        "feedforward sheet", "What makes your answer to “{question}” lower than on {day}?"
    ),
    "q_recurring": NP_(
        "feedforward sheet", "What makes “{word}” come back when you talk about your strengths?"
    ),
    "quote": NP_("feedforward sheet", "“{text}” – {deck}"),
    "notes": NP_("feedforward sheet", "Your own notes"),
    "notes_hint": NP_(
        "feedforward sheet", "To keep them, write them in the deck “{deck}” with this person."
    ),
    "printed_on": NP_("feedforward sheet", "Printed on {date}"),
    "page_of": NP_("feedforward sheet", "page {page} of {pages}"),
    "file": NP_("feedforward sheet", "feedforward preparation"),
}


class SheetWords:
    """The sheet's words in one language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def text(self, key: str, **values: object) -> str:
        context, message = WORDS[key]
        found = catalogue(self.language).pgettext(context, message)
        return found.format(**values) if values else found

    def outcome(self, outcome: Outcome) -> str:
        return self.text(f"o_{outcome.value}")

    def direction(self, direction: Direction) -> str:
        return self.text(f"d_{direction.value}")

    def question_key(self, kind: QuestionKind) -> str:
        return f"q_{kind.value}"


def sheet_file_name(name: str, today: date, language: str = "nl") -> str:
    """'Zoë Peeters - feedforward voorbereiding 2026-03-05.pdf'."""
    return safe_filename(f"{name} - {SheetWords(language).text('file')} {today.isoformat()}")
