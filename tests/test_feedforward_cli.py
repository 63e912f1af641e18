"""``leercoach prep feedforward --employee ID --out FILE.pdf`` as a coach runs it: a real
process on a real database, the PDF read back with pdftotext (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from leercoach.decks import load_library
from leercoach.domain import ActionOwner, ActionStatus, EmployeeDraft
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store

from .conftest import Cli
from .test_reports import pdf_text

LATE = "Rooster van de late dienst herschrijven"
ON_TIME = "Cursus EHBO volgen"
DROPPED = "Buddy zoeken voor de nieuwe collega"
PREPARED = "Zoë neemt de planning van de late dienst over"


class Clock:
    """The store's clock, set by the test to the day each step happens."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 10, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def on(self, day: date) -> None:
        self.now = datetime.combine(day, datetime.min.time()).replace(hour=10)


def run(db: Path, *args: str | Path, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "leercoach", "--lang", lang, "--db", str(db), "prep"]
    return subprocess.run(
        [*command, "feedforward", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


@pytest.fixture
def zoe(db_path: Path) -> str:
    """Zoë's year: two talks on her strengths, three actions (late, on time, dropped),
    a check-in scale that rose, and the coach's own preparation in between."""
    decks = load_library([shipped_decks_dir()])
    talk_deck, check_in = decks.get("ontwikkelgesprek"), decks.get("check-in")
    clock = Clock()
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Çelik", team="Zorg")).id
        talks = store.conversations
        first = talks.start(zoe, talk_deck).id
        strengths = talk_deck.card("sterktes")
        talks.save_answer(first, strengths, 0, "Ik hou het overzicht als het druk wordt.")
        agreed = {
            what: store.actions.add(zoe, what, ActionOwner.MEDEWERKER, due, conversation_id=first)
            for what, due in (
                (LATE, date(2026, 2, 1)),
                (ON_TIME, date(2026, 3, 1)),
                (DROPPED, None),
            )
        }
        talks.complete(first)
        clock.on(date(2026, 2, 10))
        store.actions.set_status(agreed[LATE].id, ActionStatus.KLAAR)
        store.actions.set_status(agreed[DROPPED].id, ActionStatus.GESCHRAPT)
        clock.on(date(2026, 2, 15))
        mine = talks.start(zoe, decks.get("feedforward-voorbereiding"))
        own = decks.get("feedforward-voorbereiding")
        talks.save_answer(mine.id, own.card("doel"), 0, PREPARED)
        talks.save_answer(mine.id, own.card("duidelijk"), 2, "2")
        talks.complete(mine.id)
        clock.on(date(2026, 3, 1))
        store.actions.set_status(agreed[ON_TIME].id, ActionStatus.KLAAR)
        energy = check_in.card("hoe-gaat-het")
        for day, value in ((date(2026, 3, 2), "2"), (date(2026, 4, 6), "4")):
            clock.on(day)
            held = talks.start(zoe, check_in).id
            talks.save_answer(held, energy, 0, value)
            talks.complete(held)
        clock.on(date(2026, 4, 7))
        second = talks.start(zoe, talk_deck).id
        talks.save_answer(second, strengths, 0, "Overzicht bewaren en rust brengen.")
        talks.complete(second)
    return zoe


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_sheet_holds_what_a_coach_looks_for(zoe: str, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "zoe.pdf"
    result = run(db_path, "--employee", zoe[:8], "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out} geschreven (")
    text = " ".join(pdf_text(out).split())
    assert "FEEDFORWARDGESPREK VOORBEREIDEN" in text and "Zoë Çelik" in text
    # What came of the actions: the late one under "te laat klaar", with its dates.
    late = between(text, "Te laat klaar (1)", "Op tijd klaar (1)")
    assert LATE in late and "tegen 1 feb 2026, klaar op 10 feb 2026: 9 dagen later" in late
    assert ON_TIME in between(text, "Op tijd klaar (1)", "Geschrapt (1)")
    assert "3 afspraken: te laat klaar: 1 · op tijd klaar: 1 · geschrapt: 1" in text
    # A word of her strengths that came back in two talks, with both days.
    assert "overzicht – 2 gesprekken: 10 jan 2026, 7 apr 2026" in text
    # The trend of the check-in scale, and the last preparation with what came after.
    assert "2 – moeizaam op 2 mrt 2026 → 4 – goed op 6 apr 2026 (2 antwoorden) – hoger" in text
    prepared = between(text, "Je vorige voorbereiding", "Feedback: een ik-boodschap")
    assert PREPARED in prepared and "Check-in (2 mrt 2026)" in prepared
    assert "denk je? 2 – vaag" in prepared  # a scale answer with its word
    # 004 §6 and §7, from the facts: the ik-boodschap, "wat maakt dat…", the deck's tips.
    assert f"Wat gebeurde er: “{LATE}”: te laat klaar" in text
    assert f"Wat maakt dat “{LATE}” later klaar was dan gepland?" in text
    assert f"Wat maakt dat “{DROPPED}” geschrapt werd?" in text
    assert "Wat maakt dat “overzicht” terugkomt als je over je sterktes vertelt?" in text
    assert "Vraag ‘wat maakt dat…’: zo nodig je uit tot uitleg" in text
    assert "stilte" in text
    assert "Je eigen notities" in text


def test_in_english_the_sheet_speaks_english(zoe: str, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "zoe.pdf"
    result = run(db_path, "--employee", zoe, "--out", out, lang="en")
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Done late (1)" in text and LATE in text
    assert f"What made “{LATE}” take longer than planned?" in text


def test_someone_without_history_gets_a_short_honest_sheet(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        nobody = store.employees.add(EmployeeDraft(name="Nieuwe Collega")).id
    out = tmp_path / "new.pdf"
    result = run(db_path, "--employee", nobody, "--out", out)
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Er werden nog geen afspraken gemaakt." in text
    assert "Nog geen voorbereiding" in text
    assert "Wat gebeurde er" not in text


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--employee", "nobody", "--out", "{tmp}/x.pdf"), "no employee with id 'nobody'"),
        (("--employee", "{zoe}", "--out", "{tmp}/x.txt"), "give a file name ending in .pdf"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    zoe: str, db_path: Path, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    filled = [a.format(tmp=tmp_path, zoe=zoe) for a in args]
    result = run(db_path, *filled, lang="en")
    assert result.returncode == 2
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.txt").exists()


def test_a_target_it_must_not_write_is_refused_with_exit_2(
    zoe: str, db_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("my own notes, not a PDF")
    result = run(db_path, "--employee", zoe, "--out", notes, lang="en")
    assert result.returncode == 2, result.stderr
    assert notes.read_text() == "my own notes, not a PDF"


def test_every_demo_person_gets_a_sheet(cli: Cli, db_path: Path, tmp_path: Path) -> None:
    """The demo's people: talks with answers on talents, actions of every kind and goals
    (a preparation only where the demo's draw held one: the sheet of the last preparation
    is tested on a database of its own above); each sheet is written and what recurs in
    the talents is on it."""
    code, _, err = cli("--lang", "nl", "--db", db_path, "demo")
    assert code == 0, err
    with Store.open(db_path, read_only=True) as store:
        people = [
            (p.id, store.feedforward.feedforward_inputs(p.id)) for p in store.employees.find()
        ]
    for number, (person, inputs) in enumerate(people):
        out = tmp_path / f"{number}.pdf"
        code, said, err = cli(
            "--lang",
            "nl",
            "--db",
            db_path,
            "prep",
            "feedforward",
            "--employee",
            person,
            "--out",
            out,
        )
        assert code == 0, err
        text = " ".join(pdf_text(out).split())
        assert "Wat terugkomt in de talenten" in text and said.startswith(str(out))
        talks_with_talents = {answer.conversation_id for answer in inputs.talents}
        if not talks_with_talents:
            assert "Nog geen gesprek heeft een antwoord op een kaart over talenten." in text
