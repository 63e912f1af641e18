"""A multiple-choice answer wherever answers are shown (issue 18): the command line, the
record of a talk, the growth summary, search; a multi card is no scale for the trends."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from leercoach.store import Store

from .conftest import Cli, SteppingClock
from .multi_deck import multi_deck, talk_with

DECK = multi_deck()
VORMEN = DECK.card("vormen").answer
OWN = "een podcast over wondzorg"


@pytest.fixture
def held(db_path: Path, clock: SteppingClock) -> tuple[str, str]:
    """A completed talk of the deck: the multi card with two options and an own text."""
    value, _ids = VORMEN.encode(["doen", "van-een-collega", "other"], OWN, "nl")
    with Store.open(db_path, clock=clock) as store:
        zoe, talk = talk_with(store, {"vormen": value, "plek": "Thuis", "verder": "Niets meer"})
        store.conversations.save_note(talk, DECK.card("vormen"), 0, "Liefst samen")
        store.conversations.complete(talk)
    return zoe, talk


def pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_conversations_show_prints_a_multi_answer_as_a_list(
    cli: Cli, db_path: Path, held: tuple[str, str]
) -> None:
    _zoe, talk = held
    code, out, err = cli("--db", db_path, "conversations", "show", talk)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    start = lines.index("  Hoe leer je het liefst?")
    assert lines[start + 1 : start + 5] == [
        "    - Door het te doen",
        "    - Van een collega",
        f"    - anders, namelijk: {OWN}",
        "    (Liefst samen)",
    ]
    assert "    Thuis" in lines and "    Niets meer" in lines  # the other cards as before


def test_the_record_of_a_talk_and_the_growth_summary_print_it_as_a_list(
    cli: Cli, db_path: Path, held: tuple[str, str], tmp_path: Path
) -> None:
    zoe, talk = held
    record = tmp_path / "record.pdf"
    code, _out, err = cli("--db", db_path, "export", "conversation", talk, "--out", record)
    assert (code, err) == (0, ""), err
    summary = tmp_path / "summary.pdf"
    code, _out, err = cli(
        "--db", db_path, "export", "pdf", "--employee", zoe, "--period", "2026", "--out", summary
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    for path in (record, summary):
        lines = pdf_lines(path)
        assert "• Door het te doen" in lines, lines
        assert "• Van een collega" in lines
        assert f"• anders, namelijk: {OWN}" in lines
        assert "Thuis" in lines


def test_search_finds_an_option_picked_and_an_own_text(
    db_path: Path, held: tuple[str, str]
) -> None:
    _zoe, talk = held
    with Store.open(db_path) as store:
        by_own = store.search.search("wondzorg")
        by_option = store.search.search("collega")
        series = store.trends.series(_zoe)
    assert [(hit.conversation_id, hit.card_id) for hit in by_own] == [(talk, "vormen")]
    assert (talk, "vormen") in [(hit.conversation_id, hit.card_id) for hit in by_option]
    assert series == []  # a multi card is no scale: no trend
