"""What every table and list model here shares: rows of one kind, shown read-only.

A model keeps its rows, replaces them all at once (``set_rows``, a model reset), hands
one back by number (``row``), and says what a cell shows (``cell``). Its column titles
are ``TITLES``, marked for translation in the model's own context; a list is a table of
one column without titles.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from leercoach.ui.colours import colours

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEAM_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


# What a cell is drawn with: the colours of the palette in use (leercoach.ui.colours),
# each brush and font made once per palette, when first drawn, not at every call of
# data(); nor at import, for the first QBrush costs PySide some 40 ms of start-up.
@functools.lru_cache(maxsize=8)
def _brushes(palette_key: int) -> tuple[QBrush, QBrush, QBrush]:
    del palette_key  # which palette the brushes are for; colours() reads it again
    shown = colours()
    return QBrush(shown.overdue), QBrush(shown.muted), QBrush(shown.warning)


def overdue_brush() -> QBrush:
    return _brushes(QGuiApplication.palette().cacheKey())[0]


def muted_brush() -> QBrush:
    return _brushes(QGuiApplication.palette().cacheKey())[1]


def warning_brush() -> QBrush:
    return _brushes(QGuiApplication.palette().cacheKey())[2]


@functools.cache
def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@functools.cache
def italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class RowsModel(QAbstractTableModel, Generic[T]):
    TITLES: tuple[object, ...] = ()
    """Each column's title, as QT_TRANSLATE_NOOP("<the model's class name>", "…")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> T:
        return self._rows[number]

    def cell(self, item: T, column: int, role: int) -> Any:
        """What ``item``'s cell in ``column`` shows for ``role``; None for nothing."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(1, len(self.TITLES))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.TITLES):
            return None
        return QCoreApplication.translate(type(self).__name__, str(self.TITLES[section]))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
