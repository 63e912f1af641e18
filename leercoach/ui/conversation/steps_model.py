"""The list of steps on the left of a conversation: talking points, review, each card,
summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from leercoach.ui.rows_model import RowsModel, bold

POINTS = "__points__"
REVIEW = "__review__"
SUMMARY = "__summary__"


# A card's mark in the list: answered, skipped on purpose, or not got to yet. Each is a
# sign of its own (never colour alone) and is said in words to a screen reader.
ANSWERED_MARK, SKIPPED_MARK, OPEN_MARK = "✓", "↷", "·"


class StepsModel(RowsModel[tuple[str, str]]):
    """Each step as (key, label): POINTS, REVIEW, a card's id, SUMMARY; answered cards ticked,
    skipped ones marked as skipped."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._answered: set[str] = set()
        self._skipped: set[str] = set()

    def set_steps(
        self, steps: list[tuple[str, str]], answered: set[str], skipped: set[str] | None = None
    ) -> None:
        self._answered = set(answered)
        self._skipped = set(skipped or ()) - self._answered
        self.set_rows(steps)

    def is_skipped(self, key: str) -> bool:
        return key in self._skipped

    def key(self, row: int) -> str:
        return self.row(row)[0]

    def row_of(self, key: str) -> int:
        for row, (step_key, _) in enumerate(self._rows):
            if step_key == key:
                return row
        return -1

    def set_answered(self, key: str, answered: bool) -> None:
        """Answered or not; either way no longer skipped (typing in a card undoes a skip)."""
        if (key in self._answered) == answered and key not in self._skipped:
            return
        self._skipped.discard(key)
        if answered:
            self._answered.add(key)
        else:
            self._answered.discard(key)
        self._changed(key)

    def set_skipped(self, key: str, skipped: bool) -> None:
        if (key in self._skipped) == skipped:
            return
        if skipped:
            self._skipped.add(key)
            self._answered.discard(key)
        else:
            self._skipped.discard(key)
        self._changed(key)

    def _changed(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def cell(self, step: tuple[str, str], column: int, role: int) -> Any:
        key, label = step
        if role == Qt.ItemDataRole.DisplayRole:
            if key in (POINTS, REVIEW, SUMMARY):
                return label
            return f"{self._mark(key)} {label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        if role == Qt.ItemDataRole.AccessibleTextRole and key not in (POINTS, REVIEW, SUMMARY):
            return f"{label} ({self._state_text(key)})"
        if role == Qt.ItemDataRole.FontRole and key in (POINTS, REVIEW, SUMMARY):
            return bold()
        return None

    def _mark(self, key: str) -> str:
        if key in self._answered:
            return ANSWERED_MARK
        return SKIPPED_MARK if key in self._skipped else OPEN_MARK

    def _state_text(self, key: str) -> str:
        if key in self._answered:
            return QCoreApplication.translate("StepsModel", "answered")
        if key in self._skipped:
            return QCoreApplication.translate("StepsModel", "skipped")
        return QCoreApplication.translate("StepsModel", "not answered yet")
