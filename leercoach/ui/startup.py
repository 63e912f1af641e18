"""Opening the database for the app: every problem gets a plain message and a way on.

In use by another window, written by a newer leercoach, damaged (set aside, never
overwritten, and the newest verified backup offered), in a synced folder or on a
network share (warned), and people past the retention period (offered for erasure).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from leercoach import trust
from leercoach.store import (
    Access,
    DamagedDatabaseError,
    DatabaseInUseError,
    SchemaTooNewError,
    Store,
    WrongPassphraseError,
    needs_passphrase,
)
from leercoach.ui import words
from leercoach.ui.session import Session

if TYPE_CHECKING:
    from leercoach.ui.main_window import MainWindow


class StartupTexts(QObject):
    """Plural texts: lupdate finds '%n' forms only in self.tr() calls."""

    def past_retention(self, count: int) -> str:
        return self.tr(
            "%n person(s) left more than %1 months ago. Their conversations may not be kept "
            "longer than needed (GDPR). Erase them now?",
            "",
            count,
        )


def open_store_for_app(db_path: Path, parent: QWidget | None = None) -> Store | None:
    """The store to run the app on, or None when it cannot (and the user was told why)."""
    warn_about_location(db_path, parent)
    try:
        return open_maybe_encrypted(db_path, parent)
    except DatabaseInUseError:
        QMessageBox.critical(
            parent,
            "leercoach",
            QCoreApplication.translate(
                "Startup",
                "leercoach is already open for this file (%1) in another window. "
                "Continue there; two windows would overwrite each other's work.",
            ).replace("%1", str(db_path)),
        )
        return None
    except SchemaTooNewError:
        QMessageBox.critical(
            parent,
            "leercoach",
            QCoreApplication.translate(
                "Startup",
                "This file (%1) was saved by a newer version of leercoach. Install "
                "the newer version to open it; nothing was changed.",
            ).replace("%1", str(db_path)),
        )
        return None
    # The full check runs in the background once the window shows (ui/integrity.py).


def open_maybe_encrypted(db_path: Path, parent: QWidget | None) -> Store | None:
    """Ask for the passphrase of an encrypted file (three tries); plain files just open.

    A damaged file is set aside and its backups offered (``recover``), with the key the
    passphrase gives, so an encrypted database is offered its encrypted backups too.
    """
    if not needs_passphrase(db_path):
        try:
            return Store.open(db_path)
        except DamagedDatabaseError:
            return recover(Access(db_path), parent)
    prompt = QCoreApplication.translate("Startup", "Passphrase for %1:").replace("%1", db_path.name)
    for _ in range(3):
        secret, ok = QInputDialog.getText(parent, "leercoach", prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            return Store.open(db_path, passphrase=secret)
        except WrongPassphraseError:
            prompt = QCoreApplication.translate(
                "Startup", "That passphrase does not open %1. Try again:"
            ).replace("%1", db_path.name)
        except DamagedDatabaseError:
            return recover(Access.derive(db_path, secret), parent)
    return None


def warn_about_location(db_path: Path, parent: QWidget | None) -> None:
    risk = trust.risky_location(db_path)
    if risk is None:
        return
    if risk.kind is trust.RiskKind.SYNCED_FOLDER:
        text = QCoreApplication.translate(
            "Startup",
            "The leercoach file is in a synced folder (%1). Sync programs can copy "
            "it while it is being written, which can damage it. Move it to a folder on this "
            "computer only; leercoach makes its own backups.",
        )
    else:
        text = QCoreApplication.translate(
            "Startup",
            "The leercoach file is on a network share (%1). The database cannot be "
            "locked safely there and can be damaged. Move it to this computer's own disk.",
        )
    QMessageBox.warning(parent, "leercoach", text.replace("%1", risk.detail))


def recover(access: Access, parent: QWidget | None) -> Store | None:
    """Set the damaged file aside and offer the newest backup that passes its check."""
    db_path = access.path
    aside = trust.set_aside_damaged(db_path, datetime.now())
    backup = trust.newest_good_backup(trust.default_backups_dir(), access)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("leercoach")
    intro = QCoreApplication.translate(
        "Startup",
        "The leercoach database is damaged. It was not changed or deleted: it was set aside as %1.",
    ).replace("%1", aside.name)
    restore_button = None
    if backup is not None:
        when = f"{words.long_date(backup.created)}, {backup.created:%H:%M}"
        box.setText(
            intro
            + "\n\n"
            + QCoreApplication.translate("Startup", "Restore the newest verified backup?")
        )
        restore_button = box.addButton(
            QCoreApplication.translate("Startup", "Restore the backup of %1").replace("%1", when),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setText(
            intro
            + "\n\n"
            + QCoreApplication.translate("Startup", "There is no usable backup to restore.")
        )
    empty_button = box.addButton(
        QCoreApplication.translate("Startup", "Start with an empty database"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and backup is not None:
        from leercoach.ui.operations import run_in_background

        restored = run_in_background(
            parent,
            lambda progress: trust.restore_backup(access.for_copy(backup.path), db_path),
            title="leercoach",
            label=QCoreApplication.translate("Startup", "Restoring the backup…"),
            cancellable=False,
        )
        return access.open(exclusive=True) if restored.ok else None
    if clicked is empty_button:
        return Store.open(db_path)
    return None


def offer_retention_erasure(session: Session, parent: QWidget | None, today: date) -> int:
    """List people past the retention period and erase them only after confirmation,
    from the database, its backups and the other copies leercoach made."""
    months = session.read_settings().retention_months
    due = session.safety.past_retention(today)
    if not due:
        return 0
    names = "\n".join(f"• {p.name} ({words.long_date(p.end_date)})" for p in due)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Retention period passed"))
    box.setText(StartupTexts().past_retention(len(due)).replace("%1", str(months)))
    box.setDetailedText(names)
    erase = box.addButton(
        QCoreApplication.translate("Startup", "Erase…"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("Startup", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not erase:
        return 0
    sure = QMessageBox.question(
        parent,
        QCoreApplication.translate("Startup", "Erase for good"),
        QCoreApplication.translate(
            "Startup",
            "Erase these people and everything about them for good, from the backups too? "
            "This cannot be undone.",
        )
        + "\n\n"
        + names,
    )
    if sure != QMessageBox.StandardButton.Yes:
        return 0
    from leercoach.ui.erase_dialog import erase_with_progress

    report = erase_with_progress(session, due, parent, include_backups=True)
    return 0 if report is None else len(report.people)


def show_first_page(window: MainWindow) -> None:
    """The page the window opens on: "This week" when the file has people and the
    setting says so (``Settings.week_at_start``, on by default), else the people list."""
    if window.session.people.count() > 0 and window.session.week.show_at_start():
        window.show_week()
