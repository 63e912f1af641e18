"""Models for the growth-cycle tab: the goals with their SMART parts and learning actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from leercoach.domain.growth import SMART_PARTS, GoalPlan
from leercoach.ui import words
from leercoach.ui.rows_model import RowsModel, muted_brush, overdue_brush


class GoalTableModel(RowsModel[GoalPlan]):
    COLUMNS = ("goal", "smart", "due", "status", "learning")
    TITLES = (
        QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
        QT_TRANSLATE_NOOP("GoalTableModel", "SMART"),
        QT_TRANSLATE_NOOP("GoalTableModel", "By when"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Status"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Learning actions"),
    )

    def cell(self, plan: GoalPlan, column_number: int, role: int) -> Any:
        column = self.COLUMNS[column_number]
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
                return overdue_brush()
            if column == "learning" and not plan.actions:
                return muted_brush()
        return None
