"""HR: growth plans for a team or everyone, as one PDF each or one combined PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from leercoach.reports import BatchResult, separate_targets
from leercoach.targets import PDF, Target
from leercoach.ui.export_targets import may_write
from leercoach.ui.forms import Button, lay_out_form
from leercoach.ui.operations import OpOutcome, run_op
from leercoach.ui.session import Session

translate = QCoreApplication.translate


class BatchExportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export growth plans"))
        self.team = QComboBox()
        self.team.addItem(self.tr("Everyone"), None)
        for team in session.people.teams():
            self.team.addItem(team, team)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.separate = QRadioButton(self.tr("One PDF per employee, in a folder"))
        self.separate.setChecked(True)
        self.combined = QRadioButton(self.tr("One combined PDF with a bookmark per employee"))
        self.private = QCheckBox(self.tr("Also print the managers' private notes"))
        self.private.setToolTip(self.tr("Left out unless you ask for them here"))
        form = QFormLayout()
        form.addRow(self.tr("&Who"), self.team)
        form.addRow(self.tr("&Cycle year"), self.year)
        form.addRow(self.tr("Form"), self.separate)
        form.addRow("", self.combined)
        form.addRow("", self.private)
        lay_out_form(self, form, ok=Button.Ok, ok_text=self.tr("&Export…"))

    def choose_target(self) -> Path | None:
        if self.combined.isChecked():
            name = self.tr("growth plans %1.pdf").replace("%1", str(self.year.value()))
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save combined PDF"),
                str(Path.home() / name),
                self.tr("PDF files (*.pdf)"),
            )
            return Path(path) if path else None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"))
        return Path(folder) if folder else None


def export_batch(session: Session, parent: QWidget | None = None) -> BatchResult | None:
    """Ask what to export, run it off the UI thread with progress and Cancel, report back."""
    dialog = BatchExportDialog(session, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.choose_target()
    if target is None:
        return None
    team, year = dialog.team.currentData(), dialog.year.value()
    combined, private = dialog.combined.isChecked(), dialog.private.isChecked()
    language = getattr(parent, "language", "nl")
    people = session.reports.people(team=team)
    period = session.growth.period_for_year(year)
    # Every file is checked before the first is written; the save dialog asked about
    # the combined file, earlier PDFs in the folder are asked about here, all at once.
    files = [target] if combined else separate_targets(people, period, target, language)
    targets = [Target(path, PDF) for path in files]
    asked = target if combined else None
    if not may_write(session, parent, dialog.windowTitle(), targets, asked=asked):
        return None

    plans = session.reports.growth_plans(
        people, period, target, combined=combined, include_private_notes=private, language=language
    )
    title, label = dialog.windowTitle(), dialog.tr("Writing growth plans…")
    outcome = run_op(parent, session, plans, title=title, label=label)
    report(parent, outcome, target)
    return outcome.result


class BatchTexts(QObject):
    """Plural texts: lupdate finds '%n' forms only in self.tr() calls."""

    def written(self, count: int) -> str:
        return self.tr("%n file(s) written to %1.", "", count)

    def failed(self, count: int) -> str:
        return self.tr("%n employee(s) could not be exported.", "", count)


def report(parent: QWidget | None, outcome: OpOutcome[BatchResult], target: Path) -> None:
    """What was written, and who could not be; a failure was told already."""
    title = translate("BatchExportDialog", "Export growth plans")
    if outcome.cancelled:
        QMessageBox.information(parent, title, translate("BatchExportDialog", "Export cancelled."))
        return
    result = outcome.result
    if result is None:
        return
    texts = BatchTexts()
    text = texts.written(len(result.written)).replace("%1", str(target))
    if result.failures:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setInformativeText(texts.failed(len(result.failures)))
        box.setDetailedText("\n".join(f"{f.name}: {f.reason}" for f in result.failures))
        box.exec()
        return
    QMessageBox.information(parent, title, text)
