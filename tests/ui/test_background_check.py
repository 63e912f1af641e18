"""The full database check runs after the window shows, and the search page opens hits.

A backup or a check that fails in the background is shown to the person.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft, GrowthPhase
from leercoach.store import Store
from leercoach.trust.recovery import IntegrityCheck
from leercoach.ui.backups import BackupScheduler
from leercoach.ui.conversation.steps_model import SUMMARY
from leercoach.ui.integrity import IntegrityWatch
from leercoach.ui.main_window import MainWindow
from leercoach.ui.problems import report_failures


def orphan_a_row(db_path: Path) -> None:
    """A phase change whose person is gone: what foreign_key_check reports as damage."""
    with Store.open(db_path) as store:
        person = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        store.employees.update(
            person.id, EmployeeDraft(name="Zoë Peeters", growth_phase=GrowthPhase.MENTOR)
        )
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM employee")
    conn.commit()
    conn.close()


def test_damage_found_in_the_background_offers_recovery(
    qtbot: QtBot, db_path: Path, library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    orphan_a_row(db_path)
    from leercoach.ui.session import Session

    store = Store.open(db_path)
    watch = IntegrityWatch(store)
    with qtbot.waitSignal(watch.damaged, timeout=10_000) as found:
        watch.start()
    watch.stop()
    assert any("growth_phase_change" in problem for problem in found.args[0])
    try:
        window = MainWindow(Session(store, library), "nl")
        qtbot.addWidget(window)
        window.show()

        def press_recover(box: QMessageBox) -> int:
            next(b for b in box.buttons() if b.text() in ("Recover now", "Nu herstellen")).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", press_recover)
        window.report_damage(found.args[0])
        assert window.recovery_requested and not window.isVisible()
    finally:
        store.close()


def test_a_sound_file_reports_no_damage(qtbot: QtBot, store: Store) -> None:
    """The check ran to its end and found nothing: no damage, and no failure either (a
    check that crashed would also report no damage)."""
    store.employees.add(EmployeeDraft(name="Bram Maes"))
    watch = IntegrityWatch(store)
    reported: list[object] = []
    watch.damaged.connect(reported.append)
    watch.failed.connect(reported.append)
    with qtbot.waitSignal(watch.finished, timeout=10_000):
        watch.start()
    watch.stop()
    assert reported == []


def test_a_cancelled_check_reports_nothing(qtbot: QtBot, db_path: Path) -> None:
    """Closing the window stops the check: even on a damaged file, nothing is shown after."""
    orphan_a_row(db_path)
    store = Store.open(db_path)
    try:
        assert IntegrityCheck(store).run(), "the file is damaged: a full check says so"
        check = IntegrityCheck(store)
        check.cancel()
        assert check.run() is None
        watch = IntegrityWatch(store)
        reported: list[object] = []
        watch.damaged.connect(reported.append)
        watch.failed.connect(reported.append)
        watch.check.cancel()  # the window closed before the check got going
        with qtbot.waitSignal(watch.finished, timeout=10_000):
            watch.start()
        watch.stop()
        assert reported == []
    finally:
        store.close()


def test_a_search_hit_opens_the_talk_at_its_card_and_the_note_at_the_summary(
    qtbot: QtBot, make_window: Callable[[], MainWindow], library: Any, zoe: str
) -> None:
    window = make_window()
    store = window.session.store
    deck = library.decks["check-in"]
    talk = store.conversations.start(zoe, deck)
    card = deck.cards[2]
    store.conversations.save_answer(talk.id, card, 0, "Veel kalligrafie gedaan deze maand")
    store.conversations.set_private_note(talk.id, "Kalligrafie als uitlaatklep")
    window.show_search()
    panel = window._search_page.panel  # type: ignore[union-attr]
    assert window.pages.currentWidget() is window._search_page
    assert not panel.include_private.isChecked()  # private notes only when asked
    panel.include_private.setChecked(True)
    panel.set_query("kalligrafie")
    panel.run_search()
    hits = {panel.model.row(row).kind.value: panel.model.row(row) for row in range(2)}
    window.open_search_hit(hits["answer"])
    page = window.conversation_page
    assert window.pages.currentWidget() is page
    assert page.current_key() == card.id
    window.open_search_hit(hits["private_note"])
    assert page.current_key() == SUMMARY


# A backup or check that fails in the background is shown, not only logged ---------------------

BACKUP_FAILED = "De automatische back-up is mislukt: "
CHECK_FAILED = "De database kon niet op de achtergrond gecontroleerd worden: "


def test_a_failed_background_backup_is_shown_in_the_status_bar(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    language: Callable[[str], str],
) -> None:
    language("nl")
    window = make_window()
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backups folder should be", "utf-8")
    scheduler = BackupScheduler(window.session, not_a_folder)
    report_failures(window, scheduler.failed)
    window.session.people.add(EmployeeDraft(name="Zoë Peeters"))
    with qtbot.waitSignal(scheduler.failed, timeout=30_000):
        scheduler.backup_when_quiet(datetime.now() + timedelta(hours=1))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(BACKUP_FAILED))
    message = window.statusBar().currentMessage()
    assert "Not a directory" in message
    assert message.endswith("Je werk zelf is opgeslagen; leercoach probeert het later opnieuw.")


def test_a_failed_backup_on_closing_is_shown_in_a_dialog(
    make_window: Callable[[], MainWindow],
    small_disk: Callable[[int], Path],
    language: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language("nl")
    window = make_window()
    scheduler = BackupScheduler(window.session, small_disk(64))
    report_failures(window, scheduler.failed)
    window.session.people.add(EmployeeDraft(name="Zoë Peeters"))
    window.close()
    warnings: list[str] = []

    def warn(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    assert scheduler.backup_on_close() is None
    assert warnings == [
        f"{BACKUP_FAILED}De schijf is vol. Maak wat ruimte vrij en probeer opnieuw; alles wat "
        "tot nu toe opgeslagen werd, is veilig. Je werk zelf is opgeslagen; leercoach probeert het "
        "later opnieuw."
    ]


def test_a_check_that_cannot_run_is_shown_and_makes_no_new_file(
    qtbot: QtBot, db_path: Path, library: Any, language: Callable[[str], str]
) -> None:
    from leercoach.ui.session import Session

    language("nl")
    store = Store.open(db_path)
    try:
        window = MainWindow(Session(store, library), "nl")
        qtbot.addWidget(window)
        window.show()
        watch = IntegrityWatch(store)
        report_failures(window, watch.failed)
        db_path.rename(db_path.with_name("elders.db"))  # moved away while the app has it open
        with qtbot.waitSignal(watch.finished, timeout=10_000):
            watch.start()
        watch.stop()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(CHECK_FAILED))
        assert "staat niet meer waar het stond" in window.statusBar().currentMessage()
        assert not db_path.exists()  # the check did not make a new, empty database there
    finally:
        store.close()


def test_damage_that_stops_sqlites_check_is_damage_not_a_failure(
    qtbot: QtBot, db_path: Path
) -> None:
    with Store.open(db_path) as store:
        for number in range(200):
            store.employees.add(EmployeeDraft(name=f"Medewerker {number}", role="x" * 300))
    with db_path.open("r+b") as file:  # page 2, the employee table's first page
        file.seek(4096)
        file.write(b"\xab" * 4096)
    store = Store.open(db_path)
    try:
        watch = IntegrityWatch(store)
        failed: list[str] = []
        watch.failed.connect(failed.append)
        with qtbot.waitSignal(watch.damaged, timeout=10_000) as found:
            watch.start()
        watch.stop()
        assert found.args[0] == ["database disk image is malformed"] and failed == []
    finally:
        store.close()
