"""The team overview: one row per person, and what their growth cycle still lacks.

A row holds counts and dates only, plus the wellbeing card's series; the printed team
report leaves that series out. The gaps are the codes of ``leercoach.domain.growth``
(``GapKind``), found by the same rules as ``find_gaps`` but from counts the store reads
for everyone at once (``CycleFacts``), not from each person's whole cycle:
``tests/test_overview.py`` holds the two to the same answer on every person of a demo
database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import AnswerType, Card
from leercoach.domain.employee import GrowthPhase
from leercoach.domain.growth import CYCLE_ORDER, TALK_EXPECTED, GapKind

# The theme of the cards that ask how someone is doing (the check-in's "hoe gaat het",
# onboarding's first weeks, the appraisal's balance of load and strength).
WELLBEING_THEME = "welzijn"


def is_wellbeing_card(card: Card) -> bool:
    """A card whose scale answers form someone's wellbeing series."""
    return card.theme == WELLBEING_THEME and card.answer.type is AnswerType.SCALE


@dataclass(frozen=True)
class WellbeingPoint:
    """One answer to a wellbeing card (theme ``welzijn``, a scale) on the talk's date."""

    date: date
    value: int


@dataclass(frozen=True)
class OverviewRow:
    """One person in the team overview; ``as_json`` gives the keys the CLI promises."""

    id: str
    name: str
    team: str
    last_talk: date | None
    next_talk: date | None
    overdue: bool
    """The next talk lies before today."""
    open_actions: int
    overdue_actions: int
    cycle_phase: CyclePhase | None
    """The phase set on the running cycle; None without a cycle."""
    cycle_gaps: tuple[GapKind, ...]
    growth_phase: GrowthPhase
    wellbeing: tuple[WellbeingPoint, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "team": self.team,
            "last_talk": self.last_talk.isoformat() if self.last_talk else None,
            "next_talk": self.next_talk.isoformat() if self.next_talk else None,
            "overdue": self.overdue,
            "open_actions": self.open_actions,
            "overdue_actions": self.overdue_actions,
            "cycle_phase": self.cycle_phase.value if self.cycle_phase else None,
            "cycle_gaps": [gap.value for gap in self.cycle_gaps],
            "growth_phase": self.growth_phase.value,
            "wellbeing": [
                {"date": point.date.isoformat(), "value": point.value} for point in self.wellbeing
            ],
        }


@dataclass(frozen=True)
class PhaseTalks:
    """The conversations of the period that touch one phase (primary or not)."""

    held: int = 0
    completed: int = 0


@dataclass(frozen=True)
class CycleFacts:
    """What ``find_gaps`` looks at in one person's running period, as counts."""

    has_cycle: bool = False
    goals: int = 0
    goals_not_smart: int = 0
    """Goals not let go with a SMART part left empty."""
    goals_unsettled: int = 0
    goals_unsettled_without_actions: int = 0
    talks: Mapping[CyclePhase, PhaseTalks] = field(default_factory=dict)
    actions: int = 0
    """Actions that belong to the cycle (``growth.belongs_to_cycle``)."""
    overdue_actions: int = 0
    period_over: bool = False


def cycle_gaps(facts: CycleFacts) -> tuple[GapKind, ...]:
    """The kinds of gap ``find_gaps`` finds for these facts, each once, in cycle order."""
    found: list[GapKind] = []
    for phase in CYCLE_ORDER:
        if phase is CyclePhase.PLANNEN:
            if not facts.has_cycle:
                found.append(GapKind.NO_CYCLE)
            elif not facts.goals:
                found.append(GapKind.NO_GOALS)
            elif facts.goals_not_smart:
                found.append(GapKind.GOAL_NOT_SMART)
        talks = facts.talks.get(phase, PhaseTalks())
        if phase in TALK_EXPECTED and not talks.completed:
            found.append(GapKind.TALK_NOT_COMPLETED if talks.held else GapKind.NO_TALK)
        if phase is CyclePhase.LEREN:
            if not facts.actions:
                found.append(GapKind.NO_ACTIONS)
            if facts.goals_unsettled_without_actions:
                found.append(GapKind.GOAL_WITHOUT_ACTIONS)
        if phase is CyclePhase.OPVOLGEN and facts.overdue_actions:
            found.append(GapKind.OVERDUE_ACTIONS)
        if phase is CyclePhase.EVALUEREN and facts.period_over and facts.goals_unsettled:
            found.append(GapKind.GOALS_STILL_OPEN)
    return tuple(dict.fromkeys(found))
