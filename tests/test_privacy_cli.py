"""GDPR from the command line: a person's data out, and a person erased for good."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from leercoach.domain import ActionOwner, EmployeeDraft
from leercoach.store import Store
from leercoach.trust.backup import default_backups_dir, list_backups, make_backup

from .conftest import SMALL_DECK

PHRASE = "Kwikstaart-vertrouwelijk-5519"


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def person(db: Path) -> str:
    from leercoach.decks import parse_deck_text

    deck = parse_deck_text(SMALL_DECK)
    with Store.open(db) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Çelik", team="Zorg"))
        talk = store.conversations.start(zoe.id, deck)
        store.conversations.save_answer(talk.id, deck.cards[0], 0, f"antwoord {PHRASE}")
        store.conversations.set_private_note(talk.id, f"privé {PHRASE}")
        store.actions.add(zoe.id, "Meelopen", ActionOwner.SAMEN, conversation_id=talk.id)
        store.employees.add(EmployeeDraft(name="Bram Maes"))
        return zoe.id


def test_export_employee_writes_json_and_pdf_with_private_notes(
    db_path: Path, tmp_path: Path
) -> None:
    zoe = person(db_path)
    out = tmp_path / "inzage" / "zoe.json"
    out.parent.mkdir()
    result = run("export", "employee", zoe[:8], "--out", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["employee"]["name"] == "Zoë Çelik"
    assert data["conversations"][0]["private_note"] == f"privé {PHRASE}"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pdf_text = subprocess.run(
        ["pdftotext", str(out.with_suffix(".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Zoë Çelik" in pdf_text and PHRASE in pdf_text
    bad = run("export", "employee", zoe, "--out", str(tmp_path / "zoe.txt"), db=db_path)
    assert bad.returncode == 2 and ".json" in bad.stderr


def test_erase_needs_confirmation_and_reaches_the_backups(db_path: Path) -> None:
    zoe = person(db_path)
    make_backup(db_path, default_backups_dir())
    refused = run("erase", "employee", zoe, db=db_path)
    assert refused.returncode == 2 and "without --yes" in refused.stderr
    erased = run("erase", "employee", zoe, "--yes", "--backups", db=db_path)
    assert erased.returncode == 0, erased.stderr
    assert "erased from backup " in erased.stdout
    for path in [db_path, *(b.path for b in list_backups(default_backups_dir()))]:
        raw = path.read_bytes() + (
            Path(f"{path}-wal").read_bytes() if Path(f"{path}-wal").exists() else b""
        )
        assert PHRASE.encode() not in raw, path
    listed = run("employees", "list", db=db_path)
    assert "Bram Maes" in listed.stdout and "Zoë" not in listed.stdout
