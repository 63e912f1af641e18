"""``leercoach export pdf`` as a user runs it: a real process, real files, exit codes."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from leercoach.domain import EmployeeDraft
from leercoach.store import Store

SECRET = "Niet delen: twijfelt over verlengen"


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), "export", "pdf", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def people(db_path: Path) -> dict[str, str]:
    """Three people in two teams; Zoë has a cycle with a goal and a note for private eyes."""
    from leercoach.decks import parse_deck_text
    from tests.conftest import SMALL_DECK

    deck = parse_deck_text(SMALL_DECK, "mini.toml")
    with Store.open(db_path) as store:
        store.set_setting("manager_name", "An Peeters")
        ids = {}
        for name, team in (("Zoë Çelik", "Zorg"), ("Søren Ĳsselmeer", "Zorg"), ("Minh Trần", "IT")):
            ids[name] = store.employees.add(EmployeeDraft(name=name, team=team)).id
        cycle = store.cycles.add(ids["Zoë Çelik"], date(2026, 1, 1), date(2026, 12, 31))
        store.cycles.add_goal(cycle.id, "Zelfstandig plannen")
        talk = store.conversations.start(ids["Zoë Çelik"], deck)
        store.conversations.set_private_note(talk.id, SECRET)
    return ids


def test_one_employee_to_a_file(db_path: Path, people: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "zoe.pdf"
    result = run(
        db_path, "--employee", people["Zoë Çelik"][:8], "--period", "2026", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"wrote {out} ({len(PdfReader(out).pages)} pages)"
    assert "1 of 1 employees exported" in result.stdout
    text = pdf_text(out)
    assert "Zoë Çelik" in text and "Zelfstandig plannen" in text and "An Peeters" in text
    assert SECRET not in text


def test_private_notes_only_with_the_flag(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "zoe.pdf"
    args = ["--employee", people["Zoë Çelik"], "--period", "2026", "--out", str(out)]
    assert run(db_path, *args, "--include-private-notes").returncode == 0
    assert SECRET in pdf_text(out)


def test_a_team_into_a_folder_and_everyone_combined(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "zorg"
    result = run(db_path, "--team", "Zorg", "--period", "2026", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    written = [line for line in result.stdout.splitlines() if line.startswith("wrote ")]
    assert len(written) == 2
    assert sorted(p.name for p in folder.iterdir()) == [
        "Søren Ĳsselmeer - growth plan 2026.pdf",
        "Zoë Çelik - growth plan 2026.pdf",
    ]
    combined = tmp_path / "alle.pdf"
    result = run(db_path, "--all", "--combined", "--period", "2026", "--out", str(combined))
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(combined).outline) == 3
    assert "3 of 3 employees exported" in result.stdout


def test_the_cycle_start_month_sets_the_period(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        store.set_setting("cycle_start_month", "9")
    out = tmp_path / "minh.pdf"
    result = run(db_path, "--employee", people["Minh Trần"], "--period", "2025", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "September 2025 – August 2026" in pdf_text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--employee", "ffffffff", "--period", "2026"], "no employee"),
        (["--team", "Boekhouding", "--period", "2026"], "no current employees in team"),
        (["--all", "--period", "26"], "not a year"),
        (["--all", "--period", "twintig"], "not a year"),
        (["--all", "--period", "0999"], "lies outside"),
        (["--all"], "required: --period"),
        (["--period", "2026"], "one of the arguments"),
    ],
)
def test_bad_input_exits_2(
    db_path: Path, people: dict[str, str], tmp_path: Path, args: list[str], message: str
) -> None:
    result = run(db_path, *args, "--out", str(tmp_path / "uit"))
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "uit").exists()


def test_a_failed_employee_exits_1_and_the_others_are_written(
    db_path: Path, people: dict[str, str], tmp_path: Path, small_disk: Any
) -> None:
    """A real failure halfway: the disk fills up after the first PDFs."""
    roomy = tmp_path / "ruim"
    assert run(db_path, "--all", "--period", "2026", "--out", str(roomy)).returncode == 0
    sizes = sorted(pdf.stat().st_size for pdf in roomy.iterdir())
    folder = small_disk((sizes[0] + sizes[1]) // 1024 + 12) / "uit"
    result = run(db_path, "--all", "--period", "2026", "--out", str(folder))
    assert result.returncode == 1
    written = sorted(folder.glob("*.pdf"))
    assert 1 <= len(written) < len(sizes)
    assert f"{len(written)} of {len(sizes)} employees exported" in result.stdout
    assert f"{len(sizes) - len(written)} failed" in result.stdout
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_a_very_long_name_still_gets_its_pdf(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    """A name of a hundred Chinese characters is 300 bytes: the file name is shortened to
    what every file system takes, not refused."""
    long_name = "漢" * 100
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name=long_name))
    folder = tmp_path / "uit"
    result = run(db_path, "--all", "--period", "2026", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    (pdf,) = [p for p in folder.iterdir() if p.name.startswith("漢")]
    assert len(pdf.name.encode("utf-8")) <= 255


def test_a_folder_in_the_place_of_a_pdf_stops_the_export_before_any_is_written(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "uit"
    in_the_way = folder / "Søren Ĳsselmeer - growth plan 2026.pdf"
    in_the_way.mkdir(parents=True)
    result = run(db_path, "--all", "--period", "2026", "--out", str(folder))
    assert result.returncode == 2
    assert result.stderr == f"leercoach: {in_the_way} is a folder; choose a file name\n"
    assert [p.name for p in folder.iterdir()] == [in_the_way.name]


def test_many_employees_need_a_folder_or_combined(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "zorg.pdf"
    result = run(db_path, "--team", "Zorg", "--period", "2026", "--out", str(out))
    assert result.returncode == 2 and "--combined" in result.stderr
    assert not out.exists()
