"""The people: add, edit, archive, import, and their growth phase."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlite_utils

from leercoach.domain import (
    Deck,
    Employee,
    EmployeeDraft,
    EmployeeEntry,
    GrowthPhase,
    PhaseChange,
)
from leercoach.domain.people import (
    AlreadyPresent,
    ImportRow,
    KnownPerson,
    Repeated,
    plan_import,
    updated_draft,
)
from leercoach.domain.text import fold
from leercoach.store import rows
from leercoach.store.base import Repository, bulk_cache
from leercoach.store.errors import ValidationError
from leercoach.store.search import optimize

if TYPE_CHECKING:
    from leercoach.store.demo import DemoSummary


def name_sort_key(name: str) -> str:
    """Sort Zoë with Zoe and Çelik with Celik, as a person expects (SQLite NOCASE is ASCII)."""
    return fold(name)


def fill_sort_names(db: sqlite_utils.Database) -> int:
    """Give the people without a sort key theirs: the Python step of migration
    ``employee_name_order``, once, in its transaction. Those are the people stored before
    migration 0005 added the key; since then the store writes it with every name."""
    missing = db.execute("SELECT id, name FROM employee WHERE sort_name = ''").fetchall()
    db.conn.executemany(
        "UPDATE employee SET sort_name = ? WHERE id = ?",
        [(name_sort_key(name), employee_id) for employee_id, name in missing],
    )
    return len(missing)


def _optional(text: str | None) -> str | None:
    return (text or "").strip() or None


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: who was added, who updated (only those that changed), who was
    found already present (updated or left alone), and which rows repeated a person."""

    added: list[Employee]
    updated: list[Employee]
    present: list[AlreadyPresent]
    repeated: list[Repeated]


class Employees(Repository):
    def _record(self, draft: EmployeeDraft, is_demo: bool) -> dict[str, Any]:
        problems = draft.problems()
        if problems:
            raise ValidationError(problems)
        now = self.now_text()
        return {
            "id": rows.new_id(),
            "name": draft.name.strip(),
            "sort_name": name_sort_key(draft.name.strip()),
            "team": draft.team.strip(),
            "role": draft.role.strip(),
            "email": _optional(draft.email),
            "start_date": rows.day_text(draft.start_date),
            "end_date": rows.day_text(draft.end_date),
            "growth_phase": draft.growth_phase.value,
            "employee_number": _optional(draft.employee_number),
            "archived": 0,
            "is_demo": int(is_demo),
            "created_at": now,
            "updated_at": now,
        }

    def add(self, draft: EmployeeDraft, *, is_demo: bool = False) -> Employee:
        record = self._record(draft, is_demo)
        with self.transaction() as db:
            db.table("employee").insert(record)
        return rows.employee(record)

    def add_many(self, drafts: Iterable[EmployeeDraft], *, is_demo: bool = False) -> list[Employee]:
        """All or nothing: one bad draft and none are added."""
        records = [self._record(draft, is_demo) for draft in drafts]
        with self.transaction() as db:
            db.table("employee").insert_all(records)
        return [rows.employee(record) for record in records]

    def import_rows(self, found: Sequence[ImportRow], *, update: bool = False) -> ImportOutcome:
        """Add the people of a list who are new; those already present (domain.people) are
        left alone, or with ``update`` get the fields the list gives. All or nothing."""
        with self.transaction():
            plan = plan_import(self.known_people(), found)
            changes: list[tuple[str, EmployeeDraft]] = []
            problems: list[str] = []
            for present in plan.present if update else ():
                current = self.get(present.match.person.id)
                draft = updated_draft(current, present.row)
                problems += [f"line {present.row.line}: {p}" for p in draft.problems()]
                if draft != current.as_draft():
                    changes.append((current.id, draft))
            if problems:
                raise ValidationError(problems)
            added = self.add_many(row.draft for row in plan.new)
            updated = [self.update(person_id, draft) for person_id, draft in changes]
        return ImportOutcome(added, updated, plan.present, plan.repeated)

    def known_people(self) -> list[KnownPerson]:
        """Everyone, archived people too, with just what recognising them takes."""
        found = self.db.execute(
            "SELECT id, name, team, email, start_date, employee_number FROM employee"
        ).fetchall()
        return [KnownPerson(i, n, t, e, rows.to_day(s), number) for i, n, t, e, s, number in found]

    def get(self, employee_id: str) -> Employee:
        row = self.one(
            "SELECT * FROM employee WHERE id = ?", [employee_id], "employee", employee_id
        )
        return rows.employee(row)

    def resolve(self, id_or_prefix: str) -> Employee:
        """An employee by full id or by a unique start of it, as people copy ids from lists."""
        return rows.employee(self.by_id_or_prefix("employee", id_or_prefix))

    def find(self, *, include_archived: bool = False, team: str | None = None) -> list[Employee]:
        sql = (
            "SELECT * FROM employee WHERE (? OR archived = 0) AND (? IS NULL OR team = ?)"
            " ORDER BY sort_name, id"
        )
        return [rows.employee(row) for row in self.rows(sql, [include_archived, team, team])]

    def listing(self, *, include_archived: bool = False) -> list[EmployeeEntry]:
        """The employee list's lines, in name order: five columns, no full records."""
        # Two queries: with "archived = 0" the rows come in index order, without a sort.
        where = "" if include_archived else " WHERE archived = 0"
        found = self.db.execute(
            f"SELECT id, name, team, role, archived FROM employee{where} ORDER BY sort_name, id"
        ).fetchall()
        return [EmployeeEntry(i, n, t, r, bool(a)) for i, n, t, r, a in found]

    def ended_before(self, day: date) -> list[Employee]:
        """People whose end date lies before ``day`` (archived or not), in name order."""
        sql = (
            "SELECT * FROM employee WHERE end_date IS NOT NULL AND end_date < ?"
            " ORDER BY sort_name, id"
        )
        return [rows.employee(row) for row in self.rows(sql, [day.isoformat()])]

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM employee").fetchone()[0])

    def teams(self) -> list[str]:
        found = self.db.execute(
            "SELECT DISTINCT team FROM employee WHERE team != '' AND archived = 0"
        ).fetchall()
        return sorted((row[0] for row in found), key=name_sort_key)

    def update(self, employee_id: str, draft: EmployeeDraft) -> Employee:
        """Replace the editable fields; a changed growth phase is recorded with today's date."""
        problems = draft.problems()
        if problems:
            raise ValidationError(problems)
        with self.transaction():
            current = self.get(employee_id)
            if draft.growth_phase is not current.growth_phase:
                self._record_phase(employee_id, draft.growth_phase, self.clock().date(), "")
            self.db.execute(
                "UPDATE employee SET name = ?, sort_name = ?, team = ?, role = ?, email = ?,"
                " start_date = ?, end_date = ?, growth_phase = ?, employee_number = ?,"
                " updated_at = ? WHERE id = ?",
                [
                    draft.name.strip(),
                    name_sort_key(draft.name.strip()),
                    draft.team.strip(),
                    draft.role.strip(),
                    _optional(draft.email),
                    rows.day_text(draft.start_date),
                    rows.day_text(draft.end_date),
                    draft.growth_phase.value,
                    _optional(draft.employee_number),
                    self.now_text(),
                    employee_id,
                ],
            )
        return self.get(employee_id)

    def set_archived(
        self, employee_id: str, archived: bool, end_date: date | None = None
    ) -> Employee:
        """Archive someone who left, on ``end_date`` (default today), or bring them back.

        The end date says until when they were in service (``domain.talks.in_service``).
        Brought back, an end date that has passed goes; one still to come stays.
        """
        today = self.clock().date()
        with self.transaction():
            person = self.get(employee_id)
            if archived:
                end: date | None = end_date or today
                draft = dataclasses.replace(person.as_draft(), end_date=end)
                if problems := draft.problems():
                    raise ValidationError(problems)
            else:
                end = person.end_date if person.end_date and person.end_date > today else None
            self.db.execute(
                "UPDATE employee SET archived = ?, end_date = ?, updated_at = ? WHERE id = ?",
                [int(archived), rows.day_text(end), self.now_text(), employee_id],
            )
        return self.get(employee_id)

    def set_growth_phase(
        self, employee_id: str, phase: GrowthPhase, changed_on: date, note: str = ""
    ) -> Employee:
        with self.transaction():
            self.get(employee_id)
            self._record_phase(employee_id, phase, changed_on, note)
            self.db.execute(
                "UPDATE employee SET growth_phase = ?, updated_at = ? WHERE id = ?",
                [phase.value, self.now_text(), employee_id],
            )
        return self.get(employee_id)

    def _record_phase(self, employee_id: str, phase: GrowthPhase, on: date, note: str) -> None:
        self.db.table("growth_phase_change").insert(
            {
                "id": rows.new_id(),
                "employee_id": employee_id,
                "phase": phase.value,
                "changed_on": on.isoformat(),
                "note": note,
            }
        )

    def phase_history(self, employee_id: str) -> list[PhaseChange]:
        """The person's growth phases, oldest first, each from the day it was recorded."""
        found = self.rows(
            "SELECT changed_on, phase, note FROM growth_phase_change WHERE employee_id = ?"
            " ORDER BY changed_on, rowid",
            [employee_id],
        )
        return [rows.phase_change(row) for row in found]

    def delete(self, employee_id: str) -> None:
        """Remove the person and, through ON DELETE CASCADE, everything about them."""
        with self.transaction():
            self.get(employee_id)
            self.db.execute("DELETE FROM employee WHERE id = ?", [employee_id])

    def add_demo(
        self,
        decks: Iterable[Deck],
        employees: int,
        *,
        progress: Callable[[int, int], bool] | None = None,
    ) -> DemoSummary:
        """Fictional people with a history, marked as demo (``leercoach.store.demo``)."""
        # Imported here: the demo builder imports this module, and is rarely needed.
        from leercoach.store.demo import build_demo

        return build_demo(self.db, decks, employees, progress=progress)

    def remove_demo(self) -> int:
        """Delete every demo person with all that is theirs; their words leave the index too.

        One DELETE, and ON DELETE CASCADE does the rest. It runs as its own transaction,
        not inside BEGIN: within a transaction SQLite first copies every page a statement
        changes to a temporary statement journal, so that the one statement can be undone
        on its own, and this cascade changes nearly every page of a large demo file. With
        a bulk cache its pages stay in memory until the commit instead of spilling into the
        WAL. 10 000 demo people in a file of 1 GB: 59 s before, about 15 s less for each of
        the two (the child lookups of the cascade all use an index; secure_delete and the
        search triggers cost little). Inside a caller's transaction it joins that one.
        """
        with bulk_cache(self.db):
            removed = int(self.db.execute("DELETE FROM employee WHERE is_demo = 1").rowcount)
            if removed:
                # Demo people are not purged one by one (migration 0003): merge once, so
                # their words do not linger in the index segments, nor leave merge work
                # for the next autosaves.
                optimize(self.db)
        return removed

    def has_demo(self) -> bool:
        return (
            self.db.execute("SELECT 1 FROM employee WHERE is_demo = 1 LIMIT 1").fetchone()
            is not None
        )
