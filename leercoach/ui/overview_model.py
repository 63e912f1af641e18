"""The team overview as a table: one row per person, sortable, filtered by team."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from leercoach import vocabulary
from leercoach.domain.growth import GapKind
from leercoach.domain.overview import OverviewRow
from leercoach.ui import words
from leercoach.ui.rows_model import AnyIndex, RowsModel, bold, muted_brush, overdue_brush

ID_ROLE = Qt.ItemDataRole.UserRole + 40
TEAM_ROLE = Qt.ItemDataRole.UserRole + 41
SORT_ROLE = Qt.ItemDataRole.UserRole + 42
ALL_TEAMS = None

# What each gap is called in a tooltip: short, the growth tab says it in full.
GAP_WORDS = {
    GapKind.NO_CYCLE: QT_TRANSLATE_NOOP("TeamOverviewModel", "no growth cycle"),
    GapKind.NO_GOALS: QT_TRANSLATE_NOOP("TeamOverviewModel", "no goals"),
    GapKind.GOAL_NOT_SMART: QT_TRANSLATE_NOOP("TeamOverviewModel", "a goal not yet SMART"),
    GapKind.NO_TALK: QT_TRANSLATE_NOOP("TeamOverviewModel", "a phase without a conversation"),
    GapKind.TALK_NOT_COMPLETED: QT_TRANSLATE_NOOP(
        "TeamOverviewModel", "a conversation not completed"
    ),
    GapKind.NO_ACTIONS: QT_TRANSLATE_NOOP("TeamOverviewModel", "no learning actions"),
    GapKind.GOAL_WITHOUT_ACTIONS: QT_TRANSLATE_NOOP("TeamOverviewModel", "a goal without actions"),
    GapKind.OVERDUE_ACTIONS: QT_TRANSLATE_NOOP("TeamOverviewModel", "actions past their date"),
    GapKind.GOALS_STILL_OPEN: QT_TRANSLATE_NOOP("TeamOverviewModel", "goals still open"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate("TeamOverviewModel", text)


class TeamOverviewModel(RowsModel[OverviewRow]):
    NAME, TEAM, LAST, NEXT, OPEN, LATE, CYCLE, GAPS, GROWTH, WELLBEING = range(10)
    TITLES = (
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Name"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Team"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Last conversation"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Next conversation"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Open actions"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Overdue"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Cycle phase"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Missing"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Growth phase"),
        QT_TRANSLATE_NOOP("TeamOverviewModel", "Wellbeing"),
    )

    def row_of(self, employee_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == employee_id), -1)

    def cell(self, row: OverviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == TEAM_ROLE:
            return row.team
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            late = (column == self.NEXT and row.overdue) or (
                column == self.LATE and row.overdue_actions > 0
            )
            if late:
                return overdue_brush()
            empty = (column == self.LAST and row.last_talk is None) or (
                column == self.GAPS and not row.cycle_gaps
            )
            return muted_brush() if empty else None
        if role == Qt.ItemDataRole.FontRole and column == self.NEXT and row.overdue:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.OPEN,
            self.LATE,
            self.GAPS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: OverviewRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.TEAM:
            return row.team
        if column == self.LAST:
            return words.short_date(row.last_talk) if row.last_talk else self.tr("none yet")
        if column == self.NEXT:
            if row.next_talk is None:
                return self.tr("not planned")
            shown = words.short_date(row.next_talk)
            late = self.tr("overdue")  # in words, not by its colour alone
            return f"{shown} · {late}" if row.overdue else shown
        if column == self.OPEN:
            return str(row.open_actions)
        if column == self.LATE:
            return str(row.overdue_actions)
        if column == self.CYCLE:
            if row.cycle_phase is None:
                return self.tr("no cycle")
            return vocabulary.capitalised(vocabulary.label(row.cycle_phase))
        if column == self.GAPS:
            return str(len(row.cycle_gaps)) if row.cycle_gaps else "–"
        if column == self.GROWTH:
            return vocabulary.label(row.growth_phase)
        if column == self.WELLBEING:
            return wellbeing_text(row)
        return ""

    def _tip(self, row: OverviewRow, column: int) -> str | None:
        if column == self.GAPS and row.cycle_gaps:
            return "\n".join(translate(str(GAP_WORDS[gap])) for gap in row.cycle_gaps)
        if column == self.WELLBEING and row.wellbeing:
            return "\n".join(
                f"{words.short_date(point.date)}: {point.value}/5" for point in row.wellbeing[-8:]
            )
        if column == self.NEXT and row.overdue:
            return self.tr("The next conversation was due before today.")
        return None

    def _sort_key(self, row: OverviewRow, column: int) -> Any:
        """Dates sort as days (none last), numbers as numbers, words as folded words."""
        if column == self.LAST:
            return (row.last_talk or date.min).toordinal()
        if column == self.NEXT:
            return (row.next_talk or date.max).toordinal()
        if column == self.OPEN:
            return row.open_actions
        if column == self.LATE:
            return row.overdue_actions
        if column == self.GAPS:
            return len(row.cycle_gaps)
        if column == self.WELLBEING:
            return row.wellbeing[-1].value if row.wellbeing else -1
        return self._text(row, column).casefold()


def wellbeing_text(row: OverviewRow) -> str:
    """The last answer of the wellbeing card, with the way it went since the one before."""
    if not row.wellbeing:
        return "–"
    last = row.wellbeing[-1].value
    if len(row.wellbeing) < 2:
        return f"{last}/5"
    before = row.wellbeing[-2].value
    arrow = "↑" if last > before else "↓" if last < before else "→"
    return f"{last}/5 {arrow}"


class TeamOverviewProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps one team, or everyone."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.team: str | None = ALL_TEAMS
        self.setSortRole(SORT_ROLE)

    def set_team(self, team: str | None) -> None:
        self.beginFilterChange()
        self.team = team
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.team is ALL_TEAMS:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(TEAM_ROLE) == self.team)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if first == second:
            model = self.sourceModel()
            names = [str(model.index(i.row(), 0).data()).casefold() for i in (left, right)]
            return names[0] < names[1]
        return bool(first < second)
