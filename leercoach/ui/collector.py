"""Python's cyclic garbage collector runs on the UI thread only.

Left to itself, the collector runs at whatever allocation crosses its threshold, on
whatever thread made it. A worker of ``ui.jobs`` that allocates (a CSV import, the HR
export) then frees a Qt object from a reference cycle on the wrong thread: Qt warns
"Timers cannot be stopped from another thread" at best, and crashes at worst. So the
automatic collector is off, and a timer on the UI thread collects as often as Python
itself would have, generation by generation (as calibre and pyqtgraph do).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the oldest generation whose count crossed its threshold, as Python would."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        if due:
            gc.collect(max(due))


def collect_on_ui_thread(app: QObject) -> UiThreadCollector:
    """Install the collector once per application; later calls hand back the same one."""
    existing = app.findChild(UiThreadCollector)
    if isinstance(existing, UiThreadCollector):
        return existing
    return UiThreadCollector(app)
