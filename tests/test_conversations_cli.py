"""``leercoach conversations list | show`` (issue 17): someone's talks, and one as held."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from leercoach.domain import ActionOwner, Deck, EmployeeDraft
from leercoach.domain.talking_point import PointBy
from leercoach.store import Store

from .conftest import Cli


@pytest.fixture
def held(db_path: Path, mini_deck: Deck) -> dict[str, str]:
    """Zoë's completed mini talk (an answer, a note, a skip, a topic ticked, an action, a
    private note) and a draft started after it."""
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg"))
        talk = store.conversations.start(zoe.id, mini_deck)
        learned, energy, help_card = mini_deck.cards
        store.conversations.save_answer(talk.id, learned, 0, "Vroeger hulp vragen")
        store.conversations.save_answer(talk.id, energy, 1, "4")
        store.conversations.save_note(talk.id, energy, 1, "Sinds het nieuwe rooster")
        store.conversations.skip_card(talk.id, help_card, 2)
        point = store.talking_points.add(zoe.id, "Thuiswerk", PointBy.MEDEWERKER)
        store.talking_points.set_discussed(point.id, talk.id, True)
        store.talking_points.add(zoe.id, "Opleiding wondzorg", PointBy.LEIDINGGEVENDE)
        store.actions.add(
            zoe.id, "Buddy vragen", ActionOwner.MEDEWERKER, date(2026, 4, 1),
            conversation_id=talk.id,
        )  # fmt: skip
        store.conversations.set_shared_summary(talk.id, "We spraken over leren.")
        store.conversations.set_private_note(talk.id, "Lijkt moe.")
        store.conversations.complete(talk.id)
        draft = store.conversations.start(zoe.id, mini_deck)
    return {"zoe": zoe.id, "talk": talk.id, "draft": draft.id}


def test_the_list_prints_each_talk_with_the_keys_it_always_had(
    cli: Cli, db_path: Path, held: dict[str, str]
) -> None:
    code, out, err = cli(
        "--db", db_path, "conversations", "list", "--employee", held["zoe"][:6], "--json"
    )
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert {row["id"] for row in listed} == {held["talk"], held["draft"]}
    assert all(
        set(row) == {"id", "deck_slug", "deck_title", "status", "started_at", "ended_at"}
        for row in listed
    )
    assert {row["status"] for row in listed} == {"completed", "draft"}


def test_show_gives_the_cards_topics_and_actions_and_the_private_note_only_when_asked(
    cli: Cli, db_path: Path, held: dict[str, str]
) -> None:
    code, out, err = cli("--db", db_path, "conversations", "show", held["talk"][:8], "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert "private_note" not in shown and "Lijkt moe" not in out
    assert shown["id"] == held["talk"] and shown["deck_slug"] == "mini"
    assert shown["status"] == "completed" and shown["shared_summary"] == "We spraken over leren."
    assert [
        (card["card_id"], card["answer"], card["note"], card["skipped"], card["preparation"])
        for card in shown["cards"]
    ] == [
        ("geleerd", "Vroeger hulp vragen", "", False, None),
        ("energie", "4", "Sinds het nieuwe rooster", False, None),
        ("hulp", "", "", True, None),
    ]
    assert [(p["text"], p["by"], p["status"]) for p in shown["talking_points"]] == [
        ("Thuiswerk", "medewerker", "besproken")
    ]  # the record keeps what it discussed; the open topic waits for the next talk
    assert [(a["what"], a["owner"], a["due_date"]) for a in shown["actions"]] == [
        ("Buddy vragen", "medewerker", "2026-04-01")
    ]
    code, out, _ = cli(
        "--db", db_path, "conversations", "show", held["talk"], "--json",
        "--include-private-notes",
    )  # fmt: skip
    assert json.loads(out)["private_note"] == "Lijkt moe."


def test_show_reads_as_lines_in_dutch(cli: Cli, db_path: Path, held: dict[str, str]) -> None:
    code, out, _ = cli("--db", db_path, "--lang", "nl", "conversations", "show", held["talk"])
    assert code == 0
    assert "Vroeger hulp vragen" in out and "overgeslagen" in out
    assert "Onderwerpen:" in out and "Thuiswerk" in out and "Buddy vragen" in out
    assert "Lijkt moe" not in out


@pytest.mark.parametrize(
    ("identifier", "said"),
    [("zz", "eerste 4 tekens"), ("ffffffff", "geen gesprek met id 'ffffffff'")],
)
def test_a_bad_id_is_one_sentence_and_exit_2(
    cli: Cli, db_path: Path, held: dict[str, str], identifier: str, said: str
) -> None:
    code, out, err = cli("--db", db_path, "--lang", "nl", "conversations", "show", identifier)
    assert code == 2 and out == "" and said in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
