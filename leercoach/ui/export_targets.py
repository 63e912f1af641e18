"""Before an export writes: refuse what it must not replace, ask before replacing files.

The rule is the core's (``leercoach.targets``, through the session); this module only
words a refusal in the user's language and asks about earlier files of the same name.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from leercoach.targets import Refusal, Target, TargetRefusedError
from leercoach.ui.session import Session
from leercoach.ui.words import fill

translate = QCoreApplication.translate
# The question names this many of the files it would replace, then "…".
NAMES_SHOWN = 8


def ask_pdf_target(
    session: Session, parent: QWidget | None, title: str, suggested: Path
) -> Path | None:
    """The save dialog for one PDF, then ``may_write``: the file to write, or None."""
    from PySide6.QtWidgets import QFileDialog

    from leercoach.targets import PDF

    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), translate("ExportTargets", "PDF files (*.pdf)")
    )
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
    if not may_write(session, parent, title, [Target(target, PDF)], asked=Path(path)):
        return None
    return target


def may_write(
    session: Session,
    parent: QWidget | None,
    title: str,
    targets: Sequence[Target],
    *,
    asked: Path | None = None,
    new_folders: bool = False,
) -> bool:
    """True when the export may write ``targets``; a refusal is shown as a warning.

    Existing files of the same kind are replaced only after one question, except
    ``asked``: the file the save dialog already asked about.
    """
    try:
        existing = session.reports.check_targets(targets, new_folders=new_folders)
    except TargetRefusedError as error:
        QMessageBox.warning(parent, title, refusal_text(error))
        return False
    replaced = [path for path in existing if asked is None or path != asked]
    if not replaced:
        return True
    names = [path.name for path in replaced[:NAMES_SHOWN]]
    if len(replaced) > NAMES_SHOWN:
        names.append("…")
    question = "\n\n".join(
        [
            TargetTexts().replaced(len(replaced)),
            "\n".join(names),
            translate("ExportTargets", "Replace and export?"),
        ]
    )
    no = QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, QMessageBox.StandardButton.Yes | no, no)
    return answer == QMessageBox.StandardButton.Yes


class TargetTexts(QObject):
    """Plural texts: lupdate finds '%n' forms only in self.tr() calls."""

    def replaced(self, count: int) -> str:
        return self.tr("%n file(s) of the same name will be replaced:", "", count)


def refusal_text(error: TargetRefusedError) -> str:
    """The refusal in the user's language: which file, why, what to do."""
    texts = {
        Refusal.DATABASE: translate(
            "ExportTargets", "%1 is the leercoach database. Choose another file name."
        ),
        Refusal.DATABASE_FILE: translate(
            "ExportTargets",
            "%1 is one of the files leercoach keeps beside its database %2. "
            "Choose another file name.",
        ),
        Refusal.DATA_FOLDER: translate(
            "ExportTargets",
            "%1 is inside the leercoach data folder %2. Choose a place outside it.",
        ),
        Refusal.FOLDER: translate("ExportTargets", "%1 is a folder. Choose a file name."),
        Refusal.NOT_A_FILE: translate(
            "ExportTargets", "%1 is not a regular file. Choose another file name."
        ),
        Refusal.OTHER_CONTENT: _other_content(error.kind.key),
        Refusal.UNREADABLE: translate(
            "ExportTargets",
            "%1 cannot be read to see what it is, so leercoach does not replace it. "
            "Choose another file name.",
        ),
        Refusal.MISSING_FOLDER: translate(
            "ExportTargets", "The folder %2 does not exist. Create it first, or choose another."
        ),
        Refusal.NOT_A_FOLDER: translate(
            "ExportTargets", "%2 is not a folder, so %1 cannot be written there."
        ),
    }
    return fill(texts[error.reason], str(error.path), str(error.place or ""))


def _other_content(kind: str) -> str:
    if kind == "pdf":
        return translate(
            "ExportTargets",
            "%1 is not a PDF, so leercoach does not replace it. Choose another file name.",
        )
    if kind == "person-export":
        return translate(
            "ExportTargets",
            "%1 is not a personal-data export of leercoach, so leercoach does not replace "
            "it. Choose another file name.",
        )
    return translate(
        "ExportTargets",
        "%1 is another kind of file than this export, so leercoach does not replace it. "
        "Choose another file name.",
    )
