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
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from leercoach.ui.error_messages import expected_message, show_expected
from leercoach.ui.jobs import JobOutcome, Progress, run_job
from leercoach.ui.session import Session, StoreOp

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
