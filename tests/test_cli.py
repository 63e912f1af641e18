"""The CLI as a user runs it: a real process, real files, exit codes and stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "leercoach"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_employee_add_list_show(db_path: Path) -> None:
    added = run(
        "employees",
        "add",
        "--name",
        "Zoë Çelik",
        "--team",
        "Zorg",
        "--start",
        "2024-01-02",
        "--json",
        db=db_path,
    )
    assert added.returncode == 0, added.stderr
    person = json.loads(added.stdout)
    assert person["name"] == "Zoë Çelik" and person["start_date"] == "2024-01-02"
    listed = run("employees", "list", db=db_path)
    assert "Zoë Çelik" in listed.stdout and person["id"][:8] in listed.stdout
    shown = run("employees", "show", person["id"][:8], db=db_path)
    assert shown.returncode == 0
    assert "Zoë Çelik" in shown.stdout and "team: Zorg" in shown.stdout
    as_json = json.loads(run("employees", "show", person["id"], "--json", db=db_path).stdout)
    assert as_json["employee"]["id"] == person["id"]


def test_db_from_environment_variable(tmp_path: Path) -> None:
    path = tmp_path / "via-env.db"
    result = run("employees", "add", "--name", "Bram", env={"LEERCOACH_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_import_csv_and_bad_csv(db_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "goed.csv"
    good.write_text("naam;team\nAnaïs;IT\nJef;IT\n", "utf-8-sig")
    result = run("employees", "import", str(good), db=db_path)
    assert result.returncode == 0 and "imported 2 employees" in result.stdout
    bad = tmp_path / "slecht.csv"
    bad.write_text("naam;startdatum\nLieve;31/02/2024\n", "utf-8")
    result = run("employees", "import", str(bad), db=db_path)
    assert result.returncode == 2
    assert "nothing imported" in result.stderr and "line 2: start date" in result.stderr
    assert len(json.loads(run("employees", "list", "--json", db=db_path).stdout)) == 2


def test_demo_and_check(db_path: Path) -> None:
    result = run("demo", "--employees", "3", "--seed", "7", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "added 3 demo employees" in result.stdout
    from leercoach.store.migrations import load_migrations

    latest = len(load_migrations())
    assert run("check", db=db_path).stdout.strip().endswith(f"ok (schema version {latest})")
    removed = run("demo", "--remove", db=db_path)
    assert "removed 3 demo employees" in removed.stdout


def test_demo_twice_with_the_same_seed_adds_more_people(db_path: Path) -> None:
    for _ in range(2):
        result = run("demo", "--employees", "3", "--seed", "7", db=db_path)
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert "added 3 demo employees" in result.stdout
    assert "removed 6 demo employees" in run("demo", "--remove", db=db_path).stdout


def test_decks_list_show_validate(tmp_path: Path) -> None:
    listed = run("decks", "list", "--json")
    assert listed.returncode == 0
    slugs = [d["slug"] for d in json.loads(listed.stdout)["decks"]]
    assert {"check-in", "ontwikkelgesprek"} <= set(slugs)
    shown = run("decks", "show", "check-in")
    assert shown.returncode == 0 and "1. " in shown.stdout and "thema:" in shown.stdout
    assert run("decks", "validate").returncode == 0
    broken = tmp_path / "kapot.toml"
    broken.write_text('slug = "x"\n', "utf-8")
    result = run("decks", "validate", str(broken))
    assert result.returncode == 2
    assert f"{broken}: version: missing" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("employees", "add"), 2, "the following arguments are required: --name"),
        (("employees", "add", "--name", " "), 2, "name: a name is required"),
        (("employees", "add", "--name", "X", "--start", "31-02-2024"), 2, "is not a date"),
        (("employees", "show", "abcdef12"), 2, "no employee with id 'abcdef12'"),
        (("decks", "show", "bestaat-niet"), 2, "no deck 'bestaat-niet'"),
        (("employees", "import", "/nergens/lijst.csv"), 2, "cannot be read"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(
    db_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    result = run(*args, db=db_path)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_failures_exit_1(tmp_path: Path) -> None:
    not_a_db = tmp_path / "foto.db"
    not_a_db.write_bytes(b"\x89PNG" + b"\x00" * 4000)
    result = run("check", db=not_a_db)
    assert result.returncode == 1
    assert "not a usable leercoach database" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("employees", "list", db=not_a_db)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_newer_database_exits_1_and_says_update(db_path: Path) -> None:
    import sqlite3

    run("employees", "add", "--name", "X", db=db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = run("employees", "list", db=db_path)
    assert result.returncode == 1
    assert "newer leercoach" in result.stderr


def test_writers_wait_for_the_app_but_readers_may_look(db_path: Path) -> None:
    from leercoach.store import Store

    run("employees", "add", "--name", "Jef", db=db_path)
    with Store.open(db_path):  # the app has the file open
        listed = run("employees", "list", db=db_path)
        assert listed.returncode == 0 and "Jef" in listed.stdout
        added = run("employees", "add", "--name", "Lieve", db=db_path)
        assert added.returncode == 1
        assert "already open in another leercoach window" in added.stderr
