"""The left of the main window: the people, found by name, team or role, and picked;
each with their last and next talk, ordered by name or next talk, filtered by due ones.

The names show first; where everyone stands in the rhythm of talks is read once the
window has shown (``people_model``), so start-up does not wait for it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain.talks import NextTalk
from leercoach.ui.people_model import (
    LAST,
    NAME,
    NEXT,
    Due,
    EmployeeFilter,
    EmployeeListModel,
    Order,
    compact_date,
)
from leercoach.ui.rows_model import ID_ROLE
from leercoach.ui.session import Changes, Session


class PeoplePane(QWidget):
    employeeChosen = Signal(str)
    """The id of the person picked in the list."""
    addRequested = Signal()
    searchRequested = Signal()
    archivedToggled = Signal(bool)
    talksRead = Signal()
    """Everyone's last and next talk are in the list."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.people = EmployeeListModel(self)
        self.filter = EmployeeFilter(self)
        self.filter.setSourceModel(self.people)
        self.search = QLineEdit()
        self.search.setObjectName("employeeSearch")
        self.search.setPlaceholderText(self.tr("Search by name, team or role (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.textChanged.connect(self.filter.set_text)
        self.team = QComboBox()
        self.team.setObjectName("teamFilter")
        self.team.currentIndexChanged.connect(self._team_changed)
        self.show_archived = QCheckBox(self.tr("Show archived employees"))
        self.show_archived.toggled.connect(self.archivedToggled)
        self.due = QComboBox()
        self.due.setObjectName("dueFilter")
        # A combo box's name on Linux is its label (a relation), and its value is its text.
        self.due_label = QLabel(self.tr("Show"))
        self.due_label.setBuddy(self.due)
        self.due.addItem(self.tr("All conversations"), Due.ANYONE)
        self.due.addItem(self.tr("Due this week"), Due.THIS_WEEK)
        self.due.addItem(self.tr("Overdue"), Due.OVERDUE)
        self.due.currentIndexChanged.connect(self._due_changed)
        self.order = QComboBox()
        self.order.setObjectName("peopleOrder")
        self.order_label = QLabel(self.tr("Order"))
        self.order_label.setBuddy(self.order)
        self.order.addItem(self.tr("By name"), Order.NAME)
        self.order.addItem(self.tr("By next conversation"), Order.NEXT_TALK)
        self.order.currentIndexChanged.connect(self._order_changed)
        # A table, not a tree: a tree asks the model of every row whether it has children
        # (20 000 calls into Python on 10 000 people, some 70 ms of start-up).
        self.list_view = QTableView()
        self.list_view.setObjectName("employeeList")
        self.list_view.setAccessibleName(self.tr("Employees"))
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setTabKeyNavigation(False)  # Tab leaves the list, as it did
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.list_view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.list_view.fontMetrics().height() + 4)
        self.list_view.setModel(self.filter)
        self._size_columns()
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._reading = 0  # which read of the talks is the latest
        self.list_view.viewport().installEventFilter(self)  # for its first paint
        self._touched: set[str] = set()  # whose talks changed since it began
        self._reselecting = False
        session.changed.connect(self._on_changed)
        add_button = QPushButton(self.tr("+ &Employee"))
        add_button.clicked.connect(self.addRequested)
        search_button = QPushButton(self.tr("Search conversations…"))
        search_button.setObjectName("searchConversations")
        search_button.setToolTip(self.tr("Search all answers, summaries, notes and actions"))
        search_button.clicked.connect(self.searchRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.team)
        talks_row = QHBoxLayout()
        talks_row.addWidget(self.due_label)
        talks_row.addWidget(self.due, 1)
        talks_row.addWidget(self.order_label)
        talks_row.addWidget(self.order, 1)
        layout.addLayout(talks_row)
        layout.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_archived)
        row.addStretch(1)
        row.addWidget(add_button)
        layout.addLayout(row)
        layout.addWidget(search_button)

    def reload(self, keep: str | None) -> None:
        """Read the list again; ``keep`` (an id) stays picked, else the first person is."""
        people = self.session.people
        self.people.set_rows(people.listing(include_archived=self.show_archived.isChecked()))
        current_team = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), None)
        for team in people.teams():
            self.team.addItem(team, team)
        index = self.team.findData(current_team) if current_team else 0
        self.team.setCurrentIndex(max(0, index))
        self.team.blockSignals(False)
        self.filter.set_team(self.team.currentData())
        # After the names: the list never waits for the talks. At start-up the read
        # begins after the list's first paint, so its thread does not slow that paint.
        if self._reading:
            self.read_talks()
        if keep is not None:
            self.select(keep)
        elif self.filter.rowCount():
            self.list_view.setCurrentIndex(self.filter.index(0, 0))

    def read_talks(self) -> None:
        """Where everyone stands in the rhythm of talks, read off the UI thread; the
        columns fill in when it is there (``talksRead``)."""
        self._reading += 1
        self._touched = set()
        reading = self._reading
        today = date.today()
        self.session.people.read_next_talks(
            today, self, lambda talks: self._talks_arrived(reading, today, talks)
        )

    def _talks_arrived(self, reading: int, today: date, talks: dict[str, NextTalk]) -> None:
        if reading != self._reading:
            return  # a later read is under way
        keep = self._current_id()
        if self._touched:  # changed while it was read: as they are now
            talks.update(self.session.people.next_talks(today, self._touched))
        self.people.set_talks(talks, today)
        for column in (LAST, NEXT):
            self.list_view.setColumnHidden(column, False)
        self._keep_selection(keep)
        self.talksRead.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.list_view.viewport():
            watched.removeEventFilter(self)
            if not self._reading:
                QTimer.singleShot(0, self, self.read_talks)  # once this paint is done
        return False

    def _on_changed(self, changes: Changes) -> None:
        """A talk held or a plan changed: those people's next talk (the window reads the
        whole list again when people were added, archived or removed)."""
        if changes.people or changes.everyone:
            return
        touched = changes.details | changes.conversations
        self._touched |= touched
        if touched:
            today = date.today()
            keep = self._current_id()
            self.people.update_talks(self.session.people.next_talks(today, touched), today)
            self._keep_selection(keep)

    def _current_id(self) -> str | None:
        index = self.list_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _keep_selection(self, keep: str | None) -> None:
        """After the rows were ordered again: the same person stays picked, if shown."""
        if keep is not None and self._current_id() != keep:
            self._reselecting = True
            try:
                self.select(keep)
            finally:
                self._reselecting = False

    def _size_columns(self) -> None:
        """The name takes what is left; the dates as wide as a long one with its mark."""
        header = self.list_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.list_view.fontMetrics()
        sample = compact_date(date(2000, 9, 28), date(2000, 1, 1))
        widest = max(
            metrics.horizontalAdvance(
                QCoreApplication.translate("EmployeeListModel", "%1 (overdue)").replace(
                    "%1", sample
                )
            ),
            metrics.horizontalAdvance(
                QCoreApplication.translate("EmployeeListModel", "%1 (this week)").replace(
                    "%1", sample
                )
            ),
        )
        last = metrics.horizontalAdvance(compact_date(date(2000, 9, 28), date(2001, 1, 1)))
        for column, width in ((LAST, last), (NEXT, widest)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width + 3 * metrics.averageCharWidth())
            self.list_view.setColumnHidden(column, True)  # until the talks are read

    def select(self, employee_id: str) -> bool:
        """Pick the person in the list; False when the list does not show them."""
        row = self.people.row_of(employee_id)
        if row < 0:
            return False
        index = self.filter.mapFromSource(self.people.index(row, 0))
        if not index.isValid():
            return False
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _team_changed(self) -> None:
        self.filter.set_team(self.team.currentData())

    def _due_changed(self) -> None:
        keep = self._current_id()
        self.filter.set_due(Due(self.due.currentData()))
        self._keep_selection(keep)

    def _order_changed(self) -> None:
        keep = self._current_id()
        self.people.set_order(Order(self.order.currentData()))
        self._keep_selection(keep)

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self._reselecting:
            self.employeeChosen.emit(indexes[0].data(ID_ROLE))
