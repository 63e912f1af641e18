"""The actions agreed in one conversation, one line each: what · who · by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leercoach.domain import Action
from leercoach.ui import words
from leercoach.ui.rows_model import RowsModel


class ConversationActionsModel(RowsModel[Action]):
    def cell(self, action: Action, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            due = words.short_date(action.due_date)
            parts = [action.what, words.owner(action.owner, action.owner_name)] + (
                [due] if due else []
            )
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return action.success_measure or action.what
        return None
