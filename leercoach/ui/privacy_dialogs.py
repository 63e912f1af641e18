"""GDPR in the app: give a person their data (access); erasure is in ``erase_dialog``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from leercoach.domain import Employee
from leercoach.reports.filenames import safe_filename
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
    session.safety.export_person_data(employee.id, path, pdf, language=language)
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
