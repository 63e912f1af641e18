"""Multiple choice and "anders, namelijk…" (issue 18): the rule that turns the options
picked into what is kept (the text shown and the option ids), and back."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from leercoach import language
from leercoach.domain.deck import OTHER_ID
from leercoach.store import Store

from .conftest import SteppingClock
from .multi_deck import multi_deck, talk_with

DECK = multi_deck()
VORMEN = DECK.card("vormen").answer
PLEK = DECK.card("plek").answer
TALEN = DECK.card("talen").answer


def test_a_multi_answer_is_the_labels_in_option_order_and_the_own_text_last() -> None:
    language.use("nl")
    try:
        value, ids = VORMEN.encode(["van-een-collega", OTHER_ID, "doen"], "  een  podcast ")
    finally:
        language.use(language.SOURCE_LANGUAGE)
    assert value == "Door het te doen\nVan een collega\nanders, namelijk: een podcast"
    assert ids == "doen,van-een-collega,other"
    assert VORMEN.decode(value, ids) == (("doen", "van-een-collega", OTHER_ID), "een podcast")
    assert VORMEN.decode(value) == (("doen", "van-een-collega", OTHER_ID), "een podcast")
    assert VORMEN.option_id(value) == ids


def test_nothing_picked_keeps_nothing_and_an_empty_own_text_is_not_given() -> None:
    assert VORMEN.encode([]) == ("", None)
    assert VORMEN.encode([OTHER_ID], "   ") == ("", None)
    assert VORMEN.encode(["lezen"], "niet aangevinkt") == ("Door te lezen", "lezen")
    assert TALEN.encode(["frans", OTHER_ID], "Duits") == ("Frans", "frans")  # no `other`
    assert VORMEN.option_id("") is None
    assert VORMEN.decode("") == ((), "")


def test_a_choice_with_other_keeps_the_own_text_as_value_and_other_as_id() -> None:
    assert PLEK.encode([OTHER_ID], "Thuis, op mijn eentje") == ("Thuis, op mijn eentje", OTHER_ID)
    assert PLEK.encode(["in-een-opleiding"]) == ("In een opleiding", "in-een-opleiding")
    assert PLEK.option_id("Thuis, op mijn eentje") == OTHER_ID
    assert PLEK.option_id("Op de werkvloer") == "op-de-werkvloer"
    assert PLEK.decode("Thuis", OTHER_ID) == ((OTHER_ID,), "Thuis")
    assert PLEK.decode("Op de werkvloer") == (("op-de-werkvloer",), "")
    # Without `other`, a text no option reads keeps no id, as before.
    assert TALEN.option_id("Duits") is None


def test_the_own_text_is_read_back_in_another_language_and_with_a_colon_of_its_own() -> None:
    value = "Door te lezen\nother, namely: tijd: genoeg"
    assert VORMEN.decode(value) == (("lezen", OTHER_ID), "tijd: genoeg")


@given(
    chosen=st.sets(st.sampled_from([*VORMEN.option_ids, OTHER_ID])),
    own=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30),
)
def test_decode_turns_encode_round(chosen: set[str], own: str) -> None:
    value, ids = VORMEN.encode(chosen, own)
    given_own = " ".join(own.split()) if OTHER_ID in chosen else ""
    expected = tuple(i for i in VORMEN.option_ids if i in chosen)
    if given_own:
        expected += (OTHER_ID,)
    assert VORMEN.decode(value, ids) == (expected, given_own)
    assert VORMEN.option_id(value) == ids


def test_the_store_keeps_the_multi_value_and_its_ids(db_path: Path, clock: SteppingClock) -> None:
    value, ids = VORMEN.encode(["lezen", OTHER_ID], "Zoë's eigen manier ✨")
    with Store.open(db_path, clock=clock) as store:
        _zoe, talk = talk_with(store, {"vormen": value, "plek": "Thuis", "talen": "Frans\nEngels"})
        kept = {a.card_id: a for a in store.conversations.answers(talk)}
    assert (kept["vormen"].value, kept["vormen"].option_id) == (value, ids)
    assert ids == "lezen,other"
    assert (kept["plek"].value, kept["plek"].option_id) == ("Thuis", OTHER_ID)
    assert kept["talen"].option_id == "frans,engels"
