""" "Feedforward voorbereiden…" in the person view: it writes the coach's prep sheet and
offers to start the coach's own record with the feedforward deck (issue 17)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from leercoach.domain import ActionOwner, ActionStatus, Deck

from .test_talk_record import pdf_text, save_to

ENTRY = "Feedforward &voorbereiden…"
START = "Eigen notities &starten"


def answer_with(monkeypatch: pytest.MonkeyPatch, button: str | None) -> list[str]:
    """Each message box is answered at once, by the button of this text (None: OK)."""
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.text())
        for candidate in box.buttons():
            if candidate.text() == button:
                candidate.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return said


def zoe_with_history(window: Any, zoe: str, mini_deck: Deck) -> None:
    session = window.session
    talk = session.talks.start(zoe, mini_deck)
    late = session.actions.add(
        zoe,
        "Roosters nakijken",
        ActionOwner.MEDEWERKER,
        date(2020, 1, 1),
        "",
        conversation_id=talk.id,
    )
    session.talks.complete(talk)
    session.actions.set_status(late, ActionStatus.KLAAR, "", None)


def test_the_button_writes_the_sheet_and_can_start_the_coachs_own_notes(
    make_window: Any,
    zoe: str,
    mini_deck: Deck,
    language: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language("nl")
    window = make_window()
    zoe_with_history(window, zoe, mini_deck)
    assert window.select_employee(zoe)
    view = window.employee_view
    button = view.feedforward_button
    assert button.text() == ENTRY and button.isEnabled()
    suggested = save_to(monkeypatch, tmp_path / "zoe")
    said = answer_with(monkeypatch, START)

    button.click()

    written = tmp_path / "zoe.pdf"
    text = pdf_text(written)
    assert "FEEDFORWARDGESPREK VOORBEREIDEN" in text and "Zoë Peeters" in text
    assert "Te laat klaar (1) • Roosters nakijken" in text
    assert Path(suggested[0]).name.startswith("Zoë Peeters - feedforward voorbereiding ")
    assert "zoe.pdf" in said[0] and "Feedforwardgesprek voorbereiden" in said[0]
    # The coach's own record is open, with this person, on the feedforward deck.
    assert window.pages.currentWidget() is window.conversation_page
    mine = window.session.talks.for_employee(zoe)[0]
    assert mine.deck_slug == "feedforward-voorbereiding" and not mine.is_completed


def test_ok_only_saves_and_cancelling_the_dialog_writes_nothing(
    make_window: Any,
    zoe: str,
    language: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language("nl")
    window = make_window()
    assert window.select_employee(zoe)
    view = window.employee_view
    save_to(monkeypatch, tmp_path / "zoe.pdf")
    answer_with(monkeypatch, None)
    view.feedforward_button.click()
    assert (tmp_path / "zoe.pdf").exists()
    assert window.session.talks.for_employee(zoe) == []
    assert window.pages.currentWidget() is window.overview

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    (tmp_path / "zoe.pdf").unlink()
    view.feedforward_button.click()
    assert not (tmp_path / "zoe.pdf").exists()


def test_no_one_selected_has_it_greyed_out(make_window: Any, language: Any) -> None:
    language("nl")
    window = make_window()
    assert not window.employee_view.feedforward_button.isEnabled()
