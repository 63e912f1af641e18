"""``leercoach calendar`` as a user runs it: on a demo database, and refusing what it must."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import vobject

from .conftest import Cli


def demo(cli: Cli, db_path: Path) -> None:
    code, _, err = cli("--db", db_path, "demo")
    assert code == 0, err


def uids(path: Path) -> list[str]:
    parsed = vobject.readOne(path.read_bytes().decode("utf-8"))
    return sorted(event.uid.value for event in parsed.vevent_list)


def test_calendar_of_the_demo_database_twice_the_same_events(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    demo(cli, db_path)
    out = tmp_path / "agenda.ics"
    code, said, err = cli("--db", db_path, "calendar", "--out", out)
    first = uids(out)
    assert code == 0 and err == ""
    assert said == f"wrote {out} ({len(first)} events)\n" and len(first) > 10
    # An earlier calendar file is replaced; the events are the same ones.
    code, _, _ = cli("--db", db_path, "calendar", "--out", out, "--no-details")
    assert code == 0 and uids(out) == first
    text = out.read_bytes().decode("utf-8")
    assert "ATTENDEE" not in text and "ORGANIZER" not in text
    assert "Agreed action of" not in text


def test_one_employee_only(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    demo(cli, db_path)
    _, listed, _ = cli("--db", db_path, "employees", "list")
    first_id = listed.split()[0]
    out = tmp_path / "one.ics"
    assert cli("--db", db_path, "calendar", "--out", out, "--employee", first_id)[0] == 0
    everyone = tmp_path / "all.ics"
    assert cli("--db", db_path, "calendar", "--out", everyone)[0] == 0
    assert 0 < len(uids(out)) < len(uids(everyone))


def test_an_existing_file_that_is_not_a_calendar_is_left_alone(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    demo(cli, db_path)
    notes = tmp_path / "notes.ics"
    notes.write_bytes(b"Mijn aantekeningen, niet overschrijven.\n")
    code, said, err = cli("--db", db_path, "calendar", "--out", notes)
    assert code == 2 and said == ""
    assert err == (
        f"leercoach: {notes} exists and is not a calendar file (ICS), so leercoach does not "
        "replace it; choose another file name\n"
    )
    assert notes.read_bytes() == b"Mijn aantekeningen, niet overschrijven.\n"
    code, _, err = cli("--db", db_path, "calendar", "--out", db_path)
    assert code == 2 and err.count("\n") == 1 and "is the leercoach database" in err


def test_employee_and_team_together_and_an_unknown_id_or_team_are_refused(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    demo(cli, db_path)
    out = tmp_path / "agenda.ics"
    both = [*("--db", db_path, "calendar", "--out", out), "--employee", "abc", "--team", "T"]
    done = subprocess.run(
        [sys.executable, "-m", "leercoach", "--lang", "en", *map(str, both)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].endswith(
        "argument --team: not allowed with argument --employee"
    )
    code, _, err = cli("--db", db_path, "calendar", "--out", out, "--employee", "zzzz")
    assert (code, err) == (2, "leercoach: no employee with id 'zzzz'\n")
    code, _, err = cli("--db", db_path, "calendar", "--out", out, "--team", "Nergens")
    assert code == 2 and err.startswith("leercoach: no current employees in team 'Nergens'; ")
    assert err.count("\n") == 1
    assert not out.exists()
