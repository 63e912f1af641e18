"""Models for the growth-cycle tab: the goals with their SMART parts and learning actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from leercoach.domain.growth import SMART_PARTS, GoalPlan
from leercoach.ui import words
from leercoach.ui.models import MUTED, OVERDUE

AnyIndex = QModelIndex | QPersistentModelIndex


class GoalTableModel(QAbstractTableModel):
    COLUMNS = ("goal", "smart", "due", "status", "learning")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plans: list[GoalPlan] = []

    def set_plans(self, plans: Sequence[GoalPlan]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def plan(self, row: int) -> GoalPlan:
        return self._plans[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Goal"),
            self.tr("SMART"),
            self.tr("By when"),
            self.tr("Status"),
            self.tr("Learning actions"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plans):
            return None
        plan = self._plans[index.row()]
        column = self.COLUMNS[index.column()]
        goal = plan.goal
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "goal":
                return goal.title
            if column == "smart":
                complete = len(SMART_PARTS) - len(plan.missing_smart)
                return f"{complete}/{len(SMART_PARTS)}"
            if column == "due":
                return words.short_date(goal.due_date) or "—"
            if column == "status":
                return words.goal_status(goal.status)
            forms = [words.learning_form(a.learning_form) for a in plan.actions if a.learning_form]
            count = self.tr("%n action(s)", "", len(plan.actions))
            return f"{count}: {', '.join(forms)}" if forms else count
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "smart" and plan.missing_smart:
                return self.tr("Still to fill in: %1").replace("%1", ", ".join(plan.missing_smart))
            if column == "learning":
                return "\n".join(f"• {a.what}" for a in plan.actions) or None
            return goal.specific or goal.title
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "smart" and plan.missing_smart:
                return QBrush(OVERDUE)
            if column == "learning" and not plan.actions:
                return QBrush(MUTED)
        return None
