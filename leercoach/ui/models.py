"""Item models over the session's data: employees, actions, conversations, decks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from leercoach.decks import DeckFailure
from leercoach.domain import Action, Conversation, Deck, DeckKind, Employee, EmployeeEntry
from leercoach.domain.text import fold
from leercoach.ui import words

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEAM_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE = QColor("#b3261e")
MUTED = QColor("#6b6b6b")


class EmployeeListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[EmployeeEntry | Employee] = []
        # Folded "name team role" per row, made when a filter first asks for it.
        self._search: list[str | None] = []

    def set_employees(self, people: Sequence[EmployeeEntry | Employee]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._search = [None] * len(self._people)
        self.endResetModel()

    def employee(self, row: int) -> EmployeeEntry | Employee:
        return self._people[row]

    def search_text(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            person = self._people[row]
            text = self._search[row] = fold(f"{person.name} {person.team} {person.role}")
        return text

    def row_of(self, employee_id: str) -> int:
        for row, person in enumerate(self._people):
            if person.id == employee_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            suffix = f" · {person.team}" if person.team else ""
            return person.name + suffix
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [person.role, person.team]
            return " — ".join(d for d in details if d) or person.name
        if role == Qt.ItemDataRole.FontRole and person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and person.archived:
            return QBrush(MUTED)
        if role == ID_ROLE:
            return person.id
        if role == TEAM_ROLE:
            return person.team
        if role == SEARCH_ROLE:
            return self.search_text(index.row())
        return None


class EmployeeFilter(QSortFilterProxyModel):
    """Filters by typed text (any part of name, team or role) and by team."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._team: str | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_team(self, team: str | None) -> None:
        if (team or None) == self._team:
            return
        self.beginFilterChange()
        self._team = team or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._team is None and not self._words:
            return True  # the usual case, asked once per row of 10 000 at start
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._team is not None and model.data(index, TEAM_ROLE) != self._team:
            return False
        haystack = str(model.data(index, SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class ActionTableModel(QAbstractTableModel):
    """Agreed actions; open ones past their date are shown in red with 'te laat'."""

    COLUMNS = ("what", "who", "due", "status", "measure")

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._actions: list[Action] = []
        self._today = today or date.today()

    def set_actions(self, actions: Sequence[Action], today: date | None = None) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        if today is not None:
            self._today = today
        self.endResetModel()

    def action(self, row: int) -> Action:
        return self._actions[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("What"),
            self.tr("Who"),
            self.tr("By when"),
            self.tr("Status"),
            self.tr("How we will know"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        column = self.COLUMNS[index.column()]
        late = action.is_overdue(self._today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "what":
                return action.what
            if column == "who":
                return words.owner(action.owner)
            if column == "due":
                text = words.short_date(action.due_date) or "—"
                return self.tr("%1 (overdue)").replace("%1", text) if late else text
            if column == "status":
                return words.action_status(action.status)
            return action.success_measure
        if role == Qt.ItemDataRole.ForegroundRole and late and column in ("due", "what"):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and late and column == "due":
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return action.id
        return None


class TimelineModel(QAbstractListModel):
    """The conversation history of one person, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._talks: list[Conversation] = []

    def set_conversations(self, talks: Sequence[Conversation]) -> None:
        self.beginResetModel()
        self._talks = list(talks)
        self.endResetModel()

    def conversation(self, row: int) -> Conversation:
        return self._talks[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._talks)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._talks):
            return None
        talk = self._talks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{words.short_date(talk.started_at)}  ·  {talk.deck_title}  ·  "
                f"{words.conversation_status(talk.status)}"
            )
        if role == Qt.ItemDataRole.FontRole and not talk.is_completed:
            font = QFont()
            font.setBold(True)
            return font
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
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self.item(index)
        if isinstance(item, DeckFailure):
            if role == Qt.ItemDataRole.DisplayRole:
                return item.path.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(item.problems)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE)
            return None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            minutes = self.tr("%n min", "", item.duration_minutes)
            cards = self.tr("%n cards", "", len(item.cards))
            return f"{item.title}  ·  {cards}  ·  {minutes}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.description
        if role == ID_ROLE:
            return item.slug
        return None
