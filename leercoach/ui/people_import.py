"""Importing people from a CSV file in the app: pick the file, add who is new, say who
was already there (the rule is leercoach.domain.people, as for ``employees import``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from leercoach.domain.people import ImportRow, MatchReason
from leercoach.store import ImportOutcome
from leercoach.ui import words
from leercoach.ui.operations import run_op
from leercoach.ui.session import Session

SHOWN = 12  # lines listed in the message itself; all of them behind "Show Details…"
translate = QCoreApplication.translate


class ImportTexts(QObject):
    """Plural texts: lupdate finds '%n' forms only in self.tr() calls."""

    def imported(self, count: int) -> str:
        return self.tr("%n employee(s) imported.", "", count)


def import_csv(parent: QWidget, session: Session) -> None:
    from leercoach.csvimport import CsvImportError

    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("PeopleImport", "Import employees"),
        str(Path.home()),
        translate("PeopleImport", "CSV files or Excel Unicode text (*.csv *.txt)"),
    )
    if not path:
        return
    outcome = run_op(
        parent,
        session,
        session.people.import_csv(Path(path)),
        title=translate("PeopleImport", "Import employees"),
        label=translate("PeopleImport", "Importing employees…"),
        handled=(CsvImportError,),
    )
    if isinstance(outcome.error, CsvImportError):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("PeopleImport", "Nothing imported"),
            translate("PeopleImport", "The file has problems; nothing was imported."),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText("\n".join(outcome.error.problems))
        box.exec()
    elif outcome.result is not None:
        report(parent, outcome.result).exec()


def report(parent: QWidget, outcome: ImportOutcome) -> QMessageBox:
    """'3 employees imported.', and which rows were not, by line, with the reason."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("PeopleImport", "Import done"),
        ImportTexts().imported(len(outcome.added)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    skipped = skipped_lines(outcome)
    if skipped:
        box.setInformativeText("\n".join(skipped[:SHOWN] + (["…"] if len(skipped) > SHOWN else [])))
        box.setDetailedText("\n".join(skipped))
    return box


def skipped_lines(outcome: ImportOutcome) -> list[str]:
    """A heading per kind, then 'line 4: Zoe Peeters (same name as Zoë Peeters, Zorg)'."""
    lines: list[str] = []
    if outcome.present:
        lines.append(translate("PeopleImport", "Already present, so not imported again:"))
    for present in outcome.present:
        who = words.known_person(present.match.person)
        lines.append(_line(present.row, present.match.reason, who))
    if outcome.repeated:
        lines.append(translate("PeopleImport", "More than once in the file, imported once:"))
    for repeat in outcome.repeated:
        earlier = translate("PeopleImport", "line %1").replace("%1", str(repeat.earlier.line))
        lines.append(_line(repeat.row, repeat.reason, earlier))
    return lines


def _line(row: ImportRow, reason: MatchReason, same_as: str) -> str:
    # A whole sentence per reason, so a language words each its own way.
    template = {
        MatchReason.EMPLOYEE_NUMBER: translate(
            "PeopleImport", "line %1: %2 (same employee number as %3)"
        ),
        MatchReason.EMAIL: translate("PeopleImport", "line %1: %2 (same e-mail address as %3)"),
        MatchReason.NAME_AND_START: translate(
            "PeopleImport", "line %1: %2 (same name and start date as %3)"
        ),
        MatchReason.NAME: translate("PeopleImport", "line %1: %2 (same name as %3)"),
    }[reason]
    return words.fill(template, str(row.line), row.draft.name, same_as)
