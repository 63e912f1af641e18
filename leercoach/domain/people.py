"""Recognising people who are already there, so that a list imported twice doubles nobody.

Pure rules, no SQL and no Qt: the store hands over what it knows of everyone
(``KnownPerson``, from a lean query) and the people a list brings (``ImportRow``), and
``plan_import`` says who is new, who is already present and which rows of the list name
the same person twice. The add-person dialog asks ``PeopleIndex.find`` while one types.

Two entries are the same person, in this order of evidence:

1. the same employee number;
2. else the same e-mail address, case ignored;
3. else the same name, accents, case and extra spaces ignored (``fold``), and the same
   start date, where a start date only one side knows does not count against it.

Evidence against weighs too: two different employee numbers are two people whatever
their names, and so are two different e-mail addresses or start dates at step 3.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum

from leercoach.domain.employee import Employee, EmployeeDraft
from leercoach.domain.text import fold

DRAFT_FIELDS = frozenset(f.name for f in fields(EmployeeDraft))


class MatchReason(StrEnum):
    """Why two entries are taken for the same person."""

    EMPLOYEE_NUMBER = "same employee number"
    EMAIL = "same e-mail"
    NAME_AND_START = "same name and start date"
    NAME = "same name"  # one of the two has no start date


@dataclass(frozen=True)
class KnownPerson:
    """What the rule needs of someone already stored (archived people included)."""

    id: str
    name: str
    team: str = ""
    email: str | None = None
    start_date: date | None = None
    employee_number: str | None = None

    @classmethod
    def of(cls, draft: EmployeeDraft, person_id: str = "") -> KnownPerson:
        return cls(
            person_id,
            draft.name,
            draft.team,
            draft.email,
            draft.start_date,
            draft.employee_number,
        )


@dataclass(frozen=True)
class Match:
    person: KnownPerson
    reason: MatchReason


def _key(text: str | None) -> str | None:
    """An employee number or e-mail address as compared: case and edges ignored."""
    cleaned = (text or "").strip().casefold()
    return cleaned or None


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


def _differ(one: object | None, other: object | None) -> bool:
    """Both are known and they are not the same: evidence of two people."""
    return one is not None and other is not None and one != other


class PeopleIndex:
    """Everyone known, looked up by the rule above in constant time per entry."""

    def __init__(self, people: Iterable[KnownPerson] = ()) -> None:
        self._by_number: dict[str, list[KnownPerson]] = defaultdict(list)
        self._by_email: dict[str, list[KnownPerson]] = defaultdict(list)
        self._by_name: dict[str, list[KnownPerson]] = defaultdict(list)
        for person in people:
            self.add(person)

    def add(self, person: KnownPerson) -> None:
        number, email = _key(person.employee_number), _key(person.email)
        if number:
            self._by_number[number].append(person)
        if email:
            self._by_email[email].append(person)
        self._by_name[_name_key(person.name)].append(person)

    def find(self, draft: EmployeeDraft, *, besides: str | None = None) -> Match | None:
        """The known person ``draft`` most likely is, or None; ``besides`` is left out
        (the person being edited)."""
        number, email = _key(draft.employee_number), _key(draft.email)
        candidates = [p for p in self._by_number.get(number or "", ()) if p.id != besides]
        if candidates:
            return Match(candidates[0], MatchReason.EMPLOYEE_NUMBER)
        for person in self._by_email.get(email or "", ()):
            if person.id != besides and not _differ(number, _key(person.employee_number)):
                return Match(person, MatchReason.EMAIL)
        for person in self._by_name.get(_name_key(draft.name), ()):
            if person.id == besides or _differ(number, _key(person.employee_number)):
                continue
            if _differ(email, _key(person.email)):
                continue
            if _differ(draft.start_date, person.start_date):
                continue
            both_dated = draft.start_date is not None and person.start_date is not None
            return Match(person, MatchReason.NAME_AND_START if both_dated else MatchReason.NAME)
        return None


@dataclass(frozen=True)
class ImportRow:
    """One person as a list gives them: where, the draft, and the fields it gives."""

    line: int
    draft: EmployeeDraft
    provided: frozenset[str] = field(default=DRAFT_FIELDS)


@dataclass(frozen=True)
class AlreadyPresent:
    row: ImportRow
    match: Match


@dataclass(frozen=True)
class Repeated:
    """A row naming the same person as an earlier row of the same list."""

    row: ImportRow
    earlier: ImportRow
    reason: MatchReason


@dataclass(frozen=True)
class ImportPlan:
    new: list[ImportRow]
    present: list[AlreadyPresent]
    repeated: list[Repeated]


def plan_import(known: Iterable[KnownPerson], rows: Sequence[ImportRow]) -> ImportPlan:
    """Sort a list's rows into new people, people already present, and repeats."""
    stored = PeopleIndex(known)
    listed = PeopleIndex()
    by_key: dict[str, ImportRow] = {}
    claimed: dict[str, ImportRow] = {}  # a stored person's id: the row that found them
    plan = ImportPlan([], [], [])
    for position, row in enumerate(rows):
        earlier = listed.find(row.draft)
        match = stored.find(row.draft)
        if earlier is not None:
            plan.repeated.append(Repeated(row, by_key[earlier.person.id], earlier.reason))
        elif match is not None and match.person.id in claimed:
            plan.repeated.append(Repeated(row, claimed[match.person.id], match.reason))
        elif match is not None:
            plan.present.append(AlreadyPresent(row, match))
            claimed[match.person.id] = row
        else:
            plan.new.append(row)
        key = f"row {position}"
        listed.add(KnownPerson.of(row.draft, key))
        by_key[key] = row
    return plan


def updated_draft(current: Employee, row: ImportRow) -> EmployeeDraft:
    """``current`` with the fields ``row`` gives; the others stay as they are."""
    given = {name: getattr(row.draft, name) for name in row.provided & DRAFT_FIELDS}
    return replace(current.as_draft(), **given)
