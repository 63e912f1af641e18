""" "Voorbereiding sturen…" and "Voorbereiding inlezen…" (issue 17): the form goes out from
the person view, comes back filled by the employee's reader (pypdf), by menu or dropped on
the window, and shows beside the cards of the next talk of that deck."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox

from leercoach.ui.prep_form import SendDialog

from ..prep_helpers import fill

DECK = "zelfscan-leerbehoeften"


def send(window: Any, monkeypatch: pytest.MonkeyPatch, target: Path, language: str = "nl"
         ) -> Path:  # fmt: skip
    """The person view's "Voorbereiding sturen…", the dialog answered with DECK."""

    def accept(dialog: SendDialog) -> int:
        dialog.deck.setCurrentIndex(dialog.deck.findData(DECK))
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SendDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF (*.pdf)"))
    menu = window.employee_view.prep_button.menu()
    (entry,) = [a for a in menu.actions() if a.text() == "Voorbereiding &sturen…"]
    entry.trigger()
    return target


def test_a_form_sent_and_read_back_shows_beside_the_cards_of_the_next_talk(
    make_window: Any,
    zoe: str,
    language: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Any,
    answer_dialogs: dict[str, Any],
) -> None:
    language("nl")
    window = make_window()
    assert window.select_employee(zoe)
    form = send(window, monkeypatch, tmp_path / "zoe.pdf")
    assert form.exists() and "zoe.pdf" in shown[-1][1]
    filled = fill(
        form,
        tmp_path / "ingevuld.pdf",
        {"a_moeite": "Plannen op maandag 📅", "a_plezier": "/s4", "points": "Thuiswerk"},
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(filled), "PDF (*.pdf)"))
    (entry,) = [
        action
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.text() == "Voorbereiding &inlezen…"
    ]
    entry.trigger()
    icon, said, _details = shown[-1]
    assert icon is QMessageBox.Icon.Information and "Zoë Peeters" in said
    assert [p.text for p in window.session.points.for_employee(zoe)] == ["Thuiswerk"]
    pending = window.employee_view.pending_preparations
    assert not pending.isHidden() and "Zelfscan: wat wil ik leren?" in pending.text()

    answer_dialogs["deck"] = DECK
    window.new_conversation()
    page = window.conversation_page
    step = page.card_steps["moeite"]
    label = step.findChild(QLabel, "preparedAnswer")
    assert label is not None
    assert (
        "Voorbereiding van Zoë Peeters:" in label.text() and "Plannen op maandag 📅" in label.text()
    )
    assert step.editor.value() == ""  # beside the manager's answer, never in it
    scale = page.card_steps["plezier"].findChild(QLabel, "preparedAnswer")
    assert "4 – veel" in scale.text()
    assert pending.isHidden()  # used by this talk: nothing waits any more
    window.resize(1200, 800)
    page.go_to(page.steps_model.row_of("moeite"))
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "prepared-card.png"))


def test_the_same_form_dropped_twice_is_read_once(
    make_window: Any,
    zoe: str,
    language: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Any,
) -> None:
    language("nl")
    window = make_window()
    window.select_employee(zoe)
    form = send(window, monkeypatch, tmp_path / "zoe.pdf")
    filled = fill(form, tmp_path / "ingevuld.pdf", {"a_moeite": "Plannen"})

    def drag(path: Path) -> bool:
        """A drag of ``path`` over the window: whether the window takes it."""
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        held.append(data)  # an event only points to its data: it must outlive the events
        args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier)  # fmt: skip
        enter = QDragEnterEvent(QPoint(20, 20), *args)
        QApplication.sendEvent(window, enter)
        self_drop.append(QDropEvent(QPointF(20, 20), *args))
        return enter.isAccepted()

    self_drop: list[QDropEvent] = []
    held: list[QMimeData] = []

    def drop() -> None:
        assert drag(filled)
        QApplication.sendEvent(window, self_drop[-1])

    notes = tmp_path / "notities.txt"
    notes.write_text("geen formulier", encoding="utf-8")
    assert not drag(notes)  # only a PDF is taken
    drop()
    assert "is ingelezen" in shown[-1][1]
    drop()
    assert shown[-1][1] == "Dit formulier werd al eerder ingelezen; er is niets veranderd."
    assert len(window.session.preparations.for_employee(zoe)) == 1


def test_a_file_that_is_no_form_is_one_message_and_nothing_is_read(
    make_window: Any, zoe: str, language: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    shown: Any,
) -> None:  # fmt: skip
    language("nl")
    window = make_window()
    other = tmp_path / "brief.pdf"
    other.write_text("geen pdf", encoding="utf-8")
    from leercoach.ui.prep_form import import_file

    assert import_file(window.session, window, other) is None
    icon, said, _details = shown[-1]
    assert icon is QMessageBox.Icon.Warning and said.endswith("brief.pdf is geen PDF")
    assert window.session.preparations.for_employee(zoe) == []
