from datetime import date
from pathlib import Path

from leercoach.decks import load_library
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.store.demo import build_demo

TODAY = date(2026, 11, 23)


def names_and_answers(path: Path, seed: int) -> tuple[list[str], list[str]]:
    decks = load_library([shipped_decks_dir()]).decks.values()
    with Store.open(path) as store:
        build_demo(store.db, decks, 12, seed=seed, today=TODAY)
        names = [e.name for e in store.employees.find()]
        answers = [r[0] for r in store.db.execute("SELECT value FROM answer ORDER BY rowid")]
    return names, answers


def test_same_seed_gives_same_people_and_answers(tmp_path: Path) -> None:
    first = names_and_answers(tmp_path / "a.db", seed=4)
    second = names_and_answers(tmp_path / "b.db", seed=4)
    other = names_and_answers(tmp_path / "c.db", seed=5)
    assert first == second
    assert first != other


def test_demo_data_is_realistic_and_marked(tmp_path: Path) -> None:
    decks = load_library([shipped_decks_dir()]).decks.values()
    with Store.open(tmp_path / "demo.db") as store:
        summary = build_demo(store.db, decks, 40, seed=1, today=TODAY)
        assert summary.employees == 40 and summary.conversations >= 40
        people = store.employees.find()
        assert all(p.is_demo for p in people)
        assert any(any(ch in p.name for ch in "ëïéçğễø") for p in people)
        statuses = {r[0] for r in store.db.execute("SELECT DISTINCT status FROM action")}
        assert statuses == {"open", "bezig", "klaar", "geschrapt"}
        assert store.conversations.drafts(), "some talks are left as drafts to resume"
        assert store.check() == []
        assert store.employees.remove_demo() == 40
        assert store.db["answer"].count == 0


def test_stopping_keeps_whole_chunks_and_puts_settings_back(tmp_path: Path) -> None:
    decks = load_library([shipped_decks_dir()]).decks.values()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 10

    with Store.open(tmp_path / "demo.db") as store:
        summary = build_demo(store.db, decks, 30, chunk=5, today=TODAY, progress=progress)
        assert seen == [(5, 30), (10, 30)]
        assert summary.employees == store.employees.count() == 10
        assert summary.conversations == store.db["conversation"].count
        assert summary.answers == store.db["answer"].count
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as it was
        temp = store.db.execute("SELECT name FROM sqlite_temp_master").fetchall()
        assert temp == []
        # Written in bulk, yet indexed by the search triggers like any other row.
        some_answer = store.db.execute("SELECT value FROM answer WHERE length(value) > 20")
        word = next(iter(some_answer))[0].split()[1]
        assert store.search.search(word)


def test_demo_again_with_the_same_seed_adds_more_people_reproducibly(tmp_path: Path) -> None:
    """A second run used to repeat the first one's ids: UNIQUE constraint failed."""
    decks = load_library([shipped_decks_dir()]).decks.values()
    built: list[list[str]] = []
    for name, runs in (("a.db", 2), ("b.db", 2), ("once.db", 1)):
        with Store.open(tmp_path / name) as store:
            for _ in range(runs):
                summary = build_demo(store.db, decks, 12, seed=4, today=TODAY)
                assert summary.employees == 12
            assert store.employees.count() == 12 * runs and store.check() == []
            query = "SELECT name FROM employee ORDER BY rowid"
            built.append([row[0] for row in store.db.execute(query)])
    twice, again, once = built
    assert twice == again, "the same runs give the same people"
    assert twice[:12] == once, "the first run is what the seed alone gives"
    assert twice[12:] != once, "the second run adds other people"


def test_after_removing_all_demo_data_the_seed_starts_over(tmp_path: Path) -> None:
    decks = load_library([shipped_decks_dir()]).decks.values()
    with Store.open(tmp_path / "demo.db") as store:
        build_demo(store.db, decks, 5, seed=9, today=TODAY)
        first = [e.id for e in store.employees.find()]
        store.employees.remove_demo()
        build_demo(store.db, decks, 5, seed=9, today=TODAY)
        assert [e.id for e in store.employees.find()] == first
