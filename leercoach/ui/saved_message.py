"""After an export: where the file went, with a button that opens its folder.

Without it "Opslaan als PDF…" ended without a word, and a manager went looking for the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def tell_saved(parent: QWidget | None, title: str, path: Path) -> bool:
    """Say where ``path`` was saved; open its folder in the system's file manager when
    asked. Whether it was asked."""
    text = (
        QCoreApplication.translate("SavedMessage", "Saved as “%1” in the folder\n%2")
        .replace("%1", path.name)
        .replace("%2", str(path.parent))
    )
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    open_folder = box.addButton(
        QCoreApplication.translate("SavedMessage", "Open &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is not open_folder:
        return False
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return True
