"""The team overview page: everyone at a glance, a click opens the person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain.overview import OverviewRow
from leercoach.ui.kpi_panel import KpiPanel
from leercoach.ui.overview_model import (
    ALL_TEAMS,
    ID_ROLE,
    TeamOverviewModel,
    TeamOverviewProxy,
)
from leercoach.ui.session import Changes, Session

if TYPE_CHECKING:
    from leercoach.ui.main_window import MainWindow


def open_in_window(window: MainWindow, employee_id: str) -> None:
    """Back to the people, with this person shown (found in the list when it shows them)."""
    if window.show_overview() and not window.select_employee(employee_id):
        person = window.session.people.lookup(employee_id)
        if person is not None:
            window.employee_view.show_employee(person)


class TeamOverviewPage(QWidget):
    closed = Signal()
    employeeOpened = Signal(str)
    BACKGROUND_FROM = 1000
    """From this many people on (an HR file), the rows are read off the UI thread."""

    def __init__(self, session: Session, language: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamOverviewPage")
        self.session = session
        self.language = language
        self._stale = True
        self._reading = False
        back = QPushButton(self.tr("← Back to the people"))
        back.clicked.connect(self.closed)
        title = QLabel(self.tr("Team overview"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.report_button = QPushButton(self.tr("Team report as PDF…"))
        self.report_button.clicked.connect(self.save_report)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(title, 1)
        header.addWidget(self.report_button)

        self.team = QComboBox()
        self.team.currentIndexChanged.connect(self._team_chosen)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team)
        self.summary = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(team_label)
        filters.addWidget(self.team)
        filters.addSpacing(16)
        filters.addWidget(self.summary, 1)

        self.model = TeamOverviewModel(self)
        self.proxy = TeamOverviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Team overview, one row per person"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TeamOverviewModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._size_columns()
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter, as well as a click

        # The development KPIs of the team shown, beside its rows (seed 003, 002 §9.3).
        # A splitter, so the names can have the room the figures take.
        self.kpi = KpiPanel(session)
        self.body = QSplitter()
        self.body.setObjectName("teamOverviewSplitter")
        self.body.addWidget(self.table)
        self.body.addWidget(self.kpi)
        self.body.setStretchFactor(0, 1)
        self.body.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.closed)
        session.changed.connect(self._on_changed)

    def _size_columns(self) -> None:
        """Each column as wide as its title or a typical value, measured once: sizing to
        the contents would ask every cell for its size again at each change."""
        heading = self.table.horizontalHeader()
        strong = self.table.font()
        strong.setBold(True)  # an overdue talk is shown in bold
        metrics = QFontMetrics(strong)
        title_metrics = heading.fontMetrics()
        typical = {
            TeamOverviewModel.TEAM: "Boekhouding",
            TeamOverviewModel.LAST: "30 sep 2026",
            TeamOverviewModel.NEXT: f"30 sep 2026 · {self.model.tr('overdue')}",
            TeamOverviewModel.CYCLE: "Evalueren",
            TeamOverviewModel.GROWTH: "bekwaam",
            TeamOverviewModel.WELLBEING: "5/5 →",
        }
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                title_metrics.horizontalAdvance(title) + 14,
                metrics.horizontalAdvance(typical.get(column, "00")) + 16,
            )
            heading.resizeSection(column, width)
        heading.setSectionResizeMode(TeamOverviewModel.NAME, QHeaderView.ResizeMode.Stretch)

    # showing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the rows again and keep the team chosen."""
        if self._reading:
            return
        self._reading = True
        try:
            rows = self._read()
        finally:
            self._reading = False
        if rows is None:
            return
        chosen = self.team.currentData()
        self.model.set_rows(rows)
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), ALL_TEAMS)
        for name in sorted({row.team for row in rows if row.team}, key=str.casefold):
            self.team.addItem(name, name)
        found = self.team.findData(chosen) if chosen is not None else 0
        self.team.setCurrentIndex(max(found, 0))
        self.team.blockSignals(False)
        self.proxy.set_team(self.team.currentData())
        self._fit_names(rows)
        self._stale = False
        self._show_summary()

    def _fit_names(self, rows: list[OverviewRow]) -> None:
        """The name column as wide as the longest name (of the first few hundred, measured
        once per reading), within reason; the last column takes what is left."""
        metrics = QFontMetrics(self.table.font())
        longest = max((metrics.horizontalAdvance(row.name) for row in rows[:300]), default=0)
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(TeamOverviewModel.NAME, QHeaderView.ResizeMode.Interactive)
        heading.setStretchLastSection(True)
        heading.resizeSection(TeamOverviewModel.NAME, min(longest + 28, 320))

    def _read(self) -> list[OverviewRow] | None:
        """The rows; from this many people on, read off the UI thread (None on failure)."""
        people = self.session.people.count()
        if people < self.BACKGROUND_FROM:
            return self.session.overview.rows()
        from leercoach.ui.operations import run_op

        outcome = run_op(
            self,
            self.session,
            self.session.overview.rows_op(),
            title=self.tr("Team overview"),
            label=self.tr("Reading the overview of %n person(s)…", "", people),
        )
        return outcome.result if outcome.ok else None

    def _show_summary(self) -> None:
        shown = self.shown_rows()
        late = sum(row.overdue for row in shown)
        people = self.tr("%n person(s)", "", len(shown))
        overdue = self.tr("%n overdue conversation(s)", "", late)
        self.summary.setText(f"{people} · {overdue}")

    def shown_rows(self) -> list[OverviewRow]:
        """The rows as the table shows them: the team chosen, in the order sorted."""
        return [
            self.model.row(self.proxy.mapToSource(self.proxy.index(number, 0)).row())
            for number in range(self.proxy.rowCount())
        ]

    def _team_chosen(self) -> None:
        self.proxy.set_team(self.team.currentData())
        self.kpi.set_team(self.chosen_team())
        self._show_summary()

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.anyone or changes.settings):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.table.setFocus()

    def _open(self, index: QModelIndex) -> None:
        employee_id = index.data(ID_ROLE)
        if employee_id:
            self.employeeOpened.emit(str(employee_id))

    # the report --------------------------------------------------------------------
    def chosen_team(self) -> str | None:
        team = self.team.currentData()
        return str(team) if team is not None else None

    def save_report(self) -> Path | None:
        from leercoach.reports.filenames import safe_filename
        from leercoach.targets import PDF, Target
        from leercoach.ui.export_targets import may_write
        from leercoach.ui.saved_message import tell_saved

        title = self.tr("Save team report")
        team = self.chosen_team()
        stem = self.tr("team report") if team is None else f"{self.tr('team report')} {team}"
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / safe_filename(stem)), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        if not may_write(self.session, self, title, [Target(target, PDF)], asked=Path(path)):
            return None
        self.write_report(target)
        tell_saved(self, title, target)
        return target

    def write_report(self, target: Path) -> None:
        """The rows shown (the team chosen, in the order shown) as the printed report."""
        rows = self.shown_rows()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.overview.team_report(
                rows,
                target,
                team=self.chosen_team(),
                language=self.language,
                kpi_year=self.kpi.chosen_year(),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
