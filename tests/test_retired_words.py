"""One word for each thing (issue 18): the Dutch phrases the wording retired appear nowhere a
user reads them: the core's catalogue (msgstr), the app's (.ts translations, the Netherlands'
own words included), the printed reports' word tables, and the text of a real growth plan and
a real record of a talk, made from demo data and read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from leercoach.decks import load_library
from leercoach.domain.growth import Period
from leercoach.paths import shipped_decks_dir
from leercoach.reports import export_talk_record, record_words, team_report, words
from leercoach.reports.batch import export_growth_summary
from leercoach.store import Store
from leercoach.store.demo import build_demo

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "leercoach.po"
TS = [ROOT / "resources" / "translations" / f"leercoach_{name}.ts" for name in ("nl", "nl_NL")]
TODAY = date(2026, 11, 23)

# Exact phrases, not single words ("actie" is part of "leeractie"). A phrase in lower case is
# looked for in any case; one with capitals only as written ("de controle niet doorstaan"
# stays, "De controle … vond schade" does not).
RETIRED = (
    "over tijd",  # "te laat"
    "SAMEN AFGESPROKEN",  # "Gedeelde samenvatting"
    "persoonlijke notitie",  # "Privénotitie"
    "samenvatting van de groeicyclus",  # "Groeiplan"
    "samenvattingen van de groeicyclus",
    "overzicht van de groeicyclus",
    "overzichten van de groeicyclus",
    "plannend gesprek",  # "plangesprek"
    "planningsgesprek",
    "zoals een functioneringsgesprek",  # the evaluation gap points at the evaluation deck
    "in hun eigen woorden",  # "in zijn of haar eigen woorden"
    "waarom wordt dit gesprek heropend",  # "Reden van heropenen"
    "toon gearchiveerden",  # "Gearchiveerde medewerkers tonen"
    "persoonsgegevens opvragen",  # "exporteren"
    "(AVG)",  # "AVG/GDPR"
    "AVG:",
    "hulp met",  # "hulp bij"
    "De controle",  # "Bij de controle is schade vastgesteld"
    "vond schade",
    "(niet gezegd)",  # "(niet opgegeven)"
    "on-the-job",  # "leren op de werkvloer" (the stored value stays on-the-job)
    "nog niet afgerond",  # a talk not finished is "bezig", as its status says
    "vraagkaarten",  # "gesprekskaarten"
)

# Saving is "opslaan": the messages that said "bewaren" for it. "Bewaren" stays where it means
# keeping (backups kept, data kept for N months, a record that stays).
SAVED_PO = (
    "Read a returned preparation form and keep it as the employee's preparation for that deck: "
    "the next talk of that deck with them shows it beside the cards, and its topics join the "
    "talking points. Reading the same form again changes nothing; with other values it "
    "replaces the preparation until its talk is completed.",
    "contains a NUL character (\\x00), which cannot be stored",
    "stopped (Ctrl+C); what was saved before is safe",
    "store the database unencrypted again (asks its passphrase)",
    "the disk is full, so {name} could not be written: free some space and try again; "
    "everything saved before this moment is safe",
    "{file} has no form fields left: it was flattened or “printed to PDF”. Ask for the file "
    "itself, saved from the reader it was filled in with",
    "To keep them, write them in the deck “{deck}” with this person.",
)
SAVED_TS = (
    ("FeedforwardSheet", "Save feedforward preparation"),
    ("PrepForm", "Save preparation form"),
    ("SendDialog", "&Save form…"),
    ("TalkRecord", "Save record for the employee"),
    ("TeamOverviewPage", "Save team report"),
    (
        "Backups",
        "The automatic backup failed: %1 Your work itself is saved; leercoach tries again later.",
    ),
    (
        "Crash",
        "The disk is full. Free some space and try again; everything saved before this "
        "moment is safe.",
    ),
    (
        "Crash",
        "The leercoach file is read-only, so changes cannot be saved. Check the file's "
        "permissions or copy it to a folder you can write to.",
    ),
    (
        "Crash",
        "leercoach ran into an unexpected error. Your saved work is safe; the details are "
        "in the log file.",
    ),
    ("GrowthView", "Save growth plan"),
    ("Errors", "This cannot be saved as it is: %1"),
    (
        "Errors",
        "The leercoach file was saved by a newer version of leercoach. Install the "
        "newer version to open it; nothing was changed.",
    ),
    (
        "Startup",
        "This file (%1) was saved by a newer version of leercoach. Install the newer "
        "version to open it; nothing was changed.",
    ),
)

SAVING = r"opslaan|opgeslagen|\bsla\b.*\bop\b"


def hits(text: str, where: str) -> list[str]:
    found = []
    for phrase in RETIRED:
        inside = text if phrase != phrase.lower() else text.lower()
        if phrase in inside:
            found.append(f"{where}: “{phrase}” in “{text}”")
    return found


def po_strings() -> dict[tuple[str | None, str], str]:
    with PO.open("rb") as file:
        catalogue = read_po(file)
    found = {}
    for message in catalogue:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found[(message.context, msgid)] = " || ".join(strings)
    return found


def ts_strings(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, message.findtext("source", ""))] = " || ".join(
                forms or [translation.text or ""]
            )
    return found


def pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(
        subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    )


def test_the_catalogues_say_none_of_the_retired_phrases() -> None:
    found = [hit for (_, msgid), text in po_strings().items() for hit in hits(text, msgid)]
    for path in TS:
        for (context, source), text in ts_strings(path).items():
            found += hits(text, f"{path.name} {context} {source}")
    assert found == []


def test_the_report_words_say_none_of_the_retired_phrases() -> None:
    tables = {
        "words.NL": words.NL,
        "words.NL_NL": words.NL_NL,
        "record_words.RECORD_NL": record_words.RECORD_NL,
        "team_report.NL": team_report.NL,
    }
    found = [
        hit
        for name, table in tables.items()
        for key, text in table.items()
        for hit in hits(text, f"{name}[{key}]")
    ]
    assert found == []


def test_saving_is_opslaan_and_a_goal_has_a_streefdatum() -> None:
    po = po_strings()
    for msgid in SAVED_PO:
        text = po.get((None, msgid)) or po[("feedforward sheet", msgid)]
        assert "bewaar" not in text.lower() and re.search(SAVING, text), text
    ts = ts_strings(TS[0])
    for key in SAVED_TS:
        text = ts[key].replace("&", "")
        assert "bewaar" not in text.lower() and re.search(SAVING, text), text
    assert ts[("GoalDialog", "Target &date")] == "Str&eefdatum"
    assert ts[("GoalTableModel", "By when")] == "Streefdatum"
    assert ("GoalTableModel", "By when") not in ts_strings(TS[1]), "no regional goal date"
    goal_words = [text for (context, _), text in ts.items() if context.startswith("Goal")]
    assert not [text for text in goal_words if "einddatum" in text.lower()]
    assert words.NL["goal_due"] == "Streefdatum: {date}"
    assert po[("learning form", "on the job")] == "leren op de werkvloer"
    assert ts[("PeoplePane", "Show archived employees")] == "Gearchiveerde medewerkers tonen"


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A growth plan (private notes asked for) and a record of a talk, from demo data."""
    folder = tmp_path_factory.mktemp("demo")
    library = load_library([shipped_decks_dir()])
    with Store.open(folder / "demo.db") as store:
        build_demo(store.db, library.decks.values(), 12, seed=1, today=TODAY)
        # The person with the most goals, and their completed talk with the most actions.
        (person,) = store.db.execute(
            "SELECT c.employee_id FROM growth_cycle c JOIN goal g ON g.cycle_id = c.id "
            "GROUP BY c.employee_id ORDER BY count(*) DESC, c.employee_id LIMIT 1"
        ).fetchone()
        (talk,) = store.db.execute(
            "SELECT v.id FROM conversation v JOIN action a ON a.conversation_id = v.id "
            "WHERE v.status = 'completed' AND v.shared_summary != '' AND v.audience = 'employee' "
            "GROUP BY v.id ORDER BY count(*) DESC, v.id LIMIT 1"
        ).fetchone()
        plan, record = folder / "groeiplan.pdf", folder / "verslag.pdf"
        export_growth_summary(
            store,
            person,
            Period.cycle_year(2026),
            plan,
            library,
            include_private_notes=True,
            today=TODAY,
        )
        export_talk_record(store, talk, record, library, today=TODAY)
    return pdf_text(plan), pdf_text(record)


def test_a_real_growth_plan_and_record_say_the_current_words(demo_pdfs: tuple[str, str]) -> None:
    plan, record = demo_pdfs
    assert hits(plan, "growth plan") == [] and hits(record, "record") == []
    assert "GROEIPLAN 2026" in plan and "Dit groeiplan volgt" in plan
    assert "GEDEELDE SAMENVATTING" in plan
    assert "Privénotities van de leidinggevende" in plan
    assert "Leeracties voor dit doel".upper() in plan or "Nog geen leeracties" in plan
    assert "GEDEELDE SAMENVATTING" in record and "De privénotities" in record
