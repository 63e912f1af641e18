"""Long work off the UI thread, shown one way (after Anki's CollectionOp and QueryOp).

``run_op`` runs a ``StoreOp`` (what the session's services hand out for long work:
an erasure with its VACUUM, demo data, a CSV import, the HR export):

- the work runs on a worker thread, on a connection of its own to the same file
  (``store.sibling()``, opened here in that thread), so no job opens a Store by hand;
- a progress dialog appears only once it takes longer than ``SHOW_AFTER_MS``, with
  Cancel where the work can stop halfway;
- an expected error (a full disk, a file in use, a refusal of the store) is a message
  in the user's language that says what to do (``ui.error_messages``); a bug goes where
  every bug goes, ``sys.excepthook``: the crash handler's log and its dialog;
- afterwards the session announces what the operation changed (``Changes``), so every
  screen refreshes itself, also after a failure or Cancel halfway.

``run_in_background`` is the same without a database: a restore before any is open.
``read_later`` is a read that nobody waits for: no dialog, the window stays free, and
the result reaches the UI thread when it is there (the "Deze week" page).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from leercoach.ui.error_messages import expected_message, show_expected
from leercoach.ui.jobs import JobOutcome, Progress, run_job
from leercoach.ui.session import Session, StoreOp

if TYPE_CHECKING:
    from leercoach.store import Store

SHOW_AFTER_MS = 300
T = TypeVar("T")
Handled = tuple[type[BaseException], ...]


@dataclass(frozen=True)
class OpOutcome(Generic[T]):
    """How it ended: ``result`` only when it ran to the end. An error was shown already,
    unless the caller said it words that kind itself (``handled``)."""

    result: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


def run_op(
    parent: QWidget | None,
    session: Session,
    op: StoreOp[T],
    *,
    title: str,
    label: str,
    handled: Handled = (),
) -> OpOutcome[T]:
    """Run ``op`` off the UI thread and wait for it; see the module's description."""

    def work(progress: Progress) -> T:
        with session.store.sibling() as store:
            return op.work(store, progress)

    job = _run(parent, title, label, work, op.cancellable)
    session.announce(op.changes)
    return _outcome(parent, job, handled)


def run_in_background(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    *,
    title: str,
    label: str,
    cancellable: bool = True,
    handled: Handled = (),
) -> OpOutcome[T]:
    """``run_op`` for work that needs no open database."""
    return _outcome(parent, _run(parent, title, label, work, cancellable), handled)


def _run(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T], cancel: bool
) -> JobOutcome:
    return run_job(parent, title, label, work, show_after_ms=SHOW_AFTER_MS, cancellable=cancel)


def _outcome(parent: QWidget | None, job: JobOutcome, handled: Handled) -> OpOutcome[T]:
    error = job.error
    if error is not None and not isinstance(error, handled):
        tell(parent, error)
    ended = error is None and not job.cancelled
    return OpOutcome(job.result if ended else None, error, job.cancelled)


def tell(parent: QWidget | None, error: BaseException) -> None:
    """An expected error as its message; a bug to ``sys.excepthook``, as from any slot."""
    if expected_message(error) is None:
        sys.excepthook(type(error), error, error.__traceback__)
    else:
        show_expected(error, parent)


class _Delivery(QObject):
    """Lives on the UI thread, a child of whoever asked: gone with it, and then the
    result of a read still under way goes nowhere."""

    arrived = Signal(object, object)

    def __init__(self, receiver: QObject, done: Callable[[Any], object]) -> None:
        super().__init__(receiver)
        self.done = done
        self.arrived.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def deliver(self, result: object, error: object) -> None:
        self.deleteLater()
        if isinstance(error, BaseException):
            tell(None, error)
        else:
            self.done(result)


def read_later(
    receiver: QObject, session: Session, work: Callable[[Store], T], done: Callable[[T], object]
) -> None:
    """Run ``work`` on a worker thread, on a connection of its own, and hand its result
    to ``done`` on the UI thread, unless ``receiver`` is gone by then. For reads only:
    nothing is announced. An error is shown as ``run_op`` shows one."""
    delivery = _Delivery(receiver, done)

    def read() -> None:
        result: object = None
        error: BaseException | None = None
        try:
            with session.store.sibling() as store:
                result = work(store)
        except Exception as caught:  # noqa: BLE001 - handed to the UI thread to show
            error = caught
        with contextlib.suppress(RuntimeError):  # the receiver, and the delivery, is gone
            delivery.arrived.emit(result, error)

    threading.Thread(target=read, name="leercoach-read", daemon=True).start()
