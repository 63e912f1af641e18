"""Multiple choice and "anders, namelijk…" on the preparation form (issues 17 and 18):
a check box per option (no period in its name: that would be a hierarchy of PDF fields),
an extra radio state and a text field for one's own words, read back in as a
conversation keeps a multi or choice answer."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pypdf
import pytest

from leercoach.domain import EmployeeDraft
from leercoach.domain.deck import OTHER_ID
from leercoach.store import Store

from .conftest import Cli
from .deck_history import put_user_deck
from .multi_deck import MULTI_DECK, multi_deck
from .prep_helpers import fields, fill, states

RADIO = 1 << 15
REQUIRED = 1 << 1
PUSH_BUTTON = 1 << 16


@pytest.fixture
def form(cli: Cli, db_path: Path, tmp_path: Path) -> tuple[str, Path]:
    put_user_deck("leervormen.toml", MULTI_DECK)
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Ağaoğlu")).id
    out = tmp_path / "zoe.pdf"
    code, _out, err = cli(
        "--db", db_path, "prep", "form", "--employee", zoe, "--deck", "leervormen", "--out", out
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    return zoe, out


def test_a_multi_card_is_a_check_box_per_option_named_without_a_period(
    form: tuple[str, Path],
) -> None:
    _zoe, path = form
    found = fields(path)
    vormen = multi_deck().card("vormen")
    for option_id, label in zip(vormen.answer.option_ids, vormen.answer.options, strict=True):
        box = found[f"m_vormen__{option_id}"]
        assert box["/FT"] == "/Btn"
        flags = int(box.get("/Ff", 0))
        assert not flags & (RADIO | PUSH_BUTTON | REQUIRED)  # a check box, not required
        assert str(box["/TU"]) == f"{vormen.question} – {label}"
    assert str(found["m_vormen__other"]["/TU"]) == f"{vormen.question} – anders, namelijk:"
    assert found["o_vormen"]["/FT"] == "/Tx" and "anders, namelijk" in str(found["o_vormen"]["/TU"])
    assert found["n_vormen"]["/FT"] == "/Tx"  # a note beside it, as beside a choice
    assert "a_vormen" not in found
    assert not any("." in name for name in found)
    assert "m_talen__other" not in found and "o_talen" not in found  # no `other` there
    assert states(path, "a_plek") == ["/op-de-werkvloer", "/in-een-opleiding", "/other"]
    assert found["o_plek"]["/FT"] == "/Tx"
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Door het te doen" in text and "anders, namelijk:" in text
    assert "meer dan één mag" in text


def test_ticked_boxes_and_an_own_text_come_back_as_a_talk_keeps_them(
    cli: Cli, db_path: Path, form: tuple[str, Path], tmp_path: Path
) -> None:
    zoe, path = form
    own = "Een podcast – ’s avonds 🎧"
    filled = fill(
        path,
        tmp_path / "filled.pdf",
        {
            "m_vormen__van-een-collega": "/Yes",
            "m_vormen__doen": "/Yes",
            "m_vormen__other": "/Yes",
            "o_vormen": own,
            "n_vormen": "Hangt van de dag af",
            "m_talen__frans": "/Yes",
            "a_plek": "/other",
            "o_plek": "Thuis, op mijn eentje",
        },
    )
    code, _out, err = cli("--db", db_path, "prep", "import", filled)  # an English app
    assert (code, err) == (0, ""), err
    with Store.open(db_path) as store:
        (prepared,) = store.preparations.for_employee(zoe)
    answers = {a.card_id: a for a in prepared.answers}
    # The own text with the form's words before it, as the form showed them (Dutch).
    assert answers["vormen"].answer == (
        f"Door het te doen\nVan een collega\nanders, namelijk: {own}"
    )
    assert answers["vormen"].option_id == f"doen,van-een-collega,{OTHER_ID}"
    assert answers["vormen"].note == "Hangt van de dag af"
    assert (answers["talen"].answer, answers["talen"].option_id) == ("Frans", "frans")
    assert (answers["plek"].answer, answers["plek"].option_id) == ("Thuis, op mijn eentje", "other")
    listed = json.loads(cli("--db", db_path, "prep", "list", "--employee", zoe, "--json")[1])
    cards = {card["card_id"]: card for card in listed[0]["cards"]}
    assert cards["vormen"]["answer"].startswith("Door het te doen\n")


def test_an_own_text_typed_without_ticking_still_counts_and_nothing_ticked_is_no_answer(
    cli: Cli, db_path: Path, form: tuple[str, Path], tmp_path: Path
) -> None:
    zoe, path = form
    filled = fill(path, tmp_path / "own.pdf", {"o_vormen": "Samen met de buddy", "o_plek": "Thuis"})
    assert cli("--db", db_path, "prep", "import", filled)[0] == 0
    with Store.open(db_path) as store:
        (prepared,) = store.preparations.for_employee(zoe)
    answers = {a.card_id: a for a in prepared.answers}
    assert set(answers) == {"vormen", "plek"}  # `talen`, untouched, is no answer
    assert answers["vormen"].option_id == OTHER_ID
    assert answers["vormen"].answer.endswith(": Samen met de buddy")
    assert (answers["plek"].answer, answers["plek"].option_id) == ("Thuis", OTHER_ID)


def test_a_box_turned_into_a_text_field_is_refused(
    cli: Cli, db_path: Path, form: tuple[str, Path], tmp_path: Path
) -> None:
    from .prep_helpers import rewrite_field

    _zoe, path = form
    changed = rewrite_field(path, tmp_path / "changed.pdf", "m_vormen__lezen", FT="/Tx", V="ja")
    code, _out, err = cli("--db", db_path, "prep", "import", changed)
    assert code == 2 and "m_vormen__lezen" in err and len(err.strip().splitlines()) == 1


def test_the_form_draws_its_boxes_when_rendered(form: tuple[str, Path], tmp_path: Path) -> None:
    import pypdfium2

    _zoe, path = form
    document = pypdfium2.PdfDocument(str(path))
    document.init_forms()
    image = document[0].render(scale=1.5, may_draw_forms=True).to_pil()
    image.save(tmp_path / "page.png")
    assert image.width > 0 and len(pypdf.PdfReader(path).pages) >= 1
