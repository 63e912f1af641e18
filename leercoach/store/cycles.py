"""Growth cycles per employee and the SMART goals in them."""

from __future__ import annotations

from datetime import date

from leercoach.domain import CyclePhase, Goal, GoalStatus, GrowthCycle
from leercoach.domain.growth import Period, pick_cycle
from leercoach.domain.text import required_text_problem
from leercoach.language import _
from leercoach.store import rows
from leercoach.store.base import Repository
from leercoach.store.errors import ValidationError


class Cycles(Repository):
    def add(self, employee_id: str, period_start: date, period_end: date) -> GrowthCycle:
        if period_end < period_start:
            raise ValidationError(
                [
                    _(
                        "period_end: {end} lies before {start}",
                        end=period_end.isoformat(),
                        start=period_start.isoformat(),
                    )
                ]
            )
        now = self.now_text()
        record = {
            "id": rows.new_id(),
            "employee_id": employee_id,
            "period_start": period_start.isoformat(),
            "period_end": period_end.isoformat(),
            "phase": CyclePhase.PLANNEN.value,
            "created_at": now,
            "updated_at": now,
        }
        with self.transaction() as db:
            db.table("growth_cycle").insert(record)
        return rows.cycle(record)

    def get(self, cycle_id: str) -> GrowthCycle:
        row = self.one(
            "SELECT * FROM growth_cycle WHERE id = ?", [cycle_id], "growth cycle", cycle_id
        )
        return rows.cycle(row)

    def for_employee(self, employee_id: str) -> list[GrowthCycle]:
        found = self.rows(
            "SELECT * FROM growth_cycle WHERE employee_id = ? ORDER BY period_start DESC",
            [employee_id],
        )
        return [rows.cycle(row) for row in found]

    def covering(self, employee_id: str, day: date) -> GrowthCycle | None:
        found = self.rows(
            "SELECT * FROM growth_cycle WHERE employee_id = ? AND period_start <= ?"
            " AND period_end >= ? ORDER BY period_start DESC LIMIT 1",
            [employee_id, day.isoformat(), day.isoformat()],
        )
        return rows.cycle(found[0]) if found else None

    def of_period(self, employee_id: str, period: Period) -> GrowthCycle | None:
        """The cycle a period's overview shows (``pick_cycle``), if the person has one."""
        found = self.rows(
            "SELECT * FROM growth_cycle WHERE employee_id = ? AND period_start <= ?"
            " AND period_end >= ?",
            [employee_id, period.end.isoformat(), period.start.isoformat()],
        )
        return pick_cycle((rows.cycle(row) for row in found), period)

    def start_for(self, employee_id: str, period: Period) -> GrowthCycle:
        """The period's cycle, started (spanning the period) when there is none yet."""
        with self.transaction():
            return self.of_period(employee_id, period) or self.add(
                employee_id, period.start, period.end
            )

    def set_phase(self, cycle_id: str, phase: CyclePhase) -> GrowthCycle:
        with self.transaction():
            self.get(cycle_id)
            self.db.execute(
                "UPDATE growth_cycle SET phase = ?, updated_at = ? WHERE id = ?",
                [CyclePhase(phase).value, self.now_text(), cycle_id],
            )
        return self.get(cycle_id)

    def add_goal(
        self,
        cycle_id: str,
        title: str,
        *,
        specific: str = "",
        measurable: str = "",
        acceptable: str = "",
        realistic: str = "",
        time_bound: str = "",
        due_date: date | None = None,
        status: GoalStatus = GoalStatus.OPEN,
    ) -> Goal:
        problem = required_text_problem("title", title, _("a goal needs a title"))
        if problem:
            raise ValidationError([problem])
        now = self.now_text()
        record = {
            "id": rows.new_id(),
            "cycle_id": cycle_id,
            "title": title.strip(),
            "specific": specific.strip(),
            "measurable": measurable.strip(),
            "acceptable": acceptable.strip(),
            "realistic": realistic.strip(),
            "time_bound": time_bound.strip(),
            "due_date": rows.day_text(due_date),
            "status": GoalStatus(status).value,
            "created_at": now,
            "updated_at": now,
        }
        with self.transaction() as db:
            db.table("goal").insert(record)
        return rows.goal(record)

    def add_goal_for_period(
        self,
        employee_id: str,
        period: Period,
        title: str,
        *,
        due_date: date | None = None,
        status: GoalStatus = GoalStatus.OPEN,
        **smart: str,
    ) -> Goal:
        """A goal in the period's cycle, which starts with it when it is the first: one
        transaction, so a goal the store refuses leaves no empty cycle behind."""
        with self.transaction():
            cycle = self.start_for(employee_id, period)
            return self.add_goal(cycle.id, title, due_date=due_date, status=status, **smart)

    def goal(self, goal_id: str) -> Goal:
        return rows.goal(self.one("SELECT * FROM goal WHERE id = ?", [goal_id], "goal", goal_id))

    def goals(self, cycle_id: str) -> list[Goal]:
        found = self.rows(
            "SELECT * FROM goal WHERE cycle_id = ? ORDER BY created_at, rowid", [cycle_id]
        )
        return [rows.goal(row) for row in found]

    def update_goal(
        self,
        goal_id: str,
        title: str,
        *,
        specific: str = "",
        measurable: str = "",
        acceptable: str = "",
        realistic: str = "",
        time_bound: str = "",
        due_date: date | None = None,
        status: GoalStatus = GoalStatus.OPEN,
    ) -> Goal:
        problem = required_text_problem("title", title, _("a goal needs a title"))
        if problem:
            raise ValidationError([problem])
        with self.transaction():
            self.goal(goal_id)
            self.db.execute(
                "UPDATE goal SET title = ?, specific = ?, measurable = ?, acceptable = ?,"
                " realistic = ?, time_bound = ?, due_date = ?, status = ?, updated_at = ?"
                " WHERE id = ?",
                [
                    title.strip(),
                    specific.strip(),
                    measurable.strip(),
                    acceptable.strip(),
                    realistic.strip(),
                    time_bound.strip(),
                    rows.day_text(due_date),
                    GoalStatus(status).value,
                    self.now_text(),
                    goal_id,
                ],
            )
        return self.goal(goal_id)

    def set_goal_status(self, goal_id: str, status: GoalStatus) -> Goal:
        with self.transaction():
            self.goal(goal_id)
            self.db.execute(
                "UPDATE goal SET status = ?, updated_at = ? WHERE id = ?",
                [GoalStatus(status).value, self.now_text(), goal_id],
            )
        return self.goal(goal_id)
