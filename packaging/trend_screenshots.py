"""Screenshots of the person view's Trends tab (issue 16), on a real (virtual) screen:

    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/trend_screenshots.py OUT.png [nl|en] \
        [dark]

QT_SCALE_FACTOR=2 gives the 200 % one. A person with a year of check-ins and two other
scale cards; the window at 1366×740 (a common laptop), the Trends tab shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

CHECK_INS = (3, 2, 2, 3, 4, 4, 3, 4, 5)


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    scratch = Path(tempfile.mkdtemp(prefix="leercoach-trends-"))
    os.environ["LEERCOACH_DATA_DIR"] = str(scratch / "data")
    from PySide6.QtCore import QTimer

    from leercoach.decks import load_library
    from leercoach.domain import EmployeeDraft
    from leercoach.paths import deck_folders
    from leercoach.store import Store
    from leercoach.ui.app import create_application
    from leercoach.ui.i18n import install_translators
    from leercoach.ui.main_window import MainWindow
    from leercoach.ui.session import Session

    app = create_application()
    language = install_translators(app, sys.argv[2] if len(sys.argv) > 2 else "nl")
    dark = "dark" in sys.argv[3:]
    if dark:  # the dark palette the tests use (the offscreen and X11 platforms ignore schemes)
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.ui.palettes import dark_palette

        app.setPalette(dark_palette())
    now = [datetime(2025, 12, 1, 9, 0)]

    def clock() -> datetime:
        now[0] += timedelta(minutes=1)
        return now[0]

    store = Store.open(scratch / "trends.db", clock=clock)
    library = load_library(deck_folders())
    zoe = store.employees.add(
        EmployeeDraft(name="Zoë Peeters", team="Zorg", role="verpleegkundige")
    )

    def hold(slug: str, day: datetime, values: dict[str, str]) -> None:
        now[0] = day
        deck = library.get(slug)
        talk = store.conversations.start(zoe.id, deck)
        for position, card in enumerate(deck.cards):
            if card.id in values:
                store.conversations.save_answer(talk.id, card, position, values[card.id])
        store.conversations.complete(talk.id)

    for index, value in enumerate(CHECK_INS):
        hold(
            "check-in",
            datetime(2025, 12, 1, 9) + timedelta(weeks=5 * index),
            {"hoe-gaat-het": str(value)},
        )
    hold("kort-ontwikkelgesprek", datetime(2026, 2, 16, 10), {"zin": "3"})
    hold("kort-ontwikkelgesprek", datetime(2026, 9, 14, 10), {"zin": "4"})
    window = MainWindow(Session(store, library), language)
    window.setGeometry(0, 0, 1366, 740)
    window.show()

    def shoot() -> None:
        window.select_employee(zoe.id)
        view = window.employee_view
        view.tabs.setCurrentWidget(view.trends_tab)
        app.processEvents()
        if dark and view.trends is not None:  # and the keyboard on the fourth point
            chart = view.trends.cards[0].chart
            chart.setFocus()
            chart.current = 3
            chart.update()
        QTimer.singleShot(300, lambda: (window.grab().save(str(out)), app.quit()))

    QTimer.singleShot(300, shoot)
    app.exec()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
