"""The left of the main window: the people, found by name, team or role, and picked."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.ui.models import ID_ROLE, EmployeeFilter, EmployeeListModel
from leercoach.ui.session import Session


class PeoplePane(QWidget):
    employeeChosen = Signal(str)
    """The id of the person picked in the list."""
    addRequested = Signal()
    searchRequested = Signal()
    archivedToggled = Signal(bool)

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
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.archivedToggled)
        self.list_view = QListView()
        self.list_view.setObjectName("employeeList")
        self.list_view.setAccessibleName(self.tr("Employees"))
        self.list_view.setModel(self.filter)
        self.list_view.setUniformItemSizes(True)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
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
        if keep is not None:
            self.select(keep)
        elif self.filter.rowCount():
            self.list_view.setCurrentIndex(self.filter.index(0, 0))

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

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.employeeChosen.emit(indexes[0].data(ID_ROLE))
