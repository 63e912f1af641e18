"""Item models over the session's data: actions, conversations, decks (the people's list
is ``people_model``)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    Qt,
)

from leercoach.decks import DeckFailure
from leercoach.domain import Action, Conversation, Deck, DeckKind
from leercoach.ui import words
from leercoach.ui.rows_model import ID_ROLE, AnyIndex, RowsModel, bold, overdue_brush


class ActionTableModel(RowsModel[Action]):
    """Agreed actions; open ones past their date are shown in red with 'te laat'."""

    COLUMNS = ("what", "who", "due", "status", "measure")
    TITLES = (
        QT_TRANSLATE_NOOP("ActionTableModel", "What"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Who"),
        QT_TRANSLATE_NOOP("ActionTableModel", "By when"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
        QT_TRANSLATE_NOOP("ActionTableModel", "How we will know"),
    )

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()

    def set_rows(self, rows: Iterable[Action], today: date | None = None) -> None:
        if today is not None:
            self._today = today
        super().set_rows(rows)

    def cell(self, action: Action, column_number: int, role: int) -> Any:
        column = self.COLUMNS[column_number]
        late = action.is_overdue(self._today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "what":
                return action.what
            if column == "who":
                return words.owner(action.owner, action.owner_name)
            if column == "due":
                text = words.short_date(action.due_date) or "—"
                return self.tr("%1 (overdue)").replace("%1", text) if late else text
            if column == "status":
                return words.action_status(action.status)
            return action.success_measure
        if role == Qt.ItemDataRole.ForegroundRole and late and column in ("due", "what"):
            return overdue_brush()
        if role == Qt.ItemDataRole.FontRole and late and column == "due":
            return bold()
        if role == ID_ROLE:
            return action.id
        return None


class TimelineModel(RowsModel[Conversation]):
    """The conversation history of one person, newest first."""

    def cell(self, talk: Conversation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{words.short_date(talk.started_at)}  ·  {talk.deck_title}  ·  "
                f"{words.conversation_status(talk.status)}"
            )
        if role == Qt.ItemDataRole.FontRole and not talk.is_completed:
            return bold()
        if role == ID_ROLE:
            return talk.id
        return None


class DeckTreeModel(QAbstractItemModel):
    """Decks grouped by kind; a last group lists decks that failed to load, with the reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Deck | DeckFailure]]] = []

    def set_decks(self, decks: Sequence[Deck], failures: Sequence[DeckFailure]) -> None:
        self.beginResetModel()
        grouped: dict[DeckKind, list[Deck | DeckFailure]] = {}
        for deck in decks:
            grouped.setdefault(deck.kind, []).append(deck)
        self._groups = [
            (words.deck_kind(kind), grouped[kind]) for kind in DeckKind if kind in grouped
        ]
        if failures:
            self._groups.append((self.tr("Could not be loaded"), list(failures)))
        self.endResetModel()

    def item(self, index: AnyIndex) -> Deck | DeckFailure | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of(self, slug: str) -> QModelIndex:
        for group_row, (_, items) in enumerate(self._groups):
            for row, item in enumerate(items):
                if isinstance(item, Deck) and item.slug == slug:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        items = self._groups[parent.row()][1]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(items) else QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()][1])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        if isinstance(self.item(index), DeckFailure):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            title, items = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title} ({len(items)})"
            if role == Qt.ItemDataRole.FontRole:
                return bold()
            return None
        item = self.item(index)
        if isinstance(item, DeckFailure):
            if role == Qt.ItemDataRole.DisplayRole:
                return item.path.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(item.problems)
            if role == Qt.ItemDataRole.ForegroundRole:
                return overdue_brush()
            return None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            minutes = self.tr("%n min", "", item.duration_minutes)
            cards = self.tr("%n cards", "", len(item.cards))
            return f"{item.title}  ·  {cards}  ·  {minutes}"
        if role == Qt.ItemDataRole.ToolTipRole:
            # Where the questions come from: for whoever keeps the decks, not for the talk.
            # Rich text, so Qt wraps the tooltip rather than draw one line across the screen.
            source = self.tr("Source: %1").replace("%1", item.source) if item.source else ""
            parts = (item.description, source)
            return "".join(f"<p>{html.escape(text)}</p>" for text in parts if text)
        if role == ID_ROLE:
            return item.slug
        return None
