"""Decks linked by name (issue 18): a twin found by ``translation_of`` either way round,
the old ``-en`` name only for a deck that names no source."""

from __future__ import annotations

from leercoach.domain import DeckKind

from .deck_links import OLD_DECKS, library_of, made

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
