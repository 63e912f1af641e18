"""The benchmark databases, built once into benchmarks/data/ and reused.

``big``: ``leercoach demo --employees 10000 --conversations 20 --seed 1`` through the real
command line (its build time and size are kept beside it), plus one real (non-demo)
person with exactly 50 conversations over two years, a growth cycle with goals, and a few
answers holding a rare word. ``small``: a manager's ten people.
"""

from __future__ import annotations

import json
import subprocess
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from common import DATA, PYTHON, child_env

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import ActionOwner, ActionStatus, AnswerType, Deck, EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store

EMPLOYEES = 10_000
CONVERSATIONS = 20
SEED = 1
BENCH_NAME = "Benchmark Vijftig-Gesprekken"
BENCH_TALKS = 50
RARE_WORD = "kalligrafie"
BENCH_ANSWERS = (
    "Ik wil de planning zelfstandig leren maken, met iemand die meekijkt.",
    "De werkdruk in het voorjaar maakt leren moeilijk; we zoeken samen tijd.",
    "Een ervaren collega liet me zien hoe zij de overdracht aanpakt.",
    "Ik merk dat ik rustiger blijf bij moeilijke vragen van klanten.",
    "Het meelopen was leerrijk, vooral het voorbereiden van het overleg.",
)


@dataclass(frozen=True)
class Dataset:
    path: Path
    day: date
    build_seconds: float
    size_bytes: int
    counts: str
    bench_employee: str


class SettableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def deck_library() -> DeckLibrary:
    return load_library([shipped_decks_dir()])


def decks() -> dict[str, Deck]:
    return dict(deck_library().decks)


def big() -> Dataset:
    path = DATA / f"demo-{EMPLOYEES}x{CONVERSATIONS}-seed{SEED}.db"
    meta_path = path.with_suffix(".json")
    if not (path.exists() and meta_path.exists()):
        _build_demo(path, meta_path)
    meta = json.loads(meta_path.read_text("utf-8"))
    day = date.fromisoformat(meta["day"])
    employee = _bench_employee(path, day)
    return Dataset(path, day, meta["seconds"], path.stat().st_size, meta["counts"], employee)


def small() -> Dataset:
    path = DATA / "small-10.db"
    if not path.exists():
        with Store.open(path) as store:
            from leercoach.store.demo import build_demo

            build_demo(store.db, decks().values(), 10, seed=SEED, conversations=5)
    employee = _bench_employee(path, date.today())
    return Dataset(path, date.today(), 0.0, path.stat().st_size, "10 employees", employee)


def _build_demo(path: Path, meta_path: Path) -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"building {path.name} (once; reused by later runs) …", flush=True)
    command = [PYTHON, "-m", "leercoach", "--db", str(path), "demo"]
    command += ["--employees", str(EMPLOYEES), "--conversations", str(CONVERSATIONS)]
    command += ["--seed", str(SEED)]
    start = time.perf_counter()
    done = subprocess.run(command, env=child_env(), capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    meta = {
        "seconds": round(seconds, 1),
        "counts": done.stdout.strip(),
        "day": date.today().isoformat(),
        "size_after_build": path.stat().st_size,
    }
    meta_path.write_text(json.dumps(meta, indent=2), "utf-8")
    print(f"built in {seconds:.0f} s: {meta['counts']}", flush=True)


def _bench_employee(path: Path, day: date) -> str:
    """The person with 50 conversations; added once, found by name afterwards."""
    with Store.open(path) as store:
        found = store.db.execute(
            "SELECT id FROM employee WHERE name = ? AND is_demo = 0", [BENCH_NAME]
        ).fetchone()
        if found:
            return str(found[0])
    library = decks()
    regular = [
        library[slug]
        for slug in (
            "ontwikkelgesprek",
            "check-in",
            "functioneringsgesprek",
            "groeicyclus-opvolgen",
        )
        if slug in library
    ]
    first = day - timedelta(days=730)
    clock = SettableClock(datetime.combine(first, datetime.min.time()))
    with Store.open(path, clock=clock) as store:
        person = store.employees.add(
            EmployeeDraft(name=BENCH_NAME, team="Zorg", role="verpleegkundige", start_date=first)
        )
        cycle = store.cycles.add(person.id, date(day.year, 1, 1), date(day.year, 12, 31))
        clock.now = datetime(day.year, 1, 10, 9)
        goals = [
            store.cycles.add_goal(
                cycle.id,
                title,
                specific=title,
                measurable="Mijn leidinggevende ziet het in de planning.",
                acceptable="Ik heb dit zelf voorgesteld.",
                realistic="Met een halve dag per maand om te oefenen.",
                time_bound=f"Tegen 30 juni {day.year}.",
                due_date=date(day.year, 6, 30),
            )
            for title in ("Zelfstandig de weekplanning maken", "Nieuwe collega's inwerken")
        ]
        for goal in goals:
            store.actions.add(
                person.id,
                "Een dag meelopen met de planner",
                ActionOwner.MEDEWERKER,
                date(day.year, 5, 15),
                "Een kort verslag van wat ik wil overnemen",
                goal_id=goal.id,
            )
        for number in range(BENCH_TALKS):
            clock.now = datetime.combine(
                first + timedelta(days=number * 730 // BENCH_TALKS), datetime.min.time()
            ) + timedelta(hours=10)
            deck = regular[number % len(regular)]
            talk = store.conversations.start(person.id, deck)
            for position, card in enumerate(deck.cards):
                if card.answer.type is AnswerType.TEXT:
                    value = BENCH_ANSWERS[(number + position) % len(BENCH_ANSWERS)]
                    if number % 17 == 0 and position == 0:
                        value += f" Thuis doe ik aan {RARE_WORD}."
                elif card.answer.type is AnswerType.SCALE:
                    value = str(2 + (number + position) % 4)
                elif card.answer.type is AnswerType.YESNO:
                    value = "ja"
                else:
                    value = card.answer.options[0] if card.answer.options else ""
                store.conversations.save_answer(talk.id, card, position, value)
            store.conversations.set_shared_summary(
                talk.id, "We bekeken wat goed liep en spraken twee concrete stappen af."
            )
            action = store.actions.add(
                person.id,
                "Feedback vragen aan twee collega's",
                ActionOwner.SAMEN,
                clock.now.date() + timedelta(days=30),
                "Twee gesprekken gevoerd en genoteerd",
                conversation_id=talk.id,
                card_id=deck.cards[0].id,
            )
            if number < BENCH_TALKS - 4:
                store.actions.set_status(action.id, ActionStatus.KLAAR, conversation_id=talk.id)
            store.conversations.complete(talk.id)
        return person.id
