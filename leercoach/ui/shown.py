"""``LEERCOACH_QUIT_WHEN_SHOWN=1``: once the main window shows, print what it shows and quit.

For checking a build as a user meets it: ``packaging/smoke_test.py`` starts the frozen and
the installed app with it (offscreen). Everything up to the window is the real start, on a
real database, with the translations of the chosen language; this only reads the window
back, as one line of JSON on stdout, when the event loop first runs.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow

QUIT_WHEN_SHOWN_ENV = "LEERCOACH_QUIT_WHEN_SHOWN"


def quit_when_shown(app: QCoreApplication, window: QMainWindow) -> None:
    """Call just before ``app.exec()``: asks nothing unless the variable is set."""
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        QTimer.singleShot(0, lambda: report_and_quit(app, window))


def report_and_quit(app: QCoreApplication, window: QMainWindow) -> None:
    shown = {
        "title": window.windowTitle(),
        # The title bar reads "<title> — <display name>": Qt (QPlatformWindow) joins them.
        "display_name": QGuiApplication.applicationDisplayName(),
        "visible": window.isVisible(),
        "menus": [action.text() for action in window.menuBar().actions()],
        # Qt's own catalogue (qtbase_nl.qm): the stock "Cancel" button of every dialog.
        "qt_cancel": stock_cancel_text(),
        "icon": not window.windowIcon().pixmap(32, 32).isNull(),
        "desktop_file": QGuiApplication.desktopFileName(),
        # What the start asks over the window (the manager's name on a first start).
        "dialogs": [
            dialog.windowTitle() for dialog in window.findChildren(QDialog) if dialog.isVisible()
        ],
    }
    if sys.stdout is not None:  # a windowed Windows build has no stdout
        print(json.dumps(shown, ensure_ascii=False), flush=True)
    app.quit()


def stock_cancel_text() -> str:
    """The text Qt gives a dialog's standard Cancel button, in the language it loaded."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    buttons.deleteLater()
    return text
