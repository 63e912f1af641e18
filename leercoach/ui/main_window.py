"""The main window: people on the left, the selected person on the right, talks as a page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leercoach.csvimport import CsvImportError, read_employees_csv
from leercoach.domain import Conversation, Employee
from leercoach.store.demo import build_demo
from leercoach.ui import words
from leercoach.ui.batch_export import export_batch
from leercoach.ui.conversation.page import SHORTCUTS, ConversationPage
from leercoach.ui.deck_picker import DeckPickerDialog
from leercoach.ui.employee_dialog import EmployeeDialog
from leercoach.ui.employee_view import EmployeeView
from leercoach.ui.models import ID_ROLE, EmployeeFilter, EmployeeListModel
from leercoach.ui.privacy_dialogs import erase_employee, export_person_data
from leercoach.ui.session import Session
from leercoach.ui.settings import window_settings
from leercoach.ui.settings_dialog import SettingsDialog
from leercoach.ui.welcome import WelcomePage

DEMO_EMPLOYEES = 12
translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    def __init__(self, session: Session, language: str = "nl") -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.setWindowTitle(self.tr("leercoach — %1").replace("%1", session.store.path.name))
        self.setMinimumSize(760, 520)

        self.people = EmployeeListModel(self)
        self.filter = EmployeeFilter(self)
        self.filter.setSourceModel(self.people)
        self.search = QLineEdit()
        self.search.setObjectName("employeeSearch")
        self.search.setPlaceholderText(self.tr("Search by name, team or role (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_text)
        self.team = QComboBox()
        self.team.setObjectName("teamFilter")
        self.team.currentIndexChanged.connect(self._team_changed)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.reload_employees)
        self.list_view = QListView()
        self.list_view.setObjectName("employeeList")
        self.list_view.setModel(self.filter)
        self.list_view.setUniformItemSizes(True)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        add_button = QPushButton(self.tr("+ &Employee"))
        add_button.clicked.connect(self.add_employee)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.team)
        left_layout.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_archived)
        row.addStretch(1)
        row.addWidget(add_button)
        left_layout.addLayout(row)

        self.employee_view = EmployeeView(session, language)
        self.employee_view.newConversationRequested.connect(self.new_conversation)
        self.employee_view.editRequested.connect(self.edit_employee)
        self.employee_view.archiveRequested.connect(self.toggle_archived)
        self.employee_view.conversationOpened.connect(self.open_conversation)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.employee_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])

        self.demo_bar = QFrame()
        self.demo_bar.setObjectName("demoBar")
        self.demo_bar.setStyleSheet("#demoBar { background: #fff3cd; border-radius: 4px; }")
        demo_text = QLabel(
            self.tr("You are looking at demo data: fictional people, for trying leercoach out.")
        )
        remove_demo = QPushButton(self.tr("Remove demo data"))
        remove_demo.clicked.connect(self.remove_demo)
        demo_layout = QHBoxLayout(self.demo_bar)
        demo_layout.addWidget(demo_text, 1)
        demo_layout.addWidget(remove_demo)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.demo_bar)
        overview_layout.addWidget(self.splitter, 1)

        self.welcome = WelcomePage()
        self.welcome.addRequested.connect(self.add_employee)
        self.welcome.importRequested.connect(self.import_csv)
        self.welcome.demoRequested.connect(self.add_demo)
        self.conversation_page = ConversationPage(session)
        self.conversation_page.closed.connect(self.show_overview)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(overview)
        self.pages.addWidget(self.conversation_page)
        self.overview = overview
        self.setCentralWidget(self.pages)
        self.statusBar().showMessage(str(session.store.path))
        self._build_menus()

        session.employeesChanged.connect(self.reload_employees)
        self.reload_employees()
        self._restore_state()

    # menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_conversation_action = self._action(
            file_menu, self.tr("&New conversation…"), self.new_conversation, "Ctrl+N"
        )
        self._action(file_menu, self.tr("&Import employees (CSV)…"), self.import_csv)
        self._action(file_menu, self.tr("E&xport growth plans (HR)…"), self.export_growth_plans)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.show_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Add &demo data"), self.add_demo)
        self._action(file_menu, self.tr("&Remove demo data"), self.remove_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        people_menu = self.menuBar().addMenu(self.tr("&Employee"))
        self._action(people_menu, self.tr("&Add…"), self.add_employee, "Ctrl+Shift+N")
        self._action(people_menu, self.tr("&Edit…"), self.edit_employee, "Ctrl+E")
        self._action(people_menu, self.tr("A&rchive / unarchive"), self.toggle_archived)
        people_menu.addSeparator()
        self._action(
            people_menu, self.tr("Export &personal data (GDPR)…"), self.export_personal_data
        )
        self._action(people_menu, self.tr("Erase for &good (GDPR)…"), self.erase_employee)
        self._action(
            people_menu, self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&About leercoach"), self.show_about)

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # people ----------------------------------------------------------------
    def reload_employees(self) -> None:
        selected = self.selected_employee()
        people = self.session.store.employees.find(include_archived=self.show_archived.isChecked())
        self.people.set_employees(people)
        teams = self.session.store.employees.teams()
        current_team = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), None)
        for team in teams:
            self.team.addItem(team, team)
        index = self.team.findData(current_team) if current_team else 0
        self.team.setCurrentIndex(max(0, index))
        self.team.blockSignals(False)
        self.filter.set_team(self.team.currentData())
        self.demo_bar.setVisible(self.session.store.employees.has_demo())
        has_anyone = self.session.store.employees.count() > 0
        if self.pages.currentWidget() is not self.conversation_page:
            self.pages.setCurrentWidget(self.overview if has_anyone else self.welcome)
        if selected is not None:
            self.select_employee(selected.id)
        elif self.filter.rowCount():
            self.list_view.setCurrentIndex(self.filter.index(0, 0))

    def _team_changed(self) -> None:
        self.filter.set_team(self.team.currentData())

    def _focus_search(self) -> None:
        self.show_overview()
        self.search.setFocus()
        self.search.selectAll()

    def selected_employee(self) -> Employee | None:
        return self.employee_view.employee

    def select_employee(self, employee_id: str) -> bool:
        row = self.people.row_of(employee_id)
        if row < 0:
            return False
        index = self.filter.mapFromSource(self.people.index(row, 0))
        if not index.isValid():
            return False
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        employee_id = indexes[0].data(ID_ROLE)
        self.employee_view.show_employee(self.session.store.employees.get(employee_id))

    def add_employee(self) -> None:
        dialog = EmployeeDialog(self.session.store.employees.teams(), parent=self)
        if dialog.exec() == EmployeeDialog.DialogCode.Accepted:
            employee = self.session.add_employee(dialog.draft())
            self.pages.setCurrentWidget(self.overview)
            self.select_employee(employee.id)

    def edit_employee(self) -> None:
        employee = self.selected_employee()
        if employee is None:
            return
        dialog = EmployeeDialog(self.session.store.employees.teams(), employee, parent=self)
        if dialog.exec() == EmployeeDialog.DialogCode.Accepted:
            self.session.update_employee(employee.id, dialog.draft())

    def toggle_archived(self) -> None:
        employee = self.selected_employee()
        if employee is None:
            return
        if not employee.archived:
            answer = QMessageBox.question(
                self,
                self.tr("Archive employee"),
                self.tr(
                    "Archive %1? Their history is kept; archived people are hidden from the "
                    "list unless you tick “Show archived”."
                ).replace("%1", employee.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.set_archived(employee.id, not employee.archived)

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import employees"), str(Path.home()), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            found = read_employees_csv(Path(path))
        except CsvImportError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Nothing imported"),
                self.tr("The file has problems; nothing was imported."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText("\n".join(error.problems))
            box.exec()
            return
        added = self.session.add_employees(found.drafts)
        QMessageBox.information(
            self, self.tr("Import done"), self.tr("%n employee(s) imported.", "", len(added))
        )

    def add_demo(self) -> None:
        build_demo(self.session.store.db, self.session.library.decks.values(), DEMO_EMPLOYEES)
        self.session.employeesChanged.emit()

    def remove_demo(self) -> None:
        if not self.session.store.employees.has_demo():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove demo data"),
            self.tr("Remove all demo employees and their conversations? Your own data stays."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_overview()
            self.session.remove_demo()

    def export_personal_data(self) -> None:
        employee = self.selected_employee()
        if employee is not None:
            export_person_data(self.session, employee, self, self.language)

    def erase_employee(self) -> None:
        employee = self.selected_employee()
        if employee is None:
            return
        self.show_overview()
        if erase_employee(self.session, employee, self):
            self.employee_view.show_employee(None)
            self.statusBar().showMessage(
                self.tr("%1 was erased.").replace("%1", employee.name), 8000
            )

    def export_growth_plans(self) -> None:
        export_batch(self.session, self)

    def show_settings(self) -> None:
        if SettingsDialog(self.session.store, self).exec():
            self.employee_view.growth.refresh()

    # conversations ---------------------------------------------------------
    def new_conversation(self) -> None:
        employee = self.selected_employee()
        if employee is None or self.pages.currentWidget() is self.conversation_page:
            return
        picker = DeckPickerDialog(self.session.library, employee, self.language, self)
        if picker.exec() != DeckPickerDialog.DialogCode.Accepted:
            return
        deck = picker.chosen_deck()
        if deck is None:
            return
        self.open_conversation(self.session.start_conversation(employee.id, deck))

    def open_conversation(self, conversation: Conversation) -> None:
        self.conversation_page.open(conversation)
        self.pages.setCurrentWidget(self.conversation_page)

    def show_overview(self) -> None:
        if self.pages.currentWidget() is self.conversation_page:
            self.conversation_page.flush()
        has_anyone = self.session.store.employees.count() > 0
        self.pages.setCurrentWidget(self.overview if has_anyone else self.welcome)
        employee = self.selected_employee()
        if employee is not None:
            self.employee_view.show_employee(self.session.store.employees.get(employee.id))

    def offer_resume(self) -> bool:
        """After a close, crash or kill: offer to continue the last unfinished talk."""
        drafts = self.session.store.conversations.drafts()
        if not drafts:
            return False
        draft = drafts[0]
        employee = self.session.store.employees.get(draft.employee_id)
        answer = QMessageBox.question(
            self,
            self.tr("Continue conversation?"),
            self.tr(
                "The conversation “%1” with %2, started on %3, is not finished. "
                "Continue where you left off?"
            )
            .replace("%1", draft.deck_title)
            .replace("%2", employee.name)
            .replace("%3", words.short_date(draft.started_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.select_employee(employee.id)
        self.open_conversation(draft)
        return True

    # help ------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{translate('Shortcuts', str(text))}</td></tr>"
            for keys, text in (
                ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New conversation")),
                ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find an employee")),
                *SHORTCUTS,
            )
        )
        QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), f"<table cellpadding='4'>{rows}</table>"
        )

    def show_about(self) -> None:
        from leercoach import __version__

        QMessageBox.about(
            self,
            self.tr("About leercoach"),
            self.tr(
                "leercoach %1: coaching conversations that stay on this computer.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.session.store.path)),
        )

    # state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._default_size()
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        talk_splitter = settings.value("window/conversationSplitter")
        if talk_splitter is not None:
            self.conversation_page.splitter.restoreState(talk_splitter)
        last = settings.value("window/lastEmployee")
        if isinstance(last, str):
            self.select_employee(last)

    def _default_size(self) -> None:
        """1280×720, or nearly the whole screen on a smaller one (a 1366×768 laptop)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.95)), min(720, int(screen.height() * 0.9)))

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue(
            "window/conversationSplitter", self.conversation_page.splitter.saveState()
        )
        employee = self.selected_employee()
        if employee is not None:
            settings.setValue("window/lastEmployee", employee.id)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The draft is already on disk; flushing writes the last second of typing.
        self.conversation_page.flush()
        self.save_state()
        super().closeEvent(event)
