"""The growth-cycle tab: the four phases in order, the goals, what is missing; print it."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import CyclePhase, Employee
from leercoach.domain.growth import CycleOverview, Period
from leercoach.reports.filenames import safe_filename
from leercoach.reports.words import Words
from leercoach.ui import words
from leercoach.ui.colours import Colours, keep_styled
from leercoach.ui.growth_models import GoalTableModel
from leercoach.ui.session import Changes, Session


class PhaseBox(QFrame):
    def __init__(self, number: int, phase: CyclePhase) -> None:
        super().__init__()
        self.phase = phase
        self.title = QLabel(f"{number}  {words.cycle_phase(phase).capitalize()}")
        self.title.setStyleSheet("font-weight: 600; font-size: 11.5pt; border: none;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("border: none;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)

    def show_state(self, *, done: bool, current: bool) -> None:
        """Green when in order, amber with points open; the current phase has a thick
        border in the accent colour. Fills are tints of the palette's base."""

        def style(shown: Colours) -> str:
            fill, line = (
                (shown.done_fill.name(), shown.done_border.name())
                if done
                else (shown.open_fill.name(), shown.open_border.name())
            )
            border = f"2px solid {shown.accent_border.name()}" if current else f"1px solid {line}"
            return f"PhaseBox {{ background: {fill}; border: {border}; border-radius: 4px; }}"

        keep_styled(self, style)
        # The border is colour and line only: a screen reader is told in words.
        self.setAccessibleName(self.title.text())
        state = self.detail.text().replace("\n", ", ")
        self.setAccessibleDescription(
            self.tr("%1; the current phase").replace("%1", state) if current else state
        )


class GrowthView(QWidget):
    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.employee: Employee | None = None
        self.overview: CycleOverview | None = None
        self.stale = False
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        # The cycle running today, which is last year's while this year's starts later.
        self.year.setValue(session.growth.running_period(session.growth.today()).start.year)
        self.year.setPrefix(self.tr("Cycle "))
        self.year.setAccessibleName(self.tr("Year of the growth cycle"))
        self.year.valueChanged.connect(self.refresh)
        self.period = QLabel()
        keep_styled(self.period, lambda c: f"color: {c.muted.name()};")
        self.start_button = QPushButton(self.tr("Start this growth cycle"))
        self.start_button.clicked.connect(self.start_cycle)
        self.phase = QComboBox()
        for phase in CyclePhase:
            self.phase.addItem(words.cycle_phase(phase).capitalize(), phase.value)
        self.phase.setToolTip(self.tr("The phase the cycle is in now"))
        self.phase.activated.connect(self._phase_chosen)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_summary)
        self.save_button = QPushButton(self.tr("Save as &PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.period, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.phase)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)

        # In a cycle's last months: when it ends, and the next cycle to plan in.
        self.ends_notice = QLabel()
        self.ends_notice.setWordWrap(True)
        self.next_cycle_button = QPushButton()
        self.next_cycle_button.clicked.connect(lambda: self.year.setValue(self.year.value() + 1))
        ending = QHBoxLayout()
        ending.addWidget(self.ends_notice, 1)
        ending.addWidget(self.next_cycle_button)
        self.ending = QWidget()
        self.ending.setLayout(ending)
        ending.setContentsMargins(0, 0, 0, 0)
        self.ending.hide()

        self.boxes = [PhaseBox(n, phase) for n, phase in enumerate(CyclePhase, start=1)]
        strip = QHBoxLayout()
        for box in self.boxes:
            strip.addWidget(box, 1)

        goals_label = QLabel(self.tr("Goals"))
        goals_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.goals = GoalTableModel(self)
        self.goals_view = QTableView()
        goals_label.setBuddy(self.goals_view)  # its heading is what a reader says
        self.goals_view.setModel(self.goals)
        self.goals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_view.verticalHeader().hide()
        self.goals_view.activated.connect(lambda index: self.edit_goal(index.row()))
        header = self.goals_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_goal_button = QPushButton(self.tr("+ &Goal…"))
        self.add_goal_button.clicked.connect(lambda: self.edit_goal(None))
        self.add_learning_button = QPushButton(self.tr("+ &Learning action…"))
        self.add_learning_button.setToolTip(
            self.tr("A learning action for the selected goal: a course, job shadowing, coaching…")
        )
        self.add_learning_button.clicked.connect(self.add_learning_action)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.add_learning_button)
        goal_buttons.addStretch(1)

        missing_label = QLabel(self.tr("Still missing in this cycle"))
        missing_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.missing = QStringListModel(self)
        self.missing_view = QListView()
        missing_label.setBuddy(self.missing_view)
        self.missing_view.setModel(self.missing)
        self.missing_view.setWordWrap(True)
        self.missing_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        talks_label = QLabel(self.tr("Conversations in this cycle"))
        talks_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.talks = QStringListModel(self)
        self.talks_view = QListView()
        talks_label.setBuddy(self.talks_view)
        self.talks_view.setModel(self.talks)
        self.talks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lower = QHBoxLayout()
        for label, view in ((missing_label, self.missing_view), (talks_label, self.talks_view)):
            part = QVBoxLayout()
            part.addWidget(label)
            part.addWidget(view)
            lower.addLayout(part, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.ending)
        layout.addLayout(strip)
        layout.addWidget(goals_label)
        layout.addWidget(self.goals_view, 2)
        layout.addLayout(goal_buttons)
        layout.addLayout(lower, 2)
        session.changed.connect(self._on_changed)

    # data ------------------------------------------------------------------
    # A hidden tab is brought up to date when it is shown, not on every change: the
    # overview reads a year of talks and needs the deck files parsed.
    def show_employee(self, employee: Employee | None) -> None:
        self.employee = employee
        self._refresh_when_visible()

    def _on_changed(self, changes: Changes) -> None:
        shown = self.employee.id if self.employee is not None else None
        # The settings say when a cycle starts and who signs the summary.
        if changes.settings or changes.touches(
            shown, conversations=True, actions=True, cycles=True
        ):
            self._refresh_when_visible()

    def _refresh_when_visible(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        employee = self.employee
        for widget in (self.print_button, self.save_button, self.add_goal_button):
            widget.setEnabled(employee is not None)
        if employee is None:
            self.overview = None
            self.ending.hide()
            self.goals.set_rows([])
            self.missing.setStringList([])
            self.talks.setStringList([])
            return
        today = self.session.growth.today()
        self.overview = self.session.growth.overview(employee.id, self.year.value(), today)
        report_words = Words(
            self.language if self.language in ("nl", "en") else "nl",
            self.session.read_settings().region,
        )
        self.period.setText(report_words.period(self.overview.period))
        self._show_ending(self.overview.period, today)
        cycle = self.overview.cycle
        self.start_button.setVisible(cycle is None)
        self.phase.setVisible(cycle is not None)
        self.add_goal_button.setEnabled(True)
        if cycle is not None:
            self.phase.setCurrentIndex(list(CyclePhase).index(cycle.phase))
        for box in self.boxes:
            entry = self.overview.entry(box.phase)
            talks = self.tr("%n conversation(s)", "", len(entry.conversations))
            gaps = len(entry.gaps)
            state = self.tr("in order") if not gaps else self.tr("%n point(s) open", "", gaps)
            box.detail.setText(f"{talks}\n{state}")
            box.show_state(done=not gaps, current=cycle is not None and cycle.phase is box.phase)
        self.goals.set_rows(self.overview.goals, today)
        self.add_learning_button.setEnabled(bool(self.overview.goals))
        self.missing.setStringList(
            [report_words.gap(gap) for gap in self.overview.gaps]
            or [self.tr("Nothing: well done.")]
        )
        self.talks.setStringList(
            [
                f"{words.cycle_phase(p.primary).capitalize() if p.primary else '—'}  ·  "
                f"{words.short_date(p.conversation.started_at)}  ·  {p.conversation.deck_title}"
                for p in self.overview.conversations
            ]
        )

    def _show_ending(self, period: Period, today: date) -> None:
        self.ending.setVisible(period.ends_soon(today))
        if not period.ends_soon(today):
            return
        days = (period.end - today).days
        notice = self.tr("This cycle ends on %1, in %n day(s).", "", days)
        self.ends_notice.setText(notice.replace("%1", words.long_date(period.end)))
        self.next_cycle_button.setText(
            self.tr("Plan the &next cycle (%1)").replace("%1", str(self.year.value() + 1))
        )

    # actions ---------------------------------------------------------------
    def start_cycle(self) -> None:
        if self.employee is not None and self.overview is not None:
            self.session.growth.start_cycle(self.employee.id, self.overview.period)

    def _phase_chosen(self) -> None:
        if self.overview is not None and self.overview.cycle is not None:
            phase = CyclePhase(self.phase.currentData())
            self.session.growth.set_phase(self.overview.cycle, phase)

    def edit_goal(self, row: int | None) -> None:
        if self.employee is None or self.overview is None:
            return
        plan = self.goals.row(row) if row is not None and row >= 0 else None
        from leercoach.ui.goal_dialog import GoalDialog  # dialogs load when first opened

        dialog = GoalDialog(plan.goal if plan else None, self, self.overview.period)
        if dialog.exec() != GoalDialog.DialogCode.Accepted:
            return
        # A first goal starts the year's cycle: the session decides, in one transaction.
        self.session.growth.save_goal(
            self.employee.id,
            self.overview.period,
            plan.goal if plan else None,
            dialog.title.text(),
            dialog.smart(),
            dialog.due_date(),
            dialog.goal_status(),
        )

    def add_learning_action(self) -> None:
        row = self.goals_view.currentIndex().row()
        if self.employee is None or row < 0:
            return
        goal = self.goals.row(row).goal
        from leercoach.ui.conversation.action_dialog import ActionDialog

        dialog = ActionDialog(parent=self, ask_learning_form=True)
        dialog.setWindowTitle(self.tr("Learning action for “%1”").replace("%1", goal.title))
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        what, owner, due, measure = dialog.values()
        self.session.actions.add(
            self.employee.id,
            what,
            owner,
            due,
            measure,
            goal_id=goal.id,
            learning_form=dialog.learning_form(),
            owner_name=dialog.named_owner(),
        )

    def _render(self, path: Path) -> None:
        assert self.employee is not None and self.overview is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # reportlab loads on the first print, not at start (a fifth of a second).
            self.session.reports.growth_summary(
                self.employee.id, self.overview.period, path, language=self.language
            )
        finally:
            QGuiApplication.restoreOverrideCursor()

    def default_file_name(self) -> str:
        assert self.employee is not None
        label = self.tr("growth plan %1").replace("%1", str(self.year.value()))
        return safe_filename(f"{self.employee.name} - {label}")

    def save_pdf(self) -> Path | None:
        if self.employee is None:
            return None
        # Loaded with the first export, not at the app's start.
        from leercoach.targets import PDF, Target
        from leercoach.ui.export_targets import may_write
        from leercoach.ui.saved_message import tell_saved

        title = self.tr("Save growth plan")
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / self.default_file_name()), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        if not may_write(self.session, self, title, [Target(target, PDF)], asked=Path(path)):
            return None
        self._render(target)
        tell_saved(self, title, target)
        return target

    def print_summary(self) -> None:
        if self.employee is None:
            return
        from leercoach.ui.printing import print_pdf

        with tempfile.TemporaryDirectory(prefix="leercoach-print-") as folder:
            pdf = Path(folder) / self.default_file_name()
            self._render(pdf)
            print_pdf(pdf, self)
