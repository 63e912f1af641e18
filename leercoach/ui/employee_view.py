"""The right-hand side: one person at a glance, their open actions and conversation history."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import Conversation, Employee
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.conversation.undo_bar import UndoBar
from leercoach.ui.feedforward_sheet import entry_text as feedforward_entry
from leercoach.ui.growth_view import GrowthView
from leercoach.ui.models import ActionTableModel, TimelineModel
from leercoach.ui.person_actions import PersonActions
from leercoach.ui.person_points import PersonPoints
from leercoach.ui.person_talks import PersonTalks
from leercoach.ui.plan_line import show_next_talk
from leercoach.ui.prep_form import pending_label, prep_button, show_pending
from leercoach.ui.session import Changes, Session

if TYPE_CHECKING:
    from leercoach.ui.person_trends import TrendsView


class EmployeeView(QWidget):
    newConversationRequested = Signal()
    editRequested = Signal()
    archiveRequested = Signal()
    conversationOpened = Signal(Conversation)

    def __init__(
        self, session: Session, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.employee: Employee | None = None
        self.name = QLabel()
        self.name.setObjectName("employeeName")
        self.name.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        keep_styled(self.details, lambda c: f"color: {c.muted.name()};")
        self.language = language
        self.next_talk = QLabel()
        self.next_talk.setObjectName("nextTalk")
        self.next_talk.setWordWrap(True)
        self.pending_preparations = pending_label()
        self.plan_button = QPushButton(self.tr("&Plan a conversation…"))
        self.plan_button.setToolTip(self.tr("How often you talk, the next date and its deck"))
        self.plan_button.clicked.connect(self.plan)
        self.phase_history = QLabel()
        self.phase_history.setObjectName("phaseHistory")
        self.phase_history.setWordWrap(True)
        keep_styled(self.phase_history, lambda c: f"color: {c.muted.name()};")
        self.new_button = QPushButton(self.tr("&New conversation"))
        self.new_button.setDefault(True)
        self.new_button.setStyleSheet("font-weight: 600; padding: 6px 16px;")
        self.new_button.setToolTip(self.tr("Start a conversation with this person (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.new_button.clicked.connect(self.newConversationRequested)
        self.edit_button.clicked.connect(self.editRequested)
        self.archive_button.clicked.connect(self.archiveRequested)

        self.actions_label = QLabel()
        self.actions_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.actions_model = ActionTableModel(self)
        self.actions_view = QTableView()
        self.actions_label.setBuddy(self.actions_view)  # its heading is what a reader says
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.verticalHeader().hide()
        self.actions_view.setWordWrap(True)
        self.actions_view.setToolTip(
            self.tr("Press Enter or double-click to follow up; right-click for more")
        )
        self.add_action_button = QPushButton(self.tr("New ac&tion…"))
        self.add_action_button.setToolTip(self.tr("An action agreed outside a conversation"))
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.timeline_label = QLabel()
        self.timeline_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QListView()
        self.timeline_label.setBuddy(self.timeline_view)
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setSpacing(2)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.activated.connect(self._open_conversation)
        self.timeline_view.setToolTip(
            self.tr("Press Enter or double-click to open; right-click a draft to discard it")
        )
        self.feedforward_button = QPushButton(feedforward_entry())
        self.feedforward_button.setToolTip(
            self.tr("A prep sheet for you, drawn from this person's talks, actions and goals")
        )
        self.feedforward_button.clicked.connect(self.prepare_feedforward)

        top = QHBoxLayout()
        title = QVBoxLayout()
        title.addWidget(self.name)
        title.addWidget(self.details)
        title.addWidget(self.next_talk)
        title.addWidget(self.pending_preparations)
        title.addWidget(self.phase_history)
        top.addLayout(title, 1)
        top.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        self.prep_button = prep_button(session, self, language)
        top.addWidget(self.prep_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        actions_box = QWidget()
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_title = QHBoxLayout()
        actions_title.addWidget(self.actions_label, 1)
        actions_title.addWidget(self.add_action_button)
        actions_layout.addLayout(actions_title)
        actions_layout.addWidget(self.actions_view)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_title = QHBoxLayout()
        timeline_title.addWidget(self.timeline_label, 1)
        timeline_title.addWidget(self.feedforward_button)
        timeline_layout.addLayout(timeline_title)
        timeline_layout.addWidget(self.timeline_view)
        self.undo_bar = UndoBar()
        self.points = PersonPoints(session, self.undo_bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("employeeSplitter")
        self.splitter.addWidget(self.points)
        self.splitter.addWidget(actions_box)
        self.splitter.addWidget(timeline_box)
        self.splitter.setChildrenCollapsible(False)

        self.growth = GrowthView(session, language)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, self.tr("&Overview"))
        self.tabs.addTab(self.growth, self.tr("&Growth cycle"))
        # Filled when first shown: the chart's code loads then, not at start-up.
        self.trends_tab = QWidget()
        self.trends: TrendsView | None = None
        self.tabs.addTab(self.trends_tab, self.tr("T&rends"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.undo_bar)
        self.person_actions = PersonActions(self)
        self.person_talks = PersonTalks(self)
        self.add_action_button.clicked.connect(self.person_actions.add)

        session.changed.connect(self._on_changed)
        self.show_employee(None)

    def show_employee(self, employee: Employee | None) -> None:
        """Show this person (or no one); the growth tab follows."""
        if employee is None or self.employee is None or employee.id != self.employee.id:
            self.undo_bar.clear()  # undo belongs to the person it was done for
        self.growth.show_employee(employee)
        if self.trends is not None:
            self.trends.show_employee(employee)
        self._fill(employee)

    def _tab_shown(self, index: int) -> None:
        if self.trends is None and self.tabs.widget(index) is self.trends_tab:
            from leercoach.ui.person_trends import TrendsView

            self.trends = TrendsView(self.session)
            QVBoxLayout(self.trends_tab).addWidget(self.trends)
            self.trends.show()
            self.trends.show_employee(self.employee)

    def _on_changed(self, changes: Changes) -> None:
        shown = self.employee
        if shown is not None and changes.touches(
            shown.id, details=True, conversations=True, actions=True
        ):
            again = self.session.people.lookup(shown.id)  # None: erased in the meantime
            if again is None or changes.touches(shown.id, details=True):
                self.show_employee(again)  # the growth tab shows them too
            else:
                self._fill(again)  # the growth tab follows its own changes

    def _fill(self, employee: Employee | None) -> None:
        self.employee = employee
        self.points.show_employee(employee)
        buttons = (
            self.new_button,
            self.edit_button,
            self.archive_button,
            self.add_action_button,
            self.feedforward_button,
        )
        for widget in buttons:
            widget.setEnabled(employee is not None)
        self.plan_button.setEnabled(employee is not None and not employee.archived)
        if employee is None:
            self.name.setText(self.tr("No one selected"))
            self.details.setText(self.tr("Pick someone on the left, or add a new employee."))
            self.phase_history.hide()
            self.next_talk.hide()
            self.pending_preparations.hide()
            self.actions_model.set_rows([])
            self.timeline_model.set_rows([])
            self.actions_label.setText(self.tr("Open actions"))
            self.timeline_label.setText(self.tr("Conversations"))
            return
        today = date.today()
        self.name.setText(employee.name)
        parts = [p for p in (employee.role, employee.team) if p]
        parts.append(
            self.tr("growth phase: %1").replace("%1", words.growth_phase(employee.growth_phase))
        )
        if employee.start_date:
            parts.append(self.tr("since %1").replace("%1", words.long_date(employee.start_date)))
        if employee.end_date:
            parts.append(self.tr("leaves on %1").replace("%1", words.long_date(employee.end_date)))
        if employee.archived:
            parts.append(self.tr("archived"))
        self.details.setText("  ·  ".join(parts))
        if employee.archived:
            self.next_talk.hide()  # left: no talk is due with them
        else:
            show_next_talk(self.next_talk, self.session.people.next_talk(employee.id, today), today)
        self._show_phase_history(employee)
        show_pending(self.pending_preparations, self.session, employee)
        self.archive_button.setText(
            self.tr("Un&archive") if employee.archived else self.tr("&Archive")
        )
        actions = self.session.actions.open_for(employee.id)
        self.actions_model.set_rows(actions, today)
        late = sum(1 for a in actions if a.is_overdue(today))
        label = self.tr("Open actions (%1)").replace("%1", str(len(actions)))
        if late:
            label += "  —  " + self.tr("%n overdue", "", late)
        self.actions_label.setText(label)
        talks = self.session.talks.for_employee(employee.id)
        self.timeline_model.set_rows(talks)
        self.timeline_label.setText(self.tr("Conversations (%1)").replace("%1", str(len(talks))))

    def _show_phase_history(self, employee: Employee) -> None:
        history = self.session.people.phase_history(employee.id)
        steps = "  →  ".join(
            f"{words.growth_phase(step.phase)} ({words.short_date(step.changed_on)})"
            for step in history
        )
        self.phase_history.setText(self.tr("Growth phases: %1").replace("%1", steps))
        self.phase_history.setToolTip(
            "\n".join(
                f"{words.short_date(step.changed_on)}: {step.note}" for step in history if step.note
            )
        )
        self.phase_history.setVisible(bool(history))

    def plan(self) -> None:
        """The plan dialog for the person shown: rhythm, next date and time, deck."""
        from leercoach.ui.plan_dialog import plan_talk  # loads when first opened

        if self.employee is not None and not self.employee.archived:
            plan_talk(self.session, self.employee, self.language, self)

    def prepare_feedforward(self) -> None:
        """The prep sheet for the person shown; their own notes opened when asked."""
        from leercoach.ui.feedforward_sheet import save_feedforward_sheet

        if self.employee is None:
            return
        _, started = save_feedforward_sheet(self.session, self, self.employee, self.language)
        if started is not None:
            self.conversationOpened.emit(started)

    def _open_conversation(self, index: object) -> None:
        row = self.timeline_view.currentIndex().row()
        if row >= 0:
            self.conversationOpened.emit(self.timeline_model.row(row))
