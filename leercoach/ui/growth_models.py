"""Models for the growth-cycle tab: the goals with their SMART parts and learning actions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from leercoach.domain.growth import SMART_PARTS, GoalPlan
from leercoach.ui import words
from leercoach.ui.rows_model import RowsModel, bold, muted_brush, overdue_brush


class GoalTableModel(RowsModel[GoalPlan]):
    COLUMNS = ("goal", "smart", "due", "status", "learning")
    TITLES = (
        QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
        QT_TRANSLATE_NOOP("GoalTableModel", "SMART"),
        QT_TRANSLATE_NOOP("GoalTableModel", "By when"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Status"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Learning actions"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_rows(self, rows: Iterable[GoalPlan], today: date | None = None) -> None:
        if today is not None:
            self._today = today
        super().set_rows(rows)

    def cell(self, plan: GoalPlan, column_number: int, role: int) -> Any:
        column = self.COLUMNS[column_number]
        goal = plan.goal
        # Said in words as well as in red, as an overdue action is: colour alone is missed.
        late = goal.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(plan, column, late)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "smart" and plan.missing_smart:
                return self.tr("Still to fill in: %1").replace("%1", ", ".join(plan.missing_smart))
            if column == "learning":
                return "\n".join(f"• {a.what}" for a in plan.actions) or None
            return goal.specific or goal.title
        if role == Qt.ItemDataRole.FontRole and late and column == "due":
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if (late and column in ("due", "status")) or (column == "smart" and plan.missing_smart):
                return overdue_brush()
            if column == "learning" and not plan.actions:
                return muted_brush()
        return None

    def _text(self, plan: GoalPlan, column: str, late: bool) -> str:
        goal = plan.goal
        if column == "goal":
            return goal.title
        if column == "smart":
            complete = len(SMART_PARTS) - len(plan.missing_smart)
            return f"{complete}/{len(SMART_PARTS)}"
        if column == "due":
            text = words.short_date(goal.due_date) or "—"
            return self.tr("%1 (overdue)").replace("%1", text) if late else text
        if column == "status":
            return words.goal_status(goal.status)
        forms = [words.learning_form(a.learning_form) for a in plan.actions if a.learning_form]
        count = self.tr("%n learning action(s)", "", len(plan.actions))
        return f"{count}: {', '.join(forms)}" if forms else count
