"""The preparation form (issue 17): written as a fillable PDF, filled by the employee's
reader (pypdf here), read back in, used by the next talk of its deck."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pypdf
import pytest

from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.domain.preparation import IDENTITY_FIELD
from leercoach.paths import deck_folders
from leercoach.store import Store

from .conftest import Cli
from .prep_helpers import fields, fill, states

RADIO = 1 << 15
NO_TOGGLE_TO_OFF = 1 << 14
MULTILINE = 1 << 12
READ_ONLY = 1
HIDDEN = 1 << 1


@pytest.fixture
def zoe(db_path: Path) -> str:
    with Store.open(db_path) as store:
        return store.employees.add(EmployeeDraft(name="Zoë Ağaoğlu", team="Zorg")).id


def write(cli: Cli, db_path: Path, person: str, out: Path, deck: str = "zelfscan-leerbehoeften",
          *extra: str) -> Path:  # fmt: skip
    code, _out, err = cli(
        "--db", db_path, "prep", "form", "--employee", person, "--deck", deck, "--out", out,
        *extra,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    return out


def test_the_form_has_a_field_per_question_each_named_for_screen_readers_without_a_limit(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    deck = load_library(deck_folders()).get("zelfscan-leerbehoeften")
    found = fields(form)
    for card in deck.cards:
        assert f"a_{card.id}" in found
    assert "points" in found
    for name, field in found.items():
        assert "/MaxLen" not in field, name  # Acrobat would cut answers at 100 characters
        if name != IDENTITY_FIELD:
            assert str(field.get("/TU", "")).strip(), f"{name} has no tooltip"
    scale = found["a_plezier"]
    assert scale["/FT"] == "/Btn"
    assert int(scale["/Ff"]) & RADIO and not int(scale["/Ff"]) & NO_TOGGLE_TO_OFF
    assert states(form, "a_plezier") == ["/s1", "/s2", "/s3", "/s4", "/s5"]
    assert found["a_goed-in"]["/FT"] == "/Tx" and int(found["a_goed-in"]["/Ff"]) & MULTILINE
    assert found["n_plezier"]["/FT"] == "/Tx"  # the note beside a scale
    choice = next(c for c in deck.cards if c.answer.type.value == "choice")
    assert states(form, f"a_{choice.id}") == [f"/{i}" for i in choice.answer.option_ids]
    assert all(s.isascii() for s in states(form, f"a_{choice.id}"))


def test_the_identity_is_hidden_read_only_and_copied_into_the_xmp(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    reader = pypdf.PdfReader(form)
    identity = reader.get_fields()[IDENTITY_FIELD]
    assert int(identity["/Ff"]) & READ_ONLY
    widget = next(
        a.get_object() for a in reader.pages[0]["/Annots"] if a.get_object()["/T"] == IDENTITY_FIELD
    )
    assert int(widget["/F"]) & HIDDEN
    text = str(identity["/V"])
    assert f"employee={zoe}" in text and "deck=zelfscan-leerbehoeften" in text
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert text.encode() in xmp
    with Store.open(db_path) as store:
        (stored,) = store.db.execute("SELECT deck_hash FROM prep_form").fetchall()
        assert f"hash={stored[0]}" in text
        assert store.decks.snapshot(stored[0]) is not None  # the deck it was made from


def test_the_page_text_is_in_dejavu_names_the_person_and_says_what_happens_but_no_tips(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    check = subprocess.run(["qpdf", "--check", str(form)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    text = subprocess.run(["pdftotext", str(form), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Zoë Ağaoğlu" in flat
    assert "Wat doe je in je werk echt goed?" in flat
    assert "Deze zelfscan is vertrouwelijk" in flat  # 002 §3.2: only what they hand back
    assert "Waarover wil jij het hebben?" in flat
    deck = load_library(deck_folders()).get("zelfscan-leerbehoeften")
    for card in deck.cards:
        if card.tip:
            assert " ".join(card.tip.split())[:40] not in flat  # tips speak about them
    fonts = subprocess.run(["pdffonts", str(form)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts
    assert "/Helv" in str(pypdf.PdfReader(form).get_fields()["a_goed-in"].get("/DA", "")) or (
        "Helvetica" in fonts
    )


def test_an_english_form_is_the_decks_twin_and_the_next_form_remembers_the_language(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    write(cli, db_path, zoe, tmp_path / "en.pdf", "check-in", "--language", "en")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "en.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "PREPARING YOUR CONVERSATION" in text
    second = write(cli, db_path, zoe, tmp_path / "again.pdf", "check-in")
    assert "deck=check-in-en" in str(pypdf.PdfReader(second).get_fields()[IDENTITY_FIELD]["/V"])


def test_a_managers_own_deck_has_no_form(cli: Cli, db_path: Path, zoe: str, tmp_path: Path) -> None:
    code, _out, err = cli(
        "--db", db_path, "prep", "form", "--employee", zoe, "--deck",
        "feedforward-voorbereiding", "--out", tmp_path / "no.pdf",
    )  # fmt: skip
    assert code == 2 and "manager's own deck" in err and not (tmp_path / "no.pdf").exists()
    with Store.open(db_path) as store:
        assert store.db.execute("SELECT COUNT(*) FROM prep_form").fetchone()[0] == 0


def filled_values(form: Path, long: str) -> dict[str, str]:
    return {
        "a_goed-in": long,
        "a_plezier": "/s4",
        "n_plezier": "Sinds de nieuwe software 😅",
        "a_moeite": "Plannen – vooral op maandag",
        "points": "Thuiswerk op vrijdag\n\n- De opleiding wondzorg 🎓\n",
    }


def test_a_filled_form_comes_back_verbatim_and_its_topics_join_the_talking_points(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    long = ("Zoë: ‘Ik help collega’s graag’ — ĳverig 🧡 " * 150)[:5000]
    filled = fill(form, tmp_path / "filled.pdf", filled_values(form, long))
    code, out, err = cli("--db", db_path, "prep", "import", filled)
    assert (code, err) == (0, "") and "answers: 3, topics: 2" in out
    code, out, err = cli("--db", db_path, "prep", "list", "--employee", zoe, "--json")
    (prepared,) = json.loads(out)
    assert set(prepared) >= {"form_id", "deck_slug", "imported_at", "status", "cards",
                             "talking_points"}  # fmt: skip
    assert prepared["status"] == "pending" and prepared["deck_slug"] == "zelfscan-leerbehoeften"
    cards = {card["card_id"]: card for card in prepared["cards"]}
    assert cards["a_goed-in".removeprefix("a_")]["answer"] == long.strip()
    assert cards["plezier"]["answer"] == "4"
    assert cards["plezier"]["note"] == "Sinds de nieuwe software 😅"
    assert set(cards["goed-in"]) == {"card_id", "question", "answer", "note"}
    assert prepared["talking_points"] == ["Thuiswerk op vrijdag", "De opleiding wondzorg 🎓"]
    code, out, err = cli("--db", db_path, "talking-points", "list", "--employee", zoe, "--json")
    points = json.loads(out)
    assert [(p["text"], p["by"]) for p in points] == [
        ("Thuiswerk op vrijdag", "medewerker"),
        ("De opleiding wondzorg 🎓", "medewerker"),
    ]


def test_the_same_form_twice_changes_nothing_other_values_replace_it(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    first = fill(form, tmp_path / "one.pdf", {"a_moeite": "Plannen", "points": "Thuiswerk"})
    assert cli("--db", db_path, "prep", "import", first)[0] == 0
    code, out, err = cli("--db", db_path, "prep", "import", first)
    assert (code, err) == (0, "") and "already read in, nothing changed" in out
    again = fill(form, tmp_path / "two.pdf", {"a_moeite": "Rapporteren", "points": "Rooster"})
    code, out, err = cli("--db", db_path, "prep", "import", again)
    assert code == 0 and "replaced" in out
    listed = json.loads(cli("--db", db_path, "prep", "list", "--employee", zoe, "--json")[1])
    assert len(listed) == 1 and listed[0]["cards"][0]["answer"] == "Rapporteren"
    assert listed[0]["talking_points"] == ["Rooster"]
    with Store.open(db_path) as store:
        assert [p.text for p in store.talking_points.for_employee(zoe)] == ["Rooster"]


def test_the_talk_of_that_deck_uses_it_and_its_record_refuses_it_afterwards(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    filled = fill(form, tmp_path / "filled.pdf", {"a_moeite": "Plannen", "a_plezier": "/s2"})
    assert cli("--db", db_path, "prep", "import", filled)[0] == 0
    library = load_library(deck_folders())
    with Store.open(db_path) as store:
        other = store.conversations.start(zoe, library.get("check-in"))
        assert store.preparations.for_conversation(other.id) is None  # another deck
        talk = store.conversations.start(zoe, library.get("zelfscan-leerbehoeften"))
        assert store.preparations.for_conversation(talk.id) is not None
        card = library.get("zelfscan-leerbehoeften").card("moeite")
        store.conversations.save_answer(talk.id, card, 2, "Eigen antwoord van de leidinggevende")
    code, out, err = cli("--db", db_path, "conversations", "show", talk.id, "--json")
    cards = {card["card_id"]: card for card in json.loads(out)["cards"]}
    assert cards["moeite"]["answer"] == "Eigen antwoord van de leidinggevende"
    assert cards["moeite"]["preparation"] == {"answer": "Plannen", "note": ""}
    assert cards["plezier"]["preparation"] == {"answer": "2", "note": ""}
    listed = json.loads(cli("--db", db_path, "prep", "list", "--employee", zoe, "--json")[1])
    assert listed[0]["status"] == "used"
    with Store.open(db_path) as store:
        store.conversations.complete(talk.id)
    changed = fill(form, tmp_path / "later.pdf", {"a_moeite": "Iets anders"})
    code, out, err = cli("--db", db_path, "prep", "import", changed)
    assert code == 2 and "completed" in err
    listed = json.loads(cli("--db", db_path, "prep", "list", "--employee", zoe, "--json")[1])
    assert {c["card_id"]: c["answer"] for c in listed[0]["cards"]}["moeite"] == "Plannen"


def test_a_discarded_draft_gives_its_preparation_back(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    assert cli("--db", db_path, "prep", "import", fill(form, tmp_path / "f.pdf",
                                                       {"a_moeite": "x"}))[0] == 0  # fmt: skip
    with Store.open(db_path) as store:
        talk = store.conversations.start(zoe, load_library(deck_folders()).get(
            "zelfscan-leerbehoeften"))  # fmt: skip
        store.drafts.discard(talk.id)
        (prepared,) = store.preparations.for_employee(zoe)
        assert prepared.status.value == "pending"


def test_the_rendered_page_shows_the_filled_fields(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    filled = fill(form, tmp_path / "filled.pdf", {"a_goed-in": "W" * 300, "a_plezier": "/s3"})

    def ink(path: Path) -> int:
        document = pdfium.PdfDocument(str(path))
        document.init_forms()
        image = document[0].render(scale=1, may_draw_forms=True).to_pil().convert("L")
        document.close()
        return sum(image.histogram()[:128])

    assert ink(filled) > ink(form) + 500  # the typed text and the chosen circle are drawn


def test_the_person_export_holds_what_they_handed_back_and_erasure_leaves_no_byte(
    cli: Cli, db_path: Path, zoe: str, tmp_path: Path
) -> None:
    from leercoach.trust.privacy import export_person

    form = write(cli, db_path, zoe, tmp_path / "zoe.pdf")
    secret = "VOORBEREID-GEHEIM-7431"
    filled = fill(form, tmp_path / "filled.pdf", {"a_moeite": secret, "points": secret + "-punt"})
    assert cli("--db", db_path, "prep", "import", filled)[0] == 0
    with Store.open(db_path) as store:
        exported = export_person(store, zoe)
    (prepared,) = exported["preparations"]
    assert prepared["answers"][0]["answer"] == secret
    assert len(exported["preparation_forms"]) == 1
    code, _out, err = cli("--db", db_path, "erase", "employee", zoe, "--yes")
    assert code == 0, err
    for file in db_path.parent.glob(db_path.name + "*"):
        assert secret.encode() not in file.read_bytes(), file


def test_optional_cards_come_under_extra_questions_and_the_managers_cards_stay_out(
    db_path: Path, zoe: str, tmp_path: Path
) -> None:
    from leercoach.decks import DeckLibrary, parse_deck_text
    from leercoach.forms.prep import write_form

    from .conftest import SMALL_DECK

    text = SMALL_DECK.replace('theme = "welzijn"', 'theme = "welzijn"\noptional = true').replace(
        'theme = "ondersteuning"', 'theme = "ondersteuning"\nanswered_by = "manager"'
    )
    deck = parse_deck_text(text, "mini.toml")
    library = DeckLibrary()
    library.add(deck)
    with Store.open(db_path) as store:
        write_form(store, library, zoe, "mini", tmp_path / "mini.pdf")
    found = fields(tmp_path / "mini.pdf")
    assert "a_geleerd" in found and "a_energie" in found
    assert "a_hulp" not in found  # the manager answers it, in the talk
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "mini.pdf"), "-"], capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert flat.index("Wat heb je geleerd?") < flat.index("Extra vragen")
    assert flat.index("Extra vragen") < flat.index("Hoeveel energie geeft je werk je?")
    assert "Heb je iets van mij nodig?" not in flat
