"""The team overview in the database: one row per person, for everyone at once.

Every part is one bulk query (a GROUP BY, or one pass over the rows it needs), never a
query per person: where each stands in the rhythm (``TalkPlans.next_talks``), the open
and overdue actions, the running growth cycle and what it still lacks (the counts
``leercoach.domain.overview.CycleFacts`` asks for), and the answers to the wellbeing
cards. The rules are the domain's; this module only reads what they need.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from leercoach.decks import DeckLibrary
from leercoach.domain import CyclePhase, GrowthPhase
from leercoach.domain.action import OPEN_STATUSES
from leercoach.domain.cycle import GOAL_SETTLED, GoalStatus
from leercoach.domain.growth import SMART_PARTS, Period, pick_cycle, slug_phases
from leercoach.domain.growth import deck_phases as phases_of_deck
from leercoach.domain.overview import (
    CycleFacts,
    OverviewRow,
    PhaseTalks,
    WellbeingPoint,
    cycle_gaps,
    is_wellbeing_card,
)
from leercoach.domain.talks import NextTalk, in_service
from leercoach.store import rows
from leercoach.store.base import Clock, Repository
from leercoach.store.deck_snapshots import DeckSnapshots
from leercoach.store.reporting import Reporting
from leercoach.store.talk_plans import IS_TALK_SQL, TalkPlans

_OPEN = ", ".join(f"'{status.value}'" for status in sorted(OPEN_STATUSES))
_SETTLED = frozenset(status.value for status in GOAL_SETTLED)
_LET_GO = GoalStatus.LOSGELATEN.value
_IDS = "(SELECT value FROM json_each(?))"

PEOPLE_SQL = (
    "SELECT id, name, team, growth_phase, start_date, end_date FROM employee"
    " WHERE archived = 0{team} ORDER BY sort_name, id"
)
ACTIONS_SQL = (
    "SELECT employee_id, count(*), coalesce(sum(due_date IS NOT NULL AND due_date < ?), 0)"
    f" FROM action WHERE status IN ({_OPEN}){{who}} GROUP BY employee_id"
)
CYCLES_SQL = "SELECT * FROM growth_cycle WHERE period_start <= ? AND period_end >= ?{who}"
GOALS_SQL = (
    f"SELECT goal.cycle_id, goal.status, {', '.join(f'goal.{p}' for p in SMART_PARTS)},"
    " EXISTS (SELECT 1 FROM action WHERE action.goal_id = goal.id)"
    f" FROM goal WHERE goal.cycle_id IN {_IDS}"
)
# The period's conversations, as many as there are of each deck and status per person:
# a deck places them in the cycle's phases (domain.growth.place).
TALKS_SQL = (
    "SELECT employee_id, deck_hash, deck_slug, deck_version, count(*),"
    " sum(status = 'completed')"
    f" FROM conversation WHERE started_at >= ? AND started_at < ? AND {IS_TALK_SQL}{{who}}"
    " GROUP BY employee_id, deck_hash, deck_slug, deck_version"
)
# The actions of the cycle (domain.growth.belongs_to_cycle): made in the period, for one
# of the cycle's goals, or agreed in one of the period's conversations. An action is made
# in or after the talk it was agreed in, so only one made after the period is looked up
# in the period's talks (one lookup per such action, not per action).
CYCLE_ACTIONS_SQL = (
    "SELECT employee_id, count(*),"
    f" coalesce(sum(status IN ({_OPEN}) AND due_date IS NOT NULL AND due_date < ?), 0)"
    " FROM action WHERE ((created_at >= ? AND created_at < ?)"
    f" OR goal_id IN (SELECT id FROM goal WHERE cycle_id IN {_IDS})"
    " OR (created_at >= ? AND conversation_id IS NOT NULL AND EXISTS (SELECT 1 FROM"
    " conversation WHERE conversation.id = action.conversation_id"
    " AND conversation.started_at >= ? AND conversation.started_at < ?))){who}"
    " GROUP BY employee_id"
)
# The answers to the wellbeing cards in talks: from the index of the answers given on a
# scale (migration 0015), by card id, each joined to its conversation, which must be of a
# deck that has that card as a wellbeing card (their hashes; the pair is checked after).
WELLBEING_SQL = (
    "SELECT conversation.employee_id, conversation.deck_hash, answer.card_id,"
    " substr(conversation.first_completed_at, 1, 10), answer.value"
    " FROM answer INDEXED BY answer_scale_by_card"
    " JOIN conversation ON conversation.id = answer.conversation_id"
    f" WHERE answer.card_id IN {_IDS} AND answer.skipped = 0 AND answer.value GLOB '[0-9]*'"
    f" AND conversation.deck_hash IN {_IDS} AND conversation.first_completed_at IS NOT NULL"
    f" AND {IS_TALK_SQL}{{who}}"
    " ORDER BY conversation.first_completed_at, conversation.id"
)


def running_period(reporting: Reporting, today: date) -> Period:
    """The cycle period ``today`` falls in: this year's, or last year's when this year's
    cycle starts later in the year (as the growth tab opens)."""
    period = reporting.period_for_year(today.year)
    return period if period.contains(today) else reporting.period_for_year(today.year - 1)


class Overview(Repository):
    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        talk_plans: TalkPlans,
        decks: DeckSnapshots,
        reporting: Reporting,
    ) -> None:
        super().__init__(db, clock)
        self.talk_plans = talk_plans
        self.decks = decks
        self.reporting = reporting

    def people(
        self,
        today: date,
        library: DeckLibrary,
        *,
        team: str | None = None,
        wellbeing: bool = True,
    ) -> list[OverviewRow]:
        """One row per person in service this year and not archived, of one team or all,
        in name order. ``library`` places conversations whose deck was not stored.
        ``wellbeing=False`` leaves the wellbeing answers unread (the printed report)."""
        people = [
            row
            for row in self.db.execute(
                PEOPLE_SQL.format(team=" AND team = ?" if team is not None else ""),
                [team] if team is not None else [],
            ).fetchall()
            if in_service(rows.to_day(row[4]), rows.to_day(row[5]), today.year)
        ]
        ids = [row[0] for row in people] if team is not None else None
        if ids == []:
            return []
        period = running_period(self.reporting, today)
        standing = self.talk_plans.next_talks(today, ids, library.follow_ups())
        actions = self._open_actions(today, ids)
        facts = self._cycle_facts(today, period, ids, library)
        series = self._wellbeing(ids) if wellbeing else {}
        made = []
        for person, name, team_name, growth, _start, _end in people:
            where = standing.get(person) or _NOWHERE
            open_count, overdue_count = actions.get(person, (0, 0))
            phase, person_facts = facts.get(person, (None, CycleFacts()))
            made.append(
                OverviewRow(
                    id=person,
                    name=name,
                    team=team_name,
                    last_talk=where.last_talk,
                    next_talk=where.next_talk,
                    overdue=where.is_overdue(today),
                    open_actions=open_count,
                    overdue_actions=overdue_count,
                    cycle_phase=phase,
                    cycle_gaps=cycle_gaps(person_facts),
                    growth_phase=GrowthPhase(growth),
                    wellbeing=series.get(person, ()),
                )
            )
        return made

    # the parts ---------------------------------------------------------------------
    def _open_actions(self, today: date, ids: list[str] | None) -> dict[str, tuple[int, int]]:
        who, params = _who("employee_id", ids)
        found = self.db.execute(ACTIONS_SQL.format(who=who), [today.isoformat(), *params])
        return {person: (count, late) for person, count, late in found.fetchall()}

    def _cycle_facts(
        self, today: date, period: Period, ids: list[str] | None, library: DeckLibrary
    ) -> dict[str, tuple[CyclePhase | None, CycleFacts]]:
        first, last = period.start.isoformat(), period.end.isoformat()
        after_last = (period.end + timedelta(days=1)).isoformat()
        who, params = _who("employee_id", ids)
        by_person: dict[str, list[Any]] = {}
        for row in self.rows(CYCLES_SQL.format(who=who), [last, first, *params]):
            by_person.setdefault(row["employee_id"], []).append(rows.cycle(row))
        chosen = {
            person: cycle
            for person, cycles in by_person.items()
            if (cycle := pick_cycle(cycles, period)) is not None
        }
        cycle_ids = json.dumps([cycle.id for cycle in chosen.values()])
        goals: dict[str, list[int]] = {}  # per cycle: goals, not SMART, unsettled, without
        for cycle_id, status, *smart, has_actions in self.db.execute(
            GOALS_SQL, [cycle_ids]
        ).fetchall():
            counts = goals.setdefault(cycle_id, [0, 0, 0, 0])
            counts[0] += 1
            counts[1] += status != _LET_GO and any(not text.strip() for text in smart)
            unsettled = status not in _SETTLED
            counts[2] += unsettled
            counts[3] += unsettled and not has_actions
        talks = self._talks(first, after_last, who, params, library)
        actions = {
            person: (count, late)
            for person, count, late in self.db.execute(
                CYCLE_ACTIONS_SQL.format(who=who),
                [
                    today.isoformat(),
                    first,
                    after_last,
                    cycle_ids,
                    after_last,
                    first,
                    after_last,
                    *params,
                ],
            ).fetchall()
        }
        over = today > period.end
        facts: dict[str, tuple[CyclePhase | None, CycleFacts]] = {}
        for person in {*chosen, *talks, *actions}:
            cycle = chosen.get(person)
            goal_counts = goals.get(cycle.id, [0, 0, 0, 0]) if cycle else [0, 0, 0, 0]
            count, late = actions.get(person, (0, 0))
            facts[person] = (
                cycle.phase if cycle else None,
                CycleFacts(
                    has_cycle=cycle is not None,
                    goals=goal_counts[0],
                    goals_not_smart=goal_counts[1],
                    goals_unsettled=goal_counts[2],
                    goals_unsettled_without_actions=goal_counts[3],
                    talks=talks.get(person, {}),
                    actions=count,
                    overdue_actions=late,
                    period_over=over,
                ),
            )
        return facts

    def _talks(
        self,
        first: str,
        after_last: str,
        who: str,
        params: list[str],
        library: DeckLibrary,
    ) -> dict[str, dict[CyclePhase, PhaseTalks]]:
        """Per person and phase, the period's conversations touching it, and the completed."""
        placed: dict[tuple[str | None, str, int], tuple[CyclePhase, ...]] = {}
        counts: dict[str, dict[CyclePhase, list[int]]] = {}
        found = self.db.execute(TALKS_SQL.format(who=who), [first, after_last, *params])
        for person, digest, slug, version, held, done in found.fetchall():
            key = (digest, slug, version)
            phases = placed.get(key)
            if phases is None:
                phases = placed[key] = self._phases(digest, slug, version, library)
            mine = counts.get(person)
            if mine is None:
                mine = counts[person] = {}
            for phase in phases:
                tally = mine.get(phase)
                if tally is None:
                    mine[phase] = [held, done]
                else:
                    tally[0] += held
                    tally[1] += done
        # One PhaseTalks per pair of counts: most people share a handful of them.
        made: dict[tuple[int, int], PhaseTalks] = {}
        return {
            person: {
                phase: made.get((held, done))
                or made.setdefault((held, done), PhaseTalks(held, done))
                for phase, (held, done) in phases.items()
            }
            for person, phases in counts.items()
        }

    def _phases(
        self, digest: str | None, slug: str, version: int, library: DeckLibrary
    ) -> tuple[CyclePhase, ...]:
        """The phases a conversation of this deck fills (``domain.growth.place``)."""
        deck = self.decks.snapshot(digest) if digest is not None else None
        deck = deck or library.find(slug, version)
        return phases_of_deck(deck) if deck is not None else slug_phases(slug)

    def _wellbeing(self, ids: list[str] | None) -> dict[str, tuple[WellbeingPoint, ...]]:
        cards = {
            (digest, card.id)
            for digest in self._snapshot_hashes()
            if (deck := self.decks.snapshot(digest)) is not None
            for card in deck.cards
            if is_wellbeing_card(card)
        }
        if not cards:
            return {}
        who, params = _who("conversation.employee_id", ids)
        hashes = json.dumps(sorted({digest for digest, _ in cards}))
        card_ids = json.dumps(sorted({card for _, card in cards}))
        # In date order from SQL; one WellbeingPoint per day and value (a few thousand
        # for some 40 000 answers).
        points: dict[tuple[str, str], WellbeingPoint] = {}
        found: dict[str, list[WellbeingPoint]] = {}
        for person, digest, card, day, value in self.db.execute(
            WELLBEING_SQL.format(who=who), [card_ids, hashes, *params]
        ).fetchall():
            if (digest, card) in cards and value.isdigit():
                point = points.get((day, value))
                if point is None:
                    point = points[(day, value)] = WellbeingPoint(
                        date.fromisoformat(day), int(value)
                    )
                series = found.get(person)
                if series is None:
                    found[person] = [point]
                else:
                    series.append(point)
        return {person: tuple(series) for person, series in found.items()}

    def _snapshot_hashes(self) -> Sequence[str]:
        return [row[0] for row in self.db.execute("SELECT hash FROM deck_snapshot").fetchall()]


# Someone the rhythm knows nothing of (added since the read began): no talk, none due.
_NOWHERE = NextTalk(None, None, None, None, None, None)


def _who(column: str, ids: Iterable[str] | None) -> tuple[str, list[str]]:
    """The condition keeping the rows of these people; none for everyone."""
    if ids is None:
        return "", []
    return f" AND {column} IN {_IDS}", [json.dumps(list(ids))]
