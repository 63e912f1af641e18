"""What the main window does to people: add, edit, archive, import, demo data, exports,
erasure and the settings; kept apart so the window's own module stays about its pages.
The sentences keep the window's translation context ("MainWindow")."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from leercoach.ui.main_window import MainWindow

translate = QCoreApplication.translate


class PeopleCommands:
    def __init__(self, window: MainWindow) -> None:
        # Held weakly: the window holds these commands, and a cycle would leave a closed
        # window to Python's collector, which may free it in the middle of a paint.
        self._window = weakref.ref(window)

    @property
    def window(self) -> MainWindow:
        window = self._window()
        assert window is not None, "the window's commands outlived it"
        return window

    def add_employee(self) -> None:
        from leercoach.ui.employee_dialog import EmployeeDialog  # loads when first opened

        people = self.window.session.people
        dialog = EmployeeDialog(people.teams(), known=people.known(), parent=self.window)
        if dialog.exec() == EmployeeDialog.DialogCode.Accepted:
            employee = people.add(dialog.draft())
            self.window.pages.setCurrentWidget(self.window.overview)
            self.window.select_employee(employee.id)

    def edit_employee(self) -> None:
        employee = self.window.selected_employee()
        if employee is None:
            return
        from leercoach.ui.employee_dialog import EmployeeDialog

        people = self.window.session.people
        dialog = EmployeeDialog(people.teams(), employee, known=people.known(), parent=self.window)
        if dialog.exec() == EmployeeDialog.DialogCode.Accepted:
            people.update(employee.id, dialog.draft())

    def toggle_archived(self) -> None:
        """Archive the person shown, asking until when they were in service; or bring
        an archived person back, which asks nothing."""
        employee = self.window.selected_employee()
        if employee is None:
            return
        if employee.archived:
            self.window.session.people.set_archived(employee.id, False)
            return
        from leercoach.ui.archive_dialog import ArchiveDialog  # loads when first opened

        dialog = ArchiveDialog(employee, parent=self.window)
        if dialog.exec() == ArchiveDialog.DialogCode.Accepted:
            self.window.session.people.set_archived(employee.id, True, dialog.end_date())

    def import_csv(self) -> None:
        from leercoach.ui.people_import import import_csv

        import_csv(self.window, self.window.session)

    def add_demo(self) -> None:
        from leercoach.ui.operations import run_op  # with the first long operation

        demo = self.window.session.people.add_demo()
        title, label = (
            translate("MainWindow", "Add demo data"),
            translate("MainWindow", "Adding demo data…"),
        )
        run_op(self.window, self.window.session, demo, title=title, label=label)

    def remove_demo(self) -> None:
        if not self.window.session.people.has_demo():
            return
        title = translate("MainWindow", "Remove demo data")
        answer = QMessageBox.question(
            self.window,
            title,
            translate(
                "MainWindow",
                "Remove all demo employees and their conversations? Your own data stays.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self.window.show_overview():
            from leercoach.ui.operations import run_op

            removal = self.window.session.people.remove_demo()
            run_op(
                self.window,
                self.window.session,
                removal,
                title=title,
                label=translate("MainWindow", "Removing demo data…"),
            )

    def export_personal_data(self) -> None:
        from leercoach.ui.privacy_dialogs import export_person_data

        employee = self.window.selected_employee()
        if employee is not None:
            export_person_data(self.window.session, employee, self.window, self.window.language)

    def erase_employee(self) -> None:
        from leercoach.ui.erase_dialog import erase_employee

        employee = self.window.selected_employee()
        if employee is None or not self.window.show_overview():
            return
        report = erase_employee(self.window.session, employee, self.window)
        if report is not None and report.complete:
            self.window.statusBar().showMessage(
                translate("MainWindow", "%1 was erased.").replace("%1", employee.name), 8000
            )

    def export_growth_plans(self) -> None:
        from leercoach.ui.batch_export import export_batch

        export_batch(self.window.session, self.window)

    def show_settings(self) -> None:
        from leercoach.ui.settings_dialog import SettingsDialog

        SettingsDialog(
            self.window.session, self.window
        ).exec()  # the growth tab follows the new settings
