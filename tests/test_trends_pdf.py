"""The growth-cycle summary's trend charts (issue 16), read back with pdftotext and
rendered with pdftoppm."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from PIL import Image

from leercoach.decks import DeckLibrary
from leercoach.domain import EmployeeDraft
from leercoach.domain.growth import Period
from leercoach.reports.batch import export_growth_summary
from leercoach.store import Store

from .conftest import SteppingClock
from .trend_helpers import deck, hold

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
ACCENT = (0x1F, 0x5A, 0x7A)


def pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def summary(db_path: Path, clock: SteppingClock, tmp_path: Path, *, with_scales: bool) -> Path:
    held = deck()
    library = DeckLibrary()
    library.add(held)
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg"))
        store.cycles.add(zoe.id, YEAR.start, YEAR.end)
        if with_scales:
            hold(store, clock, zoe.id, held, datetime(2025, 11, 3, 9), {"energie": "1"})
            for month, value in ((1, "2"), (3, "3"), (5, "3"), (8, "4"), (10, "5")):
                hold(store, clock, zoe.id, held, datetime(2026, month, 12, 9), {"energie": value})
        else:
            hold(store, clock, zoe.id, held, datetime(2026, 2, 12, 9), {"focus": "Plannen"})
        path = tmp_path / "groeiplan.pdf"
        export_growth_summary(store, zoe.id, YEAR, path, library, today=date(2026, 11, 23))
    return path


def test_the_summary_charts_each_series_of_the_period_with_its_words(
    db_path: Path, clock: SteppingClock, tmp_path: Path
) -> None:
    path = summary(db_path, clock, tmp_path, with_scales=True)
    text = pdf_text(path)
    assert "Verloop" in text
    assert "Hoe gaat het met je?" in text
    assert "Weekstart · 5 antwoorden" in text  # the talk of 2025 is outside the period
    for label in ("zwaar", "moeizaam", "gaat wel", "heel goed"):
        assert label in text
    assert "12 jan 2026" in text and "12 okt 2026" in text
    assert "2025" not in text.split("Verloop", 1)[1].split("Zoë")[0]
    # Rendered, the chart's line and points are there in its colour.
    page = next(n for n, part in enumerate(text.split("\f"), 1) if "Verloop" in part)
    out = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "110", "-png", "-f", str(page), "-l", str(page), str(path), str(out)],
        check=True,
    )
    raw = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB").tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
    near = sum(
        1 for pixel in pixels if all(abs(a - b) < 40 for a, b in zip(pixel, ACCENT, strict=True))
    )
    assert near > 150  # a line across the page and five points, not a stray letter


def test_without_scale_answers_there_is_no_trend_heading(
    db_path: Path, clock: SteppingClock, tmp_path: Path
) -> None:
    text = pdf_text(summary(db_path, clock, tmp_path, with_scales=False))
    assert "Verloop" not in text and "Zoë Peeters" in text
