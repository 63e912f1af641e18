"""A conversation is shown with the deck it was held with, whatever deck files come later."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import deck_folders
from leercoach.reports import export_growth_summary
from leercoach.store import Store
from leercoach.ui.conversation.steps_model import SUMMARY
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session
from tests.deck_history import (
    answer_every_card,
    pdf_words,
    put_user_deck,
    raised_check_in,
)


def open_in_window(qtbot: QtBot, store: Store, conversation_id: str) -> MainWindow:
    """The app as it starts: the decks loaded from the deck folders as they are now."""
    window = MainWindow(Session(store, lambda: load_library(deck_folders())), "nl")
    qtbot.addWidget(window)
    window.show()
    window.open_conversation(store.conversations.get(conversation_id))
    return window


def test_a_check_in_99_in_the_user_decks_does_not_hide_a_completed_check_in(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        check_in = load_library(deck_folders()).get("check-in")
        assert len(check_in.cards) == 9
        talk = store.conversations.start(zoe.id, check_in)
        given = answer_every_card(store, talk, check_in)
        store.conversations.complete(talk.id)

        put_user_deck("check-in.toml", raised_check_in())
        window = open_in_window(qtbot, store, talk.id)
        page = window.conversation_page
        assert page.session.library.get("check-in").version == 99  # the picker offers 99
        assert page.deck is not None and page.deck.version == 1
        assert [card.id for card in page.deck.cards] == list(given)
        shown = {card_id: step.editor.value() for card_id, step in page.card_steps.items()}
        assert shown == given
        assert page.show_step(check_in.cards[-1].id)
        assert page.progress_label.text() == "Card 9 of 9"
        page.show_step(SUMMARY)
        summary = page.summary_step.browser.toPlainText()
        assert all(card.question in summary for card in check_in.cards)
        assert "4 – goed" in summary

        pdf = tmp_path / "groeiplan.pdf"
        export_growth_summary(
            store,
            zoe.id,
            store.reporting.period_for_year(date.today().year),
            pdf,
            page.session.library,
        )
        text = pdf_words(pdf)
        for card in check_in.cards[1:]:
            assert given[card.id] in text, card.id
        assert "4 – goed" in text  # the scale answer, with the label of the deck it was held with
