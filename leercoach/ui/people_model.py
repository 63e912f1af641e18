"""The people's list: each person with their last and next talk, filtered and ordered.

The names come first (``set_rows``, at start-up); where each person stands in the rhythm
of talks comes after (``set_talks``), so the list never waits for it. A next talk that
is overdue or due this week says so in words, and in the colour for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QSortFilterProxyModel, Qt

from leercoach.domain import Employee, EmployeeEntry
from leercoach.domain.talks import NextTalk
from leercoach.domain.text import fold
from leercoach.ui import words
from leercoach.ui.rows_model import (
    ID_ROLE,
    SEARCH_ROLE,
    TEAM_ROLE,
    AnyIndex,
    RowsModel,
    bold,
    italic,
    muted_brush,
    overdue_brush,
    warning_brush,
)

TALK_ROLE = Qt.ItemDataRole.UserRole + 4
"""The person's ``NextTalk``; None until the talks are read."""

Person = EmployeeEntry | Employee
NAME, LAST, NEXT = 0, 1, 2


class Order(StrEnum):
    NAME = "name"
    NEXT_TALK = "next"


class Due(StrEnum):
    """Which people the list shows by their next talk."""

    ANYONE = "anyone"
    THIS_WEEK = "week"
    OVERDUE = "overdue"


def compact_date(day: date, today: date) -> str:
    """'3 feb' in this year, '3 feb 2025' in another: the list's columns are narrow."""
    shown = "d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), shown)


class EmployeeListModel(RowsModel[Person]):
    TITLES = (
        QT_TRANSLATE_NOOP("EmployeeListModel", "Name"),
        QT_TRANSLATE_NOOP("EmployeeListModel", "Last"),
        QT_TRANSLATE_NOOP("EmployeeListModel", "Next"),
    )

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        # Folded "name team role" per person, made when a filter first asks for it.
        self._search: dict[str, str] = {}
        self._by_name: list[Person] = []  # the store's order: by name
        self._talks: dict[str, NextTalk] = {}
        self._order = Order.NAME
        self.today = today or date.today()

    # what it holds ------------------------------------------------------------
    def set_rows(self, rows: Iterable[Person]) -> None:
        self._search = {}
        self._by_name = list(rows)
        super().set_rows(self._ordered())

    def set_talks(self, talks: Mapping[str, NextTalk], today: date | None = None) -> None:
        """Where everyone stands (``session.people.next_talks``), replacing what was."""
        self._talks = dict(talks)
        self._talks_changed(today)

    def update_talks(self, talks: Mapping[str, NextTalk], today: date | None = None) -> None:
        """Where some stand now, after a talk or a plan of theirs changed."""
        self._talks.update(talks)
        self._talks_changed(today)

    @property
    def has_talks(self) -> bool:
        return bool(self._talks)

    def talk_of(self, employee_id: str) -> NextTalk | None:
        return self._talks.get(employee_id)

    def set_order(self, order: Order) -> None:
        if order is not self._order:
            self._order = order
            super().set_rows(self._ordered())

    @property
    def order(self) -> Order:
        return self._order

    def _talks_changed(self, today: date | None) -> None:
        if today is not None:
            self.today = today
        if self._order is Order.NEXT_TALK:
            super().set_rows(self._ordered())
        elif self._rows:
            self.dataChanged.emit(self.index(0, LAST), self.index(len(self._rows) - 1, NEXT))

    def _ordered(self) -> list[Person]:
        if self._order is Order.NAME:
            return list(self._by_name)
        talks = self._talks

        def soonest(person: Person) -> tuple[bool, date]:
            standing = talks.get(person.id)
            day = standing.next_talk if standing is not None else None
            return day is None, day or date.max

        return sorted(self._by_name, key=soonest)  # stable: by name within a day

    def search_text(self, person: Person) -> str:
        text = self._search.get(person.id)
        if text is None:
            text = self._search[person.id] = fold(f"{person.name} {person.team} {person.role}")
        return text

    def row_of(self, employee_id: str) -> int:
        for row, person in enumerate(self._rows):
            if person.id == employee_id:
                return row
        return -1

    # what it shows --------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == LAST:
                return self.tr("The last conversation held")
            if section == NEXT:
                return self.tr("The next conversation: planned, or by the rhythm")
        return super().headerData(section, orientation, role)

    def cell(self, person: Person, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return person.id
        if role == TEAM_ROLE:
            return person.team
        if role == SEARCH_ROLE:
            return self.search_text(person)
        if role == TALK_ROLE:  # someone archived has left: no talk is due with them
            return None if person.archived else self._talks.get(person.id)
        if column == NAME:
            return self._name_cell(person, role)
        standing = self._talks.get(person.id)
        if column == LAST:
            return self._last_cell(person, standing, role)
        return self._next_cell(person, standing, role)

    def _name_cell(self, person: Person, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            suffix = f" · {person.team}" if person.team else ""
            return person.name + suffix
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [person.role, person.team]
            return " — ".join(d for d in details if d) or person.name
        if role == Qt.ItemDataRole.FontRole and person.archived:
            return italic()
        if role == Qt.ItemDataRole.ForegroundRole and person.archived:
            return muted_brush()
        return None

    def _last_cell(self, person: Person, standing: NextTalk | None, role: int) -> Any:
        if standing is None:
            return None
        day = standing.last_talk
        if role == Qt.ItemDataRole.DisplayRole:
            return compact_date(day, self.today) if day else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if day is None:
                return self.tr("No conversation held yet")
            return words.fill(self.tr("Last conversation: %1"), words.long_date(day))
        if role == Qt.ItemDataRole.ForegroundRole and (person.archived or day is None):
            return muted_brush()
        return None

    def _next_cell(self, person: Person, standing: NextTalk | None, role: int) -> Any:
        if standing is None:
            return None
        day = None if person.archived else standing.next_talk  # left: nothing is due
        if day is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ToolTipRole and not person.archived:
                return self.tr("No conversation planned")
            return muted_brush() if role == Qt.ItemDataRole.ForegroundRole else None
        late = standing.is_overdue(self.today)
        soon = standing.is_due_this_week(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            shown = compact_date(day, self.today)
            if late:
                return words.fill(self.tr("%1 (overdue)"), shown)
            return words.fill(self.tr("%1 (this week)"), shown) if soon else shown
        if role == Qt.ItemDataRole.ToolTipRole:
            return words.fill(self.tr("Next conversation: %1"), words.long_date(day))
        if role == Qt.ItemDataRole.ForegroundRole and (late or soon):
            return overdue_brush() if late else warning_brush()
        if role == Qt.ItemDataRole.FontRole and (late or soon):
            return bold()
        return None


class EmployeeFilter(QSortFilterProxyModel):
    """Filters by typed text (any part of name, team or role), by team and by next talk."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._team: str | None = None
        self._due = Due.ANYONE

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

    def set_due(self, due: Due) -> None:
        if due is self._due:
            return
        self.beginFilterChange()
        self._due = due
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._team is None and not self._words and self._due is Due.ANYONE:
            return True  # the usual case, asked once per row of 10 000 at start
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._team is not None and model.data(index, TEAM_ROLE) != self._team:
            return False
        if self._due is not Due.ANYONE and not self._due_as_asked(model.data(index, TALK_ROLE)):
            return False
        haystack = str(model.data(index, SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)

    def _due_as_asked(self, standing: NextTalk | None) -> bool:
        if standing is None:
            return False
        today = getattr(self.sourceModel(), "today", None) or date.today()
        if self._due is Due.OVERDUE:
            return standing.is_overdue(today)
        return standing.is_due_this_week(today)
