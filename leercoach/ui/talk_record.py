""" "Verslag voor medewerker…": the record of one completed talk, saved as a PDF.

Offered in the person view's conversation menu (``person_talks``) and on the record banner
of a completed conversation. A draft has none yet (finish it first) and a conversation of
the manager's own decks none at all (``session.reports.talk_record_refusal``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from leercoach.domain import Conversation
from leercoach.ui.session import Session

translate = QCoreApplication.translate


def entry_text() -> str:
    return translate("TalkRecord", "&Record for the employee…")


def save_talk_record(
    session: Session, parent: QWidget | None, conversation: Conversation, language: str
) -> Path | None:
    """Ask where, check the target, write the PDF and say where it went; None if not."""
    from leercoach.ui.export_targets import ask_pdf_target
    from leercoach.ui.saved_message import tell_saved

    if session.reports.talk_record_refusal(conversation) is not None:
        return None
    language = language if language in ("nl", "en") else "nl"
    title = translate("TalkRecord", "Save record for the employee")
    suggested = Path.home() / session.reports.talk_record_file_name(conversation, language)
    target = ask_pdf_target(session, parent, title, suggested)
    if target is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # reportlab loads with the first PDF, not at start.
        session.reports.talk_record(conversation.id, target, language=language)
    finally:
        QGuiApplication.restoreOverrideCursor()
    tell_saved(parent, title, target)
    return target
