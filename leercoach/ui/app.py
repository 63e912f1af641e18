"""Starting the GUI: translations, crash dialog, the database, the main window."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from leercoach import APP_ID
from leercoach.crash import CrashHandler
from leercoach.decks import load_library
from leercoach.language import resolve as resolve_language
from leercoach.paths import deck_folders, shipped
from leercoach.store import Store, StoreError
from leercoach.ui.backups import BackupScheduler
from leercoach.ui.collector import collect_on_ui_thread
from leercoach.ui.error_messages import ErrorReporter, expected_message
from leercoach.ui.i18n import install_translators, use_region
from leercoach.ui.integrity import IntegrityWatch
from leercoach.ui.main_window import MainWindow
from leercoach.ui.manager_name import ask_manager_name_once
from leercoach.ui.problems import report_failures
from leercoach.ui.session import Session
from leercoach.ui.shown import quit_when_shown
from leercoach.ui.startup import (
    offer_retention_erasure,
    open_store_for_app,
    recover,
    show_first_page,
)


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("leercoach")
    app.setOrganizationName("leercoach")
    app.setApplicationDisplayName("leercoach")
    # Wayland finds the window's icon and desktop entry by this id, not by the window class.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(shipped("resources") / "icons" / "leercoach.svg")))
    collect_on_ui_thread(app)
    return app


def run_gui(db_path: Path, language: str | None = None, crash: CrashHandler | None = None) -> int:
    app = create_application()
    # --lang, else the language chosen in the settings (settings.json), the system's, Dutch.
    language = install_translators(app, resolve_language(language))
    if crash is not None:
        crash.notify = ErrorReporter()
        if crash.log is not None:
            crash.log.attach()  # a failed background backup is logged there too
    try:
        store = open_store_for_app(db_path)
    except (StoreError, OSError) as error:
        QMessageBox.critical(
            None,
            "leercoach",
            app.translate("App", "leercoach cannot open %1:\n\n%2")
            .replace("%1", str(db_path))
            .replace("%2", expected_message(error) or str(error)),
        )
        return 1
    while store is not None:
        code, recover_now = run_window(app, store, language)
        if not recover_now:
            return code
        # The background check found damage and the user chose to recover now.
        store = recover(store.access, None)
    return 1


def run_window(app: QApplication, store: Store, language: str) -> tuple[int, bool]:
    """The main window on ``store`` until it closes; whether to recover the file then."""
    session = Session(store, lambda: load_library(deck_folders()))
    session.safety.tidy_after_start()  # leftovers of a killed backup or restore: full copies
    backups = BackupScheduler(session)
    use_region(app, language, session.read_settings().region)
    window = MainWindow(session, language)
    watch = IntegrityWatch(store)
    watch.damaged.connect(window.report_damage)
    report_failures(window, backups.failed, watch.failed)
    show_first_page(window)
    window.show()
    watch.start()
    offer_retention_erasure(session, window, date.today())
    window.offer_resume()
    ask_manager_name_once(session, window)  # window-modal: the start goes on under it
    from leercoach.ui.tray import notify_at_start

    notify_at_start(window)  # reads the week off the UI thread; the icon is the window's
    quit_when_shown(app, window)
    try:
        code = app.exec()
    finally:
        watch.stop()
        if not window.recovery_requested:
            backups.backup_on_close()
        store.close()
    return code, window.recovery_requested
