"""The team overview (issue 16): its rows, the command, and the printed team report."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import ActionOwner, ActionStatus, Deck, EmployeeDraft
from leercoach.domain.growth import find_gaps
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.store.demo import build_demo
from leercoach.store.overview import running_period

from .conftest import TEST_PASSPHRASE, Cli, SteppingClock

TODAY = date(2026, 5, 4)
KEYS = {
    "id",
    "name",
    "team",
    "last_talk",
    "next_talk",
    "overdue",
    "open_actions",
    "overdue_actions",
    "cycle_phase",
    "cycle_gaps",
    "growth_phase",
    "wellbeing",
}
SECRETS = (
    "Ik voel me soms alleen op de nachtdienst",
    "We spraken af om de planning samen te bekijken",
    "Vertrouwelijk: denkt aan vertrekken",
    "Meelopen met de hoofdverpleegkundige",
    "Toelichting bij het cijfer: de werkdruk",
)


@pytest.fixture
def library() -> DeckLibrary:
    return load_library([shipped_decks_dir()])


def talk(
    store: Store,
    clock: SteppingClock,
    person: str,
    deck: Deck,
    day: date,
    agreed: date | None = None,
) -> str:
    """A talk completed on ``day``: an answer to each card, the wellbeing scale a 2, and
    an action due on ``agreed`` when given."""
    clock.current = datetime.combine(day, datetime.min.time()).replace(hour=10)
    started = store.conversations.start(person, deck)
    for position, card in enumerate(deck.cards):
        value = "2" if card.answer.type.value == "scale" else "ja"
        if card.answer.type.value == "text":
            value = SECRETS[0]
        store.conversations.save_answer(started.id, card, position, value)
        if card.answer.type.value == "scale":
            store.conversations.save_note(started.id, card, position, SECRETS[4])
    store.conversations.set_shared_summary(started.id, SECRETS[1])
    store.conversations.set_private_note(started.id, SECRETS[2])
    if agreed is not None:
        store.actions.add(
            person, SECRETS[3], ActionOwner.SAMEN, agreed, "", conversation_id=started.id
        )
    store.conversations.complete(started.id)
    return started.id


@pytest.fixture
def team(store: Store, clock: SteppingClock, mini_deck: Deck) -> dict[str, str]:
    """Zoë (Zorg): a check-in on 2 March (a 4-week rhythm, so overdue by May), two open
    actions of which one past its date, one done, a cycle with a goal left unSMART.
    Bram (IT): nothing yet. Ann left last year, Tom starts next year, Els is archived."""
    employees = store.employees
    zoe = employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg"))
    bram = employees.add(EmployeeDraft(name="Bram Maes", team="IT"))
    ann = employees.add(EmployeeDraft(name="Ann Left", team="Zorg", end_date=date(2025, 6, 30)))
    tom = employees.add(EmployeeDraft(name="Tom Later", team="Zorg", start_date=date(2027, 1, 4)))
    els = employees.add(EmployeeDraft(name="Els Archief", team="Zorg"))
    employees.set_archived(els.id, True)
    talk(store, clock, zoe.id, mini_deck, date(2026, 3, 2), agreed=date(2026, 4, 1))
    store.actions.add(zoe.id, "Een opleiding kiezen", ActionOwner.MEDEWERKER, date(2026, 6, 1))
    done = store.actions.add(zoe.id, "Klaar", ActionOwner.MEDEWERKER, date(2026, 3, 20))
    store.actions.set_status(done.id, ActionStatus.KLAAR)
    cycle = store.cycles.add(zoe.id, date(2026, 1, 1), date(2026, 12, 31))
    store.cycles.add_goal(cycle.id, "Zelf de planning maken", specific="De weekplanning")
    return {"zoe": zoe.id, "bram": bram.id, "ann": ann.id, "tom": tom.id, "els": els.id}


@pytest.fixture
def closed(store: Store, team: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Store:
    """The team's file, closed for the command line (which gets the passphrase if any)."""
    store.close()
    monkeypatch.setenv("LEERCOACH_PASSPHRASE", TEST_PASSPHRASE)
    return store


def test_each_row_holds_exactly_the_promised_keys_and_values(
    store: Store, team: dict[str, str], library: DeckLibrary
) -> None:
    rows = store.overview.people(TODAY, library)
    assert [row.name for row in rows] == ["Bram Maes", "Zoë Peeters"]  # by name, no one else
    zoe = next(row.as_json() for row in rows if row.id == team["zoe"])
    assert set(zoe) == KEYS
    assert zoe == {
        "id": team["zoe"],
        "name": "Zoë Peeters",
        "team": "Zorg",
        "last_talk": "2026-03-02",
        "next_talk": "2026-03-30",  # four weeks after the check-in
        "overdue": True,
        "open_actions": 2,
        "overdue_actions": 1,
        "cycle_phase": "plannen",
        # Planning and evaluation lack a talk (the check-in follows up), the goal has no
        # action, and the action of the check-in is past its date.
        "cycle_gaps": ["goal-not-smart", "no-talk", "goal-without-actions", "overdue-actions"],
        "growth_phase": "starter",
        "wellbeing": [{"date": "2026-03-02", "value": 2}],
    }
    bram = next(row.as_json() for row in rows if row.id == team["bram"])
    assert bram["last_talk"] is None and bram["next_talk"] is None and bram["overdue"] is False
    assert (bram["open_actions"], bram["overdue_actions"], bram["cycle_phase"]) == (0, 0, None)
    assert bram["cycle_gaps"] == ["no-cycle", "no-talk", "no-actions"]
    assert bram["wellbeing"] == []


def test_the_team_filter_keeps_one_team(
    store: Store, team: dict[str, str], library: DeckLibrary
) -> None:
    assert [row.id for row in store.overview.people(TODAY, library, team="IT")] == [team["bram"]]
    assert [row.id for row in store.overview.people(TODAY, library, team="Zorg")] == [team["zoe"]]
    assert store.overview.people(TODAY, library, team="Nergens") == []


def test_a_talk_not_yet_due_is_not_overdue_and_resets_the_rhythm(
    store: Store,
    team: dict[str, str],
    clock: SteppingClock,
    mini_deck: Deck,
    library: DeckLibrary,
) -> None:
    talk(store, clock, team["zoe"], mini_deck, date(2026, 4, 27))
    zoe = next(r for r in store.overview.people(TODAY, library) if r.id == team["zoe"])
    assert (zoe.last_talk, zoe.next_talk, zoe.overdue) == (
        date(2026, 4, 27),
        date(2026, 5, 25),
        False,
    )
    assert [(point.date, point.value) for point in zoe.wellbeing] == [
        (date(2026, 3, 2), 2),
        (date(2026, 4, 27), 2),
    ]


def test_the_rows_agree_with_the_growth_tab_and_the_rhythm_for_every_demo_person(
    tmp_path: Path, library: DeckLibrary
) -> None:
    """The bulk reading gives what the per-person rules give, person by person."""
    today = date.today()
    with Store.open(tmp_path / "demo.db") as store:
        build_demo(store.db, library.decks.values(), 30, seed=16, conversations=6)
        period = running_period(store.reporting, today)
        rows = store.overview.people(today, library)
        assert len(rows) == 30
        standing = store.talk_plans.next_talks(today)
        for row in rows:
            record = store.reporting.record(row.id, period, library)
            gaps = tuple(dict.fromkeys(gap.kind for gap in find_gaps(record.overview(today))))
            assert row.cycle_gaps == gaps, row.name
            assert row.cycle_phase == (record.cycle.phase if record.cycle else None)
            assert (row.last_talk, row.next_talk) == (
                standing[row.id].last_talk,
                standing[row.id].next_talk,
            )
            open_actions = store.actions.open_for(row.id)
            assert row.open_actions == len(open_actions)
            assert row.overdue_actions == sum(a.is_overdue(today) for a in open_actions)


def test_the_command_prints_the_rows_as_json_and_a_table_with_overdue_in_words(
    closed: Store, db_path: Path, cli: Cli
) -> None:
    code, out, _ = cli("--db", db_path, "overview", "--json")
    assert code == 0
    printed = json.loads(out)
    assert [set(row) for row in printed] == [KEYS, KEYS]
    code, out, _ = cli("--db", db_path, "--lang", "nl", "overview", "--team", "Zorg")
    assert code == 0
    line = next(line for line in out.splitlines() if "Zoë Peeters" in line)
    assert "TE LAAT" in line and "Bram" not in out


def test_a_team_without_people_is_bad_input(closed: Store, db_path: Path, cli: Cli) -> None:
    code, _, err = cli("--db", db_path, "overview", "--team", "Nergens")
    assert code == 2
    assert "Nergens" in err and "IT, Zorg" in err and "Traceback" not in err


def test_the_team_report_holds_counts_and_dates_but_nothing_anyone_said(
    store: Store,
    team: dict[str, str],
    db_path: Path,
    tmp_path: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from leercoach.domain.settings import Settings

    store.settings.write(Settings(manager_name="Karin Wouters"))
    store.close()
    monkeypatch.setenv("LEERCOACH_PASSPHRASE", TEST_PASSPHRASE)
    pdf = tmp_path / "team.pdf"
    code, out, err = cli("--db", db_path, "--lang", "nl", "overview", "--pdf", pdf)
    assert (code, err) == (0, "") and str(pdf) in out
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Karin Wouters" in text and "Teamoverzicht" in text
    assert "Zoë Peeters" in text and "Bram Maes" in text and "Els Archief" not in text
    assert "te laat" in text  # Zoë's next talk, in words
    for secret in SECRETS:
        assert secret not in text
    # No wellbeing: neither a column for it nor the scale answer (a 2, shown as "2/5").
    assert "elzijn" not in text.replace("scores voor welzijn", "")
    assert "/5" not in text
    # After the rows, this year's development KPIs of the same people, as counts only.
    year = date.today().year
    assert f"Kerncijfers ontwikkeling {year}" in text
    assert "Gesprekken per medewerker" in text
    assert text.index(f"Kerncijfers ontwikkeling {year}") > text.index("Bram Maes")


def test_the_report_is_not_written_over_another_kind_of_file(
    closed: Store, db_path: Path, tmp_path: Path, cli: Cli
) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("my own notes, not a PDF", "utf-8")
    code, _, err = cli("--db", db_path, "overview", "--pdf", notes)
    assert code == 2 and "not a PDF" in err
    assert notes.read_text("utf-8") == "my own notes, not a PDF"
    code, _, err = cli("--db", db_path, "overview", "--pdf", tmp_path / "team.txt")
    assert code == 2 and ".pdf" in err


def test_a_block_given_as_extra_follows_the_rows(
    store: Store, team: dict[str, str], tmp_path: Path, library: DeckLibrary
) -> None:
    """Room for the development KPIs: flowables passed as ``extra`` come after the table."""
    from reportlab.platypus import Paragraph

    from leercoach.reports import style
    from leercoach.reports.team_report import TeamReportOptions, render_team_report

    rows = store.overview.people(TODAY, library, wellbeing=False)
    assert all(row.wellbeing == () for row in rows)
    pdf = tmp_path / "team.pdf"
    options = TeamReportOptions(manager_name="Karin", today=TODAY, team=None, language="en")
    rendered = render_team_report(rows, pdf, options, extra=[Paragraph("KPI block", style.BODY)])
    assert rendered.pages == 1
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Team overview – all employees" in text
    assert text.index("Zoë Peeters") < text.index("KPI block")
