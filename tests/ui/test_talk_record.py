""" "Verslag voor medewerker…" in the person view's conversation menu and on the record
banner: it writes the record of a completed talk; a draft has it greyed out and the
manager's own deck not at all (issue 17)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from leercoach.domain import ActionOwner, Deck

ENTRY = "&Verslag voor medewerker…"
PRIVATE = "Twijfelt of ze blijft"


def pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(
        subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    )


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The save dialog answers ``target`` (without .pdf) and keeps the name it suggested."""
    suggested: list[str] = []

    def answer(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        suggested.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def entries(view: Any, row: int) -> dict[str, Any]:
    return {action.text(): action for action in view.person_talks.menu_for(row).actions()}


def test_the_menu_writes_the_record_of_a_completed_talk(
    make_window: Any,
    zoe: str,
    mini_deck: Deck,
    language: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Any,
) -> None:
    language("nl")
    window = make_window()
    talks = window.session.talks
    talk = talks.start(zoe, mini_deck)
    talks.set_shared_summary(talk, "Zoë neemt de roosters over")
    talks.set_private_note(talk, PRIVATE)
    window.session.actions.add(
        zoe, "Cursus plannen", ActionOwner.MEDEWERKER, date(2027, 3, 1), "", conversation_id=talk.id
    )
    talks.complete(talk)
    assert window.select_employee(zoe)
    view = window.employee_view
    suggested = save_to(monkeypatch, tmp_path / "zoe")

    entry = entries(view, 0)[ENTRY]
    assert entry.isEnabled()
    entry.trigger()

    written = tmp_path / "zoe.pdf"
    text = pdf_text(written)
    assert "Zoë neemt de roosters over" in text
    assert "Cursus plannen medewerker (Zoë Peeters) 1 mrt 2027" in text
    assert "Handtekening" in text
    assert "Twijfelt" not in text and "blijft" not in text
    today = talks.for_employee(zoe)[0].first_completed_at.date().isoformat()
    assert Path(suggested[0]).name == f"Zoë Peeters - verslag {today}.pdf"
    ((icon, said, _),) = shown
    assert icon is QMessageBox.Icon.Information and "zoe.pdf" in said


def test_a_draft_has_it_greyed_out_and_the_managers_own_deck_not_at_all(
    make_window: Any, zoe: str, mini_deck: Deck, language: Any
) -> None:
    language("nl")
    window = make_window()
    session = window.session
    own = session.talks.start(zoe, session.library.get("feedforward-voorbereiding"))
    session.talks.complete(own)
    session.talks.start(zoe, mini_deck)
    assert window.select_employee(zoe)
    view = window.employee_view
    draft_row, own_row = 0, 1  # newest first
    draft = entries(view, draft_row)[ENTRY]
    assert not draft.isEnabled()
    assert draft.toolTip() == "Rond het gesprek eerst af."
    assert ENTRY not in entries(view, own_row)


def test_the_record_banner_offers_it_once_the_talk_is_completed(
    make_window: Any,
    zoe: str,
    language: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Any,
) -> None:
    language("nl")
    window = make_window()
    session = window.session
    window.open_conversation(session.talks.start(zoe, session.library.get("check-in")))
    page = window.conversation_page
    assert not page.banner.record_button.isVisible()
    page.finish()
    assert page.banner.isVisible() and page.banner.record_button.isVisible()
    assert page.banner.record_button.text() == ENTRY
    save_to(monkeypatch, tmp_path / "check-in.pdf")
    page.banner.record_button.click()
    assert "VERSLAG VAN EEN GESPREK" in pdf_text(tmp_path / "check-in.pdf")

    window.open_conversation(
        session.talks.start(zoe, session.library.get("feedforward-voorbereiding"))
    )
    page.finish()
    assert page.banner.isVisible() and not page.banner.record_button.isVisible()
