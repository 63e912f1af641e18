"""File › Export calendar…: the planned talks and due dates as an ICS file to import.

Who (everyone, a team, the person selected) and whether titles carry the text of actions
and goals are asked here; the events are the core's (``leercoach.domain.agenda``), the
write is checked by ``leercoach.targets`` (never over a file that is not a calendar).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from leercoach.domain import Employee
from leercoach.targets import CALENDAR, Target
from leercoach.ui.export_targets import may_write
from leercoach.ui.forms import Button, lay_out_form
from leercoach.ui.operations import run_op
from leercoach.ui.session import Session

translate = QCoreApplication.translate


class CalendarExportDialog(QDialog):
    def __init__(
        self, session: Session, selected: Employee | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export calendar"))
        self.who = QComboBox()
        self.who.addItem(self.tr("Everyone"), None)
        for team in session.people.teams():
            self.who.addItem(self.tr("Team %1").replace("%1", team), ("team", team))
        if selected is not None and not selected.archived:
            self.who.addItem(selected.name, ("employee", selected.id))
        self.bare = QCheckBox(self.tr("Leave the text of actions and goals out of the titles"))
        self.bare.setToolTip(
            self.tr("The titles then only say whose action or goal is due, for a shared calendar")
        )
        about = QLabel(
            self.tr(
                "The planned talks, the next talks the rhythm gives and the due dates of "
                "actions and goals, as a file to import in your calendar. Nothing is sent."
            )
        )
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("&Who"), self.who)
        form.addRow("", self.bare)
        lay_out_form(self, form, ok=Button.Ok, ok_text=self.tr("&Export…"))

    def employee_ids(self) -> list[str] | None:
        chosen = self.who.currentData()
        if chosen is None:
            return None
        kind, value = chosen
        if kind == "employee":
            return [value]
        return [person.id for person in self.session.reports.people(team=value)]


def export_calendar(
    session: Session, parent: QWidget | None = None, selected: Employee | None = None
) -> Path | None:
    """Ask who, then where; write the calendar and say how many events it holds."""
    dialog = CalendarExportDialog(session, selected, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    title = dialog.windowTitle()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / (translate("CalendarExportDialog", "leercoach calendar") + ".ics")),
        translate("CalendarExportDialog", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".ics") else Path(chosen + ".ics")
    if not may_write(session, parent, title, [Target(path, CALENDAR)], asked=Path(chosen)):
        return None
    op = session.calendar.export(
        path, employee_ids=dialog.employee_ids(), details=not dialog.bare.isChecked()
    )
    label = translate("CalendarExportDialog", "Writing the calendar…")
    count = run_op(parent, session, op, title=title, label=label).result
    if count is None:
        return None  # the error was told
    QMessageBox.information(
        parent,
        title,
        translate(
            "CalendarExportDialog",
            "%n event(s) written to %1.\n\nImport the file in your calendar; a later export "
            "updates the same events.",
            "",
            count,
        ).replace("%1", str(path)),
    )
    return path
