"""What an error that reached the event loop means to the person at the window.

An expected error (every refusal of the store, and a full disk, a read-only file, an
input/output error or a file in use) is shown as a message in the user's language
that says what to do; only a bug gets the crash dialog. The table below words each
kind of StoreError, most specific first; the store's own sentence goes in
the message's details, in the same language (the app sets the core's at start).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from leercoach.crash import CrashKind, classify
from leercoach.ui.crash_dialog import human_message, show_crash_dialog

# What an error class is told with: a sentence of its own (marked for lupdate with
# QT_TRANSLATE_NOOP, translated when shown), or the words of a kind.
Wording = tuple[type[BaseException], object]


def expected_message(error: BaseException) -> str | None:
    """The sentence for an expected error in the user's language; None for a bug."""
    kind = classify(error)
    if kind is not CrashKind.BUG:
        return human_message(kind)
    for kinds, words in wordings():
        if not isinstance(error, kinds):
            continue
        if isinstance(words, CrashKind):
            return human_message(words)
        text = QCoreApplication.translate("Errors", str(words))
        problems = getattr(error, "problems", None)
        return text.replace("%1", "; ".join(problems)) if problems else text
    return None


def wordings() -> list[Wording]:
    """Each expected error class and its words, subclasses before their base class."""
    from leercoach.store import (
        DamagedDatabaseError,
        DatabaseInUseError,
        EncryptionUnavailableError,
        NoDatabaseError,
        NotFoundError,
        NotWritableError,
        PassphraseRequiredError,
        ReadOnlyError,
        SchemaTooNewError,
        StoreError,
        ValidationError,
        WrongPassphraseError,
    )
    from leercoach.trust import (
        BackupError,
        ConversionError,
        FileInUseError,
        RestoreRefusedError,
    )

    in_use = QT_TRANSLATE_NOOP(
        "Errors",
        "The leercoach file is open in another leercoach window or program. Close that one "
        "first and try again; two windows would overwrite each other's work.",
    )
    return [
        (
            WrongPassphraseError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "That passphrase does not open the leercoach file. Nothing was changed; try "
                "again with the right passphrase.",
            ),
        ),
        (
            PassphraseRequiredError,
            QT_TRANSLATE_NOOP(
                "Errors", "The leercoach file is encrypted: give its passphrase to open it."
            ),
        ),
        # A ValidationError's problems are the core's, in the app's language.
        (ValidationError, QT_TRANSLATE_NOOP("Errors", "This cannot be saved as it is: %1")),
        (
            ReadOnlyError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This conversation is completed and kept as a record, so it cannot be "
                "changed. Reopen it first if something must change.",
            ),
        ),
        (
            NotFoundError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "What you chose is no longer there: it may have been erased or removed in the "
                "meantime. Nothing was changed.",
            ),
        ),
        (DatabaseInUseError, in_use),
        (
            SchemaTooNewError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The leercoach file was saved by a newer version of leercoach. Install the "
                "newer version to open it; nothing was changed.",
            ),
        ),
        (DamagedDatabaseError, CrashKind.DAMAGED_DATABASE),
        (NotWritableError, CrashKind.READ_ONLY),
        (
            NoDatabaseError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The leercoach file is no longer where it was: it may have been moved, "
                "renamed or deleted while leercoach had it open. Put it back, or close "
                "leercoach and start it again.",
            ),
        ),
        (
            EncryptionUnavailableError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Encrypted leercoach files need the SQLCipher library, which does not load on "
                "this computer. Reinstall leercoach.",
            ),
        ),
        (
            RestoreRefusedError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup cannot be restored: it is damaged or not a leercoach backup. "
                "Nothing was changed.",
            ),
        ),
        (
            BackupError,
            QT_TRANSLATE_NOOP(
                "Errors", "The backup could not be made or put back. Nothing was changed."
            ),
        ),
        (FileInUseError, in_use),
        (
            ConversionError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The leercoach file could not be encrypted or decrypted. Nothing was changed.",
            ),
        ),
        (
            StoreError,
            QT_TRANSLATE_NOOP("Errors", "leercoach could not do this. Nothing was changed."),
        ),
    ]


def show_error(error: BaseException, details: str) -> None:
    """A message for an expected error, the crash dialog (with ``details``) for a bug."""
    if expected_message(error) is None:
        show_crash_dialog(details)
    else:
        show_expected(error)


def show_expected(error: BaseException, parent: QWidget | None = None) -> None:
    """The message for an expected error: what to do, and the core's own words folded away."""
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("leercoach")
    box.setText(expected_message(error) or "")
    from leercoach.store import ValidationError

    if not isinstance(error, ValidationError):  # its problems are in the text already
        box.setDetailedText(str(error))
    box.exec()


class ErrorReporter:
    """The crash handler's ``notify`` in the app: one dialog at a time. An autosave that
    fails every half second while a message is open does not stack up more of them;
    the handler has logged each one already."""

    def __init__(self) -> None:
        self.showing = False

    def __call__(self, error: BaseException, details: str) -> None:
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            show_error(error, details)
        finally:
            self.showing = False
