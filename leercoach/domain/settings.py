"""What the manager sets once for the whole file: their name, when a cycle starts, retention,
what the app opens on.

Stored as text, one row per field, keyed by the field's name (``leercoach.store``). A
stored value that is not a valid one (edited by hand, written by an older version) is
read as the default: a setting never keeps the app from starting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

DEFAULT_RETENTION_MONTHS = 24
RETENTION_MONTHS_RANGE = range(1, 241)
MONTHS = range(1, 13)
REGIONS = ("nl_BE", "nl_NL")  # how Dutch writes dates and a few words: Belgium, Netherlands


@dataclass(frozen=True)
class Settings:
    manager_name: str = ""
    """Printed on growth-cycle summaries."""
    cycle_start_month: int = 1
    """A growth cycle runs from the first of this month for a year."""
    retention_months: int = DEFAULT_RETENTION_MONTHS
    """People who left longer ago than this are offered for erasure at start (GDPR)."""
    region: str = REGIONS[0]
    """Dutch as written in Belgium (5/03/2026, "tegen") or the Netherlands (05-03-2026)."""
    week_at_start: bool = True
    """Open on "Deze week" (whom to talk to, what is due) instead of the people list."""
    notify_at_start: bool = False
    """One desktop notification at start-up of what is due this week (the system tray)."""

    def problems(self) -> list[str]:
        found = []
        if self.cycle_start_month not in MONTHS:
            found.append(f"cycle_start_month: {self.cycle_start_month} is not a month (1-12)")
        if self.retention_months not in RETENTION_MONTHS_RANGE:
            found.append(
                f"retention_months: {self.retention_months} is not between "
                f"{RETENTION_MONTHS_RANGE.start} and {RETENTION_MONTHS_RANGE.stop - 1}"
            )
        if self.region not in REGIONS:
            found.append(f"region: {self.region} is not one of {', '.join(REGIONS)}")
        return found

    def texts(self) -> dict[str, str]:
        """Each field as the text it is stored as, by its name."""
        return {field.name: _text(getattr(self, field.name)) for field in fields(self)}

    @classmethod
    def from_texts(cls, stored: Mapping[str, str]) -> Settings:
        """The settings from stored texts; a missing or invalid value is the default."""
        default = cls()
        name = stored.get("manager_name", default.manager_name).strip()
        month = _number(stored.get("cycle_start_month"), MONTHS, default.cycle_start_month)
        months = _number(
            stored.get("retention_months"), RETENTION_MONTHS_RANGE, default.retention_months
        )
        region = stored.get("region", default.region).strip()
        return cls(
            manager_name=name,
            cycle_start_month=month,
            retention_months=months,
            region=region if region in REGIONS else default.region,
            week_at_start=_flag(stored.get("week_at_start"), default.week_at_start),
            notify_at_start=_flag(stored.get("notify_at_start"), default.notify_at_start),
        )


KEYS = tuple(field.name for field in fields(Settings))


def _number(text: str | None, allowed: range, default: int) -> int:
    value = (text or "").strip()
    return int(value) if value.isdigit() and int(value) in allowed else default


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _flag(text: str | None, default: bool) -> bool:
    value = (text or "").strip()
    return value == "1" if value in ("0", "1") else default
