"""The week page's read off the UI thread (``operations.read_later``): the result comes
back on the UI thread, and a page gone before its read ends gets nothing, without error."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.store import Store
from leercoach.ui.operations import read_later
from leercoach.ui.session import Session


def readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "leercoach-read"]


def test_the_read_runs_on_another_thread_and_its_result_arrives_on_the_ui_thread(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any
) -> None:
    store = open_store()
    store.employees.add(EmployeeDraft(name="Jonas Peeters"))
    session = Session(store, library)
    receiver = QObject()
    got: list[tuple[int, int, int]] = []

    def work(reader: Store) -> tuple[int, int]:
        assert reader is not store  # a connection of its own
        return threading.get_ident(), reader.employees.count()

    read_later(receiver, session, work, lambda r: got.append((*r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got))
    worker, count, delivered_on = got[0]
    assert count == 1
    assert worker != threading.get_ident() and delivered_on == threading.get_ident()


def test_a_receiver_gone_before_the_read_ends_gets_nothing(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any
) -> None:
    session = Session(open_store(), library)
    gate = threading.Event()
    receiver = QObject()
    got: list[object] = []
    read_later(receiver, session, lambda reader: gate.wait(10), got.append)
    receiver.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    for thread in readers():
        thread.join(10)
    QCoreApplication.processEvents()
    assert got == [] and readers() == []
