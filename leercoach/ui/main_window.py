"""The main window: people on the left, the selected person on the right, talks as a page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import Conversation, Employee
from leercoach.store import HitKind, SearchHit
from leercoach.ui import words
from leercoach.ui.employee_view import EmployeeView
from leercoach.ui.people_commands import PeopleCommands
from leercoach.ui.people_pane import PeoplePane
from leercoach.ui.prep_form import PrepDrops
from leercoach.ui.session import Changes, Session
from leercoach.ui.settings import window_settings
from leercoach.ui.welcome import DemoBar, WelcomePage
from leercoach.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from leercoach.ui.conversation.page import ConversationPage
    from leercoach.ui.overview_page import TeamOverviewPage
    from leercoach.ui.reflections_page import ReflectionsPage
    from leercoach.ui.search_page import SearchPage
    from leercoach.ui.week_page import WeekPage


class MainWindow(QMainWindow):
    """Dialogs, exports, reports, the conversation page and the search page are
    imported and built when first used: the window should show in a fraction of a
    second, and most of them are not needed in every session."""

    def __init__(self, session: Session, language: str = "nl") -> None:
        super().__init__()
        self.session = session
        self.language = language
        commands = self.commands = PeopleCommands(self)
        self.add_employee, self.edit_employee = commands.add_employee, commands.edit_employee
        self.toggle_archived, self.import_csv = commands.toggle_archived, commands.import_csv
        self.add_demo, self.remove_demo = commands.add_demo, commands.remove_demo
        self.export_personal_data = commands.export_personal_data
        self.erase_employee = commands.erase_employee
        self.export_growth_plans = commands.export_growth_plans
        self.show_settings = commands.show_settings
        # The file alone: Qt adds " — leercoach", the application's display name, itself.
        self.setWindowTitle(session.path.name)
        self.setMinimumSize(760, 520)

        self.pane = PeoplePane(session)
        self.pane.employeeChosen.connect(self._employee_chosen)
        self.pane.addRequested.connect(self.add_employee)
        self.pane.searchRequested.connect(self.show_search)
        self.pane.archivedToggled.connect(self.reload_employees)
        pane = self.pane  # its parts, as the rest of the window (and a test) reaches them
        self.people, self.filter, self.list_view = pane.people, pane.filter, pane.list_view
        self.search, self.team, self.show_archived = pane.search, pane.team, pane.show_archived

        self.employee_view = EmployeeView(session, language)
        self.employee_view.newConversationRequested.connect(self.new_conversation)
        self.employee_view.editRequested.connect(self.edit_employee)
        self.employee_view.archiveRequested.connect(self.toggle_archived)
        self.employee_view.conversationOpened.connect(self.open_conversation)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.employee_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 820])  # the list has its talk columns (issue 16)

        self.demo_bar = DemoBar()
        self.demo_bar.removeRequested.connect(self.remove_demo)
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
        self._week_page: WeekPage | None = None
        self._team_page: TeamOverviewPage | None = None
        self._reflections_page: ReflectionsPage | None = None
        self._back_to_reflections = False
        self.recovery_requested = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(overview)
        self.overview = overview
        self.setCentralWidget(self.pages)
        self.statusBar().showMessage(str(session.path))
        self.menus = WindowMenus(self)
        self.prep_drops = PrepDrops(session, self)

        session.changed.connect(self._on_changed)
        self.reload_employees()
        self._restore_state()

    # people ----------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.people or changes.everyone:
            self.reload_employees()

    def reload_employees(self) -> None:
        selected = self.selected_employee()
        self.pane.reload(selected.id if selected is not None else None)
        self.demo_bar.setVisible(self.session.people.has_demo())
        has_anyone = self.session.people.count() > 0
        if self.pages.currentWidget() is self.welcome or not has_anyone:
            self.pages.setCurrentWidget(self.overview if has_anyone else self.welcome)

    def focus_search(self) -> None:
        if self.show_overview():
            self.pane.focus_search()

    def selected_employee(self) -> Employee | None:
        return self.employee_view.employee

    def select_employee(self, employee_id: str) -> bool:
        return self.pane.select(employee_id)

    def _employee_chosen(self, employee_id: str) -> None:
        self.employee_view.show_employee(self.session.people.get(employee_id))

    # conversations ---------------------------------------------------------
    def new_conversation(self) -> None:
        from leercoach.ui.deck_picker import DeckPickerDialog

        employee = self.selected_employee()
        if employee is None or self._in_conversation():
            return
        suggestion = self.session.growth.suggestion(employee, self.language)
        picker = DeckPickerDialog(
            self.session.library, employee, self.language, self, suggestion=suggestion
        )
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
            page.closed.connect(self._conversation_closed)
            if self._conversation_splitter_state is not None:
                page.splitter.restoreState(self._conversation_splitter_state)
            self.pages.addWidget(page)
            self._conversation_page = page
        return self._conversation_page

    def _conversation_closed(self) -> None:
        """Back where the conversation was opened from: the people, or My reflections."""
        if self._back_to_reflections and self._reflections_page is not None:
            self._back_to_reflections = False
            self.pages.setCurrentWidget(self._reflections_page)
            return
        self.show_overview()

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
        question = (
            self.tr(
                "The conversation “%1” with %2, started on %3, is not finished. "
                "Continue where you left off?"
            ).replace("%2", self.session.people.get(draft.employee_id).name)
            if draft.employee_id is not None
            else self.tr(
                "Your reflection “%1”, started on %3, is not finished. Continue where you left off?"
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Continue conversation?"),
            question.replace("%1", draft.deck_title).replace(
                "%3", words.short_date(draft.started_at)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if draft.employee_id is not None:
            self.select_employee(draft.employee_id)
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

    def show_week(self) -> None:  # the "Deze week" page (ui/week_page.py)
        if self._week_page is None:
            from leercoach.ui.week_page import WeekPage, open_in_window

            self._week_page = page = WeekPage(self.session, self)
            page.closed.connect(self.show_overview)
            page.chosen.connect(lambda row: open_in_window(self, row))
            self.pages.addWidget(page)
        leave = not self._in_conversation() or self.conversation_page.may_leave()
        if leave and self.session.people.count() > 0:
            self.pages.setCurrentWidget(self._week_page)
            self._week_page.focus_first()

    def show_team_overview(self) -> None:
        """The team overview page; a person chosen there opens in the people view."""
        if self._team_page is None:
            from leercoach.ui.overview_page import TeamOverviewPage, open_in_window

            self._team_page = TeamOverviewPage(self.session, self.language, self)
            self._team_page.closed.connect(self.show_overview)
            self._team_page.employeeOpened.connect(lambda chosen: open_in_window(self, chosen))
            self.pages.addWidget(self._team_page)
        if self.session.people.count() > 0 and self.show_overview():
            self.pages.setCurrentWidget(self._team_page)

    def show_reflections(self) -> None:
        """My reflections (ui/reflections_page.py): the manager's own records."""
        if self._reflections_page is None:
            from leercoach.ui.reflections_page import ReflectionsPage

            self._reflections_page = page = ReflectionsPage(self.session, self.language, self)
            page.closed.connect(self.show_overview)
            page.opened.connect(self.open_reflection)
            self.pages.addWidget(page)
        if self.show_overview():
            self.pages.setCurrentWidget(self._reflections_page)

    def open_reflection(self, conversation: Conversation) -> None:
        self.open_conversation(conversation)
        self._back_to_reflections = True

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
