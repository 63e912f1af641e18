"""The coach's feedforward prep sheet (issue 17; source 004 §6 and §7), built from plain data.

The store reads what the sheet needs (``FeedforwardInputs``); ``build_sheet`` turns it into
a ``FeedforwardSheet``: what recurs in the person's answers on their talents, what became
of each agreed action, the trends of the scale cards, the open goals, the coach's last
preparation and what came after it. Then 004's structure, from those facts only: feedback
as an ik-boodschap per fact (what happened is the data; what it did is left for the coach),
feedforward from what is still open, and "wat maakt dat…" questions instead of "waarom".
The hints quoted are the decks' own tips (``feedforward_notes.deck_notes``). Nothing here
is filler: a part without data is empty, and the report says so in one line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from leercoach.domain.action import Action, ActionStatus
from leercoach.domain.cycle import Goal
from leercoach.domain.deck import SCALE_MIN
from leercoach.domain.employee import Employee
from leercoach.domain.feedforward_notes import DeckNotes
from leercoach.domain.kpi import closed_on_time
from leercoach.domain.recurring_words import RecurringWord, TalentAnswer, recurring_words
from leercoach.domain.trends import Series, TrendPoint, scale_value

TALENT_THEME = "talenten"
MOST_FACTS = 6
MOST_QUESTIONS = 8


class Outcome(StrEnum):
    """What became of an agreed action."""

    ON_TIME = "on time"
    LATE = "late"
    DONE = "done"
    """Done, with no due date to be on time or late against (or no day it was done)."""
    DROPPED = "dropped"
    OVERDUE = "overdue"
    OPEN = "open"

    @property
    def is_done(self) -> bool:
        return self in {Outcome.ON_TIME, Outcome.LATE, Outcome.DONE}


OUTCOME_ORDER = (
    Outcome.LATE,
    Outcome.ON_TIME,
    Outcome.DONE,
    Outcome.DROPPED,
    Outcome.OVERDUE,
    Outcome.OPEN,
)


@dataclass(frozen=True)
class ActionRecord:
    """An action with the days its history gives: last set to klaar, last dropped."""

    action: Action
    closed_on: date | None = None
    dropped_on: date | None = None


@dataclass(frozen=True)
class ActionOutcome:
    action: Action
    outcome: Outcome
    on: date | None
    """The day it was done or dropped; None while it is open."""
    days_late: int | None = None
    """Done late: how many days after its due date; overdue: how many days past it."""


@dataclass(frozen=True)
class HeldTalk:
    conversation_id: str
    day: date
    deck_title: str


@dataclass(frozen=True)
class CoachAnswer:
    card_id: str
    question: str
    value: str
    labels: tuple[str, ...] = ()
    """The card's scale labels in the deck it was answered with; () for other cards."""

    @property
    def shown(self) -> str:
        """The answer as the sheet prints it: a scale step with its word ("2 – vaag")."""
        step = scale_value(self.value) if self.labels else None
        if step is None or not SCALE_MIN <= step <= len(self.labels):
            return self.value
        return f"{step} – {self.labels[step - SCALE_MIN]}"


@dataclass(frozen=True)
class CoachPreparation:
    """The coach's own record: a conversation of the feedforward deck with this person."""

    conversation_id: str
    day: date
    deck_title: str
    completed: bool
    answers: tuple[CoachAnswer, ...]


@dataclass(frozen=True)
class FeedforwardInputs:
    employee: Employee
    talents: tuple[TalentAnswer, ...] = ()
    actions: tuple[ActionRecord, ...] = ()
    series: tuple[Series, ...] = ()
    goals: tuple[Goal, ...] = ()
    preparation: CoachPreparation | None = None
    talks: tuple[HeldTalk, ...] = ()
    """The talks held with the person (not the manager's own decks), oldest first."""


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    ONCE = "once"
    """A single answer: no direction yet."""


@dataclass(frozen=True)
class TrendLine:
    series: Series
    first: TrendPoint
    last: TrendPoint

    @property
    def direction(self) -> Direction:
        if len(self.series.points) == 1:
            return Direction.ONCE
        if self.last.value == self.first.value:
            return Direction.SAME
        return Direction.UP if self.last.value > self.first.value else Direction.DOWN


class QuestionKind(StrEnum):
    LATE = "late"
    DROPPED = "dropped"
    OVERDUE = "overdue"
    ON_TIME = "on time"
    HIGHER = "higher"
    LOWER = "lower"
    RECURRING = "recurring"


@dataclass(frozen=True)
class Question:
    """A "wat maakt dat…" question about one fact: an action, a trend or a recurring word."""

    kind: QuestionKind
    about: ActionOutcome | TrendLine | RecurringWord


Fact = ActionOutcome | TrendLine


@dataclass(frozen=True)
class SincePreparation:
    actions: tuple[ActionOutcome, ...] = ()
    talks: tuple[HeldTalk, ...] = ()


@dataclass(frozen=True)
class FeedforwardSheet:
    employee: Employee
    today: date
    talents: tuple[TalentAnswer, ...]
    recurring: tuple[RecurringWord, ...]
    actions: tuple[ActionOutcome, ...]
    counts: dict[Outcome, int]
    trends: tuple[TrendLine, ...]
    goals: tuple[Goal, ...]
    preparation: CoachPreparation | None
    since: SincePreparation
    feedback: tuple[Fact, ...]
    forward: tuple[ActionOutcome | Goal, ...]
    questions: tuple[Question, ...]
    talks: tuple[HeldTalk, ...] = ()
    notes: DeckNotes = field(default_factory=DeckNotes)

    def with_outcome(self, outcome: Outcome) -> list[ActionOutcome]:
        return [one for one in self.actions if one.outcome is outcome]


def outcome_of(record: ActionRecord, today: date) -> ActionOutcome:
    """Done on or before its due date is on time (done on the due date too), after it late
    (the day it was last set to klaar counts, as for the KPI); done without a due date is
    just done. Dropped is geschrapt; an open one is overdue once its due date has passed."""
    action = record.action
    if action.status is ActionStatus.KLAAR:
        due, closed = action.due_date, record.closed_on
        if due is None or closed is None:
            return ActionOutcome(action, Outcome.DONE, closed)
        if closed_on_time(closed, due):
            return ActionOutcome(action, Outcome.ON_TIME, closed)
        return ActionOutcome(action, Outcome.LATE, closed, (closed - due).days)
    if action.status is ActionStatus.GESCHRAPT:
        return ActionOutcome(action, Outcome.DROPPED, record.dropped_on)
    if action.is_overdue(today) and action.due_date is not None:
        return ActionOutcome(action, Outcome.OVERDUE, None, (today - action.due_date).days)
    return ActionOutcome(action, Outcome.OPEN, None)


def outcome_counts(outcomes: Iterable[ActionOutcome]) -> dict[Outcome, int]:
    """How many actions had each outcome; every outcome is there, zero or more."""
    counted = Counter(one.outcome for one in outcomes)
    return {outcome: counted.get(outcome, 0) for outcome in OUTCOME_ORDER}


def trend_lines(series: Iterable[Series]) -> list[TrendLine]:
    """Per series with points: its first and last answer."""
    return [TrendLine(one, one.points[0], one.points[-1]) for one in series if one.points]


def open_goals(goals: Iterable[Goal]) -> list[Goal]:
    """Goals not settled (``domain/cycle.py``), the earliest due first, undated last."""
    kept = [goal for goal in goals if not goal.status.is_settled]
    return sorted(kept, key=lambda g: (g.due_date is None, g.due_date or date.min, g.title))


def since_preparation(
    preparation: CoachPreparation | None,
    outcomes: Iterable[ActionOutcome],
    talks: Iterable[HeldTalk],
) -> SincePreparation:
    """What came after the last preparation: the actions agreed from its day on and the
    talks held from its day on."""
    if preparation is None:
        return SincePreparation()
    day = preparation.day
    agreed = [one for one in outcomes if one.action.created_at.date() >= day]
    held = [talk for talk in talks if talk.day >= day]
    return SincePreparation(tuple(agreed), tuple(held))


def feedback_facts(outcomes: Sequence[ActionOutcome], lines: Sequence[TrendLine]) -> list[Fact]:
    """The facts to give feedback on, the newest first: actions done (on time or late),
    dropped or overdue, and scale answers that moved; at most ``MOST_FACTS``."""
    dated: list[tuple[date, Fact]] = []
    for one in outcomes:
        if one.outcome is Outcome.OPEN:
            continue
        due = one.action.due_date
        day = one.on or (due if due is not None else one.action.updated_at.date())
        dated.append((day, one))
    for line in lines:
        if line.direction in {Direction.UP, Direction.DOWN}:
            dated.append((line.last.day, line))
    dated.sort(key=lambda pair: pair[0], reverse=True)
    return [fact for _, fact in dated[:MOST_FACTS]]


def forward_items(
    outcomes: Sequence[ActionOutcome], goals: Sequence[Goal]
) -> list[ActionOutcome | Goal]:
    """What "next time" is about: the actions still open (overdue first, then by due date)
    and the open goals."""
    still = [one for one in outcomes if one.outcome in {Outcome.OVERDUE, Outcome.OPEN}]
    still.sort(
        key=lambda one: (
            one.outcome is not Outcome.OVERDUE,
            one.action.due_date is None,
            one.action.due_date or date.min,
        )
    )
    return [*still, *goals]


_ACTION_QUESTIONS = {
    Outcome.LATE: QuestionKind.LATE,
    Outcome.DROPPED: QuestionKind.DROPPED,
    Outcome.OVERDUE: QuestionKind.OVERDUE,
    Outcome.ON_TIME: QuestionKind.ON_TIME,
}


def questions(
    outcomes: Sequence[ActionOutcome],
    lines: Sequence[TrendLine],
    words: Sequence[RecurringWord],
) -> list[Question]:
    """ "Wat maakt dat…" about the facts: late, dropped and overdue actions first, then
    scale answers that moved, then the most recurring word, then an action done on time;
    at most ``MOST_QUESTIONS``."""
    asked: list[Question] = []
    for outcome in (Outcome.LATE, Outcome.DROPPED, Outcome.OVERDUE):
        asked += [
            Question(_ACTION_QUESTIONS[outcome], one) for one in outcomes if one.outcome is outcome
        ]
    for line in lines:
        if line.direction is Direction.UP:
            asked.append(Question(QuestionKind.HIGHER, line))
        elif line.direction is Direction.DOWN:
            asked.append(Question(QuestionKind.LOWER, line))
    asked += [Question(QuestionKind.RECURRING, word) for word in words[:1]]
    on_time = [one for one in outcomes if one.outcome is Outcome.ON_TIME]
    asked += [Question(QuestionKind.ON_TIME, one) for one in on_time[-1:]]
    return asked[:MOST_QUESTIONS]


def build_sheet(
    inputs: FeedforwardInputs, today: date, notes: DeckNotes | None = None
) -> FeedforwardSheet:
    """The sheet of one person on ``today``."""
    talents = tuple(sorted(inputs.talents, key=lambda a: (a.held_on, a.conversation_id)))
    words = recurring_words(talents)
    outcomes = [outcome_of(record, today) for record in inputs.actions]
    outcomes.sort(key=lambda one: (one.action.created_at, one.action.id))
    lines = trend_lines(inputs.series)
    goals = open_goals(inputs.goals)
    return FeedforwardSheet(
        employee=inputs.employee,
        today=today,
        talents=talents,
        recurring=tuple(words),
        actions=tuple(outcomes),
        counts=outcome_counts(outcomes),
        trends=tuple(lines),
        goals=tuple(goals),
        preparation=inputs.preparation,
        since=since_preparation(inputs.preparation, outcomes, inputs.talks),
        feedback=tuple(feedback_facts(outcomes, lines)),
        forward=tuple(forward_items(outcomes, goals)),
        questions=tuple(questions(outcomes, lines, words)),
        talks=tuple(sorted(inputs.talks, key=lambda t: (t.day, t.conversation_id))),
        notes=notes or DeckNotes(),
    )
