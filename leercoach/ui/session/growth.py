"""``session.growth``: the growth cycle of a year, its phases and SMART goals."""

from __future__ import annotations

from datetime import date

from leercoach.decks.library import SOURCE_LANGUAGE
from leercoach.domain import CyclePhase, Employee, Goal, GoalStatus, GrowthCycle
from leercoach.domain.growth import CycleOverview, Period
from leercoach.domain.suggest import Suggestion, suggest_deck, talk_kind
from leercoach.ui.session.changes import Changes
from leercoach.ui.session.service import Service


class Growth(Service):
    def today(self) -> date:
        """Today by the store's clock: what is overdue or ends soon is judged by it."""
        return self.store.clock().date()

    def period_for_year(self, year: int) -> Period:
        """The cycle named after ``year``, from the month the settings say it starts."""
        return self.store.reporting.period_for_year(year)

    def overview(self, employee_id: str, year: int, today: date) -> CycleOverview:
        """The year's cycle as the growth tab shows it: phases, goals, what is missing."""
        period = self.period_for_year(year)
        return self.store.reporting.record(employee_id, period, self.session.library).overview(
            today
        )

    def running_period(self, today: date) -> Period:
        """The cycle period ``today`` falls in: this year's, or last year's when this
        year's cycle starts later in the year."""
        period = self.period_for_year(today.year)
        return period if period.contains(today) else self.period_for_year(today.year - 1)

    def suggestion(self, employee: Employee, language: str = SOURCE_LANGUAGE) -> Suggestion:
        """The deck that fits a new conversation today, given the cycle, today's talks and
        the loaded decks; one in ``language`` (the manager's) where there is a choice."""
        today = self.today()
        period = self.running_period(today)
        cycle = self.store.reporting.record(employee.id, period, self.session.library).overview(
            today
        )
        talks = self.session.talks
        held = {
            talk_kind(talk, talks.deck_for(talk))
            for talk in talks.for_employee(employee.id)
            if talk.started_at.date() == today
        }
        kinds = {kind for kind in held if kind}
        decks = self.session.library.decks.values()
        return suggest_deck(employee, today, cycle, kinds, decks, language)

    def start_cycle(self, employee_id: str, period: Period) -> GrowthCycle:
        """The period's cycle; started when the person has none for it yet."""
        cycle = self.store.cycles.start_for(employee_id, period)
        self.changed(Changes.of(employee_id, cycles=True))
        return cycle

    def set_phase(self, cycle: GrowthCycle, phase: CyclePhase) -> GrowthCycle:
        changed = self.store.cycles.set_phase(cycle.id, phase)
        self.changed(Changes.of(cycle.employee_id, cycles=True))
        return changed

    def save_goal(
        self,
        employee_id: str,
        period: Period,
        goal: Goal | None,
        title: str,
        smart: dict[str, str],
        due_date: date | None,
        status: GoalStatus,
    ) -> Goal:
        """A new goal goes into the period's cycle, which starts with its first goal
        (one transaction); an existing goal is changed where it is."""
        if goal is None:
            saved = self.store.cycles.add_goal_for_period(
                employee_id, period, title, due_date=due_date, status=status, **smart
            )
        else:
            saved = self.store.cycles.update_goal(
                goal.id, title, due_date=due_date, status=status, **smart
            )
        self.changed(Changes.of(employee_id, cycles=True))
        return saved
