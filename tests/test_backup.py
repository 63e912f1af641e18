"""Backups: consistent while the app writes, private, checked, thinned, and restorable."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from leercoach.decks import load_library
from leercoach.domain import Deck, EmployeeDraft
from leercoach.domain.talks import TalkPlan
from leercoach.paths import shipped_decks_dir
from leercoach.store import DatabaseInUseError, Store
from leercoach.store.demo import build_demo
from leercoach.store.migrations import load_migrations, migrate
from leercoach.trust.backup import (
    Backup,
    BackupError,
    backup_if_changed,
    backup_name,
    change_marker,
    changed_since,
    default_backups_dir,
    list_backups,
    make_backup,
    select_to_keep,
    thin_backups,
)
from leercoach.trust.restore import RestoreRefusedError, restore_backup

NOW = datetime(2026, 11, 12, 17, 4, 5)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return [row[0] for row in db.execute("SELECT name FROM employee ORDER BY name")]


def make_db(path: Path, *names: str) -> Path:
    with Store.open(path) as store:
        store.employees.add_many([EmployeeDraft(name=name) for name in names])
    return path


def damage(path: Path) -> None:
    """Overwrite one page in the middle with garbage, as a failing disk sector would."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(size // 2 - (size // 2) % 4096)
        file.write(b"\xab" * 4096)


def many_people(path: Path) -> Path:
    """Big enough (about 1 MB) that the middle page is table data, not the header."""
    return make_db(path, *(f"Medewerker {i:04d} {'x' * 300}" for i in range(2000)))


# Making a backup -----------------------------------------------------------------------------


def test_backup_holds_data_still_in_the_wal(db_path: Path, tmp_path: Path) -> None:
    make_db(db_path, "Anaïs")  # closing checkpoints: the schema and Anaïs are in the main file
    with Store.open(db_path) as store:
        store.db.execute("PRAGMA wal_autocheckpoint = 0")
        store.employees.add(EmployeeDraft(name="Zoë Çelik"))
        assert Path(f"{db_path}-wal").stat().st_size > 0
        # Measured (SQLite 3.40): the main file alone still says one employee; Zoë's committed
        # row lives only in the 4 KB -wal. A plain copy of the main file loses her:
        plain = tmp_path / "plain-copy.db"
        shutil.copyfile(db_path, plain)
        assert names_in(plain) == ["Anaïs"]
        from_path = make_backup(db_path, tmp_path / "backups", NOW)
        from_store = make_backup(store, tmp_path / "backups", NOW)
    assert names_in(from_path.path) == ["Anaïs", "Zoë Çelik"]
    assert names_in(from_store.path) == ["Anaïs", "Zoë Çelik"]
    assert from_path.path.name == "leercoach-2026-11-12T17-04-05.db"
    assert from_store.path.name == "leercoach-2026-11-12T17-04-05-2.db"  # same second
    assert from_path.size == from_path.path.stat().st_size > 0
    # A backup is one self-contained file: no -wal to forget when copying it to a stick.
    assert {p.name for p in (tmp_path / "backups").iterdir()} == {
        from_path.path.name,
        from_store.path.name,
    }


@posix_only
def test_backups_are_owner_only(db_path: Path, private_data_dir: Path) -> None:
    make_db(db_path, "Jef")
    folder = default_backups_dir()
    assert folder == private_data_dir / "backups"
    made = make_backup(db_path, folder, NOW)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600


def test_a_copy_that_fails_its_check_leaves_nothing(tmp_path: Path) -> None:
    source = many_people(tmp_path / "leercoach.db")
    damage(source)
    folder = tmp_path / "backups"
    with pytest.raises(BackupError, match="failed its check and was not kept"):
        make_backup(source, folder, NOW)
    assert list(folder.iterdir()) == []


def test_backing_up_a_missing_file_refuses(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        make_backup(tmp_path / "nope.db", tmp_path / "backups", NOW)
    assert not (tmp_path / "nope.db").exists()


def test_a_fresh_backup_compares_equal_and_any_later_write_does_not(
    store: Store, tmp_path: Path, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Bram"))
    talk = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "Eerst zo")
    made = make_backup(store, tmp_path, NOW)
    assert not changed_since(store, made)
    other = store.employees.add(EmployeeDraft(name="Lieve"))
    assert changed_since(store, made)
    made = make_backup(store, tmp_path, NOW)
    store.employees.delete(other.id)  # a deletion leaves no newer timestamp behind
    assert changed_since(store, made)
    made = make_backup(store, tmp_path, NOW)
    store.set_setting("manager", "An")  # a table without any timestamp column
    assert changed_since(store, made)
    # Undo puts the answer back with its old updated_at: nothing is newer than the backup.
    removed = store.conversations.delete_answer(talk.id, mini_deck.cards[0].id)
    assert removed is not None
    made = make_backup(store, tmp_path, NOW)
    store.conversations.restore_answer(removed)
    assert changed_since(store, made)
    # A write that changes nothing still counts: a spare backup, never a missed one.
    made = make_backup(store, tmp_path, NOW)
    store.set_setting("manager", "An")
    assert changed_since(store, made)
    # A write that was rolled back never happened.
    made = make_backup(store, tmp_path, NOW)
    with pytest.raises(ValueError, match="changed my mind"), store.db.atomic():
        store.employees.add(EmployeeDraft(name="Even"))
        raise ValueError("changed my mind")
    assert not changed_since(store, made)


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of user data: not SQLite's own, not the FTS indexes and their shadow
    tables (written only by triggers on these), not the change marker itself."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    return sorted(
        name
        for name, _ in rows
        if name != "change_marker"
        and name not in virtual
        and not any(name.startswith(f"{table}_") for table in virtual)
    )


def add_preparation(store: Store, someone: str, decks: Any) -> None:
    """A preparation form written for someone and read back in, with one answer."""
    from leercoach.domain.preparation import FilledForm, PreparedAnswer

    deck = next(d for d in decks if d.slug == "check-in")
    identity = store.preparations.new_form(someone, deck.slug, deck, "nl")
    card = deck.cards[0]
    answer = PreparedAnswer(card.id, card.question, "Goed")
    store.preparations.store_filled(FilledForm(identity, (answer,), ("Rooster",)))


def test_every_insert_update_and_delete_in_every_table_draws_a_new_token(store: Store) -> None:
    decks = load_library([shipped_decks_dir()]).decks.values()
    build_demo(store.db, decks, 6, seed=2, today=NOW.date())
    store.set_setting("manager", "An")
    someone = store.employees.listing()[0].id
    store.talk_plans.set_plan(someone, TalkPlan(planned=NOW.date()))
    store.talking_points.add(someone, "Thuiswerk")
    add_preparation(store, someone, decks)
    conn = store.db.conn
    tables = user_tables(conn)
    # A table added by a later migration fails here until it has the three triggers.
    assert {"employee", "answer", "setting"} <= set(tables)
    for table in tables:
        names = [column[1] for column in conn.execute(f"PRAGMA table_info({table})")]
        found = conn.execute(f"SELECT rowid, * FROM {table} LIMIT 1").fetchone()
        assert found is not None, f"give {table} a row in this test"
        rowid, values = found[0], found[1:]
        conn.execute("SAVEPOINT probe")
        try:
            before = change_marker(conn)
            conn.execute(f"UPDATE {table} SET {names[0]} = {names[0]} WHERE rowid = ?", [rowid])
            updated = change_marker(conn)
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
            deleted = change_marker(conn)
            marks = ", ".join("?" for _ in names)
            conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
            inserted = change_marker(conn)
        finally:
            conn.execute("ROLLBACK TO probe")
            conn.execute("RELEASE probe")
        assert len({before, updated, deleted, inserted}) == 4, table


def test_other_databases_and_copies_gone_their_own_way_do_not_compare_equal(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "a.db") as first, Store.open(tmp_path / "b.db") as second:
        # Two new, empty databases: the same rows (none), yet not the same database.
        assert change_marker(first.db.conn) != change_marker(second.db.conn)
        assert changed_since(first, make_backup(second, tmp_path / "b-backups", NOW))
        made = make_backup(first, tmp_path / "a-backups", NOW)
    # A copy of that backup (a restore elsewhere) and the original each make one change:
    # as many changes on both sides, different data.
    restore_backup(made.path, tmp_path / "copy.db", NOW)
    with Store.open(tmp_path / "copy.db") as copy:
        assert not changed_since(copy, made)
        copy.employees.add(EmployeeDraft(name="Hier"))
        from_copy = make_backup(copy, tmp_path / "copy-backups", NOW)
    with Store.open(tmp_path / "a.db") as first:
        first.employees.add(EmployeeDraft(name="Daar"))
        assert changed_since(first, from_copy)


def test_writes_of_other_processes_and_crashed_sessions_are_seen(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Femke"))
        assert backup_if_changed(store, folder, NOW) is not None
    added = run("employees", "add", "--name", "Via de CLI", db=db_path)
    assert added.returncode == 0, added.stderr
    with Store.open(db_path) as store:
        made = backup_if_changed(store, folder, NOW + timedelta(hours=1))
    assert made is not None and "Via de CLI" in names_in(made.path)
    # A session that dies after a save, before closing (its write still in the WAL).
    crash = (
        "import os, sys; from pathlib import Path; from leercoach.domain import EmployeeDraft;"
        " from leercoach.store import Store;"
        " store = Store.open(Path(sys.argv[1]));"
        " store.employees.add(EmployeeDraft(name='Vlak voor de crash'));"
        " os._exit(3)"
    )
    died = subprocess.run([sys.executable, "-c", crash, str(db_path)], timeout=60, check=False)
    assert died.returncode == 3
    with Store.open(db_path) as store:
        made = backup_if_changed(store, folder, NOW + timedelta(hours=2))
        assert made is not None and "Vlak voor de crash" in names_in(made.path)
        assert backup_if_changed(store, folder, NOW + timedelta(hours=3)) is None


def test_a_backup_from_before_the_change_marker_counts_as_changed(
    db_path: Path, tmp_path: Path
) -> None:
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(raw, load_migrations(), target=3)
    raw.close()
    old = make_backup(db_path, tmp_path / "backups", NOW)
    with Store.open(db_path) as store:  # upgraded: the marker is new, the rows the same
        assert change_marker(store.db.conn) is not None
        assert changed_since(store, old)
        made = backup_if_changed(store, tmp_path / "backups", NOW + timedelta(hours=1))
        assert made is not None and not changed_since(store, made)


def test_backup_if_changed_skips_an_unchanged_database(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Femke"))
        first = backup_if_changed(store, folder, NOW)
        assert first is not None
        assert backup_if_changed(store, folder, NOW + timedelta(hours=1)) is None
        store.employees.add(EmployeeDraft(name="Daan"))
        second = backup_if_changed(store, folder, NOW + timedelta(hours=2))
    assert second is not None
    assert [b.path for b in list_backups(folder)] == [second.path, first.path]


# Listing and thinning ------------------------------------------------------------------------


def backup_at(moment: datetime, sequence: int = 1) -> Backup:
    return Backup(Path("/backups") / backup_name(moment, sequence), moment, 1000)


def test_list_backups_newest_first_and_ignores_other_files(tmp_path: Path) -> None:
    for name in (
        "leercoach-2026-01-02T08-00-00.db",
        "leercoach-2026-01-02T08-00-00-2.db",
        "leercoach-2025-12-31T23-59-59.db",
        "leercoach-2026-13-01T00-00-00.db",  # month 13: not a real moment
        ".leercoach-backup-x1y2.tmp",
        "leercoach.db.replaced-2026-01-01T00-00-00",
        "leercoach-2026-01-03T08-00-00.db-journal",
        "notities.txt",
    ):
        (tmp_path / name).write_bytes(b"x" * 10)
    (tmp_path / "leercoach-2026-01-04T08-00-00.db").mkdir()
    found = list_backups(tmp_path)
    assert [b.path.name for b in found] == [
        "leercoach-2026-01-02T08-00-00-2.db",
        "leercoach-2026-01-02T08-00-00.db",
        "leercoach-2025-12-31T23-59-59.db",
    ]
    assert found[0].created == datetime(2026, 1, 2, 8, 0, 0) and found[0].size == 10
    assert list_backups(tmp_path / "nothing-here") == []


def two_years_of_backups() -> list[Backup]:
    """A backup every morning for two years, and a second one at 18:00 on days 5, 10, …"""
    backups = [backup_at(datetime(2026, 11, 12, 18, 30))]  # clock set back: "in the future"
    day = datetime(2024, 11, 13, 9, 0)
    while day.date() <= NOW.date():
        backups.append(backup_at(day))
        if day.day % 5 == 0:
            backups.append(backup_at(day.replace(hour=18)))
        day += timedelta(days=1)
    return backups


def test_thinning_two_years_keeps_days_then_weeks_then_months() -> None:
    kept = select_to_keep(two_years_of_backups(), NOW)
    assert [f"{b.created:%Y-%m-%d %H:%M}" for b in kept] == [
        # today and yesterday: everything
        "2026-11-12 18:30",
        "2026-11-12 09:00",
        "2026-11-11 09:00",
        # 12 days: the newest of each
        "2026-11-10 18:00",
        "2026-11-09 09:00",
        "2026-11-08 09:00",
        "2026-11-07 09:00",
        "2026-11-06 09:00",
        "2026-11-05 18:00",
        "2026-11-04 09:00",
        "2026-11-03 09:00",
        "2026-11-02 09:00",
        "2026-11-01 09:00",
        "2026-10-31 09:00",
        "2026-10-30 18:00",
        # 10 ISO weeks older than the week of 30 October: their Sundays
        "2026-10-25 18:00",
        "2026-10-18 09:00",
        "2026-10-11 09:00",
        "2026-10-04 09:00",
        "2026-09-27 09:00",
        "2026-09-20 18:00",
        "2026-09-13 09:00",
        "2026-09-06 09:00",
        "2026-08-30 18:00",
        "2026-08-23 09:00",
        # 9 months older than August: their last day
        "2026-07-31 09:00",
        "2026-06-30 18:00",
        "2026-05-31 09:00",
        "2026-04-30 18:00",
        "2026-03-31 09:00",
        "2026-02-28 09:00",
        "2026-01-31 09:00",
        "2025-12-31 09:00",
        "2025-11-30 18:00",
    ]


def test_thinning_counts_only_periods_that_have_backups() -> None:
    """Half a year in a drawer: the first backup after it does not wipe the history."""
    backups = [backup_at(datetime(2026, 1, 1, 12) + timedelta(days=i)) for i in range(120)]
    backups.append(backup_at(NOW.replace(hour=8)))
    kept = [f"{b.created:%Y-%m-%d}" for b in select_to_keep(backups, NOW)]
    # Today, then 12 days (30 April back to 19 April), then weeks, then months.
    assert kept[:13] == ["2026-11-12", *(f"2026-04-{d:02d}" for d in range(30, 18, -1))]
    assert kept[13:] == [
        "2026-04-12",
        "2026-04-05",
        "2026-03-29",
        "2026-03-22",
        "2026-03-15",
        "2026-03-08",
        "2026-03-01",
        "2026-02-22",
        "2026-02-15",
        "2026-02-08",
        "2026-01-31",
    ]


def test_thinning_never_deletes_the_newest() -> None:
    old = [backup_at(datetime(2020, 1, d, 9)) for d in (1, 2, 3)]
    assert select_to_keep(old, NOW, daily=0, weekly=0, monthly=0) == [old[2]]
    assert select_to_keep([], NOW) == []


def test_thin_backups_deletes_only_what_selection_drops(tmp_path: Path) -> None:
    for backup in two_years_of_backups():
        (tmp_path / backup.path.name).write_bytes(b"")
    (tmp_path / "eigen-kopie.db").write_bytes(b"mine")
    deleted = thin_backups(tmp_path, NOW)
    left = list_backups(tmp_path)
    assert len(left) == 34
    assert len(deleted) == len(two_years_of_backups()) - 34
    assert {b.path.name for b in deleted}.isdisjoint(b.path.name for b in left)
    assert (tmp_path / "eigen-kopie.db").read_bytes() == b"mine"


# Restoring -----------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_replaced_database(db_path: Path, tmp_path: Path) -> None:
    make_db(db_path, "Zoë")
    made = make_backup(db_path, tmp_path / "backups", NOW)
    make_db(db_path, "Bram")  # a change after the backup, the one we will undo
    replaced = restore_backup(made.path, db_path, NOW + timedelta(minutes=5))
    assert replaced == db_path.with_name("leercoach.db.replaced-2026-11-12T17-09-05")
    assert names_in(db_path) == ["Zoë"]
    assert names_in(replaced) == ["Bram", "Zoë"]
    with Store.open(db_path) as store:
        assert store.check() == []
        store.employees.add(EmployeeDraft(name="Na het terugzetten"))
    assert names_in(made.path) == ["Zoë"]  # the backup itself is untouched
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(replaced.stat().st_mode) == 0o600
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_restore_takes_the_wal_of_a_killed_app_along(db_path: Path, tmp_path: Path) -> None:
    make_db(db_path, "Zoë")
    made = make_backup(db_path, tmp_path / "backups", NOW)
    # An app that dies without closing leaves its last saves in the -wal file only.
    script = (
        "import os, sys\n"
        "from leercoach.domain import EmployeeDraft\n"
        "from leercoach.store import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "store.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "store.employees.add(EmployeeDraft(name='Laatste opslag'))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True, timeout=60)
    assert Path(f"{db_path}-wal").stat().st_size > 0
    replaced = restore_backup(made.path, db_path, NOW)
    assert replaced is not None
    assert names_in(db_path) == ["Zoë"]
    assert names_in(replaced) == ["Laatste opslag", "Zoë"]
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "fat-stick"])
def test_a_restore_that_fails_at_the_end_puts_everything_back(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    """A real failure after the swap: the backup passes SQLite's integrity check, but a row
    points to a person who is missing, which only the restored store's full check sees."""
    make_db(db_path, "Zoë")
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(
            "INSERT INTO growth_phase_change (id, employee_id, phase, changed_on)"
            " VALUES ('x', 'nobody', 'starter', '2026-01-01')"
        )
        conn.commit()
    made = make_backup(db_path, tmp_path / "backups", NOW)
    make_db(db_path, "Bram")
    if not hard_links:

        def no_links(*args: object) -> None:  # a FAT stick has no hard links
            raise PermissionError(1, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_links)
    with pytest.raises(BackupError, match="fails its check: growth_phase_change row"):
        restore_backup(made.path, db_path, NOW)
    assert names_in(db_path) == ["Bram", "Zoë"]
    files = sorted(p.name for p in db_path.parent.iterdir() if p.is_file())
    assert files == ["leercoach.db", "leercoach.db.lock"]


def test_restore_onto_a_new_laptop(tmp_path: Path) -> None:
    made = make_backup(make_db(tmp_path / "old.db", "Jef"), tmp_path / "stick", NOW)
    target = tmp_path / "new" / "leercoach.db"
    assert restore_backup(made.path, target, NOW) is None
    assert names_in(target) == ["Jef"]


def bytes_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    db_path = many_people(tmp_path / "live" / "leercoach.db")
    made = make_backup(db_path, tmp_path / "backups", NOW)
    broken = tmp_path / "broken.db"
    shutil.copyfile(made.path, broken)
    damage(broken)
    before = bytes_of(db_path.parent)
    with pytest.raises(RestoreRefusedError, match="damaged"):
        restore_backup(broken, db_path, NOW)
    assert bytes_of(db_path.parent) == before


def test_restore_refuses_a_newer_schema_and_other_files(db_path: Path, tmp_path: Path) -> None:
    make_db(db_path, "Nadia")
    made = make_backup(db_path, tmp_path / "backups", NOW)
    newer = tmp_path / "newer.db"
    shutil.copyfile(made.path, newer)
    with closing(sqlite3.connect(newer)) as db:
        db.execute("PRAGMA user_version = 99")
    stranger = tmp_path / "someone-else.db"
    with closing(sqlite3.connect(stranger)) as db:
        db.execute("CREATE TABLE note (text TEXT)")
    text = tmp_path / "notes.txt"
    text.write_text("geen database", "utf-8")
    before = bytes_of(db_path.parent)
    for path, reason in (
        (newer, "newer leercoach"),
        (stranger, "not a leercoach database"),
        (text, "damaged or not a database"),
        (tmp_path / "missing.db", "does not exist"),
    ):
        with pytest.raises(RestoreRefusedError, match=reason):
            restore_backup(path, db_path, NOW)
        assert bytes_of(db_path.parent) == before


def test_restore_refuses_while_the_app_has_the_database_open(db_path: Path, tmp_path: Path) -> None:
    make_db(db_path, "Wout")
    made = make_backup(db_path, tmp_path / "backups", NOW)
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Nog open"))
        with pytest.raises(DatabaseInUseError):
            restore_backup(made.path, db_path, NOW)
        assert store.employees.count() == 2
    assert not list(db_path.parent.glob("*.replaced-*"))


def test_restore_refuses_while_another_program_has_it_open(db_path: Path, tmp_path: Path) -> None:
    make_db(db_path, "Kobe")
    made = make_backup(db_path, tmp_path / "backups", NOW)
    with closing(sqlite3.connect(db_path)) as other:  # e.g. a database browser
        other.execute("SELECT count(*) FROM employee").fetchall()
        with pytest.raises(BackupError, match="in use by another program"):
            restore_backup(made.path, db_path, NOW)
    assert not list(db_path.parent.glob("*.replaced-*"))
    assert not list(db_path.parent.glob("*.tmp"))
    assert names_in(db_path) == ["Kobe"]


# Command line --------------------------------------------------------------------------------


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )


@pytest.mark.slow
def test_cli_backup_list_and_restore(db_path: Path, private_data_dir: Path, tmp_path: Path) -> None:
    make_db(db_path, "Sanne")
    made = run("backup", db=db_path)
    assert made.returncode == 0, made.stderr
    path_text, size_text = made.stdout.splitlines()[0].split("  ")
    written = Path(path_text)
    assert written.parent == private_data_dir / "backups" and written.is_file()
    assert size_text.endswith(("KB", "bytes"))
    listed = run("backups", "list", db=db_path)
    assert listed.returncode == 0 and str(written) in listed.stdout
    as_json = json.loads(run("backups", "list", "--json", db=db_path).stdout)
    assert as_json == [
        {
            "path": str(written),
            "created": as_json[0]["created"],
            "size": written.stat().st_size,
            "passphrase": "plain",  # which passphrase opens it: plain, current, earlier
        }
    ]
    elsewhere = run("backup", "--to", str(tmp_path / "stick"), db=db_path)
    assert elsewhere.returncode == 0 and str(tmp_path / "stick") in elsewhere.stdout
    make_db(db_path, "Ruben")
    restored = run("restore", str(written), db=db_path)
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout and ".replaced-" in restored.stdout
    assert names_in(db_path) == ["Sanne"]


@pytest.mark.slow
def test_cli_exit_codes(db_path: Path, tmp_path: Path) -> None:
    missing = run("backup", db=tmp_path / "nothing.db")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert not (tmp_path / "nothing.db").exists()
    damaged = many_people(tmp_path / "damaged.db")
    damage(damaged)
    failed = run("backup", "--to", str(tmp_path / "out"), db=damaged)
    assert failed.returncode == 1 and "failed its check" in failed.stderr
    assert list((tmp_path / "out").iterdir()) == []

    make_db(db_path, "Hanne")
    before = db_path.read_bytes()
    gone = run("restore", str(tmp_path / "missing.db"), db=db_path)
    assert gone.returncode == 2 and "does not exist" in gone.stderr
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xab" * 4000)
    refused = run("restore", str(broken), db=db_path)
    assert refused.returncode == 2 and "nothing restored" in refused.stderr
    assert db_path.read_bytes() == before

    made = make_backup(db_path, tmp_path / "backups", NOW)
    with Store.open(db_path):
        busy = run("restore", str(made.path), db=db_path)
    assert busy.returncode == 1 and "already open" in busy.stderr
    assert db_path.read_bytes() == before
