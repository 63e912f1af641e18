"""The actions agreed in one conversation, one line each: what · who · by when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from leercoach.domain import Action
from leercoach.ui import words


class ConversationActionsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions: list[Action] = []

    def set_actions(self, actions: Sequence[Action]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def action(self, row: int) -> Action:
        return self._actions[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = words.short_date(action.due_date)
            parts = [action.what, words.owner(action.owner)] + ([due] if due else [])
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return action.success_measure or action.what
        return None
