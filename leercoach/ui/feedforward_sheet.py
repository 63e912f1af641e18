""" "Feedforward voorbereiden…": the coach's prep sheet for a feedforward talk, saved as a
PDF from the person view; then an offer to start the coach's own record with the
feedforward deck, where the coach's notes are kept (issue 17).

Writing the sheet reads one person's history in a few queries and lays out a few pages:
well under a second, so it runs on the UI thread under a wait cursor, as the talk record.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from leercoach.domain import Conversation, Employee
from leercoach.ui.session import Session

translate = QCoreApplication.translate


def entry_text() -> str:
    return translate("FeedforwardSheet", "Prepare fee&dforward…")


def save_feedforward_sheet(
    session: Session, parent: QWidget | None, employee: Employee, language: str
) -> tuple[Path | None, Conversation | None]:
    """Ask where, check the target, write the sheet, say where it went and offer to start
    the coach's own record: (the file or None, the conversation started or None)."""
    from leercoach.ui.export_targets import ask_pdf_target

    language = language if language in ("nl", "en") else "nl"
    title = translate("FeedforwardSheet", "Save feedforward preparation")
    suggested = Path.home() / session.reports.feedforward_file_name(employee, language)
    target = ask_pdf_target(session, parent, title, suggested)
    if target is None:
        return None, None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        session.reports.feedforward_sheet(employee.id, target, language=language)
    finally:
        QGuiApplication.restoreOverrideCursor()
    return target, _after_saving(session, parent, title, target, employee, language)


def _after_saving(
    session: Session,
    parent: QWidget | None,
    title: str,
    target: Path,
    employee: Employee,
    language: str,
) -> Conversation | None:
    """Where the sheet went, with "open folder" and "start your own notes" (the deck of the
    coach's preparation with this person); the conversation when that was chosen."""
    deck = session.reports.preparation_deck(language)
    text = (
        translate("SavedMessage", "Saved as “%1” in the folder\n%2")
        .replace("%1", target.name)
        .replace("%2", str(target.parent))
    )
    if deck is not None:
        text += "\n\n" + translate(
            "FeedforwardSheet",
            "Your own notes for %1 are kept in the deck “%2”: a record of yours, not a talk.",
        ).replace("%1", employee.name).replace("%2", deck.title)
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    start = None
    if deck is not None:
        start = box.addButton(
            translate("FeedforwardSheet", "&Start my own notes"), QMessageBox.ButtonRole.ActionRole
        )
    open_folder = box.addButton(
        translate("SavedMessage", "Open &folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
    if deck is None or start is None or clicked is not start:
        return None
    return session.talks.start(employee.id, deck)
