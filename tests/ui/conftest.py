from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leercoach import language as core_language
from leercoach.crash import CrashHandler, install
from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.ui.collector import collect_on_ui_thread
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.deck_picker import DeckPickerDialog
from leercoach.ui.error_messages import ErrorReporter
from leercoach.ui.i18n import install_translators
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session

Shown = list[tuple[QMessageBox.Icon, str, str]]
# What the app says in Dutch: a full disk, and a bug.
DISK_FULL = (
    "De schijf is vol. Maak wat ruimte vrij en probeer opnieuw; alles wat tot nu toe "
    "opgeslagen werd, is veilig."
)
BUG = (
    "leercoach liep tegen een onverwachte fout aan. Je opgeslagen werk is veilig; de details "
    "staan in het logbestand."
)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type any text, accents included: qtbot.keyClicks aborts on non-ASCII characters."""
    widget.setFocus()
    for character in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
        )
        QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def collector_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (``create_application``): pytest-qt makes the QApplication here.

    After the test, pytest-qt has closed its widgets and asked Qt to delete them later;
    they are deleted now, by Qt, in Qt's order, and only then does the collector free the
    Python side. Left to a later collection, a finished test's window was torn down by
    the collector in the middle of another test (a segfault in the full suite)."""
    collect_on_ui_thread(qapp)
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Any]:
    """``language("nl")`` installs that language's translators until the test ends."""
    installed: list[Any] = []
    spoken = core_language.current()

    def install(code: str | None) -> str:
        before = {id(t) for t in qapp.findChildren(QTranslator)}
        used = install_translators(qapp, code)
        installed.extend(t for t in qapp.findChildren(QTranslator) if id(t) not in before)
        return used

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    core_language.use(spoken)


@pytest.fixture
def library() -> Any:
    return load_library([shipped_decks_dir()])


@pytest.fixture
def open_store(db_path: Path) -> Iterator[Callable[[], Store]]:
    opened: list[Store] = []

    def make() -> Store:
        """The store that is open now, like the one app window; a new one after a close."""
        if opened and not opened[-1].closed:
            return opened[-1]
        store = Store.open(db_path)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def make_window(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any
) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(Session(open_store(), library), "nl")
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Modal dialogs answered by the test: confirmations say yes, pickers pick a deck."""
    answers: dict[str, Any] = {"deck": "check-in", "confirm": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers["confirm"])

    def pick(dialog: DeckPickerDialog) -> int:
        dialog.tree.setCurrentIndex(dialog.model.index_of(answers["deck"]))
        return DeckPickerDialog.DialogCode.Accepted

    monkeypatch.setattr(DeckPickerDialog, "exec", pick)

    def fill_action(dialog: ActionDialog) -> int:
        what, owner, due, measure = answers.pop("action")
        dialog.what.setPlainText(what)
        dialog.owner.setCurrentIndex(dialog.owner.findData(owner))
        dialog.due.set_value(due)
        dialog.measure.setText(measure)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill_action)
    return answers


@pytest.fixture
def zoe(open_store: Callable[[], Store]) -> str:
    store = open_store()
    person = store.employees.add(
        EmployeeDraft(
            name="Zoë Peeters", team="Zorg", role="verpleegkundige", start_date=date(2019, 5, 1)
        )
    )
    return person.id


@pytest.fixture
def growth(make_window: Any, zoe: str, language: Callable[[str], str]) -> Iterator[Any]:
    """The growth tab of Zoë, in Dutch."""
    language("nl")
    window = make_window()  # held by this generator for the whole test
    window.select_employee(zoe)
    view = window.employee_view.growth
    window.employee_view.tabs.setCurrentWidget(view)
    view.year.setValue(date.today().year)
    yield view


@pytest.fixture
def handler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Callable[[str], str]
) -> CrashHandler:
    """The app's crash handler, answering in Dutch, as ``run_gui`` sets it up."""
    language("nl")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    installed = install(tmp_path / "leercoach.log")
    installed.notify = ErrorReporter()
    return installed


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Each message box that opened: its icon, text and details (answered at once)."""
    boxes: Shown = []

    def answer(box: QMessageBox) -> int:
        boxes.append((box.icon(), box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return boxes


@pytest.fixture
def window_on_a_small_disk(
    qtbot: QtBot, small_disk: Callable[[int], Path], library: Any
) -> Iterator[MainWindow]:
    """The app's window on a database on a disk of 720 KiB, which fills up soon: a new
    file and its first WAL fit (schema 0018: its -wal and -shm take some 640 KiB)."""
    store = Store.open(small_disk(720) / "leercoach.db")
    try:
        window = MainWindow(Session(store, library), "nl")
        qtbot.addWidget(window)
        window.show()
        yield window
    finally:
        store.close()
