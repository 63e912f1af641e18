"""The notification at start-up (issue 16): its words, its setting, and no tray, no fuss."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from leercoach.domain.talks import week_of
from leercoach.domain.week import Week
from leercoach.store import Store
from leercoach.ui.main_window import MainWindow
from leercoach.ui.tray import notify_at_start, show_notice, week_message
from leercoach.ui.week_page import WeekPage

from ..test_week import fill


def notify_on(window: MainWindow) -> None:
    settings = window.session.read_settings()
    window.session.save_settings(replace(settings, notify_at_start=True))


def test_the_message_counts_talks_and_actions_in_dutch_and_english(
    open_store: Callable[[], Store], language: Callable[[str], str]
) -> None:
    store = open_store()
    fill(store, date.today())
    week = store.week.week(date.today())
    talks, actions = len(week.talks), len(week.actions)
    language("nl")
    assert week_message(week) == (
        f"{talks} gesprekken en {actions} afspraken deze week\n1 doel waarvan de datum voorbij is"
    )
    one = Week(date.today(), *week_of(date.today()), talks=week.talks[:1], actions=week.actions[:1])
    assert week_message(one) == "1 gesprek en 1 afspraak deze week"


def test_the_message_in_english(
    open_store: Callable[[], Store], language: Callable[[str], str]
) -> None:
    store = open_store()
    fill(store, date.today())
    week = store.week.week(date.today())
    language("en")
    one = Week(date.today(), *week_of(date.today()), talks=week.talks[:1], actions=week.actions[:1])
    assert week_message(one) == "1 talk and 1 action this week"
    assert week_message(week).endswith("\n1 goal past its date")


def test_off_by_default_and_without_a_tray_nothing_happens(
    make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    fill(open_store(), date.today())
    window = make_window()
    assert not window.session.read_settings().notify_at_start
    assert notify_at_start(window, available=lambda: True) is False  # the setting is off
    notify_on(window)
    # Offscreen, as on a desktop without a tray: no icon, no message, no error.
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert notify_at_start(window) is False
    assert window.findChildren(QSystemTrayIcon) == []


# The offscreen platform has no tray and no raise(): what it says about them is no error.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged", "This plugin does not support raise")
def test_a_click_on_the_message_opens_the_week_and_the_icon_goes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    fill(open_store(), date.today())
    window = make_window()
    notify_on(window)
    assert notify_at_start(window, available=lambda: True)
    qtbot.waitUntil(lambda: bool(window.findChildren(QSystemTrayIcon)))  # the week read
    (icon,) = window.findChildren(QSystemTrayIcon)  # the window's: nothing outlives it
    assert window.pages.currentWidget() is window.overview
    icon.messageClicked.emit()
    assert isinstance(window.pages.currentWidget(), WeekPage)
    assert not icon.isVisible()


def test_an_empty_week_gives_no_notification(
    make_window: Callable[[], MainWindow], open_store: Callable[[], Store]
) -> None:
    window = make_window()
    assert show_notice(window, window.session.week.of()) is None
    assert window.findChildren(QSystemTrayIcon) == []
