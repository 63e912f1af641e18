"""``leercoach export conversation ID --out FILE.pdf`` as a user runs it: a real process,
real files, exit codes (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from leercoach.decks import load_library, parse_deck_text
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store

from .conftest import SMALL_DECK
from .test_reports import pdf_text

SECRET = "Niet delen: twijfelt over verlengen"


def run(db: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "leercoach", "--lang", "en", "--db", str(db), "export"]
    return subprocess.run(
        [*command, "conversation", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


@pytest.fixture
def talks(db_path: Path) -> dict[str, str]:
    """Zoë's completed talk (with a private note), a draft, and the manager's own deck."""
    deck = parse_deck_text(SMALL_DECK, "mini.toml")
    own = load_library([shipped_decks_dir()]).get("feedforward-voorbereiding")
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Çelik")).id
        done = store.conversations.start(zoe, deck).id
        store.conversations.set_shared_summary(done, "Samen afgesproken: minder nachtdiensten")
        store.conversations.set_private_note(done, SECRET)
        store.conversations.complete(done)
        mine = store.conversations.start(zoe, own).id
        store.conversations.complete(mine)
        draft = store.conversations.start(zoe, deck).id
    return {"done": done, "draft": draft, "own": mine}


def test_a_completed_talk_is_written_without_its_private_note(
    db_path: Path, talks: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "verslag.pdf"
    result = run(db_path, talks["done"][:8], "--out", out)  # its first characters do
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {out} (1 page)\n"
    text = pdf_text(out)
    assert "minder nachtdiensten" in text and "Zoë Çelik" in text
    assert "twijfelt" not in text and "verlengen" not in text


@pytest.mark.parametrize(
    ("which", "says"),
    [
        ("draft", "is not completed yet: finish the conversation first"),
        ("own", "is the manager's own record, not a talk with the employee"),
        ("unknown", "no conversation with id 'unknown'"),
    ],
)
def test_what_has_no_record_is_one_sentence_and_exit_2(
    db_path: Path, talks: dict[str, str], tmp_path: Path, which: str, says: str
) -> None:
    out = tmp_path / "verslag.pdf"
    result = run(db_path, talks.get(which, which), "--out", out)
    assert result.returncode == 2
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_target_it_must_not_write_is_refused_with_exit_2(
    db_path: Path, talks: dict[str, str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("my own notes, not a PDF")
    result = run(db_path, talks["done"], "--out", notes)
    assert result.returncode == 2, result.stderr
    assert notes.read_text() == "my own notes, not a PDF"
    result = run(db_path, talks["done"], "--out", tmp_path / "verslag.txt")
    assert result.returncode == 2
    assert "give a file name ending in .pdf" in result.stderr
