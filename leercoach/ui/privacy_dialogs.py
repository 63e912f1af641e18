"""GDPR in the app: give a person their data (access) and erase them (erasure)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from leercoach.cli.common import to_json
from leercoach.domain import Employee
from leercoach.files import write_private_text
from leercoach.reports import export_growth_summary
from leercoach.reports.filenames import safe_filename
from leercoach.store.backup import default_backups_dir
from leercoach.store.privacy import erase_from_backups, erase_person, export_person
from leercoach.targets import PDF, PERSON_EXPORT, Target
from leercoach.ui.export_targets import may_write
from leercoach.ui.session import Session

translate = QCoreApplication.translate


def export_person_data(
    session: Session, employee: Employee, parent: QWidget | None, language: str = "nl"
) -> Path | None:
    label = translate("Privacy", "personal data")
    title = translate("Privacy", "Export personal data")
    name = safe_filename(f"{employee.name} - {label}", ".json")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / name), translate("Privacy", "JSON files (*.json)")
    )
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".json") else Path(chosen + ".json")
    pdf = path.with_suffix(".pdf")
    # The PDF beside it is checked (and asked about) before either file is written.
    targets = [Target(path, PERSON_EXPORT), Target(pdf, PDF)]
    if not may_write(session, parent, title, targets, asked=Path(chosen)):
        return None
    store = session.store
    write_private_text(path, to_json(export_person(store, employee.id)) + "\n")
    export_growth_summary(
        store,
        employee.id,
        store.reporting.period_for_year(date.today().year),
        pdf,
        session.library,
        include_private_notes=True,
        language=language,
    )
    QMessageBox.information(
        parent,
        title,
        translate(
            "Privacy",
            "Everything stored about %1, private notes included, is in:\n%2\n%3\n\n"
            "Hand these files over securely; they are personal data.",
        )
        .replace("%1", employee.name)
        .replace("%2", str(path))
        .replace("%3", str(pdf)),
    )
    return path


class EraseDialog(QDialog):
    """Erasing is final: the user types the name, and decides about the backups."""

    def __init__(self, employee: Employee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.employee = employee
        self.setWindowTitle(self.tr("Erase %1").replace("%1", employee.name))
        text = QLabel(
            self.tr(
                "This erases %1 and every conversation, answer, action, goal and note about "
                "them, for good, and rewrites the file so the text is gone from the disk. "
                "Export their data first if they asked for it.\n\nType the name to confirm:"
            ).replace("%1", employee.name)
        )
        text.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(employee.name)
        self.backups = QCheckBox(self.tr("Also erase them from the backups"))
        self.backups.setChecked(True)
        self.backups.setToolTip(
            self.tr("Otherwise earlier backups still hold them until they are thinned out")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erase for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.confirm)
        layout.addWidget(self.backups)
        layout.addWidget(self.buttons)

    def _check(self, text: str) -> None:
        same = text.strip().casefold() == self.employee.name.strip().casefold()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(same)


def erase_employee(
    session: Session, employee: Employee, parent: QWidget | None, backups: Path | None = None
) -> bool:
    dialog = EraseDialog(employee, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    erase_person(session.store, employee.id)
    if dialog.backups.isChecked():
        erase_from_backups(backups or default_backups_dir(), employee.id, session.store.access)
    session.employeesChanged.emit()
    return True
