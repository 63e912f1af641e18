"""The add-person dialog, typed into as a user does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.store import Store
from leercoach.ui.employee_dialog import EmployeeDialog

from .conftest import type_text


def press_save(qtbot: QtBot, dialog: EmployeeDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_dialog_refuses_bidi_overrides_bad_emails_and_odd_years(qtbot: QtBot) -> None:
    dialog = EmployeeDialog(["Zorg"])
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "Jef \u202ePeeters")
    type_text(qtbot, dialog.email, "jef@")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.problems.isVisible()
    assert dialog.result() != EmployeeDialog.DialogCode.Accepted
    assert dialog.problems.text().splitlines() == [
        "Name contains an invisible or control character (U+202E RIGHT-TO-LEFT OVERRIDE);"
        " remove it.",
        "The e-mail address is not valid.",
    ]
    # Year 1 or 9999 is not taken: the field says which years it takes.
    type_text(qtbot, dialog.start.focusProxy(), "1/1/0001")
    type_text(qtbot, dialog.end.focusProxy(), "31/12/9999")
    assert (dialog.start.value(), dialog.end.value()) == (None, None)
    assert dialog.start.problem() == dialog.end.problem() == "Type a year from 1900 to 2100."
    dialog.start.set_value(None)
    dialog.end.set_value(None)
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Anaïs O'Brien-Çelik 👩\u200d💻")
    type_text(qtbot, dialog.email, "voorbeeld.be")
    press_save(qtbot, dialog)
    assert dialog.result() == EmployeeDialog.DialogCode.Accepted
    assert dialog.draft().name == "Anaïs O'Brien-Çelik 👩\u200d💻"
    assert dialog.draft().email == "jef@voorbeeld.be"


def test_dialog_warns_about_a_likely_duplicate_and_still_saves(qtbot: QtBot, db_path: Path) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Van den Broeck", team="Zorg"))
        store.employees.add(EmployeeDraft(name="Jef Peeters", employee_number="123"))
        known = store.employees.known_people()
    dialog = EmployeeDialog(["Zorg"], known=known)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "Zoe van den Broeck")
    assert dialog.duplicate.isVisible()
    assert "Zoë Van den Broeck, Zorg" in dialog.duplicate.text()
    assert "same name" in dialog.duplicate.text()
    dialog.start.set_value(date(2024, 3, 1))  # Zoë's start date is unknown: still a warning
    assert dialog.duplicate.isVisible()
    type_text(qtbot, dialog.number, "123")
    assert "Jef Peeters (same employee number)" in dialog.duplicate.text()
    dialog.number.clear()
    press_save(qtbot, dialog)  # two people can share a name
    assert dialog.result() == EmployeeDialog.DialogCode.Accepted
    assert dialog.draft().name == "Zoe van den Broeck"
    # Editing Zoë herself is no duplicate of Zoë.
    editing = EmployeeDialog(["Zorg"], zoe, known=known)
    qtbot.addWidget(editing)
    editing.show()
    type_text(qtbot, editing.name, " ")
    assert not editing.duplicate.isVisible()
