"""What a calendar file holds: the planned talks, the next talks the rhythm gives, the due
dates of agreed actions and goals, each an event with a UID that stays its own.

The rules learn from why others refused ICS (encrypted1on1 #207: duplicates, time zones,
the organiser field):

- a stable UID per talk, action or goal, so a second export describes the same events and
  a calendar updates them instead of adding them again; a next talk that only follows from
  the rhythm is named by the person and the talk it follows, so when that next talk is
  held, the old event is cancelled and a new one appears;
- SEQUENCE from the moment the item last changed (seconds since 2020: it only grows), and
  that moment as DTSTAMP, so two exports of unchanged data are the same bytes;
- all-day events, but for a talk planned at a time: then the deck's duration;
- no attendees, no organiser, and titles without what was said: the deck kind and the
  person's name, and with ``details`` off not even an action's or goal's text;
- what is no longer planned (an action done or dropped, a goal reached or let go, a
  planned talk held or cancelled, everything of someone archived) stays ``KEEP_SETTLED``
  after it was settled, cancelled, so the calendar takes it away; then it drops out.

No SQL, no file format: the store gathers ``AgendaInput``, ``leercoach.ics`` writes it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from leercoach.domain.deck import DeckKind
from leercoach.domain.talks import NextTalk, RhythmSource
from leercoach.language import _
from leercoach.vocabulary import label

KEEP_SETTLED = timedelta(days=30)
"""How long a settled item stays in the file, cancelled."""
DEFAULT_MINUTES = 60
"""A timed talk whose deck is unknown (removed, or none chosen) lasts this long."""
SEQUENCE_EPOCH = datetime(2020, 1, 1)
UID_DOMAIN = "leercoach"


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    changed: datetime
    """The person's last change (a rename changes every title of theirs)."""
    archived: bool = False
    """Archived (since ``changed``): every event of theirs is cancelled, then drops out."""


@dataclass(frozen=True)
class PlannedTalk:
    """A ``planned_talk`` record: 'planned', 'held' or 'cancelled'."""

    id: str
    employee_id: str
    planned: date | datetime
    status: str
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status == "planned"


@dataclass(frozen=True)
class DueItem:
    """An agreed action or a goal with a due date."""

    kind: str  # "action" or "goal"
    id: str
    employee_id: str
    text: str
    due: date
    is_open: bool
    updated_at: datetime


@dataclass(frozen=True)
class TalkHistory:
    """Someone's last two talks: what the rhythm's next talk follows, and the one before."""

    last_id: str
    last_at: datetime
    previous_id: str | None = None
    previous_day: date | None = None
    last_settled_a_plan: bool = False
    """The last talk used up a planned talk (the event then was that one, not the rhythm's)."""


@dataclass(frozen=True)
class Deck:
    kind: DeckKind | None
    minutes: int


@dataclass(frozen=True)
class AgendaInput:
    """Everything the events are made of, as the store reads it."""

    today: date
    people: Mapping[str, Person]
    standings: Mapping[str, NextTalk]
    planned: list[PlannedTalk] = field(default_factory=list)
    due: list[DueItem] = field(default_factory=list)
    talks: Mapping[str, TalkHistory] = field(default_factory=dict)
    decks: Mapping[str, Deck] = field(default_factory=dict)
    """By slug: the decks loaded, for a talk's kind and duration."""


@dataclass(frozen=True)
class AgendaEvent:
    uid: str
    summary: str
    start: date | datetime
    """A date: an all-day event. A datetime: wall-clock time in the calendar's zone."""
    minutes: int
    """A timed event's length; 0 for an all-day one (which lasts its day)."""
    sequence: int
    stamp: datetime
    """When the item last changed (local time): the event's DTSTAMP and LAST-MODIFIED."""
    cancelled: bool = False

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


def uid(kind: str, *parts: str) -> str:
    return "-".join((kind, *parts)) + "@" + UID_DOMAIN


def sequence(*stamps: datetime) -> int:
    """SEQUENCE of an item changed at the latest of ``stamps``: it grows with every change."""
    return max(0, int((max(stamps) - SEQUENCE_EPOCH).total_seconds()))


def kept(settled: datetime, today: date) -> bool:
    """Whether an item settled at ``settled`` is still in the file (cancelled) today."""
    return settled.date() >= today - KEEP_SETTLED


def agenda(data: AgendaInput, *, details: bool = True) -> list[AgendaEvent]:
    """The events of the calendar file, by date, then UID."""
    events = [*_planned_talks(data), *_rhythm_talks(data), *_due_items(data, details=details)]
    return sorted(events, key=lambda event: (_day(event.start), event.uid))


def _day(start: date | datetime) -> date:
    return start.date() if isinstance(start, datetime) else start


def talk_title(name: str, kind: DeckKind | None) -> str:
    if kind is None:
        return _("Talk with {name}", name=name)
    return _("{kind} with {name}", kind=label(kind), name=name)


def _deck_of(data: AgendaInput, employee_id: str) -> Deck | None:
    standing = data.standings.get(employee_id)
    slug = standing.next_deck if standing else None
    return data.decks.get(slug) if slug else None


def _planned_talks(data: AgendaInput) -> Iterator[AgendaEvent]:
    for plan in data.planned:
        person = data.people.get(plan.employee_id)
        if person is None or not (plan.is_open or kept(plan.updated_at, data.today)):
            continue
        live = plan.is_open and not person.archived
        deck = _deck_of(data, person.id)
        timed = isinstance(plan.planned, datetime)
        yield AgendaEvent(
            uid=uid("talk", plan.id),
            summary=talk_title(person.name, deck.kind if deck else None),
            start=plan.planned,
            minutes=(deck.minutes if deck else DEFAULT_MINUTES) if timed else 0,
            sequence=sequence(plan.updated_at, person.changed),
            stamp=max(plan.updated_at, person.changed),
            cancelled=not live,
        )


def _rhythm_talks(data: AgendaInput) -> Iterator[AgendaEvent]:
    """The next talk the rhythm gives, where no talk is planned; and the one it replaced,
    cancelled: the next talk of the talk before (held since), or the rhythm's next talk
    while a planned talk takes its place."""
    open_plans = {plan.employee_id: plan for plan in data.planned if plan.is_open}
    for person_id, standing in data.standings.items():
        person = data.people.get(person_id)
        if person is None or standing.rhythm is None:
            continue
        history = data.talks.get(person_id)
        deck = _deck_of(data, person_id)
        title = talk_title(person.name, deck.kind if deck else None)
        after = history.last_id if history else "first"
        stamps = [person.changed, *([history.last_at] if history else [])]
        plan = open_plans.get(person_id)
        if plan is None and standing.next_talk is not None:
            # With no talk yet the next one is today, every day: the day is a change too.
            moving = [] if history else [datetime.combine(data.today, datetime.min.time())]
            yield AgendaEvent(
                uid=uid("next", person_id, after),
                summary=title,
                start=standing.next_talk,
                minutes=0,
                sequence=sequence(*stamps, *moving),
                stamp=max(stamps),
                cancelled=person.archived,
            )
        elif plan is not None and history and kept(plan.created_at, data.today):
            due = standing.rhythm.after(history.last_at.date())
            if due is not None:
                stamps.append(plan.created_at)
                yield _cancelled(uid("next", person_id, after), title, due, stamps)
        # Before the first talk only a rhythm set gave a next talk (today's).
        had_one = history is not None and (
            history.previous_id is not None or standing.rhythm_source is RhythmSource.SET
        )
        if (
            history
            and had_one
            and not history.last_settled_a_plan
            and kept(history.last_at, data.today)
        ):
            before = history.previous_id or "first"
            due = (
                standing.rhythm.after(history.previous_day)
                if history.previous_day
                else history.last_at.date()
            )
            if due is not None:
                yield _cancelled(uid("next", person_id, before), title, due, stamps)


def _cancelled(event_uid: str, title: str, day: date, stamps: list[datetime]) -> AgendaEvent:
    return AgendaEvent(
        uid=event_uid,
        summary=title,
        start=day,
        minutes=0,
        sequence=sequence(*stamps),
        stamp=max(stamps),
        cancelled=True,
    )


def _due_items(data: AgendaInput, *, details: bool) -> Iterator[AgendaEvent]:
    for item in data.due:
        person = data.people.get(item.employee_id)
        if person is None or not (item.is_open or kept(item.updated_at, data.today)):
            continue
        yield AgendaEvent(
            uid=uid(item.kind, item.id),
            summary=due_title(item, person.name, details=details),
            start=item.due,
            minutes=0,
            sequence=sequence(item.updated_at, person.changed),
            stamp=max(item.updated_at, person.changed),
            cancelled=not item.is_open or person.archived,
        )


def due_title(item: DueItem, name: str, *, details: bool) -> str:
    text = " ".join(item.text.split())
    if item.kind == "goal":
        if details and text:
            return _("Goal of {name}: {text}", name=name, text=text)
        return _("Goal of {name} due", name=name)
    if details and text:
        return _("Agreed action of {name}: {text}", name=name, text=text)
    return _("Agreed action with {name} due", name=name)
