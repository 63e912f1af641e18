"""The app uses the decks' links (issue 18): the picker suggests the deck naming the
cycle's gap, the week and the person's next talk name the deck that follows the last,
and a preparation form is offered once per deck, not once per twin."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from leercoach.domain import DeckKind, EmployeeDraft
from leercoach.domain.suggest import SuggestionReason
from leercoach.store import Store
from leercoach.ui.deck_picker import DeckPickerDialog
from leercoach.ui.session import Session
from tests.deck_links import NEW_DECKS, OLD_DECKS, library_of, made


def test_the_picker_suggests_the_planning_deck_and_then_its_follow_up_comes_next(
    qtbot: QtBot, db_path: Path
) -> None:
    library = library_of(*NEW_DECKS)
    with Store.open(db_path, clock=lambda: datetime(2026, 3, 10, 9, 30)) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", start_date=date(2019, 5, 1)))
        session = Session(store, library)
        suggestion = session.growth.suggestion(zoe, "nl")
        assert suggestion.reason is SuggestionReason.PLANNING_MISSING
        picker = DeckPickerDialog(library, zoe, "nl", suggestion=suggestion)
        qtbot.addWidget(picker)
        chosen = picker.chosen_deck()
        assert chosen is not None and chosen.slug == "groeicyclus-plannen"
        assert chosen.title in picker.suggestion.text()

        held = store.conversations.start(zoe.id, library.get("groeicyclus-plannen"))
        store.conversations.complete(held.id)
        assert session.growth.suggestion(zoe, "nl").slug == "check-in"
        standing = session.people.next_talk(zoe.id, date(2026, 3, 10))
        assert standing.next_deck == "groeicyclus-opvolgen"
        week = session.week.of(date(2026, 6, 8))  # three months on: the week of 10 June
        assert [t.talk.next_deck for t in week.talks] == ["groeicyclus-opvolgen"]
        assert session.week.deck_titles(week)["groeicyclus-opvolgen"] == "groeicyclus-opvolgen"


def test_a_form_is_offered_once_per_deck_its_twins_are_its_language_forms(
    qtbot: QtBot, db_path: Path
) -> None:
    named = made("check-in-english", DeckKind.CHECK_IN, language="en", translation_of="check-in")
    alone = made("own-english", DeckKind.CHECK_IN, language="en", title="Own")
    library = library_of(OLD_DECKS[0], OLD_DECKS[1], named, alone)
    with Store.open(db_path) as store:
        session = Session(store, library)
        assert [deck.slug for deck in session.preparations.decks()] == ["check-in", "own-english"]
