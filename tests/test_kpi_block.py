"""The KPI block of a printed report: built into a small PDF and read back as text."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from leercoach import language
from leercoach.domain.kpi import KpiCounts, KpiFigures
from leercoach.reports.fonts import REGULAR, register_fonts
from leercoach.reports.kpi_block import kpi_flowables

FIGURES = KpiFigures.of(
    2025,
    date(2026, 12, 1),
    KpiCounts(
        employees=8,
        talks=12,
        development_talks=3,
        employees_with_talk=6,
        with_rhythm=6,
        within_rhythm=4,
        actions_due=10,
        actions_closed_on_time=7,
        goals=5,
        goals_reached=2,
    ),
)


def text_of(tmp_path: Path, report_language: str) -> str:
    register_fonts()
    path = tmp_path / f"kpi-{report_language}.pdf"
    document = SimpleDocTemplate(str(path), initialFontName=REGULAR)
    document.build(kpi_flowables(FIGURES, report_language))
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_the_block_reads_in_dutch_with_the_figures(tmp_path: Path) -> None:
    language.use("en")  # the app may speak English; the report is Dutch
    text = text_of(tmp_path, "nl")
    assert "Kerncijfers ontwikkeling 2025" in text
    assert "1 januari 2025 – 31 december 2025" in text
    assert "Peildatum: 31 december 2025" in text
    assert "Medewerkers in dienst 8" in text
    assert "Gesprekken per medewerker 1,50" in text
    assert "Binnen hun ritme 67%" in text
    assert "Afspraken op tijd klaar 70%" in text
    # No training counted: a dash, and the note saying what it means.
    assert "transfergesprek -" in text and "-: niets te tellen" in text


def test_the_block_reads_in_english(tmp_path: Path) -> None:
    language.use("nl")
    text = text_of(tmp_path, "en")
    assert "Development KPIs 2025" in text
    assert "Reference date: 31 December 2025" in text
    assert "Talks per employee 1.50" in text
    assert "Goals reached 40%" in text
    assert "Employees without a talk 2" in text
