"""Erasing a person in the app: confirm by name, erase off the UI thread, tell the truth.

The erasure itself (``session.safety.erase``, the trust package's) reaches the database
and every copy leercoach made; the report names what it changed, and every file it could
not reach with the reason. "Erased" is said only when it is so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from leercoach.domain import Employee
from leercoach.ui.forms import Button, lay_out_form
from leercoach.ui.operations import run_op
from leercoach.ui.session import Session

if TYPE_CHECKING:
    from leercoach.trust import ErasureReport


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
        self.confirm.setAccessibleName(self.tr("Name to confirm"))
        self.backups = QCheckBox(self.tr("Also erase them from the backups"))
        self.backups.setChecked(True)
        self.backups.setToolTip(
            self.tr("Otherwise earlier backups still hold them until they are thinned out")
        )
        self.buttons = lay_out_form(
            self, text, self.confirm, self.backups, ok=Button.Ok, ok_text=self.tr("Erase for good")
        )
        self.buttons.button(Button.Ok).setEnabled(False)
        self.confirm.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        same = text.strip().casefold() == self.employee.name.strip().casefold()
        self.buttons.button(Button.Ok).setEnabled(same)


def erase_employee(
    session: Session, employee: Employee, parent: QWidget | None, backups: Path | None = None
) -> ErasureReport | None:
    """Ask, erase, and report; the report (None when not confirmed or when it failed)."""
    dialog = EraseDialog(employee, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return erase_with_progress(
        session, [employee], parent, backups, include_backups=dialog.backups.isChecked()
    )


def erase_with_progress(
    session: Session,
    people: list[Employee],
    parent: QWidget | None,
    backups: Path | None = None,
    *,
    include_backups: bool,
) -> ErasureReport | None:
    """Erase off the UI thread (with its VACUUM), then say what happened; a failure was
    told already, and its report is None."""
    texts = ErasureTexts()
    erasure = session.safety.erase(
        [person.id for person in people], backups, include_backups=include_backups
    )
    outcome = run_op(
        parent, session, erasure, title=texts.title(), label=texts.working(len(people))
    )
    if outcome.result is not None:
        show_report(parent, outcome.result, people, include_backups)
    return outcome.result


class ErasureTexts(QObject):
    """The erasure's words; plural forms need a QObject's tr()."""

    def title(self) -> str:
        return self.tr("Erase for good")

    def working(self, count: int) -> str:
        return self.tr("Erasing %n person(s) from the database and its copies…", "", count)

    def done(self, names: str, copies: int) -> str:
        return self.tr(
            "%1 is erased: from the database file and from %n copy(ies) leercoach made.",
            "",
            copies,
        ).replace("%1", names)

    def not_done(self, names: str) -> str:
        return self.tr(
            "%1 is NOT erased everywhere. The files below may still hold them; see why for "
            "each, then erase again."
        ).replace("%1", names)

    def reader(self) -> str:
        return self.tr(
            "Another program is reading the database, so its old pages are still in the "
            "file. Close that program and erase again."
        )

    def still_in_backups(self, count: int) -> str:
        return self.tr(
            "%n backup(s) still hold them until they are thinned out: erase again with "
            "“Also erase them from the backups” to remove them there too.",
            "",
            count,
        )

    def own_copies(self) -> str:
        return self.tr(
            "Copies you made yourself (with “backup --to”, or by copying the file) are not "
            "changed; erase or delete those yourself."
        )


def show_report(
    parent: QWidget | None, report: ErasureReport, people: list[Employee], include_backups: bool
) -> None:
    texts = ErasureTexts()
    names = ", ".join(person.name for person in people)
    if report.complete:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            texts.title(),
            texts.done(names, len(report.changed)),
            parent=parent,
        )
        lines = [str(copy.path) for copy in report.changed] + [str(p) for p in report.removed]
    else:
        box = QMessageBox(
            QMessageBox.Icon.Warning, texts.title(), texts.not_done(names), parent=parent
        )
        lines = [f"{u.path}: {u.reason}" for u in report.unreached]
        if not report.database_clean:
            lines.insert(0, f"{report.database}: {texts.reader()}")
    extra = [texts.own_copies()]
    if report.still_holding and not include_backups:
        extra.insert(0, texts.still_in_backups(len(report.still_holding)))
        lines += [str(path) for path in report.still_holding]
    box.setInformativeText("\n\n".join(extra))
    if lines:
        box.setDetailedText("\n".join(lines))
    box.exec()
