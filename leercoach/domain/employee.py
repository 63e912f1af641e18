"""The people a manager coaches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from leercoach.domain.text import required_text_problem


class GrowthPhase(StrEnum):
    """Where someone stands in their role (002 §7.4): from starter to mentor of others."""

    STARTER = "starter"
    BEKWAAM = "bekwaam"
    EXPERT = "expert"
    MENTOR = "mentor"


@dataclass(frozen=True)
class EmployeeDraft:
    """What a user types to add someone; validated before it reaches the store."""

    name: str
    team: str = ""
    role: str = ""
    email: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    growth_phase: GrowthPhase = GrowthPhase.STARTER

    def problems(self) -> list[str]:
        found: list[str] = []
        name_problem = required_text_problem("name", self.name, "a name is required")
        if name_problem:
            found.append(name_problem)
        if self.email is not None and self.email.strip() and "@" not in self.email:
            found.append(f"email: {self.email!r} is not an e-mail address")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            found.append(
                f"end_date: {self.end_date.isoformat()} lies before the start date "
                f"{self.start_date.isoformat()}"
            )
        return found


@dataclass(frozen=True)
class Employee:
    id: str
    name: str
    team: str
    role: str
    email: str | None
    start_date: date | None
    end_date: date | None
    growth_phase: GrowthPhase
    archived: bool
    is_demo: bool
    created_at: datetime
    updated_at: datetime

    def started_recently(self, today: date, days: int = 92) -> bool:
        return self.start_date is not None and 0 <= (today - self.start_date).days <= days

    def is_leaving(self) -> bool:
        return self.end_date is not None


class EmployeeEntry(NamedTuple):
    """One line of the employee list: what it shows and filters on, nothing more.

    A tuple, so ten thousand of them are made from query rows in milliseconds.
    """

    id: str
    name: str
    team: str
    role: str
    archived: bool
