"""Each sentence is written whole in each language: no label is pasted into one.

"The conversation about evaluate is not completed yet." came from pasting the phase
label "Evaluate", lower-cased, into one sentence for every phase. Read back here as a
user meets them: in the growth PDF the command line writes, and in its erase report.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from leercoach.decks import load_library
from leercoach.domain import EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store

# A draft of each kind: a planning, a learning (also about following up), a follow-up
# and an evaluation conversation, none of them completed.
DRAFTS = ("ontwikkelgesprek", "transfer-na-opleiding", "check-in", "functioneringsgesprek")

SENTENCES = {
    "nl": [
        "Het plangesprek is nog bezig.",
        "De 2 opvolggesprekken zijn nog bezig.",
        "Het evaluatiegesprek is nog bezig.",
        "zie fase 2, Leren)",
    ],
    "en": [
        "The planning conversation is not completed yet.",
        "The 2 follow-up conversations are not completed yet.",
        "The evaluation conversation is not completed yet.",
        "see phase 2, Learn)",
    ],
}
PASTED = {
    "nl": ["gesprek over plannen", "gesprekken over opvolgen", "zie leren"],
    "en": ["about plan", "about follow up", "about evaluate", "see learn"],
}


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_growth_pdf_says_what_is_not_completed_in_whole_sentences(
    db_path: Path, tmp_path: Path, language: str
) -> None:
    decks = load_library([shipped_decks_dir()]).decks
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg")).id
        store.cycles.add(zoe, date(2026, 1, 1), date(2026, 12, 31))
        for deck in DRAFTS:
            store.conversations.start(zoe, decks[deck])
    out = tmp_path / "zoe.pdf"
    year = str(date.today().year)
    command = [sys.executable, "-m", "leercoach", "--lang", language, "--db", str(db_path)]
    command += ["export", "pdf", "--employee", zoe, "--period", year, "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = one_line(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
        ).stdout
    )
    for sentence in SENTENCES[language]:
        assert sentence in text
    for pasted in PASTED[language]:
        assert pasted not in text
