"""What belongs in a manager's week: whom to talk to, what is due, which goals are late.

The week of ``today`` is its ISO week, Monday to Sunday (``talks.week_of``). It holds

- the talks due this week or overdue: the next talk (``talks.NextTalk``) on or before
  Sunday;
- the agreed actions still open (``action.OPEN_STATUSES``) due on or before Sunday: those
  overdue (``Action.is_overdue``) and those due from today to Sunday;
- the goals past their date (``Goal.is_overdue``): a goal due later this week is no news;

each with the person, for the people in service in the week and not archived. Each list
is ordered most urgent first: the longest overdue on top, then by date, then by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from leercoach.domain.action import Action
from leercoach.domain.cycle import Goal
from leercoach.domain.talks import NextTalk, in_service_between, week_of


class Urgency(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this week"


def urgency_of(day: date, today: date) -> Urgency:
    """Before today is overdue; today or later (within the week) is this week."""
    return Urgency.OVERDUE if day < today else Urgency.THIS_WEEK


@dataclass(frozen=True)
class WeekPerson:
    """Who an item of the week is about, with what decides whether they count."""

    id: str
    name: str
    start_date: date | None = None
    end_date: date | None = None
    archived: bool = False

    def serves_in(self, first: date, last: date) -> bool:
        """Not archived, started by ``last`` and not left before ``first``."""
        return not self.archived and in_service_between(self.start_date, self.end_date, first, last)


@dataclass(frozen=True)
class DueTalk:
    person: WeekPerson
    talk: NextTalk

    @property
    def day(self) -> date:
        assert self.talk.next_talk is not None
        return self.talk.next_talk


@dataclass(frozen=True)
class DueAction:
    person: WeekPerson
    action: Action

    @property
    def day(self) -> date:
        assert self.action.due_date is not None
        return self.action.due_date


@dataclass(frozen=True)
class LateGoal:
    person: WeekPerson
    goal: Goal

    @property
    def day(self) -> date:
        assert self.goal.due_date is not None
        return self.goal.due_date


@dataclass(frozen=True)
class Week:
    today: date
    monday: date
    sunday: date
    talks: tuple[DueTalk, ...] = ()
    actions: tuple[DueAction, ...] = ()
    goals: tuple[LateGoal, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.talks or self.actions or self.goals)

    def urgency(self, day: date) -> Urgency:
        return urgency_of(day, self.today)


def talk_is_due(talk: NextTalk, today: date) -> bool:
    """Due this week or overdue: a next talk on or before this week's Sunday."""
    return talk.is_overdue(today) or talk.is_due_this_week(today)


def action_is_due(action: Action, today: date, sunday: date | None = None) -> bool:
    """Open and due this week or overdue (``sunday``: of today's week, when known)."""
    if action.is_overdue(today):
        return True
    last = sunday or week_of(today)[1]
    return (
        action.status.is_open and action.due_date is not None and today <= action.due_date <= last
    )


def build_week(
    today: date,
    people: Iterable[WeekPerson],
    next_talks: Mapping[str, NextTalk],
    actions: Iterable[Action],
    goals: Iterable[tuple[str, Goal]],
) -> Week:
    """The week of ``today`` from everyone's next talk, the candidate actions and the
    goals with their person's id; what does not belong is left out here."""
    monday, sunday = week_of(today)
    counted = {p.id: p for p in people if p.serves_in(monday, sunday)}
    talks = [
        DueTalk(counted[person], talk)
        for person, talk in next_talks.items()
        if person in counted and talk_is_due(talk, today)
    ]
    due = [
        DueAction(counted[a.employee_id], a)
        for a in actions
        if a.employee_id in counted and action_is_due(a, today, sunday)
    ]
    late = [
        LateGoal(counted[person], goal)
        for person, goal in goals
        if person in counted and goal.is_overdue(today)
    ]
    # Each person's place in name order, worked out once rather than once per item.
    order = {p: rank for rank, p in enumerate(sorted(counted, key=_name_order(counted)))}
    return Week(
        today=today,
        monday=monday,
        sunday=sunday,
        talks=tuple(sorted(talks, key=lambda t: (t.day, order[t.person.id]))),
        actions=tuple(sorted(due, key=lambda a: (a.day, order[a.person.id], a.action.created_at))),
        goals=tuple(sorted(late, key=lambda g: (g.day, order[g.person.id], g.goal.title))),
    )


def _name_order(people: Mapping[str, WeekPerson]) -> Callable[[str], tuple[str, str]]:
    return lambda person: (people[person].name.casefold(), person)
