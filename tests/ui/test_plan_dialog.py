"""Planning talks from the person view: "Gesprek plannen…" opens a dialog whose rhythm,
date, time and deck are kept in the file, and the person view says the next talk at once.

The dialog is filled as a manager fills it (its fields, "Geen datum", Save), through
the button of the person view; what is checked is the view's line and the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QAction

from leercoach.domain.talks import Rhythm, TalkPlan
from leercoach.store import Store
from leercoach.ui import words
from leercoach.ui.main_window import MainWindow
from leercoach.ui.plan_dialog import PlanDialog

TODAY = date.today()


@pytest.fixture(autouse=True)
def today_as_the_test_starts() -> None:
    """Today when each test starts, not when the module was collected: a run that
    crosses midnight saw yesterday's date here and today's in the app."""
    global TODAY  # noqa: PLW0603 - the tests read it as a plain name
    TODAY = date.today()


Fill = Callable[[PlanDialog], None]


@pytest.fixture
def window(
    make_window: Callable[[], MainWindow], zoe: str, language: Callable[[str], str]
) -> MainWindow:
    language("nl")
    made = make_window()
    assert made.select_employee(zoe)
    return made


@pytest.fixture
def plan_with(monkeypatch: pytest.MonkeyPatch) -> Callable[[MainWindow, Fill], PlanDialog]:
    """Click "Gesprek plannen…" (or ``open_it``), fill the dialog with ``fill``, Save."""

    def run(
        window: MainWindow, fill: Fill, open_it: Callable[[], object] | None = None
    ) -> PlanDialog:
        opened: list[PlanDialog] = []

        def exec_(dialog: PlanDialog) -> int:
            opened.append(dialog)
            fill(dialog)
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(PlanDialog, "exec", exec_)
        (open_it or window.employee_view.plan_button.click)()
        return opened[0]

    return run


def pick(combo: Any, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_person_view_says_there_is_no_talk_planned_yet(window: MainWindow) -> None:
    view = window.employee_view
    assert view.next_talk.text() == "Volgende gesprek: niet gepland"
    assert view.plan_button.text() == "Gesprek &plannen…"


def test_a_rhythm_a_date_with_a_time_and_a_deck_are_kept_and_shown_at_once(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], plan_with: Any
) -> None:
    day = TODAY + timedelta(days=10)

    def fill(dialog: PlanDialog) -> None:
        labels = [dialog.rhythm.itemText(i) for i in range(dialog.rhythm.count())]
        assert labels[0] == "volgens de gevoerde gesprekken"
        assert "elke 4 weken" in labels and "geen ritme" in labels
        pick(dialog.rhythm, Rhythm.EVERY_4_WEEKS.value)
        dialog.day.set_value(day)
        dialog.timed.setChecked(True)
        dialog.time.setTime(QTime(14, 30))
        pick(dialog.deck, "check-in")

    dialog = plan_with(window, fill)
    assert dialog.windowTitle() == "Gesprek plannen met Zoë Peeters"
    assert open_store().employees.get(zoe).talk_plan == TalkPlan(
        rhythm=Rhythm.EVERY_4_WEEKS,
        planned=datetime.combine(day, datetime.min.time()).replace(hour=14, minute=30),
        deck="check-in",
    )
    assert window.employee_view.next_talk.text() == (
        f"Volgende gesprek: {words.long_date(day)} om 14:30 (elke 4 weken)"
    )


def test_the_dialog_opens_on_the_plan_as_it_is(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], plan_with: Any
) -> None:
    day = TODAY + timedelta(days=3)
    window.session.people.set_plan(
        zoe, TalkPlan(rhythm=Rhythm.EVERY_6_WEEKS, planned=day, deck="check-in")
    )
    seen: dict[str, object] = {}

    def look(dialog: PlanDialog) -> None:
        seen.update(
            rhythm=dialog.rhythm.currentText(),
            day=dialog.day.value(),
            timed=dialog.timed.isChecked(),
            time_enabled=dialog.time.isEnabled(),
            deck=dialog.deck.currentData(),
        )

    plan_with(window, look)
    assert seen == {
        "rhythm": "elke 6 weken",
        "day": day,
        "timed": False,
        "time_enabled": False,
        "deck": "check-in",
    }
    assert open_store().employees.get(zoe).talk_plan.planned == day, "Save changed nothing"


def test_no_date_takes_the_planned_date_away_and_the_rhythm_gives_the_next(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], plan_with: Any
) -> None:
    """Zoë had a check-in today; her planned date of next week goes with "Geen datum",
    so the next talk is today plus the rhythm set, three weeks."""
    session = window.session
    talk = session.talks.start(zoe, session.library.get("check-in"))
    session.talks.complete(talk)
    session.people.set_plan(
        zoe, TalkPlan(rhythm=Rhythm.EVERY_3_WEEKS, planned=TODAY + timedelta(days=7))
    )

    def fill(dialog: PlanDialog) -> None:
        assert dialog.no_date.text() == "&Geen datum"
        dialog.timed.setChecked(True)
        dialog.no_date.click()
        assert dialog.day.text() == "" and not dialog.timed.isChecked()

    plan_with(window, fill)
    plan = open_store().employees.get(zoe).talk_plan
    assert plan == TalkPlan(rhythm=Rhythm.EVERY_3_WEEKS, planned=None, deck=None)
    assert window.employee_view.next_talk.text() == (
        f"Volgende gesprek: {words.long_date(TODAY + timedelta(weeks=3))} (elke 3 weken)"
    )


def test_following_the_talks_held_shows_the_rhythm_they_give(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], plan_with: Any
) -> None:
    """No rhythm set: a check-in gives one every four weeks, and the line says whence."""
    session = window.session
    session.talks.complete(session.talks.start(zoe, session.library.get("check-in")))
    session.people.set_plan(zoe, TalkPlan(rhythm=Rhythm.YEARLY))

    def fill(dialog: PlanDialog) -> None:
        pick(dialog.rhythm, None)

    plan_with(window, fill)
    assert open_store().employees.get(zoe).talk_plan.rhythm is None
    assert window.employee_view.next_talk.text() == (
        f"Volgende gesprek: {words.long_date(TODAY + timedelta(weeks=4))} "
        "(elke 4 weken, volgens de gevoerde gesprekken)"
    )

    def look(dialog: PlanDialog) -> None:
        assert dialog.rhythm.itemText(0) == "volgens de gevoerde gesprekken (nu: elke 4 weken)"

    plan_with(window, look)


def test_an_overdue_planned_talk_is_said_overdue_in_the_person_view(
    window: MainWindow, zoe: str, plan_with: Any
) -> None:
    past = TODAY - timedelta(days=2)
    window.session.people.set_plan(zoe, TalkPlan(planned=past))
    assert window.employee_view.next_talk.text() == (
        f"Volgende gesprek: {words.long_date(past)}, te laat"
    )


def test_a_time_without_a_date_is_refused_with_a_sentence(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], plan_with: Any
) -> None:
    def fill(dialog: PlanDialog) -> None:
        dialog.day.set_value(None)
        dialog.timed.setChecked(True)

    dialog = plan_with(window, fill)
    assert dialog.result() != PlanDialog.DialogCode.Accepted
    assert dialog.problem.text() == "Kies de datum van het gesprek, of geen vast uur."
    assert open_store().employees.get(zoe).talk_plan == TalkPlan()


def test_the_deck_list_has_the_talks_not_the_managers_own_decks(
    window: MainWindow, plan_with: Any
) -> None:
    slugs: list[object] = []

    def look(dialog: PlanDialog) -> None:
        slugs.extend(dialog.deck.itemData(i) for i in range(dialog.deck.count()))

    plan_with(window, look)
    assert slugs[0] is None and "check-in" in slugs
    assert "feedforward-voorbereiding" not in slugs
    assert "coachend-leidinggeven-zelfcheck" not in slugs


def test_the_employee_menu_opens_the_plan_dialog_too(
    window: MainWindow, zoe: str, open_store: Callable[[], Store], plan_with: Any
) -> None:
    (entry,) = [a for a in window.findChildren(QAction) if a.text() == "Gesprek p&lannen…"]
    plan_with(window, lambda d: pick(d.rhythm, Rhythm.EVERY_2_WEEKS.value), entry.trigger)
    assert open_store().employees.get(zoe).talk_plan.rhythm is Rhythm.EVERY_2_WEEKS
