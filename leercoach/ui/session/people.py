"""``session.people``: the employees, their list, imports and the demo data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain import Employee, EmployeeDraft, EmployeeEntry, PhaseChange
from leercoach.domain.people import KnownPerson
from leercoach.store import ImportOutcome, NotFoundError, Store
from leercoach.ui.session.changes import Changes, StoreOp
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
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

    # writes --------------------------------------------------------------
    def add(self, draft: EmployeeDraft) -> Employee:
        employee = self.store.employees.add(draft)
        self.changed(Changes.of(employee.id, people=True, details=True))
        return employee

    def update(self, employee_id: str, draft: EmployeeDraft) -> Employee:
        employee = self.store.employees.update(employee_id, draft)
        self.changed(Changes.of(employee_id, people=True, details=True))
        return employee

    def set_archived(self, employee_id: str, archived: bool) -> Employee:
        employee = self.store.employees.set_archived(employee_id, archived)
        self.changed(Changes.of(employee_id, people=True, details=True))
        return employee

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
