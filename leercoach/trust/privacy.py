"""The rights of the people in the database (GDPR/AVG): access, erasure, storage limits.

Access (Art. 15): ``export_person`` gathers every row about one person, the
manager's private notes included, in the documented format of
``docs/person-export.md``. Erasure (Art. 17) is ``leercoach.trust.erasure``. Storage
limitation (Art. 5(1)(e)): ``past_retention`` lists people whose end date lies beyond
the retention period.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from leercoach import __version__
from leercoach.domain import Employee
from leercoach.domain.settings import DEFAULT_RETENTION_MONTHS
from leercoach.files import write_private_text
from leercoach.jsontext import to_json
from leercoach.store import rows
from leercoach.store.store import Store

EXPORT_FORMAT = "leercoach-person-export"
EXPORT_VERSION = 1


def export_person(store: Store, employee_id: str, now: datetime | None = None) -> dict[str, Any]:
    """Everything stored about one person, as plain JSON-ready data."""
    found = store.person_rows.of(employee_id)
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_at": rows.stamp_text(now or store.clock()),
        "exported_by": f"leercoach {__version__}",
        **found,
    }


def write_person_export(store: Store, employee_id: str, path: Path) -> Path:
    """``export_person`` as a JSON file only its owner can read: it is personal data."""
    write_private_text(path, to_json(export_person(store, employee_id)) + "\n")
    return path


def past_retention(
    store: Store, today: date, months: int = DEFAULT_RETENTION_MONTHS
) -> list[Employee]:
    """People who left more than ``months`` ago: candidates for erasure, never erased here."""
    return store.employees.ended_before(_months_before(today, months))


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    # The 31st of a shorter month becomes its last day.
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, min(day.day, 28))
