"""Archiving asks until when someone was in service: today unless the manager types
another day, never a day before their start; the file keeps the day chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from leercoach.store import Store
from leercoach.ui import words
from leercoach.ui.archive_dialog import ArchiveDialog
from leercoach.ui.main_window import MainWindow

from .conftest import type_text

Fill = Callable[[ArchiveDialog], None]


@pytest.fixture
def window(
    make_window: Callable[[], MainWindow], zoe: str, language: Callable[[str], str]
) -> MainWindow:
    language("nl")
    made = make_window()
    assert made.select_employee(zoe)
    return made


@pytest.fixture
def archive_with(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[MainWindow, Fill], ArchiveDialog]:
    """Click "Archiveren", fill the dialog with ``fill`` and press its Archive button."""

    def run(window: MainWindow, fill: Fill) -> ArchiveDialog:
        opened: list[ArchiveDialog] = []

        def exec_(dialog: ArchiveDialog) -> int:
            opened.append(dialog)
            fill(dialog)
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(ArchiveDialog, "exec", exec_)
        window.employee_view.archive_button.click()
        return opened[0]

    return run


def test_archiving_offers_today_and_keeps_it(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], archive_with: Callable
) -> None:
    offered: list[date | None] = []
    dialog = archive_with(window, lambda d: offered.append(d.end_date()))
    assert offered == [date.today()]
    assert dialog.windowTitle() == "Medewerker archiveren"
    person = open_store().employees.get(zoe)
    assert person.archived and person.end_date == date.today()


def test_archiving_keeps_the_end_date_typed(
    qtbot: QtBot,
    window: MainWindow,
    zoe: str,
    open_store: Callable[[], Store],
    archive_with: Callable,
) -> None:
    def fill(dialog: ArchiveDialog) -> None:
        dialog.end.typed.clear()
        type_text(qtbot, dialog.end.typed, "30-06-2025")

    archive_with(window, fill)
    person = open_store().employees.get(zoe)
    assert person.archived and person.end_date == date(2025, 6, 30)
    assert [window.filter.index(r, 0).data() for r in range(window.filter.rowCount())] == []


def test_an_end_date_before_the_start_is_refused_with_a_sentence(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], archive_with: Callable
) -> None:
    """Zoë started on 1 May 2019."""

    def fill(dialog: ArchiveDialog) -> None:
        dialog.end.set_value(date(2019, 4, 30))

    dialog = archive_with(window, fill)
    assert dialog.result() != ArchiveDialog.DialogCode.Accepted
    assert dialog.problem.text() == (
        f"De einddatum ligt voor de startdatum ({words.long_date(date(2019, 5, 1))}): "
        "kijk de datum na."
    )
    assert dialog.problem.isVisibleTo(dialog)
    person = open_store().employees.get(zoe)
    assert not person.archived and person.end_date is None


def test_an_empty_or_unreadable_end_date_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    zoe: str,
    open_store: Callable[[], Store],
    archive_with: Callable,
) -> None:
    dialog = archive_with(window, lambda d: d.end.set_value(None))
    assert dialog.problem.text() == "Vul de laatste dag in dienst in."

    def unreadable(d: ArchiveDialog) -> None:
        d.end.typed.clear()
        type_text(qtbot, d.end.typed, "31-02-2026")

    dialog = archive_with(window, unreadable)
    assert dialog.result() != ArchiveDialog.DialogCode.Accepted
    assert "bestaat niet" in (dialog.end.problem() or "")
    assert not open_store().employees.get(zoe).archived


def test_cancelling_keeps_the_person_and_bringing_back_asks_nothing(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ArchiveDialog, "exec", lambda dialog: ArchiveDialog.DialogCode.Rejected)
    window.employee_view.archive_button.click()
    assert not open_store().employees.get(zoe).archived
    window.session.people.set_archived(zoe, True, date.today() - timedelta(days=1))
    window.show_archived.setChecked(True)
    assert window.select_employee(zoe)
    window.employee_view.archive_button.click()  # "Uit archief halen": no dialog
    person = open_store().employees.get(zoe)
    assert not person.archived and person.end_date is None, "an end date passed goes"


def test_someone_archived_has_no_talk_due_in_the_list_nor_in_the_person_view(
    qtbot: QtBot, window: MainWindow, zoe: str, archive_with: Callable
) -> None:
    """Zoë's talk was planned for last week; once she has left, nothing is overdue."""
    from leercoach.domain.talks import TalkPlan
    from leercoach.ui.people_model import NEXT, Due

    window.session.people.set_plan(zoe, TalkPlan(planned=date.today() - timedelta(days=7)))
    assert window.employee_view.next_talk.text().endswith(", te laat")
    archive_with(window, lambda d: None)
    window.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: window.people.has_talks, timeout=5000)
    assert window.select_employee(zoe)
    view = window.employee_view
    assert not view.next_talk.isVisibleTo(view) and not view.plan_button.isEnabled()
    assert window.filter.index(0, NEXT).data() == "—"
    window.pane.due.setCurrentIndex(window.pane.due.findData(Due.OVERDUE))
    assert window.filter.rowCount() == 0
