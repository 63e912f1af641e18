"""The list of steps on the left of a conversation: review, each card, summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leercoach.ui.rows_model import RowsModel, bold

REVIEW = "__review__"
SUMMARY = "__summary__"


class StepsModel(RowsModel[tuple[str, str]]):
    """Each step as (key, label): REVIEW, a card's id, SUMMARY; answered cards ticked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._answered: set[str] = set()

    def set_steps(self, steps: list[tuple[str, str]], answered: set[str]) -> None:
        self._answered = set(answered)
        self.set_rows(steps)

    def key(self, row: int) -> str:
        return self.row(row)[0]

    def row_of(self, key: str) -> int:
        for row, (step_key, _) in enumerate(self._rows):
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

    def cell(self, step: tuple[str, str], column: int, role: int) -> Any:
        key, label = step
        if role == Qt.ItemDataRole.DisplayRole:
            if key in (REVIEW, SUMMARY):
                return label
            mark = "✓" if key in self._answered else "·"
            return f"{mark} {label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        if role == Qt.ItemDataRole.FontRole and key in (REVIEW, SUMMARY):
            return bold()
        return None
