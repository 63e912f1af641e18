"""``kpi``: a year's development KPIs over the 10 000-person file (issue 16, "Scale").

The figure is ``store.kpi.figures`` in-process, every query and the domain's rhythm rule
per person included; the floor is the same SQL (``store.kpi.queries``) run on a bare
``sqlite3`` connection with every row fetched, turn about with it in the same run; both
also as CPU time of this process (``time.process_time``), which other work on the
machine disturbs less.
"""

from __future__ import annotations

import sqlite3
import statistics
import time

from common import Figure, alternate, median_time
from dataset import Dataset

from leercoach.store import Store
from leercoach.store.kpi import parameters, queries


def kpi(data: Dataset, runs: int) -> list[Figure]:
    figures = []
    with Store.open(data.path, exclusive=False) as store:
        raw = sqlite3.connect(data.path)
        for year in (data.day.year, data.day.year - 1):
            values = parameters(year, data.day, None)
            sql = [query.sql for query in queries(team=False)]
            counted = store.kpi.figures(year, today=data.day)

            cpu: dict[str, list[float]] = {"ours": [], "floor": []}

            def ours(year: int = year, cpu: dict[str, list[float]] = cpu) -> None:
                used = time.process_time()
                store.kpi.figures(year, today=data.day)
                cpu["ours"].append((time.process_time() - used) * 1000)

            def floor(
                values: dict[str, object] = values,
                sql: list[str] = sql,
                cpu: dict[str, list[float]] = cpu,
            ) -> None:
                used = time.process_time()
                for text in sql:
                    raw.execute(text, values).fetchall()
                cpu["floor"].append((time.process_time() - used) * 1000)

            timed = [
                alternate(lambda: median_time(ours, 3), lambda: median_time(floor, 3), 1)
                for _ in range(runs)
            ]
            value = statistics.median(t[0][0] for t in timed)
            base = statistics.median(t[1][0] for t in timed)
            figures.append(
                Figure(
                    f"KPIs of {year} ({counted.employees} people, {counted.talks} talks)",
                    value,
                    base,
                    "ms",
                    "≤ 200 ms, ≤ 3×",
                    value <= 200 and value <= 3 * base,
                    "in-process; floor: the same SQL on a bare sqlite3 connection;"
                    f" CPU {statistics.median(cpu['ours']):.0f} ms,"
                    f" floor {statistics.median(cpu['floor']):.0f} ms",
                )
            )
        raw.close()
    return figures
