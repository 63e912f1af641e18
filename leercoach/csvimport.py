"""Read employees from a CSV file as Excel writes it in Belgium and the Netherlands.

Accepts UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text") and,
failing those, Windows-1252; ``;``, tab or ``,`` separators; Dutch or English column
names; dates as 2024-03-01, 01/03/2024 or 1-3-2024. Every bad row is reported with its
line number and nothing is imported unless the whole file is good.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from leercoach.domain import EmployeeDraft, GrowthPhase
from leercoach.domain.people import DRAFT_FIELDS, ImportRow
from leercoach.language import N_, _

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "volledige naam", "medewerker", "full name"),
    "first_name": ("voornaam", "first name", "firstname"),
    "last_name": ("achternaam", "familienaam", "last name", "lastname", "surname"),
    "team": ("team", "afdeling", "dienst", "department"),
    "role": ("functie", "rol", "role", "job", "jobtitel", "function"),
    "email": ("e-mail", "email", "mail", "e-mailadres", "emailadres"),
    "start_date": ("startdatum", "start", "in dienst", "datum in dienst", "start date"),
    "end_date": ("einddatum", "uit dienst", "datum uit dienst", "end date"),
    "growth_phase": ("groeifase", "fase", "growth phase"),
    "employee_number": (
        "personeelsnummer",
        "personeelsnr",
        "personeelsnr.",
        "werknemersnummer",
        "stamnummer",
        "employee number",
        "employee no",
        "employee no.",
        "employee id",
        "employee nr",
    ),
}
SEPARATORS = (";", "\t", ",")
DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})$"),
)


class CsvImportError(Exception):
    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {problem}" for problem in problems))


@dataclass(frozen=True)
class CsvEmployees:
    rows: list[ImportRow]
    ignored_columns: list[str]

    @property
    def drafts(self) -> list[EmployeeDraft]:
        return [row.draft for row in self.rows]


def _normal(header: str) -> str:
    folded = unicodedata.normalize("NFKD", header.strip().casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def parse_date(text: str) -> date:
    """A date as people type it in a spreadsheet; ValueError names the text."""
    cleaned = text.strip()
    for pattern in DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise ValueError(_("{text} is not a real date", text=repr(cleaned))) from None
    raise ValueError(_("{text} is not a date (use 2024-03-01 or 01/03/2024)", text=repr(cleaned)))


def decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" (Unicode-tekst): UTF-16 with a BOM, tab-separated.
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (lijstscheidingsteken)" on Windows writes Windows-1252.
        return data.decode("cp1252")


def read_employees_csv(path: Path) -> CsvEmployees:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CsvImportError(
            str(path), [_("cannot be read: {reason}", reason=error.strerror or error)]
        ) from error
    try:
        text = decode(data)
    except UnicodeDecodeError as error:
        raise CsvImportError(
            str(path),
            [_("not a text file in UTF-8, UTF-16 or Windows-1252 (byte {at})", at=error.start)],
        ) from error
    return parse_employees_csv(text, str(path))


def parse_employees_csv(text: str, source: str = "<csv>") -> CsvEmployees:
    if "\x00" in text:
        raise CsvImportError(source, [_("contains NUL bytes; is this really a CSV file?")])
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    # The separator the header uses most; on a tie (one column) the order below.
    delimiter = max(SEPARATORS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvImportError(source, [_("the file is empty")]) from None
    except csv.Error as error:
        raise CsvImportError(source, [at_line(1, str(error))]) from None
    columns, ignored = _map_columns(header)
    if "name" not in columns and not {"first_name", "last_name"} <= columns.keys():
        titles = ", ".join(repr(h) for h in header)
        raise CsvImportError(
            source,
            [
                at_line(
                    1,
                    _(
                        "no name column; expected 'naam' (or 'voornaam' and 'achternaam'), "
                        "found {titles}",
                        titles=titles,
                    ),
                )
            ],
        )
    found: list[ImportRow] = []
    problems: list[str] = []
    starts = reader.line_num + 1  # a row's first line: a quoted cell may span lines
    try:
        for fields in reader:
            line, starts = starts, reader.line_num + 1
            if not any(field.strip() for field in fields):
                continue
            row, row_problems = _row(line, fields, columns)
            problems.extend(at_line(line, found_problem) for found_problem in row_problems)
            if row is not None:
                found.append(row)
    except csv.Error as error:
        problems.append(at_line(reader.line_num, str(error)))
    if problems:
        raise CsvImportError(source, problems)
    if not found:
        raise CsvImportError(source, [_("no employees in the file, only a header")])
    return CsvEmployees(found, ignored)


def at_line(line: int, what: str) -> str:
    """'line 4: e-mail: … is not an e-mail address': where in the file, and what."""
    return _("line {line}: {problem}", line=line, problem=what)


def _map_columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    known = {alias: field for field, aliases in COLUMN_NAMES.items() for alias in aliases}
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        field = known.get(_normal(title))
        if field and field not in columns:
            columns[field] = index
        elif title.strip():
            ignored.append(title.strip())
    return columns, ignored


def _row(
    line: int, fields: list[str], columns: dict[str, int]
) -> tuple[ImportRow | None, list[str]]:
    def cell(name: str) -> str:
        index = columns.get(name)
        return fields[index].strip() if index is not None and index < len(fields) else ""

    problems: list[str] = []
    name = cell("name") or " ".join(p for p in (cell("first_name"), cell("last_name")) if p)
    dates: dict[str, date | None] = {}
    for key, label in (("start_date", N_("start date")), ("end_date", N_("end date"))):
        dates[key] = None
        if cell(key):
            try:
                dates[key] = parse_date(cell(key))
            except ValueError as error:
                problems.append(_("{field}: {problem}", field=_(label), problem=error))
    phase = GrowthPhase.STARTER
    if cell("growth_phase"):
        try:
            phase = GrowthPhase(cell("growth_phase").casefold())
        except ValueError:
            allowed = ", ".join(GrowthPhase)
            problems.append(
                _(
                    "{field}: {problem}",
                    field=_("growth phase"),
                    problem=_(
                        "{text} is not one of {allowed}",
                        text=repr(cell("growth_phase")),
                        allowed=allowed,
                    ),
                )
            )
    draft = EmployeeDraft(
        name=name,
        team=cell("team"),
        role=cell("role"),
        email=cell("email") or None,
        start_date=dates["start_date"],
        end_date=dates["end_date"],
        growth_phase=phase,
        employee_number=cell("employee_number") or None,
    )
    problems.extend(draft.problems())
    # Only what the row fills in: an import that updates people keeps the rest.
    provided = {"name"} | {key for key in columns.keys() & DRAFT_FIELDS if cell(key)}
    return (None if problems else ImportRow(line, draft, frozenset(provided))), problems
