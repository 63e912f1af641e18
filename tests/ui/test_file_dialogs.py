"""Qt's own file dialog, as the app opens it, speaks Dutch in every label a user sees.

The offscreen platform has no native dialog, so this is the widget dialog a desktop
without a platform dialog shows too. Each test opens it from the app's own menu path and
reads it back while it is open, then cancels it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QToolButton,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from leercoach.ui.batch_export import BatchExportDialog

TOOL_BUTTONS_IN_DUTCH = {
    "backButton": ("Terug", "Ga terug"),
    "forwardButton": ("Verder", "Ga verder"),
    "toParentButton": ("Hogere map", "Ga naar de hogere map"),
    "newFolderButton": ("Nieuwe map aanmaken", "Een nieuwe map aanmaken"),
    "listModeButton": ("Lijstweergave", "Naar modus lijstweergave wijzigen"),
    "detailModeButton": ("Detailweergave", "Naar modus detailweergave wijzigen"),
}
CONTEXT_MENU_IN_DUTCH = ["He&rnoemen", "Verwij&deren", "Ver&borgen bestanden tonen", "&Nieuwe map"]
COLUMNS_IN_DUTCH = ["Naam", "Grootte", "Type", "Datum gewijzigd"]
COLUMNS_MENU_IN_DUTCH = ["Tonen Grootte", "Tonen Type", "Tonen Datum gewijzigd"]


def what_it_shows(dialog: QFileDialog) -> dict[str, Any]:
    """Every text of the open dialog: its title, labels, buttons, tooltips, columns, menu."""
    labels = {
        label.objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text()
    }
    tools = {
        button.objectName(): (button.toolTip(), button.accessibleDescription())
        for button in dialog.findChildren(QToolButton)
        if button.isVisible()
    }
    box = dialog.findChild(QDialogButtonBox)
    buttons = [b.text() for b in box.findChildren(QAbstractButton) if b.isVisible()]
    files = dialog.findChild(QTreeView, "treeView")
    model = files.model()
    columns = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    actions = ("rename", "delete", "show_hidden", "new_folder")
    menu = [dialog.findChild(QAction, f"qt_{name}_action").text() for name in actions]
    # The columns' own menu (a right click on the header); Qt pastes "Show " before a name.
    columns_menu = [action.text() for action in files.header().actions()]
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    return {
        "title": dialog.windowTitle(),
        "labels": labels,
        "tool buttons": tools,
        "buttons": buttons,
        "columns": columns,
        "context menu": menu,
        "columns menu": columns_menu,
        "file types": [types.itemText(i) for i in range(types.count())] if types else [],
    }


def read_when_open(shown: dict[str, Any]) -> None:
    """Once the modal file dialog is up: read what it shows into ``shown`` and cancel it."""

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        shown.update(what_it_shows(dialog))
        dialog.reject()

    QTimer.singleShot(0, read)


def test_save_as_pdf_of_the_growth_cycle_asks_in_dutch(
    make_window: Any, zoe: str, language: Callable[[str], str]
) -> None:
    language("nl")
    window = make_window()
    window.select_employee(zoe)
    growth = window.employee_view.growth
    growth.year.setValue(date.today().year)
    shown: dict[str, Any] = {}
    read_when_open(shown)
    assert growth.save_pdf() is None  # cancelled
    assert shown == {
        "title": "Groeiplan opslaan",
        "labels": {
            "lookInLabel": "&Zoeken in:",
            "fileNameLabel": "Bestands&naam:",
            "fileTypeLabel": "Bestanden van &type:",
        },
        "tool buttons": TOOL_BUTTONS_IN_DUTCH,
        "buttons": ["Op&slaan", "Annuleren"],
        "columns": COLUMNS_IN_DUTCH,
        "context menu": CONTEXT_MENU_IN_DUTCH,
        "columns menu": COLUMNS_MENU_IN_DUTCH,
        "file types": ["PDF-bestanden (*.pdf)"],
    }


def test_the_hr_export_asks_for_its_file_and_its_folder_in_dutch(
    qtbot: QtBot, make_window: Any, language: Callable[[str], str]
) -> None:
    language("nl")
    window = make_window()
    dialog = BatchExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.combined.setChecked(True)
    combined: dict[str, Any] = {}
    read_when_open(combined)
    assert dialog.choose_target() is None
    assert combined["title"] == "Gebundelde pdf opslaan"
    assert combined["labels"] == {
        "lookInLabel": "&Zoeken in:",
        "fileNameLabel": "Bestands&naam:",
        "fileTypeLabel": "Bestanden van &type:",
    }
    assert combined["buttons"] == ["Op&slaan", "Annuleren"]

    dialog.separate.setChecked(True)
    folder: dict[str, Any] = {}
    read_when_open(folder)
    assert dialog.choose_target() is None
    assert folder == {
        "title": "Map voor de pdf's",
        "labels": {
            "lookInLabel": "&Zoeken in:",
            "fileNameLabel": "Map:",
            "fileTypeLabel": "Bestanden van &type:",
        },
        "tool buttons": TOOL_BUTTONS_IN_DUTCH,
        "buttons": ["&Kiezen", "Annuleren"],
        "columns": COLUMNS_IN_DUTCH,
        "context menu": CONTEXT_MENU_IN_DUTCH,
        "columns menu": COLUMNS_MENU_IN_DUTCH,
        "file types": ["Mappen"],
    }


def test_importing_employees_opens_a_file_in_dutch(
    make_window: Any, language: Callable[[str], str]
) -> None:
    language("nl")
    window = make_window()
    shown: dict[str, Any] = {}
    read_when_open(shown)
    window.import_csv()  # cancelled: nothing imported
    assert shown["labels"] == {
        "lookInLabel": "&Zoeken in:",
        "fileNameLabel": "Bestands&naam:",
        "fileTypeLabel": "Bestanden van &type:",
    }
    assert shown["buttons"] == ["&Openen", "Annuleren"]
    assert shown["tool buttons"] == TOOL_BUTTONS_IN_DUTCH
    assert window.people.rowCount() == 0
