"""``session.reports``: growth-cycle summaries as PDF, one person's or a team's; the record
of one talk for the employee; the coach's feedforward prep sheet.

reportlab loads with the first PDF (``leercoach.reports`` is lazy), not at start.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain import Conversation, Deck, Employee
from leercoach.domain.growth import Period
from leercoach.ui.session.changes import StoreOp
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.reports import BatchResult, RenderedPdf
    from leercoach.reports.talk_record import Refusal
    from leercoach.store import Store
    from leercoach.targets import Target
    from leercoach.ui.jobs import Progress


class Reports(Service):
    def people(self, *, team: str | None = None) -> list[Employee]:
        """Current (not archived) employees, of one team or all, sorted by name."""
        return self.store.reporting.employees(team=team)

    def check_targets(self, targets: Iterable[Target], *, new_folders: bool = False) -> list[Path]:
        """Where an export would write, checked against this database and leercoach's own
        files (``leercoach.targets``): TargetRefusedError, or the files it would replace."""
        from leercoach.targets import check_targets

        return check_targets(targets, self.store.path, new_folders=new_folders)

    def growth_summary(
        self,
        employee_id: str,
        period: Period,
        path: Path,
        *,
        include_private_notes: bool = False,
        language: str = "nl",
    ) -> RenderedPdf:
        from leercoach.reports import export_growth_summary

        return export_growth_summary(
            self.store,
            employee_id,
            period,
            path,
            self.session.library,
            include_private_notes=include_private_notes,
            language=language,
        )

    def growth_plans(
        self,
        people: list[Employee],
        period: Period,
        target: Path,
        *,
        combined: bool,
        include_private_notes: bool,
        language: str,
    ) -> StoreOp[BatchResult]:
        """HR's export: one PDF per person in the folder ``target``, or one combined file."""
        library = self.session.library  # loaded here, on the UI thread

        def work(store: Store, progress: Progress) -> BatchResult:
            from leercoach.reports import export_growth_plans
            from leercoach.ui.jobs import JobCancelledError

            result = export_growth_plans(
                store,
                people,
                period,
                target,
                library,
                combined=combined,
                include_private_notes=include_private_notes,
                language=language,
                progress=progress,
            )
            if result.cancelled:
                raise JobCancelledError
            return result

        return StoreOp(work)

    def talk_record_refusal(self, conversation: Conversation) -> Refusal | None:
        """Why this conversation has no record for the employee (a draft, the manager's own
        deck); None when it has one. Asks without loading reportlab."""
        from leercoach.reports.talk_record import refusal

        return refusal(conversation)

    def talk_record_file_name(self, conversation: Conversation, language: str) -> str:
        """'Zoë Peeters - verslag 2026-03-05.pdf': the person and the talk's date."""
        from leercoach.reports.talk_record import held_on, record_file_name

        assert conversation.employee_id is not None  # a talk is held with someone
        name = self.store.employees.get(conversation.employee_id).name
        return record_file_name(name, held_on(conversation), language)

    def talk_record(self, conversation_id: str, path: Path, *, language: str) -> RenderedPdf:
        """The record of one completed talk for the employee, never its private note."""
        from leercoach.reports import export_talk_record

        return export_talk_record(
            self.store, conversation_id, path, self.session.library, language=language
        )

    def feedforward_file_name(self, employee: Employee, language: str) -> str:
        """'Zoë Peeters - feedforward voorbereiding 2026-03-05.pdf': the person and today."""
        from leercoach.reports.feedforward_words import sheet_file_name

        return sheet_file_name(employee.name, date.today(), language)

    def feedforward_sheet(self, employee_id: str, path: Path, *, language: str) -> RenderedPdf:
        """The coach's prep sheet for a feedforward talk with this person, drawn from their
        history (``reports.feedforward_sheet``)."""
        from leercoach.reports.feedforward_sheet import export_feedforward_sheet

        return export_feedforward_sheet(
            self.store, employee_id, path, self.session.library, language=language
        )

    def preparation_deck(self, language: str) -> Deck | None:
        """The deck that keeps the coach's own preparation (kind feedforward), in
        ``language`` where there is one."""
        from leercoach.domain.feedforward_notes import preparation_deck

        return preparation_deck(self.session.library.decks.values(), language)
