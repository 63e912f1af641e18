"""Dates in the growth PDF: the month as CLDR (Babel) writes it, as the app's QLocale does,
never a slice of its name ("15 maa 2026"); and the region's own few words.

Read back with pdftotext from the PDF the command line writes, for both regions.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from leercoach.domain import ActionOwner, EmployeeDraft
from leercoach.store import Store

DUE = (date(2026, 3, 15), date(2026, 6, 30), date(2026, 7, 31), date(2026, 9, 15))
SHORT = ["15 mrt 2026", "30 jun 2026", "31 jul 2026", "15 sep 2026"]  # as the app shows them
REGIONAL = {
    "nl_BE": ["TEGEN WANNEER"],
    "nl_NL": ["UITERLIJK OP"],
}
GOAL_DUE = "Streefdatum: 12 maart 2026"  # a goal's date, the same word in both regions


@pytest.mark.parametrize("region", ["nl_BE", "nl_NL"])
def test_the_pdf_writes_dates_as_the_app_does_in_the_settings_region(
    db_path: Path, tmp_path: Path, region: str
) -> None:
    with Store.open(db_path) as store:
        store.settings.write(replace(store.settings.read(), region=region))
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg")).id
        cycle = store.cycles.add(zoe, date(2026, 1, 1), date(2026, 12, 31))
        goal = store.cycles.add_goal(cycle.id, "Zelfstandig plannen", due_date=date(2026, 3, 12))
        for due in DUE:
            store.actions.add(zoe, f"Actie {due}", ActionOwner.SAMEN, due, goal_id=goal.id)
    out = tmp_path / "zoe.pdf"
    command = [sys.executable, "-m", "leercoach", "--lang", "nl", "--db", str(db_path)]
    command += ["export", "pdf", "--employee", zoe, "--period", "2026", "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
    ).stdout.splitlines()
    for shown in [*SHORT, *REGIONAL[region], GOAL_DUE, "januari – december 2026"]:
        assert shown in lines
    assert not [line for line in lines if "maa 2026" in line or "juni 2026" in line]
    other = "nl_NL" if region == "nl_BE" else "nl_BE"
    assert not set(REGIONAL[other]) & set(lines)
