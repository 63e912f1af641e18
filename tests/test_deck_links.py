"""Decks linked by name (issue 18): a twin found by ``translation_of`` either way round,
the old ``-en`` name only for a deck that names no source, and the next talk's deck
following ``suggest_after`` (after a plangesprek the opvolggesprek) in the rhythm, the
week, the calendar and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from leercoach.decks import load_library
from leercoach.domain import DeckKind, EmployeeDraft
from leercoach.domain.talks import KindLastTalk, TalkPlan, next_talk
from leercoach.store import Store
from leercoach.store.calendar import decks_of

from .conftest import SMALL_DECK, Cli, SteppingClock
from .deck_links import LINKED_CYCLE, OLD_DECKS, library_of, made

CHECK_IN, OLD_TWIN = OLD_DECKS[0], OLD_DECKS[1]
NAMED_TWIN = made("check-in-english", DeckKind.CHECK_IN, language="en", translation_of="check-in")
GERMAN = made("check-in-deutsch", DeckKind.CHECK_IN, language="de", translation_of="check-in")


def test_a_twin_is_the_deck_naming_its_source_and_the_old_name_only_without_one() -> None:
    library = library_of(CHECK_IN, OLD_TWIN, NAMED_TWIN, GERMAN)
    assert library.translated_slug("check-in", "en") == "check-in-english"
    assert library.translated_slug("check-in-english", "nl") == "check-in"
    assert library.translated_slug("check-in-english", "de") == "check-in-deutsch"
    assert library.translated_slug("check-in-english", "en") == "check-in-english"
    assert library.translated_slug("check-in", "fr") == "check-in"
    assert library.source_slug("check-in-english") == "check-in"
    assert library.source_slug("check-in") == "check-in"
    # An old user deck set keeps working by name, both ways.
    old = library_of(CHECK_IN, OLD_TWIN)
    assert old.translated_slug("check-in", "en") == "check-in-en"
    assert old.translated_slug("check-in-en", "nl") == "check-in"
    assert old.source_slug("check-in-en") == "check-in"
    # A deck that names another source is no twin by its name.
    elsewhere = made("onboarding-en", DeckKind.ONBOARDING, language="en", translation_of="intro")
    onboarding = library_of(OLD_DECKS[2], elsewhere)
    assert onboarding.translated_slug("onboarding", "en") == "onboarding"
    assert onboarding.source_slug("onboarding-en") == "onboarding-en"  # "intro" is not loaded


def test_each_deck_is_followed_by_the_deck_naming_it_and_a_twin_by_its_twin() -> None:
    plan_en = made(
        "growth-plan", DeckKind.GROEICYCLUS, language="en", translation_of="groeicyclus-plannen"
    )
    follow_en = made(
        "growth-follow-up",
        DeckKind.GROEICYCLUS,
        language="en",
        translation_of="groeicyclus-opvolgen",
    )
    library = library_of(*OLD_DECKS[:7], *LINKED_CYCLE, plan_en, follow_en)
    assert library.follow_ups() == {
        "groeicyclus-plannen": "groeicyclus-opvolgen",
        "groeicyclus-opvolgen": "groeicyclus-evalueren",
        "growth-plan": "growth-follow-up",
        # no English evaluation deck: the Dutch one
        "growth-follow-up": "groeicyclus-evalueren",
    }
    assert library_of(*OLD_DECKS).follow_ups() == {}


def test_after_a_plangesprek_the_next_talk_is_the_opvolggesprek() -> None:
    held = [KindLastTalk(DeckKind.GROEICYCLUS, date(2026, 9, 1), "groeicyclus-plannen")]
    follow_ups = library_of(*LINKED_CYCLE).follow_ups()
    today = date(2026, 10, 1)
    assert next_talk(TalkPlan(), held, today, follow_ups).next_deck == "groeicyclus-opvolgen"
    assert next_talk(TalkPlan(), held, today).next_deck == "groeicyclus-plannen"  # none named
    chosen = TalkPlan(deck="check-in")
    assert next_talk(chosen, held, today, follow_ups).next_deck == "check-in"  # the plan's
    check_in = [KindLastTalk(DeckKind.CHECK_IN, date(2026, 9, 20), "check-in"), *held]
    # A check-in held since gives the rhythm, and its deck, which no deck says it follows.
    assert next_talk(TalkPlan(), check_in, today, follow_ups).next_deck == "check-in"


def user_deck(folder: Path, slug: str, extra: str = "") -> None:
    text = (
        SMALL_DECK.replace('slug = "mini"', f'slug = "{slug}"')
        .replace('kind = "check-in"', 'kind = "groeicyclus"')
        .replace('source = "002 §8.2"', 'source = "002 §7.2"\n' + extra)
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.toml").write_text(text, encoding="utf-8")


def test_the_cli_the_week_and_the_calendar_name_the_deck_that_follows(
    cli: Cli, db_path: Path, clock: SteppingClock, private_data_dir: Path, tmp_path: Path
) -> None:
    decks = private_data_dir / "decks"
    user_deck(decks, "eigen-plannen", 'suggest_for_gaps = ["plannen:no-talk"]')
    user_deck(decks, "eigen-opvolgen", 'suggest_after = ["eigen-plannen"]')
    library = load_library([decks])
    assert not library.failures
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        held = store.conversations.start(zoe.id, library.get("eigen-plannen"))
        store.conversations.complete(held.id)
        today = date(2026, 6, 3)  # the growth cycle's three months later
        week = store.week.week(today, library.follow_ups())
        assert [t.talk.next_deck for t in week.talks] == ["eigen-opvolgen"]
        assert store.week.week(today).talks[0].talk.next_deck == "eigen-plannen"
        agenda = store.calendar.agenda_input(today, decks_of(library), None, library.follow_ups())
        assert agenda.standings[zoe.id].next_deck == "eigen-opvolgen"
    code, out, err = cli("--db", db_path, "employees", "show", zoe.id, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["employee"]["next_deck"] == "eigen-opvolgen"
    code, out, _ = cli("--db", db_path, "employees", "list", "--json")
    assert [row["next_deck"] for row in json.loads(out)] == ["eigen-opvolgen"]
    code, out, _ = cli("--db", db_path, "employees", "plan", zoe.id, "--json")
    assert json.loads(out)["next_deck"] == "eigen-opvolgen"
