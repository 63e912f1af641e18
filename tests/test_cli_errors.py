"""Every failure of the command line is one sentence on stderr, never a traceback.

Damaged files, read-only files and folders, a full disk, a -wal deleted under a
running app, and a real bug: each gets its sentence (naming the file) and exit 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.store.demo import build_demo
from tests.conftest import Cli

PAGE = 4096


def one_sentence(err: str) -> str:
    """The single line ``leercoach: …`` that stderr must be; what it says."""
    assert "Traceback" not in err
    assert err.startswith("leercoach: ") and err.count("\n") == 1, err
    return err.removeprefix("leercoach: ").rstrip("\n")


def demo_database(path: Path, employees: int = 30) -> Path:
    """About 200 pages of real data: people, conversations, answers, actions."""
    decks = load_library([shipped_decks_dir()]).decks.values()
    with Store.open(path) as store:
        build_demo(store.db, decks, employees, seed=7, today=date(2026, 3, 2))
    return path


def overwrite_page(path: Path, number: int) -> None:
    """Page ``number`` (1 is the header) overwritten with garbage, as a bad sector would."""
    with path.open("r+b") as file:
        file.seek((number - 1) * PAGE)
        file.write(b"\xab" * PAGE)


@pytest.fixture(scope="module")
def sound_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database(tmp_path_factory.mktemp("demo") / "leercoach.db")


@pytest.fixture
def copy_of(tmp_path: Path) -> Callable[[Path], Path]:
    def copy(source: Path) -> Path:
        target = tmp_path / "leercoach.db"
        target.write_bytes(source.read_bytes())
        return target

    return copy


# Damage ----------------------------------------------------------------------------------------


def test_check_reports_a_damaged_page_in_the_middle(
    cli: Cli, sound_demo: Path, copy_of: Callable[[Path], Path]
) -> None:
    db = copy_of(sound_demo)
    overwrite_page(db, db.stat().st_size // PAGE // 2)
    code, out, err = cli("--db", db, "check")
    assert code == 1 and out == ""
    assert one_sentence(err) == f"{db} is damaged: database disk image is malformed"


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["employees", "list"],
        ["employees", "show", "{someone}"],
        ["employees", "add", "--name", "Jef Peeters"],
        ["employees", "import", "{csv}"],
        ["demo", "--employees", "2"],
        ["export", "employee", "{someone}", "--out", "{tmp}/jef.json"],
        ["export", "pdf", "--all", "--period", "2026", "--out", "{tmp}/pdf"],
        ["backup", "--to", "{tmp}/backups"],
    ],
    ids=lambda command: "-".join(w for w in command[:2] if not w.startswith("-")),
)
def test_damage_on_page_2_is_one_sentence_for_every_command(
    cli: Cli,
    sound_demo: Path,
    copy_of: Callable[[Path], Path],
    tmp_path: Path,
    command: list[str],
) -> None:
    db = copy_of(sound_demo)
    with Store.open(db) as store:
        someone = store.employees.listing()[0].id
    overwrite_page(db, 2)  # the employee table's first page
    people = tmp_path / "mensen.csv"
    people.write_text("naam\nLieve Maes\n", "utf-8")
    args = [part.format(csv=people, tmp=tmp_path, someone=someone) for part in command]
    code, _, err = cli("--db", db, *args)
    assert code == 1
    said = one_sentence(err)
    assert str(db) in said and ("damaged" in said or "failed its check" in said)


def test_damage_in_an_encrypted_file_is_one_sentence_too(
    cli: Cli, db_path: Path, encrypted_key: bytes
) -> None:
    """SQLCipher's errors share no class with sqlite3's; they get the same sentences."""
    with Store.open(db_path, key=encrypted_key) as store:
        for number in range(100):
            store.employees.add(EmployeeDraft(name=f"Medewerker {number}", role="x" * 300))
        someone = store.employees.listing()[0].id
    overwrite_page(db_path, 2)
    code, _, err = cli("--db", db_path, "check")
    assert code == 1
    assert one_sentence(err) == f"{db_path} is damaged: database disk image is malformed"
    for command in (["employees", "show", someone], ["employees", "add", "--name", "Jef"]):
        code, _, err = cli("--db", db_path, *command)
        assert code == 1
        assert one_sentence(err).startswith(f"{db_path} is damaged: do not delete it")


# Read-only -------------------------------------------------------------------------------------


def test_a_write_to_a_read_only_database_file_says_so(
    cli: Cli, db_path: Path, read_only: Callable[[Path], Path]
) -> None:
    with Store.open(db_path) as store:
        store.employees.add(EmployeeDraft(name="Jef Peeters"))
    read_only(db_path)
    code, _, err = cli("--db", db_path, "employees", "add", "--name", "Lieve Maes")
    assert code == 1
    assert one_sentence(err) == (
        f"{db_path} is read-only, so changes cannot be saved: check its permissions or copy "
        "it to a folder you can write to"
    )
    code, out, _ = cli("--db", db_path, "employees", "list")
    assert code == 0 and "Jef Peeters" in out and "Lieve" not in out


@pytest.fixture
def read_only_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: Callable[[Path], Path]
) -> Iterator[Path]:
    """The user data folder with a database in it (left in WAL mode, as the app leaves
    it), then made read-only: a USB stick with its write switch on, a shared folder."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    with Store.open(folder / "leercoach.db") as store:
        store.employees.add(EmployeeDraft(name="Jef Peeters", team="Zorg"))
    assert (folder / "leercoach.db").read_bytes()[18:20] == b"\x02\x02"  # WAL
    monkeypatch.setenv("LEERCOACH_DATA_DIR", str(folder))
    yield read_only(folder)


def test_a_read_only_data_folder_can_be_read_but_not_written(
    cli: Cli, read_only_data_folder: Path
) -> None:
    folder = read_only_data_folder
    before = sorted(p.name for p in folder.iterdir())
    code, out, err = cli("employees", "list")
    assert (code, err) == (0, "") and "Jef Peeters" in out
    code, out, err = cli("check")
    assert (code, err) == (0, "") and out.startswith(f"{folder / 'leercoach.db'}: ok")
    code, out, err = cli("backups", "list")
    assert (code, err) == (0, "") and "no backups" in out
    code, _, err = cli("employees", "add", "--name", "Lieve Maes")
    assert code == 1
    assert one_sentence(err) == (
        f"the folder {folder} is read-only, so leercoach cannot write leercoach.db there: "
        "use a folder you can write to, or check the folder's permissions"
    )
    code, _, err = cli("backup")
    assert code == 1 and one_sentence(err).startswith(f"the folder {folder} is read-only")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_full_disk_is_one_sentence_and_what_was_saved_stays(
    cli: Cli, small_disk: Callable[[int], Path]
) -> None:
    db = small_disk(720) / "leercoach.db"  # a new file and its first WAL fit (schema 0016)
    assert cli("--db", db, "employees", "add", "--name", "Jef Peeters")[0] == 0
    code, _, err = cli("--db", db, "demo", "--employees", "100")
    assert code == 1
    assert one_sentence(err) == (
        f"the disk is full, so {db} could not be written: free some space and try again; "
        "everything saved before this moment is safe"
    )
    code, out, _ = cli("--db", db, "employees", "list")
    assert code == 0 and "Jef Peeters" in out


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """leercoach in a process of its own, as a person runs it."""
    return subprocess.run(
        [sys.executable, "-m", "leercoach", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_a_wal_deleted_while_the_app_has_it_open_is_one_sentence(db_path: Path) -> None:
    with Store.open(db_path) as app:  # the app, writing; its changes are in the -wal
        for number in range(20):
            app.employees.add(EmployeeDraft(name=f"Medewerker {number}", role="x" * 500))
        Path(f"{db_path}-wal").unlink()
        assert Path(f"{db_path}-shm").exists()
        for command in (["employees", "list"], ["check"]):
            done = run("--db", db_path, *command)
            assert done.returncode == 1, done.stdout
            said = one_sentence(done.stderr)
            assert said.startswith(f"the computer could not read {db_path}: the -wal file")
        refused = run("--db", db_path, "employees", "add", "--name", "Jef")
        assert refused.returncode == 1 and "already open" in one_sentence(refused.stderr)


# Bugs ------------------------------------------------------------------------------------------

# A command group of one command with a bug, registered as leercoach registers its own.
BUGGY_GROUP = """
import sys, types
import leercoach.cli as cli

def register(commands):
    command = commands.add_parser("divide")
    command.set_defaults(handler=lambda args: len("Zoë Peeters") / 0)

group = types.ModuleType("leercoach.cli.divide")
group.register = register
sys.modules["leercoach.cli.divide"] = group
cli.GROUP_NAMES += ("divide",)
sys.exit(cli.main(["divide"]))
"""


def test_a_bug_is_one_sentence_with_the_log_and_the_traceback_in_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-c", BUGGY_GROUP],
        capture_output=True,
        text=True,
        env={**os.environ, "LEERCOACH_DATA_DIR": str(data)},
        timeout=60,
    )
    log = data / "leercoach.log"
    assert done.returncode == 1
    assert done.stderr == (
        f"leercoach: leercoach ran into an unexpected error; the details are in {log}\n"
    )
    text = log.read_text("ascii")
    assert "ZeroDivisionError" in text and 'File "leercoach/cli/__init__.py"' in text
    assert "division by zero" not in text and "Peeters" not in text


def test_ctrl_c_is_one_sentence_and_what_was_written_stays(tmp_path: Path) -> None:
    import signal
    import time

    db = tmp_path / "leercoach.db"
    child = subprocess.Popen(
        [sys.executable, "-m", "leercoach", "--db", str(db), "demo", "--employees", "5000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while child.poll() is None and time.monotonic() < deadline:
        wal = Path(f"{db}-wal")
        if wal.exists() and wal.stat().st_size > 1_000_000:  # well into writing people
            child.send_signal(signal.SIGINT)
            break
    _, err = child.communicate(timeout=120)
    assert child.returncode == 1, err
    assert "Traceback" not in err and err.strip().splitlines() == [
        "leercoach: stopped (Ctrl+C); what was saved before is safe"
    ]
    checked = subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
