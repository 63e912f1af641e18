"""The main window's menus and their shortcuts, and the Help menu's two dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from leercoach.ui import prep_form

if TYPE_CHECKING:
    from leercoach.ui.main_window import MainWindow

translate = QCoreApplication.translate
Shortcut = str | QKeySequence.StandardKey | None


class WindowMenus(QObject):
    """File, Employee and Help; each item calls the window's command of the same name."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_conversation = self._add(
            file_menu, self.tr("&New conversation…"), window.new_conversation, "Ctrl+N"
        )
        self._add(file_menu, self.tr("&Import employees (CSV)…"), window.import_csv)
        self._add(file_menu, self.tr("E&xport growth plans (HR)…"), window.export_growth_plans)
        self._add(file_menu, self.tr("Export &calendar…"), self.export_calendar)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Settings…"), window.show_settings)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Add &demo data"), window.add_demo)
        self._add(file_menu, self.tr("&Remove demo data"), window.remove_demo)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        people = bar.addMenu(self.tr("&Employee"))
        self._add(people, self.tr("&Add…"), window.add_employee, "Ctrl+Shift+N")
        self._add(people, self.tr("&Edit…"), window.edit_employee, "Ctrl+E")
        self._add(people, self.tr("A&rchive / unarchive"), window.toggle_archived)
        self._add(people, self.tr("P&lan a conversation…"), window.employee_view.plan)
        self._add(people, self.tr("Add a talking p&oint…"), window.employee_view.points.add)
        self._add(people, prep_form.send_text(), self.send_prep_form)
        self._add(people, prep_form.import_text(), self.import_prep_form)
        people.addSeparator()
        self._add(people, self.tr("Export &personal data (GDPR)…"), window.export_personal_data)
        self._add(people, self.tr("Erase for &good (GDPR)…"), window.erase_employee)
        self._add(people, self.tr("&Find"), window.focus_search, QKeySequence.StandardKey.Find)
        self._add(people, self.tr("&Search conversations…"), window.show_search, "Ctrl+Shift+F")
        view = bar.addMenu(self.tr("&View"))
        self._add(view, self.tr("&This week"), window.show_week, "Ctrl+1")
        self._add(view, self.tr("Team &overview"), window.show_team_overview, "Ctrl+2")
        self._add(view, self.tr("My &reflections"), window.show_reflections, "Ctrl+3")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._add(help_menu, self.tr("&About leercoach"), self.show_about)

    @property
    def window(self) -> MainWindow:
        # The parent, not an attribute: window and menus holding each other would be a
        # cycle, which Python's collector frees at any moment, even in the middle of a
        # paint of that window (a test saw it crash so).
        return cast("MainWindow", self.parent())

    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: Shortcut = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def send_prep_form(self) -> None:
        employee = self.window.selected_employee()
        if employee is not None:
            prep_form.send_form(self.window.session, self.window, employee, self.window.language)

    def import_prep_form(self) -> None:
        prep_form.ask_and_import(self.window.session, self.window)

    def export_calendar(self) -> None:
        from leercoach.ui.calendar_export import export_calendar

        export_calendar(self.window.session, self.window, self.window.selected_employee())

    def show_shortcuts(self) -> None:
        from leercoach.ui.conversation.shortcuts import SHORTCUTS

        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{translate('Shortcuts', str(text))}</td></tr>"
            for keys, text in (
                ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New conversation")),
                ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find an employee")),
                ("Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "Search conversations")),
                ("Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "This week")),
                ("Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Team overview")),
                ("Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "My reflections")),
                *SHORTCUTS,
            )
        )
        QMessageBox.information(
            self.window, self.tr("Keyboard shortcuts"), f"<table cellpadding='4'>{rows}</table>"
        )

    def show_about(self) -> None:
        from leercoach import __version__

        QMessageBox.about(
            self.window,
            self.tr("About leercoach"),
            self.tr(
                "leercoach %1: coaching conversations that stay on this computer.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.window.session.path)),
        )
