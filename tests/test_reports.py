"""The printed growth-cycle summary, read back with independent PDF tools (pdftotext, pypdf)."""

import errno
import re
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import ActionOwner, ActionStatus, Deck, Employee, EmployeeDraft, GrowthPhase
from leercoach.domain.growth import GapKind, Period
from leercoach.paths import shipped_decks_dir
from leercoach.reports import batch
from leercoach.reports.batch import export_growth_plans, export_growth_summary
from leercoach.reports.filenames import FileNamer, safe_filename
from leercoach.reports.words import Words
from leercoach.store import Store
from leercoach.store.demo import build_demo

TODAY = date(2026, 11, 23)
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
NAMES = ("Zoë Çelik-Ağaoğlu", "Nguyễn Thị Hương", "Søren Ĳsselmeer")
SECRET = "GEHEIM: denkt aan een overstap"
MANAGER = "Marleen Vandenberghe-Ağaoğlu"


def pdf_text(path: Path, *, layout: bool = False) -> str:
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pages_of(path: Path) -> int:
    return len(PdfReader(path).pages)


def seed(store: Store, deck: Deck, name: str, long_answer: str = "") -> Employee:
    """One person with a cycle, two goals, a completed check-in and actions in every status."""
    person = store.employees.add(
        EmployeeDraft(
            name=name, team="Zorg", role="verpleegkundige", growth_phase=GrowthPhase.EXPERT
        )
    )
    cycle = store.cycles.add(person.id, YEAR.start, YEAR.end)
    plan = store.cycles.add_goal(
        cycle.id,
        "Zelfstandig de weekplanning maken",
        specific="De weekplanning van de afdeling opstellen.",
        measurable="Vier weken na elkaar zonder correcties.",
        acceptable="Zelf voorgesteld in het ontwikkelgesprek.",
        realistic="Met een halve dag per maand om te oefenen.",
        time_bound="Tegen 30 juni 2026.",
        due_date=date(2026, 6, 30),
    )
    store.cycles.add_goal(cycle.id, "Beter feedback geven", specific="Na elk project.")
    talk = store.conversations.start(person.id, deck)
    store.conversations.save_answer(
        talk.id, deck.cards[0], 0, long_answer or "Tom & Jerry <b>vet</b> als a > b"
    )
    store.conversations.save_answer(talk.id, deck.cards[1], 1, "4")
    store.conversations.save_answer(talk.id, deck.cards[2], 2, "ja")
    store.conversations.set_shared_summary(talk.id, "We oefenen elke vrijdag samen.")
    store.conversations.set_private_note(talk.id, SECRET)
    add = store.actions.add
    add(
        person.id,
        "Meelopen met Wout",
        ActionOwner.MEDEWERKER,
        date(2026, 4, 1),
        "Een verslag",
        conversation_id=talk.id,
    )
    store.conversations.complete(talk.id)
    statuses = {
        "Opleiding Excel volgen": ActionStatus.BEZIG,
        "Buddy worden voor Jef": ActionStatus.KLAAR,
        "Cursus timemanagement": ActionStatus.GESCHRAPT,
    }
    for what, status in statuses.items():
        action = add(person.id, what, ActionOwner.SAMEN, date(2026, 12, 15), "Besproken")
        store.actions.set_status(action.id, status)
    add(
        person.id,
        "Planning samen nakijken",
        ActionOwner.LEIDINGGEVENDE,
        date(2026, 6, 1),
        "Geen correcties meer",
        goal_id=plan.id,
    )
    return person


@pytest.fixture
def decks(mini_deck: Deck) -> DeckLibrary:
    library = DeckLibrary()
    library.add(mini_deck)
    return library


@pytest.fixture
def people(store: Store, mini_deck: Deck) -> list[Employee]:
    store.set_setting("manager_name", MANAGER)
    return [seed(store, mini_deck, name) for name in NAMES]


def export(store: Store, person: Employee, decks: DeckLibrary, path: Path, **options: Any) -> Path:
    export_growth_summary(store, person.id, YEAR, path, decks, today=TODAY, **options)
    return path


def test_every_name_prints_exactly(
    store: Store, people: list[Employee], decks: DeckLibrary, tmp_path: Path
) -> None:
    for person in people:
        text = pdf_text(export(store, person, decks, tmp_path / f"{person.id}.pdf"))
        assert person.name in text
        assert MANAGER in text
        assert "\x00" not in text and "■" not in text and "\ufffd" not in text


def test_goals_actions_and_statuses_are_all_there(
    store: Store, people: list[Employee], decks: DeckLibrary, tmp_path: Path
) -> None:
    path = export(store, people[0], decks, tmp_path / "zoe.pdf")
    text = pdf_text(path)
    lines = pdf_text(path, layout=True).splitlines()
    for title in ("Zelfstandig de weekplanning maken", "Beter feedback geven"):
        assert title in text
    for part in ("Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden"):
        assert part in text
    expected = {
        "Meelopen met Wout": "te laat",
        "Opleiding Excel volgen": "bezig",
        "Buddy worden voor Jef": "klaar",
        "Cursus timemanagement": "geschrapt",
        "Planning samen nakijken": "te laat",
    }
    for what, status in expected.items():
        (row,) = [i for i, line in enumerate(lines) if what in line]
        # The status word sits on the action's row (a late one on the line below "open").
        assert status in " ".join(lines[row : row + 2]), lines[row]
    assert "Tom & Jerry <b>vet</b> als a > b" in text
    assert "Hoeveel energie geeft je werk je?" in text and "4 – veel" in text
    assert "We oefenen elke vrijdag samen." in text
    assert "Wat nog ontbreekt" in text and "Beter feedback geven’ ontbreekt nog" in text.replace(
        "\n", " "
    )
    assert "Handtekening" in text and "Datum" in text


def test_page_numbers_count_the_real_pages(
    store: Store, people: list[Employee], decks: DeckLibrary, tmp_path: Path
) -> None:
    path = export(store, people[1], decks, tmp_path / "a.pdf")
    pages = pdf_text(path).split("\f")[:-1]
    total = pages_of(path)
    assert total == len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {total}" in page
        if number > 1:  # the running header (name and period) starts on page 2
            assert people[1].name in page
    assert "Periode: januari – december 2026" not in pages[0]
    assert "Periode: januari – december 2026" in pages[1]


def test_private_notes_only_when_explicitly_asked(
    store: Store, people: list[Employee], decks: DeckLibrary, tmp_path: Path
) -> None:
    plain = pdf_text(export(store, people[0], decks, tmp_path / "plain.pdf"))
    assert "GEHEIM" not in plain and "Privénotities" not in plain
    record = store.reporting.record(people[0].id, YEAR, decks)
    assert all(c.private_note == "" for c in record.conversations)
    private = export(store, people[0], decks, tmp_path / "p.pdf", include_private_notes=True)
    text = pdf_text(private)
    assert SECRET in text
    assert "Privénotities van de leidinggevende" in text and "Vertrouwelijk" in text


def test_metadata_and_language(
    store: Store, people: list[Employee], decks: DeckLibrary, tmp_path: Path
) -> None:
    reader = PdfReader(export(store, people[0], decks, tmp_path / "m.pdf"))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Groeiplan 2026 – Zoë Çelik-Ağaoğlu"
    assert meta.author == MANAGER
    assert meta.subject is not None and "januari – december 2026" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_english_labels(
    store: Store, people: list[Employee], decks: DeckLibrary, tmp_path: Path
) -> None:
    path = export(store, people[0], decks, tmp_path / "en.pdf", language="en")
    text = pdf_text(path)
    assert f"page 1 of {pages_of(path)}" in text
    assert "What is still missing" in text and "overdue" in text
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "en"


def test_a_20000_character_answer_flows_over_pages_without_loss(
    store: Store, mini_deck: Deck, decks: DeckLibrary, tmp_path: Path
) -> None:
    words = [f"w{n:05d}" for n in range(2858)]
    answer = " ".join(words)[:20000]
    assert len(answer) == 20000
    person = seed(store, mini_deck, "Renée D'Hondt & co <test>", long_answer=answer)
    path = export(store, person, decks, tmp_path / "long.pdf")
    text = pdf_text(path)
    assert re.findall(r"w\d{5}", text) == re.findall(r"w\d{5}", answer)
    assert pages_of(path) >= 5
    assert "Renée D'Hondt & co <test>" in text


def test_a_period_without_cycle_still_prints_and_says_what_is_missing(
    store: Store, decks: DeckLibrary, tmp_path: Path
) -> None:
    person = store.employees.add(EmployeeDraft(name="Ines Maes"))
    path = tmp_path / "leeg.pdf"
    export_growth_summary(store, person.id, Period.cycle_year(2025), path, decks, today=TODAY)
    text = pdf_text(path)
    assert "Ines Maes" in text and "januari – december 2025" in text
    assert "Voor deze periode is nog geen groeicyclus met doelen vastgelegd." in text
    assert "Er is nog geen evaluatiegesprek gevoerd" in text


def test_every_gap_has_words_in_both_languages() -> None:
    from leercoach.domain import CyclePhase
    from leercoach.domain.growth import Gap

    for language in ("nl", "en"):
        words = Words(language)
        for kind in GapKind:
            for phase in CyclePhase:
                if kind is GapKind.NO_TALK and phase is CyclePhase.LEREN:
                    continue
                sentence = words.gap(Gap(kind, phase, "Doel", ("measurable",), 2))
                assert sentence.endswith(".") and "{" not in sentence


def test_safe_file_names() -> None:
    assert safe_filename("CON") == "CON_.pdf"
    assert safe_filename("com1.verslag") == "com1_.verslag.pdf"
    assert safe_filename('a<b>:c"d/e\\f|g?h*') == "a b c d e f g h.pdf"
    assert safe_filename("Zoë Çelik. . ") == "Zoë Çelik.pdf"
    assert safe_filename("\x00\x1f...") == "medewerker.pdf"
    namer = FileNamer()
    assert [namer.name(n) for n in ("Jef", "JEF", "jef")] == [
        "Jef.pdf",
        "JEF (2).pdf",
        "jef (3).pdf",
    ]


# Batch export: 30 demo employees with the shipped decks.


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DeckLibrary]]:
    library = load_library([shipped_decks_dir()])
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store.open(path) as store:
        build_demo(store.db, library.decks.values(), 30, seed=2, today=TODAY)
        store.set_setting("manager_name", MANAGER)
        yield store, library


def run_batch(
    demo: tuple[Store, DeckLibrary], out: Path, first: int = 30, **options: Any
) -> batch.BatchResult:
    store, decks = demo
    employees = store.reporting.employees()[:first]
    return export_growth_plans(store, employees, YEAR, out, decks, today=TODAY, **options)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_batch_writes_one_valid_pdf_per_employee(
    demo: tuple[Store, DeckLibrary], tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    result = run_batch(demo, tmp_path / "out", progress=lambda d, t: seen.append((d, t)) or True)
    assert result.ok and len(result.written) == 30
    assert seen == [(n, 30) for n in range(1, 31)]
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 30 and all(f.suffix == ".pdf" for f in files)
    for written in result.written:
        check = subprocess.run(["qpdf", "--check", str(written.path)], capture_output=True)
        assert check.returncode == 0, check.stdout
        assert pages_of(written.path) == written.pages
    names = {e.name for e in demo[0].reporting.employees()}
    assert all(any(f.name.startswith(n) for f in files) for n in names)


def test_combined_pdf_has_a_bookmark_per_employee(
    demo: tuple[Store, DeckLibrary], tmp_path: Path
) -> None:
    path = tmp_path / "alle.pdf"
    result = run_batch(demo, path, combined=True)
    assert result.ok and [w.path for w in result.written] == [path]
    reader = PdfReader(path)
    outline = reader.outline
    employees = demo[0].reporting.employees()
    assert [item.title for item in outline] == [e.name for e in employees]  # type: ignore[union-attr]
    starts = [reader.get_destination_page_number(item) for item in outline]  # type: ignore[arg-type]
    assert starts == sorted(starts) and starts[0] == 0 and len(set(starts)) == 30
    text = pdf_text(path).split("\f")
    # Numbering restarts for every employee: each bookmarked page is "pagina 1 van …".
    assert all("pagina 1 van" in text[start] for start in starts)
    assert (
        reader.metadata is not None
        and reader.metadata.title == "Groeiplannen 2026 – alle medewerkers"
    )


@pytest.mark.parametrize("combined", [False, True])
def test_cancelling_stops_and_leaves_no_partial_file(
    demo: tuple[Store, DeckLibrary], tmp_path: Path, combined: bool
) -> None:
    out = tmp_path / "out"
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 5

    if combined:
        out.mkdir()  # a combined file goes into a folder that exists
    target = out / "alle.pdf" if combined else out
    result = run_batch(demo, target, combined=combined, progress=progress)
    assert result.cancelled and calls[-1] == 5
    assert leftovers(out) == []
    if combined:
        assert result.written == [] and not (out / "alle.pdf").exists()
    else:
        assert len(result.written) == 5 and len(list(out.iterdir())) == 5


def test_one_failing_employee_is_reported_and_the_rest_written(
    demo: tuple[Store, DeckLibrary], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = demo[0].reporting.employees()[7]
    real = batch.render_growth_summary

    def flaky(record: Any, path: Path, *args: Any) -> Any:
        if record.employee.id == victim.id:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(record, path, *args)

    monkeypatch.setattr(batch, "render_growth_summary", flaky)
    result = run_batch(demo, tmp_path / "out", first=10)
    ((failure),) = result.failures
    # A sentence that says what happened and names the file, never a class name.
    assert failure.name == victim.name
    assert failure.reason.startswith("the disk is full, so ")
    assert failure.reason.endswith("everything saved before this moment is safe")
    assert "Error" not in failure.reason
    assert len(result.written) == 9 and not result.ok
    assert leftovers(tmp_path / "out") == []


def test_combined_drops_an_employee_whose_pages_fail(
    demo: tuple[Store, DeckLibrary], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    employees = demo[0].reporting.employees()
    broken, unlayoutable = employees[3], employees[12]

    class Boom(Flowable):  # type: ignore[misc]
        def wrap(self, width: float, height: float) -> tuple[float, float]:
            raise ValueError("kan niet opmaken")

    real: Callable[..., list[Flowable]] = batch.summary_story

    def story(record: Any, *args: Any, **kwargs: Any) -> list[Flowable]:
        if record.employee.id == broken.id:
            raise KeyError("kapotte gegevens")
        flowables = real(record, *args, **kwargs)
        return [*flowables, Boom()] if record.employee.id == unlayoutable.id else flowables

    monkeypatch.setattr(batch, "summary_story", story)
    path = tmp_path / "alle.pdf"
    result = run_batch(demo, path, first=15, combined=True)
    assert {f.name for f in result.failures} == {broken.name, unlayoutable.name}
    assert {f.reason for f in result.failures} == {
        "leercoach ran into an unexpected error while making this summary; the others are "
        "not affected"
    }
    outline = PdfReader(path).outline
    assert len(outline) == 13
    assert broken.name not in [item.title for item in outline]  # type: ignore[union-attr]


def test_windows_unsafe_names_become_safe_files(
    store: Store, tmp_path: Path, decks: DeckLibrary
) -> None:
    names = ["CON", 'a<b>:c"d/e\\f|g?h*', "Jef...", "JEF", "Zoë\x07 Çelik", "NUL.txt"]
    employees = [store.employees.add(EmployeeDraft(name=n.replace("\x07", ""))) for n in names]
    # Names are checked for control characters now; a file from before may still hold one.
    store.db.execute("UPDATE employee SET name = ? WHERE id = ?", [names[4], employees[4].id])
    employees = [store.employees.get(e.id) for e in employees]
    result = export_growth_plans(store, employees, YEAR, tmp_path / "uit", decks, today=TODAY)
    assert result.ok
    files = sorted(p.name for p in (tmp_path / "uit").iterdir())
    assert len(files) == len(names) == len({f.casefold() for f in files})
    for name in files:
        assert not set('<>:"/\\|?*') & set(name)
        assert all(ord(c) >= 32 for c in name) and not name.endswith((".", " "))
        assert name.split(".")[0].strip().upper() not in {"CON", "PRN", "AUX", "NUL", "COM1"}
    assert "Zoë Çelik - groeiplan 2026.pdf" in files
    assert "Jef - groeiplan 2026.pdf" in files and "JEF - groeiplan 2026 (2).pdf" in files
    assert "NUL_.txt - groeiplan 2026.pdf" in files


def test_a_very_long_name_is_shortened_in_the_running_header_only(
    store: Store, mini_deck: Deck, decks: DeckLibrary, tmp_path: Path
) -> None:
    name = "Marie-Claire " + " ".join(["Van den Broeck-Ağaoğlu"] * 6)
    person = seed(store, mini_deck, name, long_answer="lang antwoord " * 700)
    pages = pdf_text(export(store, person, decks, tmp_path / "lang.pdf")).split("\f")
    assert "…" in pages[1] and "Periode: januari – december 2026" in pages[1]
    assert name in " ".join(pages[0].split())
