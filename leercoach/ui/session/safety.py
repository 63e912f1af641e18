"""``session.safety``: backups, tidying up, and the people's rights (GDPR).

The work itself is the trust package's (``leercoach.trust``), which loads its modules
when a name is first used: none of it is needed before the window shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach import trust
from leercoach.domain import Employee
from leercoach.ui.session.changes import Changes, StoreOp
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.store import Store
    from leercoach.trust import Backup, ErasureReport
    from leercoach.ui.jobs import Progress

ERASED = Changes(people=True, everyone=True)


class Safety(Service):
    def backup_if_changed(
        self, folder: Path | None = None, *, own_connection: bool = False
    ) -> Backup | None:
        """A verified backup when something changed since the newest one. A worker thread
        asks for ``own_connection``: SQLite connections are not shared between threads."""
        folder = folder or trust.default_backups_dir()
        if not own_connection:
            return trust.backup_if_changed(self.store, folder)
        with self.store.sibling() as reader:
            return trust.backup_if_changed(reader, folder)

    def tidy_after_start(self) -> list[Path]:
        """Remove what a killed backup or restore left: full copies of the data."""
        return trust.tidy_after_start(self.store.path)

    def past_retention(self, today: date) -> list[Employee]:
        """People who left longer ago than the retention period (the settings)."""
        months = self.session.read_settings().retention_months
        return trust.past_retention(self.store, today, months)

    def erase(
        self, employee_ids: Sequence[str], backups: Path | None = None, *, include_backups: bool
    ) -> StoreOp[ErasureReport]:
        """Erase people for good from the database and the copies leercoach made; the
        report says what was reached, and every file that was not, with why."""
        ids = list(employee_ids)

        def work(store: Store, progress: Progress) -> ErasureReport:
            return trust.erase_people(
                store, ids, backups, include_backups=include_backups, progress=progress
            )

        # No Cancel: an erasure stopped halfway would leave copies that still hold them.
        return StoreOp(work, ERASED, cancellable=False)

    def export_person_data(
        self, employee_id: str, json_path: Path, pdf_path: Path, *, language: str
    ) -> None:
        """Everything stored about a person, private notes included (GDPR, right of
        access): the JSON export and this year's growth summary beside it."""
        trust.write_person_export(self.store, employee_id, json_path)
        self.session.reports.growth_summary(
            employee_id,
            self.session.growth.period_for_year(date.today().year),
            pdf_path,
            include_private_notes=True,
            language=language,
        )
