"""A person's scale answers as series over time: the rows ``domain.trends`` builds them from.

The rules (what is a point, where a series starts) are the domain's; this module reads the
answers of talks with a value and looks up each card's scale in the deck snapshot its
conversation was held with (``DeckSnapshots``). A conversation without a snapshot uses a
loaded deck of its slug and version when a library is given, else it has no points: only
its deck can say that a card was a scale.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from leercoach.decks import DeckLibrary
from leercoach.domain import Deck
from leercoach.domain.deck import DeckKind
from leercoach.domain.trends import ScaleAnswer, Series, build_series, scale_labels
from leercoach.store.base import Clock, Repository
from leercoach.store.deck_snapshots import DeckSnapshots
from leercoach.store.rows import to_stamp
from leercoach.store.talk_plans import IS_TALK_SQL

ANSWERS_SQL = (
    "SELECT a.card_id, a.value, a.question, a.skipped, c.id AS conversation_id,"
    " c.deck_slug, c.deck_version, c.deck_title, c.deck_hash, c.deck_kind,"
    " c.first_completed_at, c.audience"
    " FROM answer a JOIN conversation c ON c.id = a.conversation_id"
    " WHERE c.employee_id = ? AND c.first_completed_at IS NOT NULL"
    f" AND {IS_TALK_SQL} AND a.skipped = 0 AND trim(a.value) != ''"
    " ORDER BY c.first_completed_at, c.id"
)


class Trends(Repository):
    def __init__(self, db: sqlite_utils.Database, clock: Clock, decks: DeckSnapshots) -> None:
        super().__init__(db, clock)
        self.decks = decks

    def answers(self, employee_id: str, library: DeckLibrary | None = None) -> list[ScaleAnswer]:
        """The person's answers to scale cards in talks, oldest talk first."""
        found: list[ScaleAnswer] = []
        for row in self.rows(ANSWERS_SQL, [employee_id]):
            deck = self.held_with(row["deck_hash"], row["deck_slug"], row["deck_version"], library)
            labels = scale_labels(deck, row["card_id"])
            if labels is None:
                continue
            kind = row["deck_kind"]
            found.append(
                ScaleAnswer(
                    deck=row["deck_slug"],
                    card=row["card_id"],
                    conversation_id=row["conversation_id"],
                    held_at=to_stamp(row["first_completed_at"]),
                    value=row["value"],
                    labels=labels,
                    question=row["question"],
                    deck_title=row["deck_title"],
                    kind=DeckKind(kind) if kind in DeckKind._value2member_map_ else kind,
                    skipped=bool(row["skipped"]),
                    audience=row["audience"],
                )
            )
        return found

    def series(self, employee_id: str, library: DeckLibrary | None = None) -> list[Series]:
        """Every series of the person, by deck, card and first date."""
        return build_series(self.answers(employee_id, library))

    def series_between(
        self, employee_id: str, start: date, end: date, library: DeckLibrary | None = None
    ) -> list[Series]:
        """The series with their points from ``start`` to ``end``; a series without is left out."""
        within = (one.within(start, end) for one in self.series(employee_id, library))
        return [one for one in within if one.points]

    def held_with(
        self, deck_hash: str | None, slug: str, version: int, library: DeckLibrary | None
    ) -> Deck | None:
        """The deck a conversation was held with: its snapshot, else the loaded deck of
        its slug and version when a library is given; None when neither is there."""
        if deck_hash is not None:
            stored = self.decks.snapshot(deck_hash)
            if stored is not None:
                return stored
        return library.find(slug, version) if library is not None else None
