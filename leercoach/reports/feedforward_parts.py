"""The second half of the feedforward prep sheet: 004 §6 and §7 from the facts.

Feedback as an ik-boodschap per fact (what happened is printed; what it did is a line for
the coach), feedforward from what is still open (with a line for what is expected from now
on), the "wat maakt dat…" questions, the decks' own tips quoted, and room for notes.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from leercoach.domain import Goal
from leercoach.domain.feedforward import (
    ActionOutcome,
    Fact,
    FeedforwardSheet,
    Outcome,
    Question,
    TrendLine,
)
from leercoach.domain.feedforward_notes import Quote
from leercoach.domain.recurring_words import RecurringWord
from leercoach.reports import style
from leercoach.reports.feedforward_words import SheetWords
from leercoach.reports.fonts import BOLD
from leercoach.reports.text import markup
from leercoach.reports.words import Words

LINE_GAP = 7.5 * mm
QUOTE = ParagraphStyle("quote", parent=style.NOTE, spaceAfter=3)
NOTE_LINES = 8


class WritingLines(Flowable):  # type: ignore[misc]
    """``count`` light rules to write on by hand, ``LINE_GAP`` apart."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return (available_width, self.count * LINE_GAP + 2)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(style.RULE)
        canvas.setLineWidth(0.6)
        for number in range(1, self.count + 1):
            y = self.count * LINE_GAP + 2 - number * LINE_GAP
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


def heading(text: str) -> list[Flowable]:
    return [CondPageBreak(90), Paragraph(markup(text), style.HEADING), Spacer(0, 2)]


def quoted(quote: Quote, say: SheetWords) -> Paragraph:
    return Paragraph(markup(say.text("quote", text=quote.text, deck=quote.deck_title)), QUOTE)


def none_line(text: str) -> Paragraph:
    return Paragraph(markup(text), style.NOTE)


def action_detail(one: ActionOutcome, say: SheetWords, words: Words) -> str:
    """When it was due and done: the facts behind an action's outcome."""
    due = one.action.due_date
    due_text = words.short_day(due) if due is not None else say.text("no_due")
    done = words.short_day(one.on) if one.on is not None else words.text("unknown")
    details: dict[Outcome, tuple[str, dict[str, object]]] = {
        Outcome.LATE: ("late_line", {"due": due_text, "done": done, "n": one.days_late}),
        Outcome.ON_TIME: ("on_time_line", {"due": due_text, "done": done}),
        Outcome.DONE: ("done_line", {"done": done}),
        Outcome.DROPPED: ("dropped_line", {"done": done}),
        Outcome.OVERDUE: ("overdue_line", {"due": due_text, "n": one.days_late}),
        Outcome.OPEN: ("open_line", {"due": due_text}),
    }
    key, values = details[one.outcome]
    return say.text(key, **values)


def fact_text(fact: Fact, say: SheetWords, words: Words) -> str:
    if isinstance(fact, TrendLine):
        return say.text(
            "trend_fact",
            question=fact.series.question or fact.series.card,
            direction=say.direction(fact.direction),
            first=fact.series.describe(fact.first.value),
            last=fact.series.describe(fact.last.value),
            last_day=words.short_day(fact.last.day),
        )
    return say.text(
        "action_fact",
        what=fact.action.what,
        outcome=say.outcome(fact.outcome),
        detail=action_detail(fact, say, words),
    )


def prompted(
    title: str, tip: Quote | None, empty: str, lines: list[str], prompt: str, say: SheetWords
) -> list[Flowable]:
    """A part of 004's structure: its heading, the deck's tip, then per fact its line (user
    text in markup already) with a prompt and two lines to write on."""
    flow = heading(title)
    if tip is not None:
        flow.append(quoted(tip, say))
    if not lines:
        return [*flow, none_line(empty)]
    for line in lines:
        flow.append(
            KeepTogether(
                [
                    Spacer(0, 5),
                    Paragraph(line, style.BODY),
                    Paragraph(markup(prompt), style.LABEL),
                    WritingLines(2),
                ]
            )
        )
    return flow


def feedback_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    """Feedback as an ik-boodschap: what happened (the fact), what it did (the coach's)."""
    happened = f'<font name="{BOLD}">{markup(say.text("what_happened"))}</font> '
    lines = [happened + markup(fact_text(fact, say, words)) for fact in sheet.feedback]
    tip = sheet.notes.feedback
    return prompted(
        say.text("feedback"), tip, say.text("no_feedback"), lines, say.text("what_it_did"), say
    )


def forward_text(item: ActionOutcome | Goal, say: SheetWords, words: Words) -> str:
    if isinstance(item, Goal):
        due = (
            say.text("goal_due", date=words.short_day(item.due_date))
            if item.due_date
            else say.text("no_due")
        )
        return say.text("forward_goal", title=item.title, due=due)
    action = item.action
    return say.text(
        "forward_action",
        what=action.what,
        who=words.owner(action.owner, action.owner_name),
        due=action_detail(item, say, words),
    )


def forward_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    """Feedforward: per open action and goal, what the coach expects from now on."""
    lines = [markup(forward_text(item, say, words)) for item in sheet.forward]
    tip = sheet.notes.forward
    return prompted(
        say.text("forward"), tip, say.text("no_forward"), lines, say.text("what_next"), say
    )


def question_text(question: Question, say: SheetWords, words: Words) -> str:
    key, about = say.question_key(question.kind), question.about
    if isinstance(about, RecurringWord):
        return say.text(key, word=about.word)
    if isinstance(about, TrendLine):
        question_asked = about.series.question or about.series.card
        return say.text(key, question=question_asked, day=words.short_day(about.first.day))
    return say.text(key, what=about.action.what)


def questions_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    flow = heading(say.text("questions"))
    if not sheet.questions:
        flow.append(none_line(say.text("no_questions")))
    for question in sheet.questions:
        text = markup(question_text(question, say, words))
        flow.append(Paragraph(text, style.GAP, bulletText="•"))
    if sheet.notes.questions:
        flow.append(Spacer(0, 4))
    flow += [quoted(quote, say) for quote in sheet.notes.questions]
    return flow


def notes_part(sheet: FeedforwardSheet, say: SheetWords) -> list[Flowable]:
    flow = heading(say.text("notes"))
    deck = sheet.notes.prompt_deck
    if deck is not None:
        flow.append(none_line(say.text("notes_hint", deck=deck.title)))
    return [KeepTogether([*flow, Spacer(0, 4), WritingLines(NOTE_LINES)])]
