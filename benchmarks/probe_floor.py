"""The floor of start-up and memory: bare PySide6 showing a list of 10 000 strings.

Same Python, same Qt, same offscreen platform, same way of reporting as probe_app.py.
"""

from __future__ import annotations

import json
import os
import time

from probe_app import vm_kb


def main() -> None:
    from PySide6.QtCore import QStringListModel, QTimer
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    view = QListView()
    view.setUniformItemSizes(True)
    model = QStringListModel([f"Medewerker {n:05d} · Team" for n in range(10_000)])
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()

    def ready() -> None:
        at = time.monotonic()
        report = {
            "at": at,
            "visible": window.isVisible(),
            "rows": view.model().rowCount(),
            "hwm_kb": vm_kb("VmHWM"),
            "rss_kb": vm_kb("VmRSS"),
        }
        print(json.dumps(report), flush=True)
        os._exit(0)

    QTimer.singleShot(0, ready)
    app.exec()


if __name__ == "__main__":
    main()
