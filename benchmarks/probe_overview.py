"""The team overview page's first paint for one manager's people, and its floor.

``probe_overview.py DB RUNS``: each run builds the page on the open session (rows read
from the file through the session, as when the page is first opened), shows it and
renders it once (``grab``): the median in ms. ``--floor RUNS``: a bare QTableView over a
QStandardItemModel of the same number of rows and columns of short strings, shown and
rendered the same way. Offscreen, as every probe.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    floor = sys.argv[1] == "--floor"
    runs = int(sys.argv[-1])
    if floor:
        rows = int(sys.argv[2])
        times = [paint_floor(rows) for _ in range(runs + 1)][1:]
    else:
        from leercoach.decks import load_library
        from leercoach.paths import shipped_decks_dir
        from leercoach.store import Store
        from leercoach.ui.session import Session

        store = Store.open(Path(sys.argv[1]), read_only=True)
        session = Session(store, load_library([shipped_decks_dir()]))
        rows = 0
        times = []
        for _ in range(runs + 1):  # the first warms Python's imports and Qt's fonts
            took, rows = paint_page(session)
            times.append(took)
        times = times[1:]
    app.processEvents()
    print(json.dumps({"at": time.monotonic(), "ms": statistics.median(times), "rows": rows}))


def paint_page(session: object) -> tuple[float, int]:
    from leercoach.ui.overview_page import TeamOverviewPage

    start = time.perf_counter()
    page = TeamOverviewPage(session)  # type: ignore[arg-type]
    page.resize(1280, 720)
    page.show()
    page.grab()
    took = (time.perf_counter() - start) * 1000
    rows = page.proxy.rowCount()
    page.close()
    page.deleteLater()
    return took, rows


def paint_floor(rows: int) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    start = time.perf_counter()
    model = QStandardItemModel(rows, 10)
    for row in range(rows):
        for column in range(10):
            model.setItem(row, column, QStandardItem(f"Medewerker {row} · {column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 720)
    view.show()
    view.grab()
    took = (time.perf_counter() - start) * 1000
    view.close()
    view.deleteLater()
    return took


if __name__ == "__main__":
    main()
