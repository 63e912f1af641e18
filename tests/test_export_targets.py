"""An export never writes over the database, leercoach's own files or another kind of file.

The real CLI (``leercoach.cli.main`` in this process, and once as a real process for the
command of the issue) on real SQLite files; what is refused is compared byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from leercoach.cli import main
from leercoach.domain import EmployeeDraft
from leercoach.store import Store
from leercoach.targets import PDF, PERSON_EXPORT, Target, TargetRefusedError, check_targets

NAMES = ["Zoë Çelik", "Søren Ĳsselmeer", "Minh Trần"]
# Starts like every PDF: only where it lies can make leercoach refuse to replace it.
A_PDF = b"%PDF-1.7\n% an earlier file\n%%EOF\n"
posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks without privileges")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_people(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        teams = ["Zorg", "Zorg", "IT"]
        return {
            name: store.employees.add(EmployeeDraft(name=name, team=team)).id
            for name, team in zip(NAMES, teams, strict=True)
        }


@pytest.fixture
def people(db_path: Path) -> dict[str, str]:
    return make_people(db_path)


def leercoach(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def export_all(
    capsys: pytest.CaptureFixture[str], db: Path, out: Path, *more: str
) -> tuple[int, str, str]:
    return leercoach(
        capsys,
        "--db",
        str(db),
        "export",
        "pdf",
        "--all",
        "--period",
        "2026",
        "--out",
        str(out),
        *more,
    )


def assert_database_intact(db: Path, before: str) -> None:
    assert digest(db) == before
    with Store.open(db) as store:
        assert sorted(e.name for e in store.employees.find()) == sorted(NAMES)


def assert_one_sentence(err: str, path: Path, why: str) -> None:
    assert err.count("\n") == 1 and err.startswith("leercoach: "), err
    assert str(path) in err and why in err, err
    assert "Traceback" not in err and "Errno" not in err and ".part" not in err


# Case 1: the database ---------------------------------------------------------------------


def test_the_command_of_the_issue_leaves_the_database_as_it_was(private_data_dir: Path) -> None:
    """`export pdf --all --period 2026 --combined --out ~/.local/share/leercoach/leercoach.db`."""
    db = private_data_dir / "leercoach.db"
    make_people(db)
    before = digest(db)
    command = ["export", "pdf", "--all", "--period", "2026", "--combined", "--out", str(db)]
    result = subprocess.run(
        [sys.executable, "-m", "leercoach", *command],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"leercoach: {db} is the leercoach database; choose another file name\n"
    )
    assert_database_intact(db, before)
    assert not list(private_data_dir.glob("*.pdf"))


@posix_only
@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_a_link_to_the_database_is_the_database(
    db_path: Path,
    people: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    link: str,
) -> None:
    target = tmp_path / "elders" / "groeiplannen.pdf"
    target.parent.mkdir()
    if link == "symlink":
        target.symlink_to(db_path)
    else:
        os.link(db_path, target)
    before = digest(db_path)
    code, _, err = export_all(capsys, db_path, target, "--combined")
    assert code == 2
    assert_one_sentence(err, target, "is the leercoach database; choose another file name")
    assert_database_intact(db_path, before)
    assert target.exists() and (target.is_symlink() or os.path.samefile(target, db_path))


@pytest.mark.parametrize(
    ("name", "holds_a_pdf"),
    [
        ("leercoach.db-wal", False),
        ("leercoach.db-shm", False),
        ("leercoach.db-journal", False),
        ("leercoach.db.lock", False),
        ("leercoach.db.salt", True),
        ("leercoach.db.replaced-2026-03-01T10-00-00", True),
        ("leercoach.db.damaged-20260301-100000", True),
        (".leercoach.db.restore-0f3a9c.tmp", True),
    ],
)
def test_what_leercoach_keeps_beside_the_database_is_refused(
    db_path: Path,
    people: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    name: str,
    holds_a_pdf: bool,
) -> None:
    """By its place, not its content: even a file that starts like a PDF stays as it is."""
    target = db_path.with_name(name)
    if holds_a_pdf:
        target.write_bytes(A_PDF)
    before = digest(db_path)
    code, _, err = export_all(capsys, db_path, target, "--combined")
    assert code == 2
    assert_one_sentence(err, target, "is one of the files leercoach keeps beside its database")
    assert_database_intact(db_path, before)
    if holds_a_pdf:
        assert target.read_bytes() == A_PDF


@pytest.mark.parametrize(
    "inside", ["backups/leercoach-2026-03-01T10-00-00.db", "decks/eigen.pdf", "rapport.pdf"]
)
def test_nothing_inside_the_data_folder_is_written(
    db_path: Path,
    people: dict[str, str],
    private_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    inside: str,
) -> None:
    target = private_data_dir / inside
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(A_PDF)
    code, _, err = export_all(capsys, db_path, target, "--combined")
    assert code == 2
    assert_one_sentence(err, target, "is inside leercoach's data folder")
    assert target.read_bytes() == A_PDF
    folder = private_data_dir / "export"
    code, _, err = export_all(capsys, db_path, folder)
    assert code == 2 and "is inside leercoach's data folder" in err
    assert not folder.exists()


def test_a_backup_elsewhere_and_other_files_are_judged_by_their_content(
    db_path: Path, people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "usb"
    code, _, err = leercoach(capsys, "--db", str(db_path), "backup", "--to", str(elsewhere))
    assert code == 0, err
    (backup,) = elsewhere.glob("leercoach-*.db")
    letter = tmp_path / "brief aan HR.pdf"  # named like a PDF, but a letter
    letter.write_text("Beste HR, …", "utf-8")
    for target in (backup, letter):
        before = digest(target)
        code, _, err = export_all(capsys, db_path, target, "--combined")
        assert code == 2
        assert_one_sentence(err, target, "is not a PDF, so leercoach does not replace it")
        assert digest(target) == before
    with Store.open(backup) as store:
        assert len(store.employees.find()) == len(NAMES)


def test_an_earlier_pdf_is_replaced(
    db_path: Path, people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "alle.pdf"
    target.write_bytes(A_PDF)
    code, out, err = export_all(capsys, db_path, target, "--combined")
    assert code == 0, err
    assert len(PdfReader(target).outline) == len(NAMES)
    assert f"{len(NAMES)} of {len(NAMES)} employees exported" in out


def test_one_refused_file_in_a_folder_stops_the_export_before_any_is_written(
    db_path: Path, people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    earlier = folder / "Zoë Çelik - growth plan 2026.pdf"
    earlier.write_bytes(A_PDF)
    in_the_way = folder / "Søren Ĳsselmeer - growth plan 2026.pdf"
    in_the_way.write_text("notities, geen pdf", "utf-8")
    code, _, err = export_all(capsys, db_path, folder)
    assert code == 2
    assert_one_sentence(err, in_the_way, "is not a PDF")
    assert sorted(p.name for p in folder.iterdir()) == sorted([earlier.name, in_the_way.name])
    assert earlier.read_bytes() == A_PDF
    assert in_the_way.read_text("utf-8") == "notities, geen pdf"


# Case 11: the person's export and missing folders -------------------------------------------


def export_employee(
    capsys: pytest.CaptureFixture[str], db: Path, person: str, out: Path
) -> tuple[int, str, str]:
    return leercoach(capsys, "--db", str(db), "export", "employee", person, "--out", str(out))


def test_the_pdf_beside_the_json_is_checked_before_either_is_written(
    db_path: Path, people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "zoe.json"
    beside = tmp_path / "zoe.pdf"
    beside.write_text("Getekend verslag, niet overschrijven", "utf-8")
    code, stdout, err = export_employee(capsys, db_path, people["Zoë Çelik"], out)
    assert code == 2 and stdout == ""
    assert_one_sentence(err, beside, "is not a PDF, so leercoach does not replace it")
    assert not out.exists()
    assert beside.read_text("utf-8") == "Getekend verslag, niet overschrijven"


def test_the_json_replaces_only_an_earlier_personal_data_export(
    db_path: Path, people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "zoe.json"
    code, _, err = export_employee(capsys, db_path, people["Zoë Çelik"], out)
    assert code == 0, err
    code, _, err = export_employee(capsys, db_path, people["Zoë Çelik"], out)
    assert code == 0, err  # an earlier export of ours: replaced
    settings = tmp_path / "instellingen.json"
    settings.write_text('{"format": "iets anders", "theme": "dark"}', "utf-8")
    code, _, err = export_employee(capsys, db_path, people["Zoë Çelik"], settings)
    assert code == 2
    assert_one_sentence(err, settings, "is not a personal-data export of leercoach")
    assert json.loads(settings.read_text("utf-8")) == {"format": "iets anders", "theme": "dark"}
    assert not settings.with_suffix(".pdf").exists()


def test_a_person_export_into_the_data_folder_is_refused(
    db_path: Path,
    people: dict[str, str],
    private_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = private_data_dir / "zoe.json"
    code, _, err = export_employee(capsys, db_path, people["Zoë Çelik"], out)
    assert code == 2
    assert_one_sentence(err, out, "is inside leercoach's data folder")
    assert not out.exists() and not out.with_suffix(".pdf").exists()


@pytest.mark.parametrize("command", ["employee", "pdf --combined", "pdf --employee"])
def test_a_file_in_a_missing_folder_gets_one_sentence(
    db_path: Path,
    people: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    missing = tmp_path / "bestaat niet"
    zoe = people["Zoë Çelik"]
    if command == "employee":
        target = missing / "zoe.json"
        code, _, err = export_employee(capsys, db_path, zoe, target)
    else:
        target = missing / "zoe.pdf"
        who = ["--all", "--combined"] if command == "pdf --combined" else ["--employee", zoe]
        args = ["export", "pdf", *who, "--period", "2026", "--out", str(target)]
        code, _, err = leercoach(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert_one_sentence(err, missing, "does not exist; create it first")
    assert not missing.exists()


def test_one_pdf_per_employee_makes_the_folder_it_is_given(
    db_path: Path, people: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nieuw" / "zorg"
    args = ["export", "pdf", "--team", "Zorg", "--period", "2026", "--out", str(folder)]
    code, _, err = leercoach(capsys, "--db", str(db_path), *args)
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "Søren Ĳsselmeer - growth plan 2026.pdf",
        "Zoë Çelik - growth plan 2026.pdf",
    ]
    beside_a_file = tmp_path / "notities.txt"
    beside_a_file.write_text("geen map", "utf-8")
    args[-1] = str(beside_a_file / "zorg")
    code, _, err = leercoach(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert_one_sentence(err, beside_a_file, "is not a folder")


# The rule itself, as the app asks it --------------------------------------------------------


def test_the_check_names_the_files_an_export_would_replace(
    db_path: Path, people: dict[str, str], tmp_path: Path
) -> None:
    earlier_pdf, empty, new = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    earlier_pdf.write_bytes(A_PDF)
    empty.touch()  # holds nothing to lose
    earlier_json = tmp_path / "zoe.json"
    earlier_json.write_text(json.dumps({"format": "leercoach-person-export"}), "utf-8")
    targets = [Target(p, PDF) for p in (earlier_pdf, empty, new)]
    existing = check_targets([*targets, Target(earlier_json, PERSON_EXPORT)], db_path)
    assert existing == [earlier_pdf, earlier_json]
    with pytest.raises(TargetRefusedError) as refused:
        check_targets([Target(earlier_json, PDF)], db_path)
    assert refused.value.path == earlier_json and "is not a PDF" in str(refused.value)
