"""A returned form leercoach cannot take (issue 17): one sentence, exit 2, nothing stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from leercoach.domain import EmployeeDraft
from leercoach.domain.preparation import IDENTITY_FIELD, MAX_FIELD_CHARS
from leercoach.store import Store

from .conftest import Cli
from .prep_helpers import fill, flatten, rewrite_field


@pytest.fixture
def form(cli: Cli, db_path: Path, tmp_path: Path) -> Path:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Ağaoğlu")).id
    out = tmp_path / "zoe.pdf"
    code, _out, err = cli(
        "--db", db_path, "prep", "form", "--employee", zoe, "--deck",
        "zelfscan-leerbehoeften", "--out", out,
    )  # fmt: skip
    assert code == 0, err
    return out


def refused(cli: Cli, db_path: Path, path: Path) -> str:
    code, out, err = cli("--db", db_path, "prep", "import", path)
    assert (code, out) == (2, ""), (code, out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    with Store.open(db_path) as store:
        assert store.db.execute("SELECT COUNT(*) FROM preparation").fetchone()[0] == 0
        assert store.db.execute("SELECT COUNT(*) FROM talking_point").fetchone()[0] == 0
    return err


def encrypted(form: Path, tmp_path: Path) -> Path:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(form))
    writer.encrypt(user_password="geheim", algorithm="AES-128")
    target = tmp_path / "locked.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def damaged(form: Path, tmp_path: Path) -> Path:
    target = tmp_path / "damaged.pdf"
    data = form.read_bytes()
    target.write_bytes(data[:9] + b"\x00" * (len(data) - 9))
    return target


def huge(form: Path, tmp_path: Path) -> Path:
    target = tmp_path / "huge.pdf"
    with target.open("wb") as handle:
        handle.write(form.read_bytes())
        handle.truncate(21 * 1024 * 1024)
    return target


def report(form: Path, tmp_path: Path) -> Path:
    """Another PDF with a form that is not leercoach's."""
    from reportlab.pdfgen.canvas import Canvas

    target = tmp_path / "other.pdf"
    canvas = Canvas(str(target))
    canvas.acroForm.textfield(name="naam", x=50, y=700)
    canvas.showPage()
    canvas.save()
    return target


CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "not a pdf": (lambda f, t: _text_file(t), "is not a PDF"),
    "another form": (report, "is not a preparation form of leercoach"),
    "printed to pdf": (lambda f, t: flatten(f, t / "flat.pdf"), "no form fields left"),
    "encrypted": (encrypted, "protected with a password"),
    "damaged": (damaged, "damaged"),
    "over 20 MB": (huge, "21.0 MB"),
    "a field too long": (
        lambda f, t: fill(f, t / "long.pdf", {"a_moeite": "x" * (MAX_FIELD_CHARS + 1)}),
        f"at most {MAX_FIELD_CHARS}",
    ),
    "a field of the wrong kind": (
        lambda f, t: rewrite_field(f, t / "kind.pdf", "a_plezier", FT="/Tx", V="vier"),
        "not of the kind leercoach wrote",
    ),
    "a choice that is not one": (
        lambda f, t: rewrite_field(f, t / "state.pdf", "a_plezier", V="/s9"),
        "not one of the choices",
    ),
    "a deck version with no snapshot": (
        lambda f, t: _identity(f, t, "hash=", "hash=" + "0" * 64),
        "does not keep",
    ),
    "a person not in this database": (
        lambda f, t: _identity(f, t, "employee=", "employee=00000000-0000-0000-0000-000000000000"),
        "not in this database",
    ),
}


def _text_file(tmp_path: Path) -> Path:
    target = tmp_path / "notes.pdf"
    target.write_text("Dit is geen PDF.\n", encoding="utf-8")
    return target


def _identity(form: Path, tmp_path: Path, key: str, replacement: str) -> Path:
    value = str(pypdf.PdfReader(form).get_fields()[IDENTITY_FIELD]["/V"])
    parts = [replacement if part.startswith(key) else part for part in value.split(";")]
    target = tmp_path / "identity.pdf"
    rewrite_field(form, target, IDENTITY_FIELD, V=";".join(parts))
    # The XMP copy would still say who it is: a reader that keeps both keeps them alike.
    data = target.read_bytes().replace(value.encode(), ";".join(parts).encode())
    target.write_bytes(data)
    return target


@pytest.mark.parametrize("case", list(CASES))
def test_a_form_that_cannot_be_taken_is_one_sentence_and_nothing_is_stored(
    case: str, cli: Cli, db_path: Path, form: Path, tmp_path: Path
) -> None:
    make, sentence = CASES[case]
    err = refused(cli, db_path, make(form, tmp_path))
    assert sentence in err


def test_a_reader_that_dropped_the_hidden_field_still_gives_its_identity_in_the_xmp(
    cli: Cli, db_path: Path, form: Path, tmp_path: Path
) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(form))
    from pypdf.generic import NameObject

    acro = writer._root_object["/AcroForm"]
    acro[NameObject("/Fields")] = type(acro["/Fields"])(
        f for f in acro["/Fields"] if f.get_object().get("/T") != IDENTITY_FIELD
    )
    for page in writer.pages:
        page[NameObject("/Annots")] = type(page["/Annots"])(
            a for a in page["/Annots"] if a.get_object().get("/T") != IDENTITY_FIELD
        )
    target = tmp_path / "no-identity.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    filled = fill(target, tmp_path / "filled.pdf", {"a_moeite": "Plannen"})
    code, out, err = cli("--db", db_path, "prep", "import", filled)
    assert (code, err) == (0, "") and "answers: 1" in out
