"""The person view's Trends tab (issue 16): a chart per series, in words too."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.ui.colours import colours
from leercoach.ui.main_window import MainWindow

from ..conftest import SteppingClock

VALUES = ("2", "3", "3", "4", "5")


def people_with_talks(db_path: Path) -> tuple[str, str]:
    """Zoë with five check-ins, a month apart; Bram with none."""
    deck = load_library([shipped_decks_dir()]).get("check-in")
    clock = SteppingClock(datetime(2026, 1, 5, 9, 0))
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg"))
        bram = store.employees.add(EmployeeDraft(name="Bram Claes", team="Zorg"))
        for month, value in enumerate(VALUES, start=1):
            clock.current = datetime(2026, month, 5, 9, 0)
            talk = store.conversations.start(zoe.id, deck)
            store.conversations.save_answer(talk.id, deck.card("hoe-gaat-het"), 0, value)
            store.conversations.complete(talk.id)
    return zoe.id, bram.id


def trends_of(window: MainWindow, person: str):  # type: ignore[no-untyped-def]
    assert window.select_employee(person)
    view = window.employee_view
    view.tabs.setCurrentWidget(view.trends_tab)
    assert view.trends is not None
    return view.trends


def test_a_chart_for_a_person_with_answers_says_its_values(
    db_path: Path, make_window: Callable[[], MainWindow], language: Callable[[str], str]
) -> None:
    zoe, _ = people_with_talks(db_path)
    language("nl")
    window = make_window()
    trends = trends_of(window, zoe)
    assert len(trends.cards) == 1 and not trends.empty.isVisible()
    card = trends.cards[0]
    assert card.title.text() == "Hoe gaat het met je, als je naar de afgelopen weken kijkt?"
    assert card.source.text() == "Check-in  ·  5 antwoorden"
    chart = card.chart
    assert chart.isVisible() and chart.height() > 100
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface.text(QAccessible.Text.Name).startswith("Verloop: Hoe gaat het met je")
    said = interface.text(QAccessible.Text.Description)
    assert said.startswith("5 jan 2026: 2 – moeizaam; 5 feb 2026: 3 – gaat wel;")
    assert said.endswith("5 mei 2026: 5 – heel goed")
    assert chart.toolTip().splitlines()[3] == "5 apr 2026: 4 – goed"
    # The keys walk the points (the first Right lands on the first one); the description
    # says the one the arrow is on first.
    chart.setFocus()
    for _ in range(4):
        chart.keyPressEvent(key(Qt.Key.Key_Right))
    assert (
        QAccessible.queryAccessibleInterface(chart)
        .text(QAccessible.Text.Description)
        .startswith("5 apr 2026: 4 – goed (")
    )
    # Drawn: the line in the palette's accent, the points higher as the values rise.
    image = chart.grab().toImage()
    line = colours(chart.palette()).accent_border
    spots = chart.positions()
    assert [round(p.y()) for p in spots] == sorted((round(p.y()) for p in spots), reverse=True)
    first = spots[0].toPoint()
    assert close(QColor(image.pixel(first * chart.devicePixelRatioF())), line)
    assert chart.point_at(spots[2]) == 2 and chart.point_at(QPoint(0, 0)) is None


def key(which: Qt.Key):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QKeyEvent.Type.KeyPress, which, Qt.KeyboardModifier.NoModifier)


def close(one: QColor, other: QColor) -> bool:
    return all(abs(a - b) < 60 for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True))


def test_no_chart_but_a_sentence_for_a_person_without_answers_and_a_new_talk_adds_one(
    db_path: Path,
    make_window: Callable[[], MainWindow],
    language: Callable[[str], str],
    qtbot: QtBot,
) -> None:
    _, bram = people_with_talks(db_path)
    language("nl")
    window = make_window()
    trends = trends_of(window, bram)
    assert trends.cards == [] and not trends.scroller.isVisible()
    assert trends.empty.isVisible()
    assert trends.empty.text().startswith(
        "Nog geen antwoorden op schaalkaarten in gesprekken met Bram Claes."
    )
    session = window.session
    deck = session.library.get("check-in")
    talk = session.talks.start(bram, deck)
    session.talks.save_answer(talk, deck, "hoe-gaat-het", "4")
    session.talks.complete(talk)
    assert len(trends.cards) == 1 and not trends.empty.isVisible()
    assert trends.cards[0].chart.series.points[0].value == 4
    assert all(not isinstance(w, QLabel) or w.text() for w in trends.findChildren(QLabel))


def test_the_chart_loads_only_when_its_tab_is_shown(db_path: Path, tmp_path: Path) -> None:
    """Start-up does not pay for the chart: it is imported with the tab, not before."""
    zoe, _ = people_with_talks(db_path)
    script = textwrap.dedent(
        f"""
        import sys
        from leercoach.decks import load_library
        from leercoach.paths import deck_folders
        from leercoach.store import Store
        from leercoach.ui.app import create_application
        from leercoach.ui.main_window import MainWindow
        from leercoach.ui.session import Session

        app = create_application()
        session = Session(Store.open({str(db_path)!r}), load_library(deck_folders()))
        window = MainWindow(session, "nl")
        window.show()
        window.select_employee({zoe!r})
        app.processEvents()
        before = "leercoach.ui.trend_chart" in sys.modules
        view = window.employee_view
        view.tabs.setCurrentWidget(view.trends_tab)
        app.processEvents()
        print(before, "leercoach.ui.trend_chart" in sys.modules, len(view.trends.cards))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERCOACH_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "1"]
