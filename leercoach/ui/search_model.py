"""Full-text search hits as a table: who, when, where it was found, and the passage."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from leercoach import vocabulary
from leercoach.store import HitKind, SearchHit
from leercoach.ui import words
from leercoach.ui.rows_model import RowsModel, italic, muted_brush

HIT_ROLE = Qt.ItemDataRole.UserRole + 20
EMPLOYEE_ROLE = Qt.ItemDataRole.UserRole + 21
CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 22
ACTION_ROLE = Qt.ItemDataRole.UserRole + 23
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 24


def snippet_html(snippet: str, marks: Sequence[tuple[int, int]]) -> str:
    """The snippet as rich text with its matched words in bold; typed markup stays text."""
    parts: list[str] = []
    done = 0
    for start, end in sorted(marks):
        if start < done or end > len(snippet):
            continue  # overlapping or out of range: show the words, just not in bold
        parts.append(html.escape(snippet[done:start]))
        parts.append("<b>" + html.escape(snippet[start:end]) + "</b>")
        done = end
    parts.append(html.escape(snippet[done:]))
    return "".join(parts)


class SearchResultsModel(RowsModel[SearchHit]):
    PERSON, DATE, KIND, TITLE, SNIPPET = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("SearchResultsModel", "Person"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Date"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Found in"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Title"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Text"),
    )

    def kind_text(self, kind: HitKind) -> str:
        return vocabulary.capitalised(vocabulary.label(kind))

    def cell(self, hit: SearchHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if hit.private:
                return self.tr("Private note: only you, the manager, can see this.")
            if column == self.TITLE:
                return hit.title
            return hit.snippet if column == self.SNIPPET else None
        if hit.private and column == self.KIND:
            if role == Qt.ItemDataRole.FontRole:
                return italic()
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_brush()
        return self._custom(hit, role)

    def _text(self, hit: SearchHit, column: int) -> str:
        if column == self.PERSON:
            return hit.employee_name
        if column == self.DATE:
            return words.short_date(hit.when)
        if column == self.KIND:
            return self.kind_text(hit.kind)
        if column == self.TITLE:
            return hit.title
        # Same length as the snippet, so the marks still fit; one line in the table.
        return hit.snippet.replace("\n", " ")

    @staticmethod
    def _custom(hit: SearchHit, role: int) -> Any:
        if role == HIT_ROLE:
            return hit
        if role == EMPLOYEE_ROLE:
            return hit.employee_id
        if role == CONVERSATION_ROLE:
            return hit.conversation_id or ""
        if role == ACTION_ROLE:
            return hit.action_id or ""
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet, hit.marks)
        return None
