"""One employee's growth cycle as a record: which talks fill which phase, and what is missing.

The cycle (002 §7.2) has four phases: plannen, leren, opvolgen, evalueren. This module
places every conversation of a period in those phases and lists the gaps, so the printed
summary and the in-app view tell the same story. It is pure: the caller supplies the
employee, the period, the cycle and its goals, the conversations and the actions.

How a conversation is placed (``deck_phases``):

1. A deck whose cards carry a ``phase`` belongs to those phases; the phase most of its
   cards carry comes first (its *primary* phase), ties go to the phase asked first.
2. Otherwise the deck's kind decides (``KIND_PHASES``): ontwikkelgesprek, onboarding and
   zelfscan plan; transfer is about learning and its follow-up; check-in follows up;
   functioneringsgesprek and exitgesprek evaluate. Overig and a groeicyclus deck without
   card phases fit no phase and are listed apart.
3. When the conversation has no deck (none stored with it, none of its slug and version
   loaded), its slug is read for a phase or kind name (``groeicyclus-evalueren``,
   ``check-in-en``).

How an action is placed: an action tied to one of the cycle's goals is shown with that
goal; any other action belongs to the primary phase of the conversation it was agreed in,
and to *leren* when it has no such conversation (an action is, after all, something to learn
from). An action belongs to the cycle when it was created in the period, was agreed in one
of the period's conversations, or serves one of the cycle's goals.

What is missing (``find_gaps``, the one definition every view and the printed summary
show): under *plannen* no cycle, no goals, or a goal not let go with SMART parts left
empty; under *plannen*, *opvolgen* and *evalueren* no completed talk (``TALK_EXPECTED``;
drafts are counted); under *leren* no actions at all, or a goal still open without any;
under *opvolgen* open actions past their date (``Action.is_overdue``); under *evalueren*,
once the period is over, goals neither achieved nor let go (``GOAL_SETTLED``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from leercoach.domain.action import Action
from leercoach.domain.conversation import Conversation
from leercoach.domain.cycle import GOAL_SETTLED, CyclePhase, Goal, GoalStatus, GrowthCycle
from leercoach.domain.deck import Deck, DeckKind
from leercoach.domain.employee import Employee

CYCLE_ORDER: tuple[CyclePhase, ...] = tuple(CyclePhase)

KIND_PHASES: Mapping[DeckKind, tuple[CyclePhase, ...]] = {
    DeckKind.ONTWIKKELGESPREK: (CyclePhase.PLANNEN,),
    DeckKind.ONBOARDING: (CyclePhase.PLANNEN,),
    DeckKind.ZELFSCAN: (CyclePhase.PLANNEN,),
    DeckKind.TRANSFER: (CyclePhase.LEREN, CyclePhase.OPVOLGEN),
    DeckKind.CHECK_IN: (CyclePhase.OPVOLGEN,),
    DeckKind.FUNCTIONERINGSGESPREK: (CyclePhase.EVALUEREN,),
    DeckKind.EXITGESPREK: (CyclePhase.EVALUEREN,),
}

# Phases in which a completed talk is expected; learning mostly happens at work, not in talks.
TALK_EXPECTED = (CyclePhase.PLANNEN, CyclePhase.OPVOLGEN, CyclePhase.EVALUEREN)

SMART_PARTS = ("specific", "measurable", "acceptable", "realistic", "time_bound")


# In its last months a cycle's tab also offers the next one (``Period.ends_soon``).
NEXT_CYCLE_OFFERED_MONTHS = 2


@dataclass(frozen=True)
class Period:
    """A stretch of days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def ends_soon(self, today: date) -> bool:
        """Whether ``today`` lies in the period's last ``NEXT_CYCLE_OFFERED_MONTHS`` months:
        a cycle ending on 31 December ends soon from 1 November on, and no longer once over."""
        return self.contains(today) and today >= _months_before(
            self.end + timedelta(days=1), NEXT_CYCLE_OFFERED_MONTHS
        )

    def after_end(self, day: date | None) -> bool:
        """A day (a goal's due date) that falls after the period: not evaluated in it."""
        return day is not None and day > self.end

    def overlap_days(self, start: date, end: date) -> int:
        return max(0, (min(self.end, end) - max(self.start, start)).days + 1)

    @classmethod
    def cycle_year(cls, year: int, start_month: int = 1) -> Period:
        """The cycle named after ``year``: from ``start_month`` of that year up to a year later."""
        if not 1 <= start_month <= 12:
            raise ValueError(f"start month {start_month} is not between 1 and 12")
        start = date(year, start_month, 1)
        following = date(year + 1, start_month, 1)
        return cls(start, following - timedelta(days=1))


class GapKind(StrEnum):
    NO_CYCLE = "no-cycle"
    NO_GOALS = "no-goals"
    GOAL_NOT_SMART = "goal-not-smart"
    NO_TALK = "no-talk"
    TALK_NOT_COMPLETED = "talk-not-completed"
    NO_ACTIONS = "no-actions"
    GOAL_WITHOUT_ACTIONS = "goal-without-actions"
    OVERDUE_ACTIONS = "overdue-actions"
    GOALS_STILL_OPEN = "goals-still-open"


@dataclass(frozen=True)
class Gap:
    """Something the cycle still lacks; wording is left to the view that shows it."""

    kind: GapKind
    phase: CyclePhase
    subject: str = ""
    parts: tuple[str, ...] = ()
    count: int = 0


def gap_code(phase: CyclePhase | str, kind: GapKind | str) -> str:
    """A gap as a deck names it in ``suggest_for_gaps``: ``plannen:no-talk``."""
    return f"{CyclePhase(phase).value}:{GapKind(kind).value}"


GAP_CODES = frozenset(gap_code(phase, kind) for phase in CyclePhase for kind in GapKind)


@dataclass(frozen=True)
class PlacedConversation:
    conversation: Conversation
    phases: tuple[CyclePhase, ...]

    @property
    def primary(self) -> CyclePhase | None:
        return self.phases[0] if self.phases else None


@dataclass(frozen=True)
class GoalPlan:
    goal: Goal
    actions: tuple[Action, ...]

    @property
    def missing_smart(self) -> tuple[str, ...]:
        """The SMART parts (field names of ``Goal``) left empty."""
        return tuple(part for part in SMART_PARTS if not getattr(self.goal, part).strip())


@dataclass(frozen=True)
class PhaseEntry:
    phase: CyclePhase
    conversations: tuple[PlacedConversation, ...]
    """Conversations whose primary phase this is, oldest first."""
    touching: tuple[PlacedConversation, ...]
    """Conversations that also touch this phase, though their primary phase is another."""
    actions: tuple[Action, ...]
    """Actions agreed in this phase and not tied to a goal, earliest due first."""
    gaps: tuple[Gap, ...]

    @property
    def has_completed_talk(self) -> bool:
        return any(p.conversation.is_completed for p in (*self.conversations, *self.touching))

    def gap(self, kind: GapKind) -> Gap | None:
        """This phase's gap of that kind, if it has one."""
        return next((gap for gap in self.gaps if gap.kind is kind), None)


@dataclass(frozen=True)
class CycleOverview:
    employee: Employee
    period: Period
    cycle: GrowthCycle | None
    today: date
    phases: tuple[PhaseEntry, ...]
    """Always the four phases, in cycle order."""
    goals: tuple[GoalPlan, ...]
    unplaced: tuple[PlacedConversation, ...]
    """Conversations in the period that fit no phase (a reflection, an 'overig' deck)."""

    def entry(self, phase: CyclePhase) -> PhaseEntry:
        return self.phases[CYCLE_ORDER.index(phase)]

    @property
    def gaps(self) -> tuple[Gap, ...]:
        return tuple(gap for entry in self.phases for gap in entry.gaps)

    @property
    def actions(self) -> tuple[Action, ...]:
        return (
            *(a for plan in self.goals for a in plan.actions),
            *(a for entry in self.phases for a in entry.actions),
        )

    @property
    def overdue(self) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.is_overdue(self.today))

    @property
    def conversations(self) -> tuple[PlacedConversation, ...]:
        placed = [p for entry in self.phases for p in entry.conversations]
        return tuple(sorted([*placed, *self.unplaced], key=_conversation_order))


def deck_phases(deck: Deck) -> tuple[CyclePhase, ...]:
    """The phases a deck belongs to, primary first (see the module docstring)."""
    asked = [CyclePhase(card.phase) for card in deck.cards if card.phase]
    if asked:
        counts = Counter(asked)
        first_seen = list(dict.fromkeys(asked))
        return tuple(sorted(first_seen, key=lambda p: (-counts[p], first_seen.index(p))))
    return KIND_PHASES.get(deck.kind, ())


def slug_phases(slug: str) -> tuple[CyclePhase, ...]:
    """A best guess from the slug alone, for talks without a deck."""
    words = slug.split("-")
    for phase in CYCLE_ORDER:
        if phase.value in words:
            return (phase,)
    for kind, phases in KIND_PHASES.items():
        if kind.value in slug:
            return phases
    return ()


def place(conversation: Conversation, deck: Deck | None) -> PlacedConversation:
    """``deck`` is the deck the conversation was held with, None when it has none."""
    phases = deck_phases(deck) if deck else slug_phases(conversation.deck_slug)
    return PlacedConversation(conversation, phases)


def belongs_to_cycle(
    action: Action, period: Period, goal_ids: Set[str], conversation_ids: Set[str]
) -> bool:
    return (
        period.contains(action.created_at.date())
        or (action.goal_id or "") in goal_ids
        or (action.conversation_id or "") in conversation_ids
    )


def build_overview(
    employee: Employee,
    period: Period,
    cycle: GrowthCycle | None,
    goals: Iterable[Goal],
    conversations: Iterable[Conversation],
    actions: Iterable[Action],
    decks: Mapping[str, Deck],
    today: date,
) -> CycleOverview:
    """Place the period's talks and actions in the four phases and find what is missing.

    ``decks`` holds the deck each conversation was held with, by conversation id.
    Conversations outside the period and actions that do not belong to the cycle are
    left out, so the caller may pass a little more than needed.
    """
    goal_list = list(goals) if cycle else []
    talks = sorted(
        (
            place(c, decks.get(c.id))
            for c in conversations
            if c.employee_id == employee.id and c.is_talk and period.contains(c.started_at.date())
        ),
        key=_conversation_order,
    )
    goal_ids = {g.id for g in goal_list}
    talk_ids = {p.conversation.id for p in talks}
    kept = sorted(
        (a for a in actions if belongs_to_cycle(a, period, goal_ids, talk_ids)),
        key=_action_order,
    )
    plans = tuple(
        GoalPlan(goal, tuple(a for a in kept if a.goal_id == goal.id)) for goal in goal_list
    )
    primary_of = {p.conversation.id: p.primary for p in talks}
    by_phase: dict[CyclePhase, list[Action]] = {phase: [] for phase in CYCLE_ORDER}
    for action in kept:
        if action.goal_id in goal_ids:
            continue
        by_phase[primary_of.get(action.conversation_id or "") or CyclePhase.LEREN].append(action)
    entries = []
    for phase in CYCLE_ORDER:
        own = tuple(p for p in talks if p.primary is phase)
        touching = tuple(p for p in talks if phase in p.phases[1:])
        entries.append(PhaseEntry(phase, own, touching, tuple(by_phase[phase]), ()))
    overview = CycleOverview(
        employee=employee,
        period=period,
        cycle=cycle,
        today=today,
        phases=tuple(entries),
        goals=plans,
        unplaced=tuple(p for p in talks if not p.phases),
    )
    gaps = find_gaps(overview)
    with_gaps = (replace(e, gaps=tuple(g for g in gaps if g.phase is e.phase)) for e in entries)
    return replace(overview, phases=tuple(with_gaps))


def find_gaps(overview: CycleOverview) -> list[Gap]:
    """What the cycle still lacks, phase by phase, in cycle order."""
    gaps: list[Gap] = []
    for entry in overview.phases:
        if entry.phase is CyclePhase.PLANNEN:
            gaps += _planning_gaps(overview)
        if entry.phase in TALK_EXPECTED and not entry.has_completed_talk:
            drafts = len(entry.conversations) + len(entry.touching)
            kind = GapKind.TALK_NOT_COMPLETED if drafts else GapKind.NO_TALK
            gaps.append(Gap(kind, entry.phase, count=drafts))
        if entry.phase is CyclePhase.LEREN:
            gaps += _learning_gaps(overview)
        if entry.phase is CyclePhase.OPVOLGEN and overview.overdue:
            gaps.append(Gap(GapKind.OVERDUE_ACTIONS, entry.phase, count=len(overview.overdue)))
        if entry.phase is CyclePhase.EVALUEREN and overview.today > overview.period.end:
            still_open = [p for p in overview.goals if p.goal.status not in GOAL_SETTLED]
            if still_open:
                gaps.append(Gap(GapKind.GOALS_STILL_OPEN, entry.phase, count=len(still_open)))
    return gaps


def _planning_gaps(overview: CycleOverview) -> list[Gap]:
    phase = CyclePhase.PLANNEN
    if overview.cycle is None:
        return [Gap(GapKind.NO_CYCLE, phase)]
    if not overview.goals:
        return [Gap(GapKind.NO_GOALS, phase)]
    return [
        Gap(GapKind.GOAL_NOT_SMART, phase, plan.goal.title, plan.missing_smart)
        for plan in overview.goals
        if plan.missing_smart and plan.goal.status is not GoalStatus.LOSGELATEN
    ]


def _learning_gaps(overview: CycleOverview) -> list[Gap]:
    phase = CyclePhase.LEREN
    gaps = [] if overview.actions else [Gap(GapKind.NO_ACTIONS, phase)]
    gaps += [
        Gap(GapKind.GOAL_WITHOUT_ACTIONS, phase, plan.goal.title)
        for plan in overview.goals
        if not plan.actions and plan.goal.status not in GOAL_SETTLED
    ]
    return gaps


def pick_cycle(cycles: Iterable[GrowthCycle], period: Period) -> GrowthCycle | None:
    """The cycle that shares the most days with the period; on a tie the later one, and of
    two that start on the same day the one made last, whatever order they come in."""
    sharing = [c for c in cycles if period.overlap_days(c.period_start, c.period_end) > 0]
    return max(sharing, key=lambda c: _cycle_preference(c, period), default=None)


def _cycle_preference(cycle: GrowthCycle, period: Period) -> tuple[object, ...]:
    overlap = period.overlap_days(cycle.period_start, cycle.period_end)
    return (overlap, cycle.period_start, cycle.created_at, cycle.id)


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier, or that month's last day if it is shorter."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (following - timedelta(days=1)).day))


def _conversation_order(placed: PlacedConversation) -> tuple[object, ...]:
    return (placed.conversation.started_at, placed.conversation.id)


def _action_order(action: Action) -> tuple[object, ...]:
    return (action.due_date is None, action.due_date or date.max, action.created_at, action.id)
