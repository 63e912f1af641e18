"""Full-text search over answers (with their notes), shared summaries, private notes and actions.

The FTS5 indexes and the triggers that keep them current live in migration 0003.
User text never reaches FTS5 as syntax: every word is quoted, so ``zoë "quote`` or
``AND (`` is a search for those words, not an error.

Hits come newest-written first per source (FTS5 walks its index backwards and stops
at the limit, so a word found in a million answers costs as little as a rare one), and
are then merged by the date of the talk or action.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlite_utils

from leercoach.store import rows
from leercoach.store.base import Repository

# Snippet markers: control characters that FTS5 passes through and typed text lacks.
_OPEN, _CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 12
# A shorter last word is taken as typed: "ik" finds ik, not every word starting with ik.
PREFIX_MIN_LENGTH = 3
# unicode61 keeps letters and digits together and splits on everything else, "_" included.
_TOKEN = re.compile(r"[^\W_]+")
# A quoted part (its closing quote optional) or a run of non-blank characters.
_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')


class HitKind(StrEnum):
    ANSWER = "answer"
    SUMMARY = "summary"
    PRIVATE_NOTE = "private_note"
    ACTION = "action"


@dataclass(frozen=True)
class SearchHit:
    """One place a search matched, with enough to show it and to open it."""

    kind: HitKind
    employee_id: str
    employee_name: str
    conversation_id: str | None
    card_id: str | None
    action_id: str | None
    title: str
    """The question of an answer, the deck title of a summary or note, an action's what."""
    snippet: str
    """A short passage around the match, as plain text."""
    marks: tuple[tuple[int, int], ...]
    """(start, end) offsets in ``snippet`` of the matched words."""
    when: datetime
    """When the conversation took place, or when the action was agreed."""

    @property
    def private(self) -> bool:
        """A manager's private note: show it only when the private view is on."""
        return self.kind is HitKind.PRIVATE_NOTE


def match_expression(text: str, *, prefix: bool = True) -> str | None:
    """An FTS5 query for what a person typed: all words must occur, as words, never syntax.

    Words joined by punctuation (``Pieter-Jan``) or put in quotes stay a phrase. With
    ``prefix`` the last word also matches longer words (``werkd`` finds werkdruk).
    None when nothing searchable is left.
    """
    phrases: list[list[str]] = []
    for quoted, bare in _PART.findall(unicodedata.normalize("NFC", text)):
        tokens = _TOKEN.findall(quoted if quoted else bare)
        if tokens:
            phrases.append(tokens)
    if not phrases:
        return None
    # Only letters and digits are left, so quoting needs no escaping.
    parts = ['"' + " ".join(tokens) + '"' for tokens in phrases]
    if prefix and len(phrases[-1][-1]) >= PREFIX_MIN_LENGTH:
        parts[-1] += "*"
    return " ".join(parts)


def split_snippet(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text and match offsets from a snippet with FTS5's open and close markers."""
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    start = -1
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            if start >= 0 and length > start:
                marks.append((start, length))
            start = -1
        else:
            text.append(piece)
            length += len(piece)
    return "".join(text), tuple(marks)


def _snippet(table: str, column: int) -> str:
    return f"snippet({table}, {column}, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_TOKENS})"


# Each query lets FTS5 produce its hits newest rowid first and stop at the limit; the
# joins then look up only those rows. Putting the MATCH in a subquery keeps SQLite from
# choosing another table as the outer loop (and sorting every match).
# The value of an answer and the note beside it (0012) each have an index of their own.
_ANSWERS = """
WITH found AS (
    SELECT rowid AS id, {snippet} AS snip FROM {table}
    WHERE {table} MATCH :query ORDER BY rowid DESC LIMIT :limit
)
SELECT e.id AS employee_id, e.name AS employee_name, c.id AS conversation_id,
       a.card_id, NULL AS action_id, a.question AS title, found.snip, c.started_at AS at
FROM found
JOIN answer a ON a.rowid = found.id
JOIN conversation c ON c.id = a.conversation_id
JOIN employee e ON e.id = c.employee_id
"""

_CONVERSATIONS = """
WITH found AS (
    SELECT rowid AS id, {snippet} AS snip FROM {table}
    WHERE {table} MATCH :query ORDER BY rowid DESC LIMIT :limit
)
SELECT e.id AS employee_id, e.name AS employee_name, c.id AS conversation_id,
       NULL AS card_id, NULL AS action_id, c.deck_title AS title, found.snip,
       c.started_at AS at
FROM found
JOIN conversation c ON c.rowid = found.id
JOIN employee e ON e.id = c.employee_id
"""

_ACTIONS = f"""
WITH found AS (
    SELECT rowid AS id, {_snippet("action_fts", -1)} AS snip FROM action_fts
    WHERE action_fts MATCH :query ORDER BY rowid DESC LIMIT :limit
)
SELECT e.id AS employee_id, e.name AS employee_name, t.conversation_id,
       t.card_id, t.id AS action_id, t.what AS title, found.snip, t.created_at AS at
FROM found
JOIN action t ON t.rowid = found.id
JOIN employee e ON e.id = t.employee_id
"""

_SOURCES = (
    (HitKind.ANSWER, _ANSWERS.format(table="answer_fts", snippet=_snippet("answer_fts", 0))),
    (
        HitKind.ANSWER,
        _ANSWERS.format(table="answer_note_fts", snippet=_snippet("answer_note_fts", 0)),
    ),
    (
        HitKind.SUMMARY,
        _CONVERSATIONS.format(table="summary_fts", snippet=_snippet("summary_fts", 0)),
    ),
    (
        HitKind.PRIVATE_NOTE,
        _CONVERSATIONS.format(table="note_fts", snippet=_snippet("note_fts", 0)),
    ),
    (HitKind.ACTION, _ACTIONS),
)
INDEXES = ("answer_fts", "summary_fts", "note_fts", "action_fts", "answer_note_fts")
# While this setting exists, deleting an employee does not merge the indexes (0003).
PURGE_DEFERRED = "search_purge_deferred"


def optimize(db: sqlite_utils.Database) -> None:
    """Merge each index into one segment: no deleted words left, no merge work pending.

    FTS5 merges its segments a little at every 64th page it writes, on the writing
    thread. After a bulk write (a large demo, the first indexing of an upgraded file)
    that pending work made one autosave in 64 take 50–150 ms, once 1.2 s, on a file of
    10 000 people; merged once here (about 3 s there), autosaves stay under 5 ms.
    """
    with db.atomic():
        for table in INDEXES:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


class Search(Repository):
    def search(
        self, query: str, limit: int = 50, *, include_private: bool = True
    ) -> list[SearchHit]:
        """Where the words of ``query`` occur, newest first; private notes are marked.

        With ``include_private=False`` private notes are not searched at all.
        """
        exact = match_expression(query, prefix=False)
        if exact is None or limit <= 0:
            return []
        wider = match_expression(query, prefix=True)
        hits: list[SearchHit] = []
        answered: set[tuple[str | None, str | None]] = set()
        for kind, sql in _SOURCES:
            if kind is HitKind.PRIVATE_NOTE and not include_private:
                continue
            found = self._hits(kind, sql, exact, limit)
            # A prefix match reads every matching word's whole list, where an exact one
            # stops at the limit: only widen when the exact words did not fill the page.
            if wider != exact and wider is not None and len(found) < limit:
                found = self._hits(kind, sql, wider, limit)
            if kind is HitKind.ANSWER:
                # An answer whose value and note both match is one place, shown once.
                found = [h for h in found if (h.conversation_id, h.card_id) not in answered]
                answered |= {(h.conversation_id, h.card_id) for h in found}
            hits += found
        hits.sort(key=lambda hit: hit.when, reverse=True)
        return hits[:limit]

    def _hits(self, kind: HitKind, sql: str, expression: str, limit: int) -> list[SearchHit]:
        found: list[SearchHit] = []
        for row in self.rows(sql, {"query": expression, "limit": limit}):
            snippet, marks = split_snippet(row["snip"] or "")
            found.append(
                SearchHit(
                    kind=kind,
                    employee_id=row["employee_id"],
                    employee_name=row["employee_name"],
                    conversation_id=row["conversation_id"],
                    card_id=row["card_id"],
                    action_id=row["action_id"],
                    title=row["title"],
                    snippet=snippet,
                    marks=marks,
                    when=rows.to_stamp(row["at"]),
                )
            )
        return found

    def purge(self) -> None:
        """Merge each index into one segment, so no deleted words remain in the file.

        Deleting a real employee does this already (a trigger of migration 0003); call it
        after removing other text whose words must be gone from the file's bytes.
        """
        optimize(self.db)

    @contextmanager
    def purge_once(self) -> Iterator[None]:
        """One transaction in which deleted employees are purged once, at its end.

        Merging the indexes rewrites them whole (seconds on a file with thousands of
        people), so erasing many people at once should not do it per person.
        """
        with self.transaction():
            self.db.execute(
                "INSERT INTO setting (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
                [PURGE_DEFERRED],
            )
            yield
            self.db.execute("DELETE FROM setting WHERE key = ?", [PURGE_DEFERRED])
            self.purge()

    def rebuild(self) -> None:
        """Index everything again from the tables (after a repair; normally never needed)."""
        with self.transaction():
            for table in INDEXES:
                self.db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            self.db.execute(
                "INSERT INTO answer_fts (rowid, value) SELECT rowid, value FROM answer"
                " WHERE value != ''"
            )
            self.db.execute(
                "INSERT INTO summary_fts (rowid, shared_summary)"
                " SELECT rowid, shared_summary FROM conversation WHERE shared_summary != ''"
            )
            self.db.execute(
                "INSERT INTO note_fts (rowid, private_note)"
                " SELECT rowid, private_note FROM conversation WHERE private_note != ''"
            )
            self.db.execute(
                "INSERT INTO action_fts (rowid, what, success_measure)"
                " SELECT rowid, what, success_measure FROM action"
            )
            self.db.execute(
                "INSERT INTO answer_note_fts (rowid, note) SELECT rowid, note FROM answer"
                " WHERE note != ''"
            )
