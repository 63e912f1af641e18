"""The crash handler's face in the GUI: what happened, in words, with details folded away.

Only a bug gets this dialog; an expected error gets a message (``ui.error_messages``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from leercoach.crash import CrashKind


def human_message(kind: CrashKind) -> str:
    return {
        CrashKind.DISK_FULL: QCoreApplication.translate(
            "Crash",
            "The disk is full. Free some space and try again; everything saved "
            "before this moment is safe.",
        ),
        CrashKind.IO_ERROR: QCoreApplication.translate(
            "Crash",
            "The computer could not read or write the leercoach file (an input/output "
            "error). The disk or USB stick may be failing or was removed.",
        ),
        CrashKind.DAMAGED_DATABASE: QCoreApplication.translate(
            "Crash",
            "The leercoach database file is damaged. Do not delete it; restore a "
            "backup or ask for help with the file.",
        ),
        CrashKind.READ_ONLY: QCoreApplication.translate(
            "Crash",
            "The leercoach file is read-only, so changes cannot be saved. Check the "
            "file's permissions or copy it to a folder you can write to.",
        ),
        CrashKind.LOCKED: QCoreApplication.translate(
            "Crash",
            "The leercoach file is in use by another program. Close the other program "
            "and try again.",
        ),
        CrashKind.BUG: QCoreApplication.translate(
            "Crash",
            "leercoach ran into an unexpected error. Your saved work is safe; the "
            "details are in the log file.",
        ),
    }[kind]


def show_crash_dialog(details: str) -> None:
    """A bug: that it happened, that saved work is safe, and its (scrubbed) traceback."""
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("leercoach")
    box.setText(human_message(CrashKind.BUG))
    box.setDetailedText(details)
    box.exec()
