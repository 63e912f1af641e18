"""``record``: ``leercoach export conversation`` (the record of one talk) on the 10 000-person
file, against bare reportlab laying out the same flowables (``pdf_floor``).

The talk is the bench employee's completed talk with the most answers. What the floor
leaves out is leercoach's part: reading the talk, its answers, actions and deck snapshot
from a file of a gigabyte, the section canvas and the atomic write.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from common import Figure, alternate
from dataset import Dataset, deck_library

from leercoach.reports.conversation_report import export_talk_record, record_story
from leercoach.reports.growth_summary import SummaryOptions
from leercoach.reports.talk_record import read_talk_record, refusal
from leercoach.reports.words import Words
from leercoach.store import Store

TARGET_MS = 300


def record(data: Dataset, runs: int, out: Path) -> list[Figure]:
    import pdf_floor

    library = deck_library()
    with Store.open(data.path, exclusive=False) as store:
        held = [t for t in store.conversations.for_employee(data.bench_employee) if not refusal(t)]
        talk = max(held, key=lambda t: len(store.conversations.answers(t.id)))
        read = read_talk_record(store, talk.id, library)
        options = SummaryOptions(manager_name=read.manager_name, today=data.day)
        story = record_story(read, options, Words())
        outlines = [pdf_floor.outline(f) for f in story]
        pages = 0

        def ours() -> float:
            nonlocal pages
            start = time.perf_counter()
            pages = export_talk_record(store, talk.id, out / "record.pdf", library).pages
            return (time.perf_counter() - start) * 1000

        def floor() -> float:
            start = time.perf_counter()
            pdf_floor.build(outlines, out / "record-floor.pdf")
            return (time.perf_counter() - start) * 1000

        ours(), floor()
        mine, bare = alternate(ours, floor, runs)
    value, base = statistics.median(mine), statistics.median(bare)
    return [
        Figure(
            f"talk record PDF ({len(read.answers)} answers, {len(read.actions)} actions, "
            f"{pages} pages)",
            value,
            base,
            "ms",
            f"ratio ≤ 1.3, ≤ {TARGET_MS} ms",
            value / base <= 1.3 and value <= TARGET_MS,
            "floor: bare reportlab, same flowables",
        )
    ]
