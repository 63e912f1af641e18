"""Take the README screenshots on a real (virtual) screen: xvfb-run python packaging/screenshots.py

Builds a fresh demo database, opens the main window at 1366×768 (a common laptop),
the search page, then a conversation on a scale card, and saves PNGs to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="leercoach-shots-"))
    os.environ["LEERCOACH_DATA_DIR"] = str(scratch / "data")
    from PySide6.QtCore import QTimer

    from leercoach.decks import load_library
    from leercoach.paths import deck_folders
    from leercoach.store import Store
    from leercoach.store.demo import build_demo
    from leercoach.ui.app import create_application
    from leercoach.ui.i18n import install_translators
    from leercoach.ui.main_window import MainWindow
    from leercoach.ui.session import Session

    app = create_application()
    language = install_translators(app, sys.argv[1] if len(sys.argv) > 1 else "nl")
    store = Store.open(scratch / "demo.db")
    library = load_library(deck_folders())
    build_demo(store.db, library.decks.values(), 14, seed=3, conversations=4, today=date.today())
    store.set_setting("manager_name", "Marleen Vandenberghe")
    window = MainWindow(Session(store, library), language)
    window.setGeometry(0, 0, 1366, 740)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def grab(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / name))

    def overview() -> None:
        people = store.employees.find()
        busiest = max(people, key=lambda p: len(store.actions.open_for(p.id)))
        window.select_employee(busiest.id)
        grab("main-window.png")
        view = window.employee_view
        view.tabs.setCurrentWidget(view.growth)
        grab("growth-cycle.png")
        view.tabs.setCurrentIndex(0)
        window.show_search()
        panel = window._search_page.panel  # type: ignore[union-attr]
        panel.set_query("werkdruk")
        panel.run_search()
        grab("search.png")
        window._search_page.closed.emit()  # type: ignore[union-attr]
        deck = library.get("check-in")
        talk = window.session.talks.start(busiest.id, deck)
        window.open_conversation(talk)
        page = window.conversation_page
        scale = next(c for c in deck.cards if c.answer.type.value == "scale")
        page.go_to(page.steps_model.row_of(scale.id))
        page.card_steps[scale.id].editor.group.button(3).click()
        text_card = next(c for c in deck.cards if c.answer.type.value == "text" and c.tip)
        page.go_to(page.steps_model.row_of(text_card.id))
        step = page.card_steps[text_card.id]
        step.editor.set_value("Ik heb de nieuwe planningstool uitgeprobeerd met Wout erbij.")
        if step.tip_button is not None:
            step.tip_button.setChecked(True)
        page.notes.summary.setPlainText("Goed bezig met de planning; volgende stap: zelfstandig.")
        QTimer.singleShot(600, lambda: (grab("conversation-card.png"), app.quit()))

    QTimer.singleShot(300, overview)
    app.exec()
    store.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
