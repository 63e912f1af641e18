import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from leercoach.decks import load_library
from leercoach.decks.snapshot import content_hash
from leercoach.domain import EmployeeDraft
from leercoach.paths import deck_folders, shipped_decks_dir
from leercoach.store import DamagedDatabaseError, SchemaTooNewError, Store
from leercoach.store.database import MIGRATION_STEPS, connect
from leercoach.store.migrations import (
    Migration,
    load_migrations,
    migrate,
    schema_version,
    statements,
)

from .deck_history import previous_version_database, put_user_deck, raised_check_in

MIGRATIONS = load_migrations()


def test_new_database_is_at_latest_version_with_durable_settings(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.check() == []


@pytest.mark.parametrize("start_version", range(len(MIGRATIONS)))
def test_upgrade_from_every_earlier_version_keeps_data(db_path: Path, start_version: int) -> None:
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    assert migrate(raw, MIGRATIONS, target=start_version) == start_version
    if start_version >= 1:
        raw["employee"].insert(
            {
                "id": "e-1",
                "name": "Anaïs Wuyts",
                "created_at": "2024-01-01T09:00:00",
                "updated_at": "2024-01-01T09:00:00",
            }
        )
    raw.close()
    with Store.open(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.check() == []
        if start_version >= 1:
            assert store.employees.get("e-1").name == "Anaïs Wuyts"
        if 1 <= start_version < 8:
            # Written without its sort key, as a leercoach before 0008 would; 0008 fills it.
            key = store.db.execute("SELECT sort_name FROM employee WHERE id = 'e-1'").fetchone()
            assert key == ("anais wuyts",)
    fresh = db_path.with_name("fresh.db")
    Store.open(fresh).close()
    assert schema_of(db_path, with_sql=True) == schema_of(fresh, with_sql=True)


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_newer_schema_is_refused_and_file_left_untouched(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Jef"))
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError, match="newer leercoach") as caught:
        Store.open(db_path)
    assert caught.value.found == len(MIGRATIONS) + 5
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not Path(f"{db_path}-wal").exists()


def test_file_that_is_not_a_database_gives_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is my shopping list, not a database. " * 200)
    with pytest.raises(DamagedDatabaseError, match="not a usable leercoach database"):
        Store.open(path)
    assert path.read_bytes().startswith(b"This is my shopping list")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_new_folder_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "nieuw" / "leercoach.db"
    with Store.open(path) as store:
        store.employees.add(EmployeeDraft(name="Lieve"))
        # SQLite gives the WAL the main file's mode; check it while it exists.
        assert stat.S_IMODE(Path(f"{path}-wal").stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def migration_files(tmp_path: Path, scripts: dict[str, str]) -> list[Migration]:
    """Migrations read from a folder of these scripts, by file name."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for name, sql in scripts.items():
        (folder / name).write_text(sql, "utf-8")
    return load_migrations(folder)


def test_failed_migration_rolls_back_completely(tmp_path: Path) -> None:
    migrations = migration_files(
        tmp_path,
        {
            "0001_first.sql": "CREATE TABLE a (x TEXT);",
            "0002_broken.sql": "CREATE TABLE b (y TEXT);\nINSERT INTO missing_table VALUES (1);",
        },
    )
    path = tmp_path / "x.db"
    with pytest.raises(sqlite3.OperationalError, match="missing_table"):
        connect(path, migrations)
    raw = sqlite_utils.Database(path)
    assert schema_version(raw) == 1
    assert raw.table_names() == ["a"]


def test_upgrade_gives_existing_people_their_place_in_the_list(db_path: Path) -> None:
    """Rows from before migration 0005 have no sort key; the first open fills it in."""
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(raw, MIGRATIONS, target=4)
    stamp = "2024-01-01T09:00:00"
    for number, name in enumerate(("zoë Peeters", "Émile Zola", "Çelik Ayşe", "Bram Maes")):
        raw["employee"].insert(
            {"id": f"e-{number}", "name": name, "created_at": stamp, "updated_at": stamp}
        )
    raw.close()
    with Store.open(db_path) as store:
        names = [line.name for line in store.employees.listing()]
        assert names == ["Bram Maes", "Çelik Ayşe", "Émile Zola", "zoë Peeters"]
        keys = store.db.execute("SELECT sort_name FROM employee ORDER BY sort_name").fetchall()
        assert [key for (key,) in keys] == ["bram maes", "celik ayse", "emile zola", "zoe peeters"]


def test_a_python_step_runs_once_in_the_transaction_of_its_migration(tmp_path: Path) -> None:
    migrations = migration_files(
        tmp_path,
        {
            "0001_people.sql": "CREATE TABLE person (name TEXT);",
            "0002_keys.sql": "ALTER TABLE person ADD COLUMN key TEXT NOT NULL DEFAULT '';",
            "0003_broken.sql": "CREATE TABLE later (x TEXT);",
        },
    )
    runs: list[int] = []

    def fill_keys(db: sqlite_utils.Database) -> None:
        runs.append(schema_version(db))
        db.execute("UPDATE person SET key = lower(name)")

    def broken(db: sqlite_utils.Database) -> None:
        db.execute("INSERT INTO later VALUES ('half done')")
        raise RuntimeError("the step failed")

    steps = {"keys": fill_keys, "broken": broken}
    raw = sqlite_utils.Database(sqlite3.connect(tmp_path / "x.db", isolation_level=None))
    migrate(raw, migrations, target=1, steps=steps)
    raw.execute("INSERT INTO person (name) VALUES ('Zoë')")
    assert migrate(raw, migrations, target=2, steps=steps) == 2
    assert migrate(raw, migrations, target=2, steps=steps) == 2
    assert runs == [1], "once, before the version that records it"
    assert raw.execute("SELECT key FROM person").fetchall() == [("zoë",)]
    with pytest.raises(RuntimeError, match="the step failed"):
        migrate(raw, migrations, steps=steps)
    assert schema_version(raw) == 2
    assert "later" not in raw.table_names(), "the SQL before a failed step is undone too"


def test_every_python_step_belongs_to_a_migration() -> None:
    """A step is found by its migration's topic: a renamed file must not lose its step."""
    assert set(MIGRATION_STEPS) <= {m.topic for m in MIGRATIONS}


def test_the_name_order_queries_use_the_index_in_name_order(db_path: Path) -> None:
    """Migration 0008 drops the older index in name order; what used it uses the newer one."""
    with Store.open(db_path) as store:
        for name, team in (("Zoë Peeters", "Zorg"), ("Bram Maes", "IT"), ("Çelik Ayşe", "")):
            store.employees.add(EmployeeDraft(name=name, team=team))
        indexes = {index.name for index in store.db["employee"].indexes}
        assert "employee_by_name" not in indexes
        asked: list[str] = []
        store.db.conn.set_trace_callback(asked.append)
        assert store.employees.teams() == ["IT", "Zorg"]
        assert [e.name for e in store.reporting.employees(team="Zorg")] == ["Zoë Peeters"]
        listed = [line.name for line in store.employees.listing()]
        assert listed == ["Bram Maes", "Çelik Ayşe", "Zoë Peeters"]
        store.db.conn.set_trace_callback(None)
        for sql in asked:
            plan = " ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert "USING INDEX employee_in_name_order" in plan, (sql, plan)


def test_upgrade_keeps_each_conversation_with_the_deck_it_was_held_with(db_path: Path) -> None:
    """The upgrade stores the loaded deck of each conversation's slug and version, and from
    then on a newer deck file no longer changes what an old conversation shows."""
    shipped = load_library([shipped_decks_dir()]).get("check-in")
    first = shipped.cards[0]
    previous_version_database(
        db_path,
        {
            "held-v1": ("check-in", shipped.version, [(first.id, first.question, "4")]),
            "held-v7": ("check-in", 7, [(first.id, "Hoe gaat het, versie 7?", "2")]),
            "gone": ("teamuitje", 1, [("plek", "Waar gaan we heen?", "de zee")]),
        },
    )
    with Store.open(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.check() == []
        talks = {c.id: c for c in store.conversations.for_employee("e-1")}
        assert talks["held-v1"].deck_hash == content_hash(shipped)
        assert talks["held-v7"].deck_hash is None  # no check-in version 7 was loaded
        assert talks["gone"].deck_hash is None
        stored = store.db.execute("SELECT slug, version, hash FROM deck_snapshot").fetchall()
        assert stored == [("check-in", shipped.version, content_hash(shipped))]

    put_user_deck("check-in.toml", raised_check_in())
    library = load_library(deck_folders())
    assert library.get("check-in").version == 99
    with Store.open(db_path) as store:
        talks = {c.id: c for c in store.conversations.for_employee("e-1")}
        held = store.decks.deck_of(talks["held-v1"], library)
        assert held is not None and held.version == shipped.version
        assert held == replace(shipped, path=None)
        assert store.decks.deck_of(talks["held-v7"], library) is None
        assert store.decks.deck_of(talks["gone"], library) is None


def test_migration_scripts_are_split_where_sqlite_ends_a_statement() -> None:
    script = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT ';');\n"
        "CREATE TRIGGER a_insert AFTER INSERT ON a BEGIN\n"
        "    UPDATE a SET x = 'y;z';\n"
        "    DELETE FROM a WHERE x = '';\n"
        "END;\n"
        "/* the end; */\n"
        "INSERT INTO a VALUES ('no semicolon at the end')"
    )
    found = statements(script)
    assert len(found) == 3
    assert found[1].startswith("CREATE TRIGGER") and found[1].endswith("END;")
    triggers = sum(m.sql.count("CREATE TRIGGER") for m in MIGRATIONS)
    split = [s for m in MIGRATIONS for s in statements(m.sql)]
    assert sum(s.lstrip("-\n ").count("CREATE TRIGGER") for s in split) == triggers
    assert all(sqlite3.complete_statement(s) for s in split)


# Opens the file given as argv[1] once a line arrives on stdin, so that several of these,
# started one by one, open it at the same moment; prints the schema version it found.
OPENER = """
import sys
from leercoach.store import Store
print("ready", flush=True)
sys.stdin.readline()
with Store.open(sys.argv[1], exclusive=False) as store:
    print(store.schema_version, flush=True)
"""
OPENERS = 3
ROUNDS = 15


def schema_of(path: Path, *, with_sql: bool = False) -> list[tuple[str, ...]]:
    raw = sqlite3.connect(path)
    columns = "type, name, sql" if with_sql else "type, name"
    try:
        return raw.execute(f"SELECT {columns} FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        raw.close()


@pytest.mark.slow
def test_processes_opening_a_new_file_at_once_all_get_the_whole_schema(tmp_path: Path) -> None:
    """Each opener used to see version 0 and migrate: `table employee already exists`."""
    reference = tmp_path / "reference.db"
    Store.open(reference).close()
    expected = schema_of(reference)
    problems: list[str] = []
    for round_number in range(ROUNDS):
        path = tmp_path / f"round-{round_number}" / "leercoach.db"
        failed_before = len(problems)
        openers = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(OPENERS)
        ]
        for opener in openers:
            assert opener.stdout is not None and opener.stdout.readline() == "ready\n"
        for opener in openers:
            assert opener.stdin is not None
            opener.stdin.write("go\n")
            opener.stdin.flush()
        for opener in openers:
            out, err = opener.communicate(timeout=60)
            if opener.returncode != 0 or out.strip() != str(len(MIGRATIONS)):
                last = (err.strip().splitlines() or ["no error"])[-1]
                problems.append(f"round {round_number}: version {out.strip()!r}, {last}")
        if len(problems) > failed_before:
            continue
        assert schema_of(path) == expected
        with Store.open(path) as store:
            assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert store.check() == []
    assert problems == []
