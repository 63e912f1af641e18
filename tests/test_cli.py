"""The CLI as a user runs it: a real process, real files, exit codes and stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from leercoach.domain import Deck, EmployeeDraft


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


def test_show_json_leaves_private_notes_out_unless_asked(db_path: Path, mini_deck: Deck) -> None:
    from leercoach.store import Store

    with Store.open(db_path) as store:
        person = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        talk = store.conversations.start(person.id, mini_deck)
        store.conversations.set_shared_summary(talk.id, "Samen afgesproken: meer pauzes.")
        store.conversations.set_private_note(talk.id, "Lijkt op burn-out te lopen")
    shown = run("employees", "show", person.id, "--json", db=db_path)
    assert shown.returncode == 0, shown.stderr
    assert "burn-out" not in shown.stdout
    [conversation] = json.loads(shown.stdout)["conversations"]
    assert conversation["shared_summary"] == "Samen afgesproken: meer pauzes."
    assert "private_note" not in conversation
    asked = run("employees", "show", person.id, "--json", "--include-private-notes", db=db_path)
    note = json.loads(asked.stdout)["conversations"][0]["private_note"]
    assert note == "Lijkt op burn-out te lopen"
    as_text = run("employees", "show", person.id, "--include-private-notes", db=db_path)
    assert as_text.returncode == 0 and "burn-out" not in as_text.stdout


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


def test_importing_twice_skips_and_lists_who_is_already_present(
    db_path: Path, tmp_path: Path
) -> None:
    people = tmp_path / "personeel.csv"
    people.write_text(
        "Naam;E-mail;Startdatum;Personeelsnummer\n"
        "Zoë Van den Broeck;zoe@voorbeeld.be;01/09/2023;123\n"
        "Jef Peeters;;;\n"
        "An Smet;an@voorbeeld.be;;\n"
        "Zoe van den Broeck;;01/09/2023;\n",
        "utf-8-sig",
    )
    first = run("employees", "import", str(people), db=db_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"imported 3 employees from {people}",
        "skipped 1 repeated in the file:",
        "  line 5: Zoe van den Broeck (same name and start date as line 2)",
    ]
    again = run("employees", "import", str(people), db=db_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[:5] == [
        f"imported 0 employees from {people}",
        "skipped 3 already present (--update updates them instead):",
        "  line 2: Zoë Van den Broeck (same employee number as Zoë Van den Broeck)",
        "  line 3: Jef Peeters (same name as Jef Peeters)",
        "  line 4: An Smet (same e-mail address as An Smet)",
    ]
    listed = json.loads(run("employees", "list", "--json", db=db_path).stdout)
    assert sorted(p["name"] for p in listed) == ["An Smet", "Jef Peeters", "Zoë Van den Broeck"]


def test_import_update_and_add_number(db_path: Path, tmp_path: Path) -> None:
    added = run(
        "employees",
        "add",
        "--name",
        "Zoë Peeters",
        "--number",
        "B-042",
        "--start",
        "2024-01-02",
        "--json",
        db=db_path,
    )
    assert json.loads(added.stdout)["employee_number"] == "B-042"
    changed = tmp_path / "wijzigingen.csv"
    changed.write_text("personeelsnr;naam;afdeling\nB-042;Zoë Peeters-Maes;Nacht\n", "utf-8")
    skipped = run("employees", "import", str(changed), db=db_path)
    assert "skipped 1 already present" in skipped.stdout
    updated = run("employees", "import", str(changed), "--update", db=db_path)
    assert updated.returncode == 0, updated.stderr
    assert updated.stdout.splitlines()[1:] == [
        "updated 1 already present:",
        "  line 2: Zoë Peeters-Maes (same employee number as Zoë Peeters)",
    ]
    [person] = json.loads(run("employees", "list", "--json", db=db_path).stdout)
    assert (person["name"], person["team"], person["employee_number"]) == (
        "Zoë Peeters-Maes",
        "Nacht",
        "B-042",
    )
    clash = tmp_path / "te-vroeg.csv"
    clash.write_text("personeelsnr;naam;einddatum\nB-042;Zoë;01/01/1999\n", "utf-8")
    refused = run("employees", "import", str(clash), "--update", db=db_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.splitlines() == [
        "leercoach: nothing imported:",
        f"{clash}: line 2: end_date: 1999-01-01 lies before the start date 2024-01-02",
    ]


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
    from leercoach.store import Store

    Store.open(db_path).close()  # a reader never creates the database it reads
    result = run(*args, db=db_path)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--name", "Jef \u202ePeeters"),
            "name: contains an invisible or control character (U+202E RIGHT-TO-LEFT OVERRIDE),"
            " which is not allowed",
        ),
        (("--name", "Jef\r\nPeeters"), "name: contains an invisible or control character"),
        (("--name", "Jef", "--team", "IT\x1b[2J"), "team: contains an invisible or control"),
        (("--name", "Jef", "--role", "\u2066dev\u2069"), "role: contains an invisible or control"),
        (("--name", "Jef", "--email", "a@"), "email: 'a@' is not an e-mail address"),
        (("--name", "Jef", "--email", "@"), "email: '@' is not an e-mail address"),
        (("--name", "Jef", "--start", "0001-01-01"), "start_date: 0001-01-01 lies outside"),
        (("--name", "Jef", "--end", "9999-12-31"), "end_date: 9999-12-31 lies outside"),
    ],
)
def test_add_refuses_control_characters_bad_emails_and_odd_years(
    db_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run("employees", "add", *args, db=db_path)
    assert result.returncode == 2
    assert result.stderr.startswith("leercoach: ")
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert json.loads(run("employees", "list", "--json", db=db_path).stdout) == []


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


def listed_decks(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    listing: dict[str, Any] = json.loads(result.stdout)
    return listing


def test_a_deck_nested_100000_deep_is_one_broken_deck(private_data_dir: Path) -> None:
    own = private_data_dir / "decks"
    own.mkdir()
    (own / "diep.toml").write_text("x = " + "[" * 100_000, "utf-8")
    listing = listed_decks(run("decks", "list", "--json"))
    assert {"check-in", "ontwikkelgesprek"} <= {d["slug"] for d in listing["decks"]}
    (failure,) = listing["failures"]
    assert failure["path"] == str(own / "diep.toml")
    assert failure["problems"] == [
        "TOML nested too deeply: arrays or tables within each other, hundreds deep"
    ]
    text = run("decks", "list")
    assert text.returncode == 0, text.stderr
    assert f"BROKEN {own / 'diep.toml'}: TOML nested too deeply" in text.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")
def test_a_fifo_or_a_link_to_dev_zero_does_not_hang_decks_list(private_data_dir: Path) -> None:
    own = private_data_dir / "decks"
    own.mkdir()
    os.mkfifo(own / "pijp.toml")
    (own / "nul.toml").symlink_to("/dev/zero")
    real = own / "mijn.toml"
    real.write_text(
        (Path(__file__).parent.parent / "conversation_cards" / "check-in.toml")
        .read_text("utf-8")
        .replace('slug = "check-in"', 'slug = "mijn-check-in"'),
        "utf-8",
    )
    (own / "link.toml").symlink_to(real)  # a link to a real deck is fine
    (own / "groot.toml").write_bytes(b"# " + b"x" * 1_000_000 + b"\n")
    result = run("decks", "list", "--json")  # run() gives up after 60 s instead of hanging
    listing = listed_decks(result)
    slugs = [d["slug"] for d in listing["decks"]]
    assert {"check-in", "ontwikkelgesprek", "mijn-check-in"} <= set(slugs)
    problems = {Path(f["path"]).name: f["problems"] for f in listing["failures"]}
    assert problems == {
        "groot.toml": ["is 1,000,003 bytes; a deck file is at most 1 MB (1,000,000 bytes)"],
        "nul.toml": ["not a regular file but a device; a deck is a text file"],
        "pijp.toml": ["not a regular file but a named pipe (FIFO); a deck is a text file"],
    }
