"""The rhythm of talks: what counts as a talk, when someone is in service, when the next is.

Every definition the overview, the week view, the KPIs and the calendar use is here, and
``docs/kpi.md`` says the same in words. Dates are plain ``date`` values: the store turns
its timestamps into the day a talk was first completed.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from leercoach.domain.deck import Audience, DeckKind


class Rhythm(StrEnum):
    """How often a manager talks with someone; the value is what the CLI's --every takes."""

    EVERY_2_WEEKS = "2w"
    EVERY_3_WEEKS = "3w"
    EVERY_4_WEEKS = "4w"
    EVERY_6_WEEKS = "6w"
    EVERY_3_MONTHS = "3m"
    YEARLY = "1y"
    NONE = "none"

    def after(self, day: date) -> date | None:
        """The day one period after ``day``; None for no rhythm.

        Months are calendar months: 30 November + 3 months is 28 (or 29) February.
        """
        if self is Rhythm.NONE:
            return None
        count, unit = int(self.value[:-1]), self.value[-1]
        if unit == "w":
            return day + timedelta(weeks=count)
        months = count * 12 if unit == "y" else count
        return add_months(day, months)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, or that month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# What the KPI "development talks per employee" counts (002 §9.3, 003).
DEVELOPMENT_KINDS = frozenset({DeckKind.ONTWIKKELGESPREK, DeckKind.GROEICYCLUS})

# A rhythm follows from the kind of talk held, where the manager set none. The kinds of a
# recurring talk set it; a yearly talk only where no recurring talk was held; an exit
# talk ends it. Transfer talks and self-scans are one-offs and say nothing about it.
RECURRING_DEFAULTS: Mapping[DeckKind, Rhythm] = {
    DeckKind.CHECK_IN: Rhythm.EVERY_4_WEEKS,  # the check-in deck: every two to four weeks
    DeckKind.ONBOARDING: Rhythm.EVERY_2_WEEKS,
    DeckKind.GROEICYCLUS: Rhythm.EVERY_3_MONTHS,
    DeckKind.EXITGESPREK: Rhythm.NONE,
}
YEARLY_DEFAULTS: Mapping[DeckKind, Rhythm] = {
    DeckKind.ONTWIKKELGESPREK: Rhythm.YEARLY,
    DeckKind.FUNCTIONERINGSGESPREK: Rhythm.YEARLY,
}


def is_talk(audience: Audience | str) -> bool:
    """A conversation held with the employee: of a deck whose audience is the employee.

    The manager's own records (preparing a talk, a self-check) and a team's are not talks.
    ``store.talk_plans.IS_TALK_SQL`` is this rule in SQL.
    """
    return audience == Audience.EMPLOYEE


# No deck names another as the one to follow it.
NO_FOLLOW_UPS: Mapping[str, str] = MappingProxyType({})


class RhythmSource(StrEnum):
    SET = "set"
    DEFAULT = "default"


@dataclass(frozen=True)
class KindLastTalk:
    """Someone's most recent talk of one deck kind: the store's one row per person and kind."""

    kind: DeckKind | None
    day: date
    deck_slug: str


@dataclass(frozen=True)
class TalkPlan:
    """What the manager set for someone: a rhythm, a planned next talk, the deck for it.

    ``rhythm`` None means "not set" (the default applies); ``Rhythm.NONE`` means the
    manager said there is none. ``planned`` is used up by the next talk; ``deck`` stays.
    """

    rhythm: Rhythm | None = None
    planned: date | datetime | None = None
    deck: str | None = None

    @property
    def planned_day(self) -> date | None:
        if isinstance(self.planned, datetime):
            return self.planned.date()
        return self.planned

    @property
    def planned_time(self) -> datetime | None:
        return self.planned if isinstance(self.planned, datetime) else None


@dataclass(frozen=True)
class NextTalk:
    """Where someone stands in the rhythm today: the JSON keys of ``employees show``."""

    rhythm: Rhythm | None
    """The effective rhythm; None where there is none."""
    rhythm_source: RhythmSource | None
    last_talk: date | None
    next_talk: date | None
    next_time: datetime | None
    """The planned talk's time, when the plan has one."""
    next_deck: str | None

    def is_overdue(self, today: date) -> bool:
        return self.next_talk is not None and self.next_talk < today

    def is_due_this_week(self, today: date) -> bool:
        """Due in today's ISO week, Monday to Sunday, and not before today."""
        return self.next_talk is not None and today <= self.next_talk <= week_of(today)[1]

    def as_json(self) -> dict[str, object]:
        return {
            "rhythm": self.rhythm.value if self.rhythm else None,
            "rhythm_source": self.rhythm_source.value if self.rhythm_source else None,
            "last_talk": self.last_talk.isoformat() if self.last_talk else None,
            "next_talk": self.next_talk.isoformat() if self.next_talk else None,
            "next_deck": self.next_deck,
        }


def default_rhythm(last_by_kind: Iterable[KindLastTalk]) -> KindLastTalk | None:
    """The talk whose kind gives someone's rhythm where none was set; None for no default.

    The most recent talk of a recurring kind (or an exit talk, which ends the rhythm),
    else the most recent yearly one.
    """
    newest_first = sorted(last_by_kind, key=lambda talk: talk.day, reverse=True)
    for defaults in (RECURRING_DEFAULTS, YEARLY_DEFAULTS):
        for talk in newest_first:
            if talk.kind in defaults:
                return talk
    return None


def next_talk(
    plan: TalkPlan,
    last_by_kind: Iterable[KindLastTalk],
    today: date,
    follow_ups: Mapping[str, str] = NO_FOLLOW_UPS,
) -> NextTalk:
    """The effective rhythm and the next talk: a planned date if there is one, else the
    last talk (of any kind) plus the rhythm; with a rhythm and no talk yet, today.

    ``follow_ups`` gives per deck slug the deck of the talk after one held with it, where a
    deck says so (``DeckLibrary.follow_ups``, ``suggest.deck_after``): after a plangesprek
    the opvolggesprek. A deck it does not name is followed by itself.
    """
    talks = list(last_by_kind)
    last = max(talks, key=lambda talk: talk.day, default=None)
    rhythm: Rhythm | None
    source: RhythmSource | None
    giver = default_rhythm(talks)
    if plan.rhythm is not None:
        rhythm, source = plan.rhythm, RhythmSource.SET
    else:
        rhythm = None if giver is None else _default_for(giver.kind)
        source = None if giver is None else RhythmSource.DEFAULT
    # The deck of the next talk: the one set, else the one following that of the talk
    # giving the rhythm (a check-in again, not the one-off transfer talk held since), else
    # the one following the last talk's.
    deck_from = giver or last
    held_with = deck_from.deck_slug if deck_from else None
    deck = plan.deck or (follow_ups.get(held_with, held_with) if held_with else None)
    effective = None if rhythm is Rhythm.NONE else rhythm
    if plan.planned is not None:
        day: date | None = plan.planned_day
    elif effective is None:
        day = None
    elif last is None:
        day = today
    else:
        day = effective.after(last.day)
    return NextTalk(
        rhythm=effective,
        rhythm_source=source,
        last_talk=last.day if last else None,
        next_talk=day,
        next_time=plan.planned_time,
        next_deck=deck if day is not None else None,
    )


def _default_for(kind: DeckKind | None) -> Rhythm | None:
    if kind is None:
        return None
    return RECURRING_DEFAULTS.get(kind) or YEARLY_DEFAULTS.get(kind)


def in_service(start: date | None, end: date | None, year: int) -> bool:
    """Employed at some moment of ``year``: started by its last day, not left before its first."""
    return in_service_between(start, end, date(year, 1, 1), date(year, 12, 31))


def in_service_between(start: date | None, end: date | None, first: date, last: date) -> bool:
    """Employed at some moment from ``first`` to ``last``: started by ``last``, not left
    before ``first`` (a year for the KPIs, a week for the week page)."""
    return (start is None or start <= last) and (end is None or end >= first)


def week_of(day: date) -> tuple[date, date]:
    """The ISO week ``day`` falls in: its Monday and its Sunday."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def parse_rhythm(text: str) -> Rhythm:
    """``--every``'s value; ValueError for another."""
    return Rhythm(text.strip().lower())
