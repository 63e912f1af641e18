"""``--only overview``: the team overview's rows over the 10 000-person file, and the page's
first paint for a manager's 50 people.

The rows' floor is the very SQL the store ran (caught with sqlite3's trace callback, its
values bound in) on a bare sqlite3 connection to the same file, measured turn about in
the same run: what is left is leercoach's Python. Both also as CPU time of this process
(``time.process_time``), which other work on the machine disturbs less than wall time.
"""

from __future__ import annotations

import sqlite3
import statistics
import time

from common import DATA, Figure, alternate, run_probe
from dataset import SEED, Dataset, deck_library, decks

from leercoach.store import Store

MANAGER_PEOPLE = 50


def overview_rows(data: Dataset, runs: int, *, wellbeing: bool = True) -> Figure:
    library = deck_library()
    with Store.open(data.path, read_only=True) as store:
        store.overview.people(data.day, library)  # warm: the deck snapshots are read once
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        people = len(store.overview.people(data.day, library, wellbeing=wellbeing))
        store.db.conn.set_trace_callback(None)
        raw = sqlite3.connect(f"file:{data.path}?mode=ro", uri=True)

        cpu: dict[str, list[float]] = {"ours": [], "floor": []}

        def ours() -> float:
            start, used = time.perf_counter(), time.process_time()
            store.overview.people(data.day, library, wellbeing=wellbeing)
            cpu["ours"].append((time.process_time() - used) * 1000)
            return (time.perf_counter() - start) * 1000

        def floor() -> float:
            start, used = time.perf_counter(), time.process_time()
            for statement in statements:
                raw.execute(statement).fetchall()
            cpu["floor"].append((time.process_time() - used) * 1000)
            return (time.perf_counter() - start) * 1000

        mine, bare = alternate(ours, floor, max(runs, 3))
        raw.close()
    value, base = statistics.median(mine), statistics.median(bare)
    cpu_ours, cpu_floor = statistics.median(cpu["ours"]), statistics.median(cpu["floor"])
    what = "" if wellbeing else ", wellbeing unread: the report"
    return Figure(
        f"overview rows ({people} people{what})",
        value,
        base,
        "ms",
        "≤ 200 ms, ≤ 3×",
        value <= 200 and value <= 3 * base,
        f"{len(statements)} statements; floor: the same SQL on a bare sqlite3 connection;"
        f" CPU {cpu_ours:.0f} ms, floor {cpu_floor:.0f} ms",
    )


def manager_file() -> str:
    path = DATA / f"manager-{MANAGER_PEOPLE}.db"
    if not path.exists():
        from leercoach.store.demo import build_demo

        with Store.open(path) as store:
            build_demo(store.db, decks().values(), MANAGER_PEOPLE, seed=SEED, conversations=20)
    return str(path)


def overview_paint(runs: int) -> Figure:
    path = manager_file()
    pages, floors = [], []
    rows = 0
    for _ in range(max(runs, 3)):
        _, report = run_probe("probe_overview.py", path, "5")
        pages.append(report["ms"])
        rows = report["rows"]
        _, floor = run_probe("probe_overview.py", "--floor", str(rows), "5")
        floors.append(floor["ms"])
    value, base = statistics.median(pages), statistics.median(floors)
    return Figure(
        f"overview page, first paint ({rows} people)",
        value,
        base,
        "ms",
        "≤ 50 ms",
        value <= 50,
        "rows read, page built, shown, rendered; floor: bare QTableView, same cells",
    )
