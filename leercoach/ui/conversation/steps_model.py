"""The list of steps on the left of a conversation: review, each card, summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

REVIEW = "__review__"
SUMMARY = "__summary__"


class StepsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[tuple[str, str]] = []
        self._answered: set[str] = set()

    def set_steps(self, steps: list[tuple[str, str]], answered: set[str]) -> None:
        self.beginResetModel()
        self._steps = steps
        self._answered = set(answered)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._steps[row][0]

    def row_of(self, key: str) -> int:
        for row, (step_key, _) in enumerate(self._steps):
            if step_key == key:
                return row
        return -1

    def set_answered(self, key: str, answered: bool) -> None:
        if (key in self._answered) == answered:
            return
        if answered:
            self._answered.add(key)
        else:
            self._answered.discard(key)
        row = self.row_of(key)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        key, label = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key in (REVIEW, SUMMARY):
                return label
            mark = "✓" if key in self._answered else "·"
            return f"{mark} {label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        if role == Qt.ItemDataRole.FontRole and key in (REVIEW, SUMMARY):
            font = QFont()
            font.setBold(True)
            return font
        return None
