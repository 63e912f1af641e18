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


def _all(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return store.employees.rows(sql, params)


def export_person(store: Store, employee_id: str, now: datetime | None = None) -> dict[str, Any]:
    """Everything stored about one person, as plain JSON-ready data."""
    person = store.employees.get(employee_id)
    conversations = _all(
        store, "SELECT * FROM conversation WHERE employee_id = ? ORDER BY started_at", [person.id]
    )
    ids = [c["id"] for c in conversations]
    marks = ", ".join("?" for _ in ids)
    answers = (
        _all(
            store, f"SELECT * FROM answer WHERE conversation_id IN ({marks}) ORDER BY position", ids
        )
        if ids
        else []
    )
    events = (
        _all(
            store,
            f"SELECT * FROM conversation_event WHERE conversation_id IN ({marks}) ORDER BY at",
            ids,
        )
        if ids
        else []
    )
    for conversation in conversations:
        conversation["answers"] = [
            {k: v for k, v in a.items() if k != "conversation_id"}
            for a in answers
            if a["conversation_id"] == conversation["id"]
        ]
        conversation["events"] = [
            {k: v for k, v in e.items() if k not in ("conversation_id", "id")}
            for e in events
            if e["conversation_id"] == conversation["id"]
        ]
    actions = _all(
        store, "SELECT * FROM action WHERE employee_id = ? ORDER BY created_at", [person.id]
    )
    history = _all(
        store,
        "SELECT e.* FROM action_event e JOIN action a ON a.id = e.action_id"
        " WHERE a.employee_id = ? ORDER BY e.at",
        [person.id],
    )
    for action in actions:
        action["history"] = [
            {k: v for k, v in e.items() if k not in ("action_id", "id")}
            for e in history
            if e["action_id"] == action["id"]
        ]
    cycles = _all(
        store, "SELECT * FROM growth_cycle WHERE employee_id = ? ORDER BY period_start", [person.id]
    )
    for cycle in cycles:
        cycle["goals"] = _all(
            store, "SELECT * FROM goal WHERE cycle_id = ? ORDER BY created_at", [cycle["id"]]
        )
    employee = _all(store, "SELECT * FROM employee WHERE id = ?", [person.id])[0]
    employee["archived"] = bool(employee["archived"])
    employee["is_demo"] = bool(employee["is_demo"])
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_at": rows.stamp_text(now or store.clock()),
        "exported_by": f"leercoach {__version__}",
        "employee": employee,
        "growth_phase_history": _all(
            store,
            "SELECT phase, changed_on, note FROM growth_phase_change"
            " WHERE employee_id = ? ORDER BY changed_on",
            [person.id],
        ),
        "conversations": conversations,
        "actions": actions,
        "growth_cycles": cycles,
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
