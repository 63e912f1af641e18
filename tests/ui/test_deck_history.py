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
from leercoach.ui.conversation.page import ConversationPage
from leercoach.ui.conversation.steps_model import SUMMARY
from leercoach.ui.main_window import MainWindow
from leercoach.ui.session import Session
from tests.conftest import SMALL_DECK
from tests.deck_history import (
    answer_every_card,
    pdf_words,
    previous_version_database,
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


def step_labels(page: ConversationPage) -> list[str]:
    model = page.steps_model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_check_in_99_in_the_user_decks_does_not_hide_a_completed_check_in(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        check_in = load_library(deck_folders()).get("check-in")
        count = len(check_in.cards)
        assert count >= 5
        talk = store.conversations.start(zoe.id, check_in)
        given = answer_every_card(store, talk, check_in)
        store.conversations.complete(talk.id)

        put_user_deck("check-in.toml", raised_check_in())
        window = open_in_window(qtbot, store, talk.id)
        page = window.conversation_page
        assert page.session.library.get("check-in").version == 99  # the picker offers 99
        assert page.deck is not None and page.deck.version == check_in.version
        assert [card.id for card in page.deck.cards] == list(given)
        shown = {card_id: step.editor.value() for card_id, step in page.card_steps.items()}
        assert shown == given
        assert page.stored_steps == {}
        assert page.show_step(check_in.cards[-1].id)
        assert page.progress_label.text() == f"Card {count} of {count}"
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


def test_an_answer_to_a_card_taken_out_of_the_deck_is_still_shown(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    """Someone took the 'hulp' card out of their deck without raising its version; the
    conversation held before keeps that answer, shown read-only with its stored question."""
    previous_version_database(
        db_path,
        {
            "t-1": (
                "mini",
                1,
                [
                    ("geleerd", "Wat heb je geleerd?", "plannen in de ochtend"),
                    ("energie", "Hoeveel energie geeft je werk je?", "4"),
                    ("hulp", "Heb je iets van mij nodig?", "ja, een cursus Excel"),
                ],
            )
        },
    )
    without_hulp = SMALL_DECK.split('[[cards]]\nid = "hulp"')[0]
    put_user_deck("mini.toml", without_hulp)
    with Store.open(db_path) as store:
        window = open_in_window(qtbot, store, "t-1")
        page = window.conversation_page
        assert page.deck is not None and [c.id for c in page.deck.cards] == ["geleerd", "energie"]
        assert step_labels(page)[:-1] == [  # nothing to review: the cards first
            "✓ 1. Wat heb je geleerd?",
            "✓ 2. Hoeveel energie geeft je werk je?",
            "✓ 3. Heb je iets van mij nodig?",
        ]
        assert page.show_step("hulp")
        stored = page.stored_steps["hulp"]
        assert page.stack.currentWidget() is stored
        assert stored.question.text() == "Heb je iets van mij nodig?"
        assert stored.value.toPlainText() == "ja, een cursus Excel"
        assert stored.value.isReadOnly()
        assert page.progress_label.text() == "Card 3 of 3"
        page.show_step(SUMMARY)
        assert "ja, een cursus Excel" in page.summary_step.browser.toPlainText()

        pdf = tmp_path / "groeiplan.pdf"
        export_growth_summary(
            store, "e-1", store.reporting.period_for_year(2026), pdf, page.session.library
        )
        text = pdf_words(pdf)
        assert "Heb je iets van mij nodig? ja, een cursus Excel" in text
        assert "4 – veel" in text
