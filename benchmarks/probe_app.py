"""Start leercoach the way a user does and report when its window shows the full list.

Run by run.py in a fresh process: ``probe_app.py DB``. Modal questions at start-up
(continue a draft?) are answered "no" without showing, so nothing waits for a person.
The report comes from the first turn of the event loop after the window was shown:
by then the start-up code has run and the list model holds its rows.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def vm_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def main() -> None:
    # The command line's modules load before Qt, as when a user starts leercoach.
    from leercoach.cli import load_core_before_qt
    from leercoach.cli import main as leercoach_main

    # As main() does for the app, before this probe's own Qt imports below.
    load_core_before_qt()

    # isort: split
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leercoach.ui.app import create_application
    from leercoach.ui.main_window import MainWindow

    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    QMessageBox.exec = lambda self: 0
    create_application()

    def ready() -> None:
        at = time.monotonic()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[0]
        report = {
            "at": at,
            "visible": window.isVisible(),
            "rows": window.list_view.model().rowCount(),
            "hwm_kb": vm_kb("VmHWM"),
            "rss_kb": vm_kb("VmRSS"),
        }
        print(json.dumps(report), flush=True)
        # Leave without the backup-on-close of a 1 GB file: the figure is taken.
        os._exit(0)

    QTimer.singleShot(0, ready)
    leercoach_main(["--db", sys.argv[1]])


if __name__ == "__main__":
    main()
