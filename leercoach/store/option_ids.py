"""The stable id of a choice answer's option, filled in for answers given before it.

The Python step after migration ``option_ids`` (0014), in its transaction: for every deck
snapshot, each choice card's answers get the id of the option whose text they keep; an
answer whose text no option of its snapshot reads (kept from before snapshots?) gets the
id made from its text, as a deck without ids gives (on a card with ``other``: ``other``,
the domain's rule, ``AnswerSpec.option_id``). A conversation without a snapshot
says nothing about its cards' kinds, and its answers are left without an id.
"""

from __future__ import annotations

import sqlite_utils

from leercoach.decks.snapshot import deck_from_json
from leercoach.domain.deck import AnswerType, option_slug

_IN_SNAPSHOT = "conversation_id IN (SELECT id FROM conversation WHERE deck_hash = ?)"


def backfill(db: sqlite_utils.Database) -> int:
    """Give the old choice answers their option's id; returns how many got one."""
    filled = 0
    snapshots = db.execute(
        "SELECT hash, content FROM deck_snapshot"
        " WHERE hash IN (SELECT deck_hash FROM conversation WHERE deck_hash IS NOT NULL)"
    ).fetchall()
    for digest, content in snapshots:
        try:
            deck = deck_from_json(content)
        except (ValueError, KeyError, TypeError):
            continue  # not a snapshot this version reads: its answers keep their text only
        for card in deck.cards:
            if card.answer.type is not AnswerType.CHOICE:
                continue
            for option, option_id in zip(card.answer.options, card.answer.option_ids, strict=True):
                filled += db.execute(
                    f"UPDATE answer SET option_id = ? WHERE card_id = ? AND value = ?"
                    f" AND option_id IS NULL AND {_IN_SNAPSHOT}",
                    [option_id, card.id, option, digest],
                ).rowcount
            left = db.execute(
                f"SELECT DISTINCT value FROM answer WHERE card_id = ? AND trim(value) != ''"
                f" AND option_id IS NULL AND {_IN_SNAPSHOT}",
                [card.id, digest],
            ).fetchall()
            for (value,) in left:
                filled += db.execute(
                    f"UPDATE answer SET option_id = ? WHERE card_id = ? AND value = ?"
                    f" AND option_id IS NULL AND {_IN_SNAPSHOT}",
                    [card.answer.option_id(value) or option_slug(value), card.id, value, digest],
                ).rowcount
    return filled
