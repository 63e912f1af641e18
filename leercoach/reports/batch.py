"""Growth plans for a team or everyone: one PDF per employee, or one PDF with bookmarks.

One employee's failure is recorded and the others are still written. ``progress(done,
total)`` is called after every employee; when it returns False the export stops at once
and leaves no half-written file (each PDF is written under a temporary name first).
Every file to be written is checked before the first is (``leercoach.targets``): a target
that must not be written (the database, a file that is not a PDF …) stops the export
with TargetRefusedError, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from leercoach.crash import describe
from leercoach.decks import DeckLibrary
from leercoach.domain import Employee
from leercoach.domain.growth import Period
from leercoach.language import N_, _, catalogue
from leercoach.reports.filenames import FileNamer, safe_stem
from leercoach.reports.growth_summary import (
    RenderedPdf,
    SummaryOptions,
    document_meta,
    render_growth_summary,
    summary_story,
)
from leercoach.reports.pages import Cancelled, Checkpoint, PdfMeta, atomic_target, build_pdf
from leercoach.reports.words import Words, period_label
from leercoach.store import Store
from leercoach.store.reporting import CycleRecord
from leercoach.targets import PDF, Target, check_targets

Progress = Callable[[int, int], bool]
# Records are read this many employees at a time: few queries, bounded memory.
READ_CHUNK = 50
_GONE = N_("this employee is no longer in the database")


@dataclass(frozen=True)
class ExportFailure:
    employee_id: str
    name: str
    reason: str


@dataclass
class BatchResult:
    total: int
    written: list[RenderedPdf] = field(default_factory=list)
    failures: list[ExportFailure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures and not self.cancelled


def summary_options(
    store: Store,
    *,
    include_private_notes: bool = False,
    language: str = "nl",
    today: date | None = None,
) -> SummaryOptions:
    """Options filled from the store's settings (the manager's name, the region)."""
    return SummaryOptions(
        manager_name=store.reporting.manager_name(),
        today=today or date.today(),
        include_private_notes=include_private_notes,
        language=language,
        region=store.reporting.region(),
    )


def export_growth_summary(
    store: Store,
    employee_id: str,
    period: Period,
    path: Path,
    library: DeckLibrary,
    *,
    include_private_notes: bool = False,
    language: str = "nl",
    today: date | None = None,
) -> RenderedPdf:
    """One employee's summary for ``period``, written to ``path``."""
    check_targets([Target(path, PDF)], store.path)
    options = summary_options(
        store, include_private_notes=include_private_notes, language=language, today=today
    )
    record = store.reporting.record(
        employee_id, period, library, include_private_notes=include_private_notes
    )
    return render_growth_summary(record, path, options)


def export_growth_plans(
    store: Store,
    employees: Sequence[Employee],
    period: Period,
    out: Path,
    library: DeckLibrary,
    *,
    combined: bool = False,
    include_private_notes: bool = False,
    language: str = "nl",
    today: date | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Write the growth plans of ``employees``; ``library`` is the decks loaded now.

    ``out`` is a folder (one PDF per employee, named after them, made when missing) or,
    with ``combined``, the one PDF to write, with a bookmark per employee.
    """
    files = [out] if combined else separate_targets(employees, period, out, language)
    check_targets([Target(path, PDF) for path in files], store.path, new_folders=not combined)
    options = summary_options(
        store, include_private_notes=include_private_notes, language=language, today=today
    )
    if combined:
        return _combined(store, employees, period, out, library, options, progress)
    return _separate(store, employees, period, files, library, options, progress)


def separate_targets(
    employees: Sequence[Employee], period: Period, folder: Path, language: str = "nl"
) -> list[Path]:
    """The file each employee's PDF gets in ``folder``, in the order of ``employees``."""
    namer = FileNamer()
    label = f"{_file_word(language)} {period_label(period)}"
    return [folder / namer.name(f"{safe_stem(person.name)} - {label}") for person in employees]


def _records(
    store: Store,
    employees: Sequence[Employee],
    period: Period,
    library: DeckLibrary,
    options: SummaryOptions,
) -> Iterator[tuple[Employee, CycleRecord | None]]:
    for start in range(0, len(employees), READ_CHUNK):
        chunk = employees[start : start + READ_CHUNK]
        found = store.reporting.records(
            [e.id for e in chunk],
            period,
            library,
            include_private_notes=options.include_private_notes,
        )
        by_id = {record.employee.id: record for record in found}
        for employee in chunk:
            yield employee, by_id.get(employee.id)


def _separate(
    store: Store,
    employees: Sequence[Employee],
    period: Period,
    files: Sequence[Path],
    library: DeckLibrary,
    options: SummaryOptions,
    progress: Progress | None,
) -> BatchResult:
    result = BatchResult(total=len(employees))
    records = _records(store, employees, period, library, options)
    for done, ((employee, record), path) in enumerate(zip(records, files, strict=True), 1):
        if record is None:
            result.failures.append(ExportFailure(employee.id, employee.name, _(_GONE)))
        else:
            try:
                result.written.append(render_growth_summary(record, path, options))
            except Exception as error:  # noqa: BLE001 - one bad record must not stop the others
                result.failures.append(ExportFailure(employee.id, employee.name, _reason(error)))
        if progress is not None and progress(done, result.total) is False:
            result.cancelled = done < result.total
            break
    return result


def _combined(
    store: Store,
    employees: Sequence[Employee],
    period: Period,
    path: Path,
    library: DeckLibrary,
    options: SummaryOptions,
    progress: Progress | None,
) -> BatchResult:
    """One document; an employee whose pages cannot be laid out is dropped and it is redone."""
    result = BatchResult(total=len(employees))
    candidates: list[_Candidate] = []
    for index, (employee, record) in enumerate(
        _records(store, employees, period, library, options)
    ):
        if record is None:
            result.failures.append(ExportFailure(employee.id, employee.name, _(_GONE)))
        else:
            candidates.append(_Candidate(index, employee, record))
    reported = 0

    def report(done: int) -> bool:
        nonlocal reported
        if done <= reported or progress is None:
            return True
        reported = done
        return progress(done, result.total)

    while True:
        laid_out: list[_Candidate] = []
        sections: list[list[Flowable]] = []
        for candidate in list(candidates):
            try:
                story = summary_story(candidate.record, options, key=f"e{candidate.index}")
            except Exception as error:  # noqa: BLE001 - one bad record must not stop the others
                result.failures.append(candidate.failure(error))
                candidates.remove(candidate)
                continue
            sections.append([*story, Checkpoint(candidate.reached(laid_out, report))])
        if not sections:
            return result
        try:
            with atomic_target(path) as temporary:
                meta = _combined_meta(candidates, period, options)
                pages = build_pdf(temporary, sections, meta)
        except Cancelled:
            result.cancelled = True
            return result
        except Exception as error:  # it re-raises when no single employee is to blame
            if len(laid_out) >= len(candidates):
                raise
            culprit = candidates.pop(len(laid_out))
            result.failures.append(culprit.failure(error))
            continue
        result.written.append(RenderedPdf(path, pages))
        report(result.total)
        return result


@dataclass(frozen=True)
class _Candidate:
    index: int
    employee: Employee
    record: CycleRecord

    def failure(self, error: Exception) -> ExportFailure:
        return ExportFailure(self.employee.id, self.employee.name, _reason(error))

    def reached(
        self, laid_out: list[_Candidate], report: Callable[[int], bool]
    ) -> Callable[[], bool]:
        def checkpoint() -> bool:
            laid_out.append(self)
            return report(self.index + 1)

        return checkpoint


def _combined_meta(
    candidates: list[_Candidate], period: Period, options: SummaryOptions
) -> PdfMeta:
    words = Words(options.language, options.region)
    teams = {candidate.employee.team for candidate in candidates}
    who = (
        words.text("team", team=teams.pop())
        if len(teams) == 1 and "" not in teams
        else words.text("everyone")
    )
    return document_meta(words, period, options, who=who)


def _file_word(language: str) -> str:
    return catalogue(language).pgettext("file name", "growth plan")


def _reason(error: Exception) -> str:
    """Why one summary failed, as a sentence: a full disk or a read-only folder says so
    (and names the file); anything else is a bug in leercoach, not the reader's doing."""
    return describe(error) or _(
        "leercoach ran into an unexpected error while making this summary; the others "
        "are not affected"
    )
