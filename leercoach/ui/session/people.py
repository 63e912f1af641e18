"""``session.people``: the employees, their list, imports and the demo data."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain import Employee, EmployeeDraft, EmployeeEntry, PhaseChange
from leercoach.domain.people import KnownPerson
from leercoach.domain.talks import NextTalk, TalkPlan
from leercoach.store import ImportOutcome, NotFoundError, Store
from leercoach.ui.session.changes import Changes, StoreOp
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from leercoach.store import DemoSummary
    from leercoach.ui.jobs import Progress

DEMO_EMPLOYEES = 12
EVERYONE = Changes(people=True, everyone=True)


class People(Service):
    # reads ---------------------------------------------------------------
    def listing(self, *, include_archived: bool = False) -> list[EmployeeEntry]:
        return self.store.employees.listing(include_archived=include_archived)

    def teams(self) -> list[str]:
        return self.store.employees.teams()

    def count(self) -> int:
        return self.store.employees.count()

    def has_demo(self) -> bool:
        return self.store.employees.has_demo()

    def known(self) -> list[KnownPerson]:
        """Everyone stored, to warn while typing someone who may already be there."""
        return self.store.employees.known_people()

    def get(self, employee_id: str) -> Employee:
        return self.store.employees.get(employee_id)

    def lookup(self, employee_id: str) -> Employee | None:
        """The person, or None when they were erased or removed in the meantime."""
        try:
            return self.store.employees.get(employee_id)
        except NotFoundError:
            return None

    def phase_history(self, employee_id: str) -> list[PhaseChange]:
        return self.store.employees.phase_history(employee_id)

    def next_talks(
        self, today: date, employee_ids: Iterable[str] | None = None
    ) -> dict[str, NextTalk]:
        """Where each person (everyone, or those asked) stands in the rhythm of talks: the
        dates the people list shows. Its ``next_deck`` is the deck held last or set (the
        decks are not parsed for the list); ``next_talk`` gives the one that follows."""
        return self.store.talk_plans.next_talks(today, employee_ids)

    def next_talk(self, employee_id: str, today: date) -> NextTalk:
        """Where the person stands, the deck of their next talk following the decks'
        ``suggest_after`` (after a plangesprek the opvolggesprek)."""
        return self.store.talk_plans.next_talk(
            employee_id, today, self.session.library.follow_ups()
        )

    def read_next_talks(
        self, today: date, owner: QObject, done: Callable[[dict[str, NextTalk]], None]
    ) -> None:
        """``next_talks`` for everyone, read off the UI thread (a second on 10 000 people):
        ``done`` gets them on the UI thread, unless ``owner`` is gone by then."""
        from leercoach.ui.background_read import read_in_background

        read_in_background(
            self.store, lambda store: store.talk_plans.next_talks(today), owner, done
        )

    # writes --------------------------------------------------------------
    def add(self, draft: EmployeeDraft) -> Employee:
        employee = self.store.employees.add(draft)
        self.changed(Changes.of(employee.id, people=True, details=True))
        return employee

    def update(self, employee_id: str, draft: EmployeeDraft) -> Employee:
        employee = self.store.employees.update(employee_id, draft)
        self.changed(Changes.of(employee_id, people=True, details=True))
        return employee

    def set_archived(
        self, employee_id: str, archived: bool, end_date: date | None = None
    ) -> Employee:
        """Archive someone, in service until ``end_date`` (default today), or bring them back."""
        employee = self.store.employees.set_archived(employee_id, archived, end_date)
        self.changed(Changes.of(employee_id, people=True, details=True))
        return employee

    def set_plan(self, employee_id: str, plan: TalkPlan) -> Employee:
        """Keep the manager's plan for talks with someone: rhythm, next date, deck."""
        self.store.talk_plans.set_plan(employee_id, plan)
        self.changed(Changes.of(employee_id, details=True))
        return self.store.employees.get(employee_id)

    # long work, off the UI thread (ui.operations.run_op) ---------------------
    def import_csv(self, path: Path) -> StoreOp[ImportOutcome]:
        """Read a CSV (``CsvImportError`` when it has problems) and add who is new; those
        already present are skipped, not doubled (``leercoach.domain.people``)."""

        def work(store: Store, progress: Progress) -> ImportOutcome:
            from leercoach.csvimport import read_employees_csv

            return store.employees.import_rows(read_employees_csv(path).rows)

        return StoreOp(work, Changes(people=True), cancellable=False)

    def add_demo(self, employees: int = DEMO_EMPLOYEES) -> StoreOp[DemoSummary]:
        decks = list(self.session.library.decks.values())  # parsed here, on the UI thread

        def work(store: Store, progress: Progress) -> DemoSummary:
            return store.employees.add_demo(decks, employees, progress=progress)

        return StoreOp(work, Changes(people=True))

    def remove_demo(self) -> StoreOp[int]:
        """Every demo person and all that is theirs; one statement, so no Cancel."""
        return StoreOp(lambda store, progress: store.employees.remove_demo(), EVERYONE, False)
