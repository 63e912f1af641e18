"""Talking points (issue 17): either side's topics for the next talk, kept per employee,
discussed in a conversation and kept in its record; on the command line, in the growth
PDF, in the person export."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from leercoach.decks import DeckLibrary, parse_deck_text
from leercoach.domain import Deck, EmployeeDraft
from leercoach.domain.growth import Period
from leercoach.domain.talking_point import (
    MAX_LENGTH,
    PointBy,
    PointStatus,
    text_problems,
)
from leercoach.reports.batch import export_growth_summary
from leercoach.store import NotFoundError, ReadOnlyError, Store, ValidationError
from leercoach.trust.privacy import export_person

from .conftest import SMALL_DECK, Cli, SteppingClock

OWN_DECK = SMALL_DECK.replace('slug = "mini"', 'slug = "eigen"').replace(
    'kind = "check-in"', 'kind = "feedforward"\naudience = "manager"'
)


# The rules ------------------------------------------------------------------------------------


def test_a_point_needs_words_without_control_characters_and_of_sane_length() -> None:
    assert text_problems("Zoë wil het over thuiswerk hebben 🏡") == []
    assert text_problems("   ") == ["text: say what to talk about"]
    assert "U+202E" in text_problems("thuis\u202ewerk")[0]
    assert "LINE FEED" in text_problems("thuis\nwerk")[0]
    assert "NUL" in text_problems("thuis\x00werk")[0]
    assert text_problems("x" * MAX_LENGTH) == []
    (too_long,) = text_problems("x" * (MAX_LENGTH + 1))
    assert f"{MAX_LENGTH + 1} characters" in too_long


# The store ------------------------------------------------------------------------------------


def test_open_points_are_carried_on_until_a_talk_discusses_them(
    store: Store, mini_deck: Deck
) -> None:
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    home = store.talking_points.add(zoe.id, "  Thuiswerk  ", PointBy.MEDEWERKER)
    rota = store.talking_points.add(zoe.id, "Het rooster", PointBy.LEIDINGGEVENDE)
    assert home.text == "Thuiswerk" and home.status is PointStatus.OPEN
    first = store.conversations.start(zoe.id, mini_deck)
    shown = store.talking_points.for_conversation(store.conversations.get(first.id))
    assert [p.text for p in shown] == ["Thuiswerk", "Het rooster"]
    done = store.talking_points.set_discussed(home.id, first.id, True)
    assert done.status is PointStatus.BESPROKEN and done.conversation_id == first.id
    store.conversations.complete(first.id)
    # The record keeps what it discussed, and only that.
    record = store.conversations.get(first.id)
    assert [p.text for p in store.talking_points.for_conversation(record)] == ["Thuiswerk"]
    with pytest.raises(ReadOnlyError):
        store.talking_points.set_discussed(rota.id, first.id, True)
    with pytest.raises(ReadOnlyError):
        store.talking_points.remove(home.id)  # discussed: part of a record
    # The next talk shows what was left open, and a point added since.
    later = store.talking_points.add(zoe.id, "Opleiding Excel")
    second = store.conversations.start(zoe.id, mini_deck)
    shown = store.talking_points.for_conversation(store.conversations.get(second.id))
    assert [p.text for p in shown] == ["Het rooster", "Opleiding Excel"]
    with pytest.raises(ReadOnlyError):  # discussed in the first talk, not in this one
        store.talking_points.set_discussed(home.id, second.id, False)
    # Unticked again in a draft: open, carried on.
    store.talking_points.set_discussed(later.id, second.id, True)
    again = store.talking_points.set_discussed(later.id, second.id, False)
    assert again.is_open and again.conversation_id is None
    assert [p.text for p in store.talking_points.for_employee(zoe.id, open_only=True)] == [
        "Het rooster",
        "Opleiding Excel",
    ]


def test_a_discarded_draft_gives_its_points_back_open(store: Store, mini_deck: Deck) -> None:
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    home = store.talking_points.add(zoe.id, "Thuiswerk", PointBy.MEDEWERKER)
    draft = store.conversations.start(zoe.id, mini_deck)
    store.talking_points.set_discussed(home.id, draft.id, True)
    store.drafts.discard(draft.id)
    back = store.talking_points.get(home.id)
    assert back.is_open and back.conversation_id is None


def test_removing_an_open_point_and_bringing_it_back(store: Store) -> None:
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    point = store.talking_points.add(zoe.id, "Thuiswerk", PointBy.MEDEWERKER)
    removed = store.talking_points.remove(point.id)
    assert store.talking_points.for_employee(zoe.id) == []
    assert store.talking_points.restore(removed) == point


def test_bad_points_are_refused_with_the_field_named(store: Store, mini_deck: Deck) -> None:
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    bram = store.employees.add(EmployeeDraft(name="Bram Maes"))
    with pytest.raises(ValidationError, match="text: say what to talk about"):
        store.talking_points.add(zoe.id, "")
    with pytest.raises(NotFoundError):
        store.talking_points.add("nobody", "Thuiswerk")
    point = store.talking_points.add(zoe.id, "Thuiswerk")
    brams_talk = store.conversations.start(bram.id, mini_deck)
    with pytest.raises(ValidationError, match="someone else"):
        store.talking_points.set_discussed(point.id, brams_talk.id, True)


# The command line ---------------------------------------------------------------------------


def test_the_command_line_adds_and_lists_with_the_promised_keys(cli: Cli, db_path: Path) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters")).id
    code, out, err = cli(
        "--db", db_path, "talking-points", "add", "--employee", zoe,
        "--text", "Zoë wil het over thuiswerk hebben", "--by", "medewerker",
    )  # fmt: skip
    assert code == 0, err
    assert "Zoë wil het over thuiswerk hebben" in out
    code, _, err = cli(
        "--db", db_path, "talking-points", "add", "--employee", zoe[:8], "--text", "Rooster"
    )
    assert code == 0, err
    code, out, err = cli("--db", db_path, "talking-points", "list", "--employee", zoe, "--json")
    assert code == 0, err
    items = json.loads(out)
    assert [list(item) for item in items] == [["id", "text", "by", "added", "status"]] * 2
    assert [(i["text"], i["by"], i["status"]) for i in items] == [
        ("Zoë wil het over thuiswerk hebben", "medewerker", "open"),
        ("Rooster", "leidinggevende", "open"),
    ]
    datetime.fromisoformat(items[0]["added"])
    code, out, _ = cli("--db", db_path, "--lang", "nl", "talking-points", "list", "--employee", zoe)
    assert code == 0 and "Rooster" in out and "open" in out and "leidinggevende" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--text", ""], "text"),
        (["--text", "thuis\u202ewerk"], "U+202E"),
        (["--text", "x" * 501], "501"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2_and_nothing_is_stored(
    cli: Cli, db_path: Path, args: list[str], said: str
) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters")).id
    code, out, err = cli("--db", db_path, "talking-points", "add", "--employee", zoe, *args)
    assert code == 2 and said in err and "Traceback" not in err
    code, out, _ = cli("--db", db_path, "talking-points", "list", "--employee", zoe, "--json")
    assert json.loads(out) == []


def test_a_by_that_is_neither_side_is_exit_2(db_path: Path) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters")).id
    command = [sys.executable, "-m", "leercoach", "--db", str(db_path), "--lang", "en"]
    done = subprocess.run(
        [*command, "talking-points", "add", "--employee", zoe, "--text", "x", "--by", "baas"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--by: invalid choice: 'baas'" in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_employee_is_exit_2(cli: Cli, db_path: Path) -> None:
    Store.open(db_path).close()
    code, _, err = cli("--db", db_path, "talking-points", "list", "--employee", "nobody")
    assert code == 2 and "nobody" in err
    code, _, err = cli(
        "--db", db_path, "talking-points", "add", "--employee", "nobody", "--text", "x"
    )
    assert code == 2 and "nobody" in err


# The growth-cycle PDF and the person export ---------------------------------------------------


def pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_the_growth_pdf_lists_what_a_talk_discussed_but_not_in_the_managers_own_records(
    db_path: Path, clock: SteppingClock, tmp_path: Path, mini_deck: Deck
) -> None:
    own = parse_deck_text(OWN_DECK, "eigen.toml")
    library = DeckLibrary()
    library.add(mini_deck)
    library.add(own)
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        clock.current = datetime(2026, 3, 2, 9)
        home = store.talking_points.add(zoe.id, "Thuiswerk op vrijdag", PointBy.MEDEWERKER)
        store.talking_points.add(zoe.id, "Nog open onderwerp")
        talk = store.conversations.start(zoe.id, mini_deck)
        store.talking_points.set_discussed(home.id, talk.id, True)
        store.conversations.complete(talk.id)
        # A point ticked in the manager's own record (by the store: the app shows none there).
        mine = store.talking_points.add(zoe.id, "Mijn eigen twijfel")
        reflection = store.conversations.start(zoe.id, own)
        store.talking_points.set_discussed(mine.id, reflection.id, True)
        store.conversations.complete(reflection.id)
        path = tmp_path / "groeiplan.pdf"
        export_growth_summary(
            store, zoe.id, Period(date(2026, 1, 1), date(2026, 12, 31)), path, library,
            today=date(2026, 11, 23),
        )  # fmt: skip
    text = pdf_text(path)
    assert "Besproken onderwerpen" in text
    assert "Thuiswerk op vrijdag (medewerker)" in text
    assert "Nog open onderwerp" not in text
    assert "Mijn eigen twijfel" not in text


def test_the_person_export_holds_their_points_and_nobody_elses(store: Store) -> None:
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
    bram = store.employees.add(EmployeeDraft(name="Bram Maes"))
    store.talking_points.add(zoe.id, "Thuiswerk 🏡", PointBy.MEDEWERKER)
    store.talking_points.add(bram.id, "GEHEIM-VAN-BRAM")
    exported = export_person(store, zoe.id)
    assert "GEHEIM-VAN-BRAM" not in json.dumps(exported, ensure_ascii=False)
    (point,) = exported["talking_points"]
    assert point["text"] == "Thuiswerk 🏡"
    assert (point["by"], point["status"], point["source"]) == ("medewerker", "open", "typed")
    assert point["conversation_id"] is None
