"""The main window: people on the left, the selected person on the right, talks as a page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from leercoach.domain import Conversation, Employee
from leercoach.store import HitKind, SearchHit
from leercoach.ui import words
from leercoach.ui.employee_view import EmployeeView
from leercoach.ui.models import ID_ROLE, EmployeeFilter, EmployeeListModel
from leercoach.ui.operations import run_op
from leercoach.ui.session import Changes, Session
from leercoach.ui.settings import window_settings
from leercoach.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from leercoach.ui.conversation.page import ConversationPage
    from leercoach.ui.search_page import SearchPage

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    """Dialogs, exports, reports, the conversation page and the search page are
    imported and built when first used: the window should show in a fraction of a
    second, and most of them are not needed in every session."""

    def __init__(self, session: Session, language: str = "nl") -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.setWindowTitle(self.tr("leercoach — %1").replace("%1", session.path.name))
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
        search_button = QPushButton(self.tr("Search conversations…"))
        search_button.setObjectName("searchConversations")
        search_button.setToolTip(self.tr("Search all answers, summaries, notes and actions"))
        search_button.clicked.connect(self.show_search)
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
        left_layout.addWidget(search_button)

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
        self._conversation_page: ConversationPage | None = None
        self._conversation_splitter_state: Any = None
        self._search_page: SearchPage | None = None
        self.recovery_requested = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(overview)
        self.overview = overview
        self.setCentralWidget(self.pages)
        self.statusBar().showMessage(str(session.path))
        self._build_menus()

        session.changed.connect(self._on_changed)
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
        self._action(
            people_menu, self.tr("&Search conversations…"), self.show_search, "Ctrl+Shift+F"
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
    def _on_changed(self, changes: Changes) -> None:
        if changes.people or changes.everyone:
            self.reload_employees()

    def reload_employees(self) -> None:
        people = self.session.people
        selected = self.selected_employee()
        self.people.set_employees(people.listing(include_archived=self.show_archived.isChecked()))
        teams = people.teams()
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
        self.demo_bar.setVisible(people.has_demo())
        has_anyone = people.count() > 0
        if self.pages.currentWidget() is self.welcome or not has_anyone:
            self.pages.setCurrentWidget(self.overview if has_anyone else self.welcome)
        if selected is not None:
            self.select_employee(selected.id)
        elif self.filter.rowCount():
            self.list_view.setCurrentIndex(self.filter.index(0, 0))

    def _team_changed(self) -> None:
        self.filter.set_team(self.team.currentData())

    def _focus_search(self) -> None:
        if not self.show_overview():
            return
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
        self.employee_view.show_employee(self.session.people.get(employee_id))

    def add_employee(self) -> None:
        from leercoach.ui.employee_dialog import EmployeeDialog  # loads when first opened

        people = self.session.people
        dialog = EmployeeDialog(people.teams(), known=people.known(), parent=self)
        if dialog.exec() == EmployeeDialog.DialogCode.Accepted:
            employee = people.add(dialog.draft())
            self.pages.setCurrentWidget(self.overview)
            self.select_employee(employee.id)

    def edit_employee(self) -> None:
        employee = self.selected_employee()
        if employee is None:
            return
        from leercoach.ui.employee_dialog import EmployeeDialog

        people = self.session.people
        dialog = EmployeeDialog(people.teams(), employee, known=people.known(), parent=self)
        if dialog.exec() == EmployeeDialog.DialogCode.Accepted:
            people.update(employee.id, dialog.draft())

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
        self.session.people.set_archived(employee.id, not employee.archived)

    def import_csv(self) -> None:
        from leercoach.ui.people_import import import_csv

        import_csv(self, self.session)

    def add_demo(self) -> None:
        demo = self.session.people.add_demo()
        title, label = self.tr("Add demo data"), self.tr("Adding demo data…")
        run_op(self, self.session, demo, title=title, label=label)

    def remove_demo(self) -> None:
        if not self.session.people.has_demo():
            return
        title = self.tr("Remove demo data")
        answer = QMessageBox.question(
            self,
            title,
            self.tr("Remove all demo employees and their conversations? Your own data stays."),
        )
        if answer == QMessageBox.StandardButton.Yes and self.show_overview():
            removal = self.session.people.remove_demo()
            run_op(self, self.session, removal, title=title, label=self.tr("Removing demo data…"))

    def export_personal_data(self) -> None:
        from leercoach.ui.privacy_dialogs import export_person_data

        employee = self.selected_employee()
        if employee is not None:
            export_person_data(self.session, employee, self, self.language)

    def erase_employee(self) -> None:
        from leercoach.ui.erase_dialog import erase_employee

        employee = self.selected_employee()
        if employee is None or not self.show_overview():
            return
        report = erase_employee(self.session, employee, self)
        if report is not None:
            self.employee_view.show_employee(None)
            if report.complete:
                self.statusBar().showMessage(
                    self.tr("%1 was erased.").replace("%1", employee.name), 8000
                )

    def export_growth_plans(self) -> None:
        from leercoach.ui.batch_export import export_batch

        export_batch(self.session, self)

    def show_settings(self) -> None:
        from leercoach.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.session, self).exec()  # the growth tab follows the new settings

    # conversations ---------------------------------------------------------
    def new_conversation(self) -> None:
        from leercoach.ui.deck_picker import DeckPickerDialog

        employee = self.selected_employee()
        if employee is None or self._in_conversation():
            return
        picker = DeckPickerDialog(self.session.library, employee, self.language, self)
        if picker.exec() != DeckPickerDialog.DialogCode.Accepted:
            return
        deck = picker.chosen_deck()
        if deck is None:
            return
        self.open_conversation(self.session.talks.start(employee.id, deck))

    def open_conversation(self, conversation: Conversation) -> None:
        self.conversation_page.open(conversation)
        self.pages.setCurrentWidget(self.conversation_page)

    @property
    def conversation_page(self) -> ConversationPage:
        if self._conversation_page is None:
            from leercoach.ui.conversation.page import ConversationPage

            page = ConversationPage(self.session)
            page.closed.connect(self.show_overview)
            if self._conversation_splitter_state is not None:
                page.splitter.restoreState(self._conversation_splitter_state)
            self.pages.addWidget(page)
            self._conversation_page = page
        return self._conversation_page

    def _in_conversation(self) -> bool:
        page = self._conversation_page
        return page is not None and self.pages.currentWidget() is page

    def show_overview(self) -> bool:
        """Back to the list; False when the person stays in a conversation whose last
        edits could not be saved yet (``ConversationPage.may_leave``)."""
        if self._in_conversation() and not self.conversation_page.may_leave():
            return False
        has_anyone = self.session.people.count() > 0
        self.pages.setCurrentWidget(self.overview if has_anyone else self.welcome)
        employee = self.selected_employee()
        if employee is not None:
            self.employee_view.show_employee(self.session.people.lookup(employee.id))
        return True

    def offer_resume(self) -> bool:
        """After a close, crash or kill: offer to continue the last unfinished talk."""
        draft = self.session.talks.latest_draft()
        if draft is None:
            return False
        employee = self.session.people.get(draft.employee_id)
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

    # search ----------------------------------------------------------------
    def show_search(self) -> None:
        if self._in_conversation():
            self.conversation_page.flush()
        if self._search_page is None:
            from leercoach.ui.search_page import SearchPage

            self._search_page = SearchPage(self.session, self)
            self._search_page.closed.connect(self.show_overview)
            self._search_page.panel.hitActivated.connect(self.open_search_hit)
            self.pages.addWidget(self._search_page)
        self.pages.setCurrentWidget(self._search_page)
        self._search_page.panel.focus_query()

    def open_search_hit(self, hit: SearchHit) -> None:
        """Show where a hit was written: its talk at the card, or the person's actions."""
        employee = self.session.people.lookup(hit.employee_id)
        if employee is None:  # erased since the search ran
            return
        self.show_archived.setChecked(self.show_archived.isChecked() or employee.archived)
        self.pages.setCurrentWidget(self.overview)
        self.select_employee(employee.id)
        if hit.conversation_id is None:
            self.employee_view.show_employee(employee)
            return
        from leercoach.ui.conversation.steps_model import SUMMARY

        self.open_conversation(self.session.talks.get(hit.conversation_id))
        if hit.kind is HitKind.ANSWER and hit.card_id:
            self.conversation_page.show_step(hit.card_id)
        elif hit.kind in (HitKind.SUMMARY, HitKind.PRIVATE_NOTE):
            self.conversation_page.show_step(SUMMARY)

    # damage ----------------------------------------------------------------
    def report_damage(self, problems: list[str]) -> None:
        """The background check found damage: recover now (close, set aside, restore) or later."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("leercoach")
        box.setText(
            self.tr(
                "The check of the leercoach database found damage. Your work of this session "
                "is saved, but the file should not be used further. Recover now: leercoach "
                "closes this window, sets the damaged file aside (it is not deleted) and "
                "offers the newest verified backup."
            )
        )
        box.setDetailedText("\n".join(problems[:50]))
        recover = box.addButton(self.tr("Recover now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is recover:
            self.recovery_requested = True
            self.close()

    # help ------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from leercoach.ui.conversation.page import SHORTCUTS

        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{translate('Shortcuts', str(text))}</td></tr>"
            for keys, text in (
                ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New conversation")),
                ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find an employee")),
                ("Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "Search conversations")),
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
            .replace("%2", str(self.session.path)),
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
        self._conversation_splitter_state = settings.value("window/conversationSplitter")
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
        if self._conversation_page is not None:
            settings.setValue(
                "window/conversationSplitter", self._conversation_page.splitter.saveState()
            )
        employee = self.selected_employee()
        if employee is not None:
            settings.setValue("window/lastEmployee", employee.id)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The draft is already on disk; flushing writes the last half second of typing, and
        # when that cannot be written the person decides: stay, or close and lose it.
        if self._conversation_page is not None and not self._conversation_page.may_leave():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
