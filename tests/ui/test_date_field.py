"""Dates typed into each dialog as a manager types them: digits with or without
separators, in the locale's day-month-year order, read back from the store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner, EmployeeDraft
from leercoach.ui.action_follow_up import FollowUpDialog
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.date_field import DateField
from leercoach.ui.employee_dialog import EmployeeDialog
from leercoach.ui.goal_dialog import GoalDialog
from leercoach.ui.i18n import use_region

from .conftest import type_text


@pytest.fixture
def dutch(qapp: QApplication, language: Callable[[str], str]) -> Iterator[None]:
    language("nl")
    yield
    use_region(qapp, "nl", "nl_BE")


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    """Into the field as it is, whatever it holds: select all, then type over it."""
    typed = field.focusProxy()
    qtbot.keyClick(typed, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(typed, Qt.Key.Key_Backspace)
    type_text(qtbot, typed, text)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    """On screen and active, as a dialog a user types in: focus moves as it does there."""
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()


def press_save(qtbot: QtBot, dialog: QDialog) -> int:
    buttons = dialog.findChild(QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    return dialog.result()


def answered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kind: type[QDialog], fill: Any
) -> list[QDialog]:
    """``kind``'s dialog, when it opens, is shown and filled by ``fill`` as a user does."""
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        shown(qtbot, dialog)
        return int(fill(dialog))

    monkeypatch.setattr(kind, "exec", run)
    return opened


def test_a_new_person_s_dates_typed_as_digits_are_saved(
    qtbot: QtBot, dutch: None, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: EmployeeDialog) -> int:
        type_text(qtbot, dialog.name, "Zoë Peeters")
        type_date(qtbot, dialog.start, "12032026")
        type_date(qtbot, dialog.end, "31/12/2027")
        return press_save(qtbot, dialog)

    answered(qtbot, monkeypatch, EmployeeDialog, fill)
    window = make_window()
    window.add_employee()
    (person,) = window.session.store.employees.find()
    assert (person.start_date, person.end_date) == (date(2026, 3, 12), date(2027, 12, 31))


def test_a_day_that_does_not_exist_is_said_so_and_kept_as_typed_until_put_right(
    qtbot: QtBot, dutch: None
) -> None:
    dialog = EmployeeDialog([])
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    type_text(qtbot, dialog.name, "Zoë Peeters")
    type_date(qtbot, dialog.start, "31/02/2026")
    assert press_save(qtbot, dialog) != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.start.text() == "31/02/2026"  # not moved to 28 February or 3 March
    assert dialog.start.problem_line.isVisible()
    assert dialog.start.problem_line.text() == "31 februari 2026 bestaat niet: kijk de dag na."
    assert QApplication.focusWidget() is dialog.start.focusProxy()
    type_date(qtbot, dialog.start, "13/2/2026")
    assert not dialog.start.problem_line.isVisible()
    assert press_save(qtbot, dialog) == QDialog.DialogCode.Accepted
    assert dialog.draft().start_date == date(2026, 2, 13)


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("12/13/2026", "Er is geen maand 13: typ de dag, de maand en het jaar, zoals in %1."),
        ("1232026", "Dit is geen datum: typ de dag, de maand en het jaar, zoals in %1."),
        ("1/1/2200", "Typ een jaar van 1900 tot 2100."),
    ],
)
def test_what_is_no_day_gets_a_sentence_of_its_own(
    qtbot: QtBot, dutch: None, typed: str, sentence: str
) -> None:
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    type_date(qtbot, dialog.due, typed)
    dialog.title.setFocus()  # leaving the field says what is wrong with it
    today = QDate.currentDate()
    example = f"{today.day()}/{today.month():02d}/{today.year()}"
    assert dialog.due.problem_line.text() == sentence.replace("%1", example)
    assert dialog.due.problem_line.isVisible()
    assert dialog.due.value() is None
    assert QApplication.focusWidget() is dialog.title  # said, not held in the field


def test_an_action_s_due_date_typed_with_dashes_or_emptied_is_saved_so(
    qtbot: QtBot, dutch: None, make_window: Any, zoe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dues = iter(["5-3-2027", ""])

    def fill(dialog: ActionDialog) -> int:
        type_text(qtbot, dialog.what, "Weekplanning maken")
        type_date(qtbot, dialog.due, next(dues))
        return press_save(qtbot, dialog)

    answered(qtbot, monkeypatch, ActionDialog, fill)
    window = make_window()
    window.select_employee(zoe)
    window.employee_view.add_action_button.click()
    window.employee_view.add_action_button.click()
    saved = {action.due_date for action in window.session.store.actions.for_employee(zoe)}
    assert saved == {date(2027, 3, 5), None}  # an empty field is no date, as an action may have


def test_a_follow_up_s_new_due_date_is_typed_and_enters_the_history(
    qtbot: QtBot, dutch: None, make_window: Any, zoe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    actions = window.session.actions
    action = actions.add(zoe, "Cursus boeken", ActionOwner.MEDEWERKER, date(2027, 4, 1), "")

    def fill(dialog: FollowUpDialog) -> int:
        type_date(qtbot, dialog.due, "15/5/27")
        return press_save(qtbot, dialog)

    answered(qtbot, monkeypatch, FollowUpDialog, fill)
    window.select_employee(zoe)
    window.employee_view.person_actions.follow_up(0)
    assert window.session.store.actions.get(action.id).due_date == date(2027, 5, 15)


def test_a_goal_s_due_date_is_typed_in_the_growth_tab(
    qtbot: QtBot, growth: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: GoalDialog) -> int:
        type_text(qtbot, dialog.title, "Intake leiden")
        type_date(qtbot, dialog.due, f"30.6.{date.today().year}")
        return press_save(qtbot, dialog)

    answered(qtbot, monkeypatch, GoalDialog, fill)
    growth.add_goal_button.click()
    (plan,) = [growth.goals.row(row) for row in range(growth.goals.rowCount())]
    assert plan.goal.due_date == date(date.today().year, 6, 30)


@pytest.mark.parametrize(("region", "written"), [("nl_BE", "5/03/2026"), ("nl_NL", "05-03-2026")])
def test_a_typed_date_is_written_out_as_the_region_writes_it(
    qtbot: QtBot, qapp: QApplication, dutch: None, region: str, written: str
) -> None:
    use_region(qapp, "nl", region)
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    type_date(qtbot, dialog.due, "05032026")
    dialog.title.setFocus()
    assert dialog.due.text() == written


def test_up_and_down_step_the_part_under_the_cursor(qtbot: QtBot, dutch: None) -> None:
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    typed = dialog.due.focusProxy()
    qtbot.keyClick(typed, Qt.Key.Key_Up)  # an empty field starts from today
    assert dialog.due.value() == date.today()
    type_date(qtbot, dialog.due, "31/01/2026")
    qtbot.keyClick(typed, Qt.Key.Key_Up)  # the cursor is on the year
    assert dialog.due.text() == "31/01/2027"
    qtbot.keyClick(typed, Qt.Key.Key_Home)
    qtbot.keyClick(typed, Qt.Key.Key_Down)
    qtbot.keyClick(typed, Qt.Key.Key_Down)
    assert dialog.due.text() == "29/01/2027"
    typed.setCursorPosition(4)
    qtbot.keyClick(typed, Qt.Key.Key_Up)  # a month on from 29 January: 28 February
    assert dialog.due.text() == "28/02/2027"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen
def test_the_calendar_opens_from_the_keyboard_and_a_day_picked_there_is_typed_in(
    qtbot: QtBot, dutch: None
) -> None:
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    type_date(qtbot, dialog.due, "12032026")
    qtbot.keyClick(dialog.due.focusProxy(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.due.calendar
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 3, 12)
    qtbot.keyClick(calendar.focusProxy() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusProxy() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert dialog.due.text() == "13/03/2026"
    assert dialog.due.value() == date(2026, 3, 13)
    dialog.due.calendar_button.click()
    assert calendar.isVisible()


def test_a_screen_reader_says_the_form_label_of_each_date_field(qtbot: QtBot, dutch: None) -> None:
    employee = EmployeeDialog([])
    action = ActionDialog()
    for dialog in (employee, action):
        qtbot.addWidget(dialog)
        shown(qtbot, dialog)

    def said(field: DateField) -> tuple[str, str]:
        typed = QAccessible.queryAccessibleInterface(field.focusProxy())
        button = QAccessible.queryAccessibleInterface(field.calendar_button)
        return typed.text(QAccessible.Text.Name), button.text(QAccessible.Text.Name)

    calendar = "Kies de datum op een kalender"
    assert said(employee.start) == ("Startdatum", calendar)
    assert said(employee.end) == ("Einddatum", calendar)
    assert said(action.due) == ("Tegen wanneer", calendar)


def test_a_new_person_keeps_no_date_where_none_is_typed(qtbot: QtBot, dutch: None) -> None:
    dialog = EmployeeDialog([], None)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    type_text(qtbot, dialog.name, "Bram Maes")
    assert press_save(qtbot, dialog) == QDialog.DialogCode.Accepted
    draft = dialog.draft()
    assert (draft.start_date, draft.end_date) == (None, None)
    assert EmployeeDraft(name="Bram Maes").start_date is None
