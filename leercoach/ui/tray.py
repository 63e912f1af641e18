"""One desktop notification at start-up: what this week holds (``Settings.notify_at_start``).

Offline and without a service: the week is read off the UI thread, then a tray icon of
the window's own shows the message and hides again; a click on the message opens the
week page. Nothing runs once the window has closed (the icon and its one-shot timer are
the window's children), and where the desktop has no system tray nothing happens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStyle, QSystemTrayIcon

from leercoach.domain.week import Week

if TYPE_CHECKING:
    from leercoach.ui.main_window import MainWindow

SHOWN_FOR_MS = 15_000
translate = QCoreApplication.translate


class TrayTexts(QObject):
    """Plural texts: lupdate finds '%n' forms only in self.tr() calls."""

    def talks(self, count: int) -> str:
        return self.tr("%n talk(s)", "", count)

    def actions(self, count: int) -> str:
        return self.tr("%n action(s)", "", count)

    def goals(self, count: int) -> str:
        return self.tr("%n goal(s) past their date", "", count)


def week_message(week: Week) -> str:
    """'3 gesprekken en 2 afspraken deze week', and the late goals when there are any."""
    texts = TrayTexts()
    talks, actions = texts.talks(len(week.talks)), texts.actions(len(week.actions))
    text = translate("Tray", "%1 and %2 this week").replace("%1", talks).replace("%2", actions)
    if week.goals:
        text += "\n" + texts.goals(len(week.goals))
    return text


def notify_at_start(
    window: MainWindow,
    available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
) -> bool:
    """When the setting is on and there is a tray, read the week off the UI thread and
    then show its notification (``show_notice``); whether it was asked for."""
    session = window.session
    if not session.week.notify_at_start() or not available():
        return False
    day = date.today()

    def arrived(week: Week) -> None:
        show_notice(window, week)

    session.week.read(day, window, arrived)
    return True


def show_notice(window: MainWindow, week: Week) -> QSystemTrayIcon | None:
    """The notification of ``week``, unless it holds nothing; the icon shown, or None."""
    if week.is_empty:
        return None
    picture = window.windowIcon()
    if picture.isNull():  # the app sets its icon (create_application); a bare window not
        picture = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    icon = QSystemTrayIcon(picture, window)
    icon.setToolTip("leercoach")

    def open_week() -> None:
        icon.hide()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.show_week()

    icon.messageClicked.connect(open_week)
    icon.activated.connect(open_week)
    icon.show()
    icon.showMessage(
        translate("Tray", "leercoach: this week"),
        week_message(week),
        QSystemTrayIcon.MessageIcon.Information,
        SHOWN_FOR_MS,
    )
    QTimer.singleShot(SHOWN_FOR_MS, icon, icon.hide)
    return icon
