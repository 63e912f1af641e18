"""leercoach's bool signals keep the interpreter's reference counts of True and False whole.

PySide6 6.12.0 (excluded in pyproject.toml) lost references to True when a Signal(bool)
was emitted to a Python slot; some hundreds of emissions later the count reached zero and
the interpreter aborted (``bool_dealloc``), long after the cause, in the middle of a
conversation. leercoach's own bool signals fire on every save: the autosaver's
``pendingChanged(bool)`` and ``failed(str, Exception, bool)``, into the save indicator.
On 6.12.0 both tests here fail (True lost four references per save) and the interpreter
then aborts; Qt's own ``toggled(bool)`` was not affected there.

From Python 3.12 on, True and False are immortal: a dropped reference can no longer hurt
them, and their count no longer moves, so there is nothing to measure.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from leercoach.store import ReadOnlyError
from leercoach.ui.conversation.autosave import Autosaver
from leercoach.ui.conversation.save_indicator import SaveIndicator

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True and False are immortal from Python 3.12: a lost reference cannot abort",
)

EMISSIONS = 600
# Other code may hold a few more or fewer bools between two readings; a reference gained
# or lost per emission moves the count by hundreds.
SLACK = 20


def bool_references() -> tuple[int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False)


def assert_no_drift(emit_many: Callable[[int], None]) -> None:
    emit_many(10)  # first calls fill caches: those references stay, and are no leak
    before = bool_references()
    emit_many(EMISSIONS)
    after = bool_references()
    drift = [now - then for now, then in zip(after, before, strict=True)]
    assert all(abs(d) <= SLACK for d in drift), f"True/False references moved by {drift}"


def test_saving_keeps_the_reference_counts(qtbot: QtBot) -> None:
    """Each round: pending (True), saved (False)."""
    saver = Autosaver()
    indicator = SaveIndicator(saver)
    qtbot.addWidget(indicator)
    written: list[str] = []

    def rounds(count: int) -> None:
        for number in range(count):
            saver.schedule("summary", lambda number=number: written.append(str(number)))
            assert saver.flush()

    assert_no_drift(rounds)
    assert written and indicator.text() == "Saving…"  # the session's `saved` says the rest


def test_failing_and_refused_writes_keep_the_reference_counts(qtbot: QtBot) -> None:
    """Each round: pending (True), failed and retried (True), refused (False), saved (False)."""
    saver = Autosaver()
    indicator = SaveIndicator(saver)
    qtbot.addWidget(indicator)
    disk = {"full": True}

    def write() -> None:
        if disk["full"]:
            raise OSError(28, "No space left on device")

    def refused() -> None:
        raise ReadOnlyError("the conversation is completed; reopen it to change it")

    def rounds(count: int) -> None:
        for _ in range(count):
            disk["full"] = True
            saver.schedule("answer:x", write)
            assert not saver.flush()
            disk["full"] = False
            saver.schedule("summary", refused)
            assert saver.flush()

    assert_no_drift(rounds)
    assert indicator.text() == "Not saved: this conversation is completed"
