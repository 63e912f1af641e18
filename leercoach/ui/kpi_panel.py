"""The development KPIs of a year as a compact grid: each figure's words and its value.

``KpiPanel(session)`` shows the figures of the year chosen in its year selector, of one
team when the page hosting it says so (``set_team``). The figures come from
``session.kpi``; the words are the app's own for each figure (``domain.kpi``), so the
panel, the command line and the printed report say the same. Hidden, it is brought up
to date when it is shown again, not on every change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain.kpi import ROWS, KpiFigures, figure_label, figure_text, kpi_title
from leercoach.ui.session import Changes, Session
from leercoach.ui.words import fill, long_date
from leercoach.vocabulary import capitalised

AnyIndex = QModelIndex | QPersistentModelIndex
LABEL, VALUE = 0, 1


class KpiModel(QAbstractTableModel):
    """One row per figure: its words, its value ("67%", "1,50", "-" for nothing counted)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.figures: KpiFigures | None = None

    def set_figures(self, figures: KpiFigures | None) -> None:
        self.beginResetModel()
        self.figures = figures
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.figures is None else len(ROWS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.figures is None:
            return None
        key = ROWS[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == LABEL:
                return capitalised(figure_label(key))
            return figure_text(self.figures, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == VALUE:
            return f"{capitalised(figure_label(key))}: {figure_text(self.figures, key)}"
        return None

    def key(self, row: int) -> str:
        return ROWS[row]


class KpiPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.team: str | None = None
        self._stale = True
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.year = QComboBox()
        self.year.setObjectName("kpi-year")
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        self.model = KpiModel(self)
        self.table = QTableView()
        self.table.setObjectName("kpi-figures")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Development KPIs"))
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows: a compact grid, not a list with room to scroll.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.reference = QLabel()
        self.reference.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.reference)
        layout.addStretch(1)

        self.fill_years()
        self.year.currentIndexChanged.connect(self._year_chosen)
        session.changed.connect(self._on_changed)

    # what is shown ------------------------------------------------------------
    def fill_years(self, today: date | None = None) -> None:
        chosen = self.chosen_year()
        self.year.blockSignals(True)
        self.year.clear()
        for year in self.session.kpi.years(today):
            self.year.addItem(str(year), year)
        found = self.year.findData(chosen) if chosen is not None else -1
        self.year.setCurrentIndex(max(found, 0))
        self.year.blockSignals(False)

    def chosen_year(self) -> int | None:
        value = self.year.currentData()
        return int(value) if value is not None else None

    def set_year(self, year: int) -> None:
        found = self.year.findData(year)
        if found >= 0:
            self.year.setCurrentIndex(found)

    def set_team(self, team: str | None) -> None:
        """Show one team's figures (None: everyone's)."""
        if team != self.team:
            self.team = team
            self.refresh()

    def refresh(self) -> None:
        year = self.chosen_year()
        figures = None if year is None else self.session.kpi.figures(year, self.team)
        self.model.set_figures(figures)
        self._stale = False
        if figures is None:
            self.title.setText("")
            self.reference.setText("")
            return
        title = kpi_title(figures.year)
        self.title.setText(f"{title} · {self.team}" if self.team else title)
        self.reference.setText(
            fill(
                self.tr("Reference date: %1. A dash: nothing to count."),
                long_date(figures.reference_date),
            )
        )

    # keeping up ---------------------------------------------------------------
    def _year_chosen(self, _index: int) -> None:
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        self._stale = True
        if changes.everyone or changes.people:
            self.fill_years()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
