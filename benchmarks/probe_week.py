"""Start leercoach as a user does and report when its "Deze week" page is filled.

Run by run.py in a fresh process: ``probe_week.py DB``. As ``probe_app.py``, but the
report comes once the week page (shown at start-up, ``Settings.week_at_start``) holds
the week: the page reads it after the window's first paint, off the UI thread; the
report says the longest the event loop stalled meanwhile (ticks of a 10 ms timer).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time


def main() -> None:
    from leercoach.cli import load_core_before_qt
    from leercoach.cli import main as leercoach_main

    load_core_before_qt()

    # isort: split
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leercoach.ui.app import create_application
    from leercoach.ui.main_window import MainWindow
    from leercoach.ui.week_page import WeekPage

    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    QMessageBox.exec = lambda self: 0
    create_application()

    ticks: list[float] = []

    def ready() -> None:
        ticks.append(time.monotonic())
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        page = windows[0].pages.currentWidget() if windows else None
        if not isinstance(page, WeekPage) or page.week is None:
            QTimer.singleShot(10, ready)
            return
        at = time.monotonic()
        week = page.week
        # The longest the event loop did not come round while the week was read: how
        # long the window would not have answered a click.
        stall = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
        report = {
            "at": at,
            "rows": len(week.talks) + len(week.actions) + len(week.goals),
            "stall_ms": stall * 1000,
        }
        print(json.dumps(report), flush=True)
        os._exit(0)

    QTimer.singleShot(0, ready)
    leercoach_main(["--db", sys.argv[1]])


if __name__ == "__main__":
    main()
