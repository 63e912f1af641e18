"""The people a manager coaches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from leercoach.domain.talks import TalkPlan
from leercoach.domain.text import (
    FIRST_YEAR,
    LAST_YEAR,
    is_email_address,
    is_plausible_date,
    problem,
    required_text_problem,
    unsafe_text_problem,
)
from leercoach.language import _


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
    employee_number: str | None = None

    def problems(self) -> list[str]:
        """What keeps this draft from being stored, one sentence per field; [] when it can be."""
        found = [
            problem
            for problem in (
                required_text_problem("name", self.name, _("a name is required"))
                or unsafe_text_problem("name", self.name),
                unsafe_text_problem("team", self.team),
                unsafe_text_problem("role", self.role),
                unsafe_text_problem("employee_number", self.employee_number or ""),
                self._email_problem(),
                self._date_problem("start_date", self.start_date),
                self._date_problem("end_date", self.end_date),
            )
            if problem
        ]
        if self.start_date and self.end_date and self.end_date < self.start_date:
            found.append(
                problem(
                    "end_date",
                    _(
                        "{end} lies before the start date {start}",
                        end=self.end_date.isoformat(),
                        start=self.start_date.isoformat(),
                    ),
                )
            )
        return found

    def _email_problem(self) -> str | None:
        if self.email is None or not self.email.strip():
            return None
        unsafe = unsafe_text_problem("email", self.email)
        if unsafe:
            return unsafe
        if not is_email_address(self.email):
            return problem(
                "email",
                _(
                    "{text} is not an e-mail address (name@example.org)",
                    text=repr(self.email.strip()),
                ),
            )
        return None

    @staticmethod
    def _date_problem(field: str, day: date | None) -> str | None:
        if day is None or is_plausible_date(day):
            return None
        return problem(
            field,
            _(
                "{day} lies outside the years {first} to {last}; is the year right?",
                day=day.isoformat(),
                first=FIRST_YEAR,
                last=LAST_YEAR,
            ),
        )


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
    employee_number: str | None = None
    talk_plan: TalkPlan = field(default_factory=TalkPlan)
    """The manager's plan for talks with them: a rhythm, a planned date, a deck."""

    def as_draft(self) -> EmployeeDraft:
        """The editable fields as they are now: the start of an edit."""
        return EmployeeDraft(
            name=self.name,
            team=self.team,
            role=self.role,
            email=self.email,
            start_date=self.start_date,
            end_date=self.end_date,
            growth_phase=self.growth_phase,
            employee_number=self.employee_number,
        )

    def started_recently(self, today: date, days: int = 92) -> bool:
        return self.start_date is not None and 0 <= (today - self.start_date).days <= days


class PhaseChange(NamedTuple):
    """A step in someone's growth (starter → bekwaam → expert → mentor): from that day on."""

    changed_on: date
    phase: GrowthPhase
    note: str


class EmployeeEntry(NamedTuple):
    """One line of the employee list: what it shows and filters on, nothing more.

    A tuple, so ten thousand of them are made from query rows in milliseconds.
    """

    id: str
    name: str
    team: str
    role: str
    archived: bool
