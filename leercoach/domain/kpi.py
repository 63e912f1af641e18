"""Development KPIs (003, 002 §9.3): how much time and attention a manager gives to growth.

The figures of one calendar year, with the keys ``leercoach kpi --json`` prints. The store
counts (``KpiCounts``, bulk SQL built from the rules here and in ``domain/talks.py``);
this module turns the counts into figures: the reference date, the shares and the
per-employee figures, rounded half-up to two decimals. ``docs/kpi.md`` says it in words.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from leercoach import language as languages
from leercoach.domain.action import ActionStatus, LearningForm
from leercoach.domain.cycle import GoalStatus
from leercoach.domain.deck import DeckKind
from leercoach.domain.talks import NextTalk
from leercoach.language import _, catalogue
from leercoach.vocabulary import NP_

# A training ("opleiding") is followed up when a talk of the transfer deck is held within
# this many weeks after the action was closed. 003 asks for that talk but names no
# period: eight weeks is leercoach's choice.
TRANSFER_WINDOW = timedelta(weeks=8)
TRANSFER_KIND = DeckKind.TRANSFER
TRAINING = LearningForm.OPLEIDING
CLOSED = ActionStatus.KLAAR
DROPPED_ACTION = ActionStatus.GESCHRAPT
REACHED_GOAL = GoalStatus.BEHAALD
DROPPED_GOAL = GoalStatus.LOSGELATEN
FIRST_YEAR = 1900
TWO_PLACES = Decimal("0.01")


def reference_date(year: int, today: date) -> date:
    """The day the year's figures are taken on: its last day, or today if that is earlier."""
    return min(date(year, 12, 31), today)


def year_problem(year: int, today: date) -> str | None:
    """Why ``year`` has no figures (a sentence), or None when it has."""
    if year > today.year:
        return _("{year} has not begun yet: give this year or an earlier one", year=year)
    if year < FIRST_YEAR:
        return _("{year} is not a year leercoach keeps talks of", year=year)
    return None


def rounded(part: int, whole: int) -> Decimal | None:
    """``part / whole`` rounded half-up to two decimals (0.125 is 0.13); None when whole is 0."""
    if whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def within_rhythm(standing: NextTalk, on: date) -> bool | None:
    """Whether someone is within their rhythm on ``on``: the next talk is not before it.
    None for someone without a rhythm (they do not count)."""
    if standing.rhythm is None:
        return None
    return not standing.is_overdue(on)


def closed_on_time(closed: date | None, due: date) -> bool:
    """An action was last set to klaar on or before its due date."""
    return closed is not None and closed <= due


def window_ended(closed: date, today: date) -> bool:
    """The transfer window of a training closed on ``closed`` is over: its last day is past."""
    return closed + TRANSFER_WINDOW < today


def followed_up(closed: date, transfer_talks: list[date]) -> bool:
    """A transfer talk was held on the day the training was closed or in the 8 weeks after."""
    return any(closed <= day <= closed + TRANSFER_WINDOW for day in transfer_talks)


@dataclass(frozen=True)
class KpiCounts:
    """What the store counts over the in-service employees of one year."""

    employees: int = 0
    talks: int = 0
    development_talks: int = 0
    employees_with_talk: int = 0
    with_rhythm: int = 0
    within_rhythm: int = 0
    actions_due: int = 0
    actions_closed_on_time: int = 0
    goals: int = 0
    goals_reached: int = 0
    trainings: int = 0
    """Trainings closed in the year whose transfer window has ended."""
    trainings_followed_up: int = 0


@dataclass(frozen=True)
class KpiFigures:
    """The development KPIs of a year; the field names are the JSON keys, in their order."""

    year: int
    period_start: date
    period_end: date
    reference_date: date
    employees: int
    talks: int
    talks_per_employee: Decimal | None
    development_talks_per_employee: Decimal | None
    employees_without_talk: int
    within_rhythm_share: Decimal | None
    actions_due: int
    actions_closed_on_time_share: Decimal | None
    goals: int
    goals_reached_share: Decimal | None
    trainings_followed_up_share: Decimal | None

    @classmethod
    def of(cls, year: int, today: date, counts: KpiCounts) -> KpiFigures:
        return cls(
            year=year,
            period_start=date(year, 1, 1),
            period_end=date(year, 12, 31),
            reference_date=reference_date(year, today),
            employees=counts.employees,
            talks=counts.talks,
            talks_per_employee=rounded(counts.talks, counts.employees),
            development_talks_per_employee=rounded(counts.development_talks, counts.employees),
            employees_without_talk=counts.employees - counts.employees_with_talk,
            within_rhythm_share=rounded(counts.within_rhythm, counts.with_rhythm),
            actions_due=counts.actions_due,
            actions_closed_on_time_share=rounded(counts.actions_closed_on_time, counts.actions_due),
            goals=counts.goals,
            goals_reached_share=rounded(counts.goals_reached, counts.goals),
            trainings_followed_up_share=rounded(counts.trainings_followed_up, counts.trainings),
        )

    def as_json(self) -> dict[str, object]:
        """The keys in order; dates ISO, decimals as JSON numbers (0.67), None as null."""
        out: dict[str, object] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(value)
            out[item.name] = value
        return out


# What is a share (shown as a percentage) and what a figure per employee.
SHARES = frozenset(
    {
        "within_rhythm_share",
        "actions_closed_on_time_share",
        "goals_reached_share",
        "trainings_followed_up_share",
    }
)
PER_EMPLOYEE = frozenset({"talks_per_employee", "development_talks_per_employee"})
# The figures a table shows (the year and its period are its heading), in this order.
_LABELS: dict[str, tuple[str, str]] = {
    "reference_date": NP_("kpi", "reference date"),
    "employees": NP_("kpi", "employees in service"),
    "talks": NP_("kpi", "talks"),
    "talks_per_employee": NP_("kpi", "talks per employee"),
    "development_talks_per_employee": NP_("kpi", "development talks per employee"),
    "employees_without_talk": NP_("kpi", "employees without a talk"),
    "within_rhythm_share": NP_("kpi", "within their rhythm"),
    "actions_due": NP_("kpi", "actions due"),
    "actions_closed_on_time_share": NP_("kpi", "actions done on time"),
    "goals": NP_("kpi", "goals"),
    "goals_reached_share": NP_("kpi", "goals reached"),
    "trainings_followed_up_share": NP_("kpi", "trainings followed by a transfer talk"),
}
SHOWN = tuple(_LABELS)
# A table's rows: the reference date goes with its heading.
ROWS = tuple(key for key in SHOWN if key != "reference_date")
_TITLE = NP_("kpi", "Development KPIs {year}")
_NOTHING = NP_("kpi", "-: nothing to count")


def kpi_title(year: int, language: str | None = None) -> str:
    """The heading of the figures: "Development KPIs 2026"."""
    return catalogue(language).pgettext(*_TITLE).format(year=year)


def nothing_note(language: str | None = None) -> str:
    """What a "-" in place of a figure means."""
    return catalogue(language).pgettext(*_NOTHING)


def figure_label(key: str, language: str | None = None) -> str:
    """The words for one figure in ``language`` (default: the current one)."""
    return catalogue(language).pgettext(*_LABELS[key])


def figure_text(figures: KpiFigures, key: str, language: str | None = None) -> str:
    """One figure as a person reads it: a share as a percentage ("67%"), a figure per
    employee with two decimals in the language's way ("1,50"), nothing counted as "-"."""
    value = getattr(figures, key)
    if value is None:
        return "-"
    if isinstance(value, date):
        return value.isoformat()
    comma = (language or languages.current()) == "nl"
    if key in SHARES:
        percent = (value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return f"{percent}%"
    if key in PER_EMPLOYEE:
        text = f"{value:.2f}"
        return text.replace(".", ",") if comma else text
    return str(value)
