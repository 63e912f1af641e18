"""A SMART goal: each letter its own field, so none is forgotten; the employee's own words."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from leercoach.domain import Goal, GoalStatus
from leercoach.domain.growth import Period
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.date_field import DateField, dates_are_readable
from leercoach.ui.forms import lay_out_form, problem_label


class GoalDialog(QDialog):
    def __init__(
        self, goal: Goal | None = None, parent: QWidget | None = None, period: Period | None = None
    ) -> None:
        super().__init__(parent)
        self.period = period
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self.setMinimumWidth(560)
        hint = QLabel(self.tr("Let the employee formulate the goal; write it down in their words."))
        hint.setWordWrap(True)
        keep_styled(hint, lambda c: f"color: {c.muted.name()};")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What do you want to be able to do?"))
        self.parts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Goal"), self.title)
        prompts = {
            "specific": (self.tr("&Specific"), self.tr("What exactly, where, with whom?")),
            "measurable": (self.tr("&Measurable"), self.tr("How will we see that it worked?")),
            "acceptable": (self.tr("&Acceptable"), self.tr("Why does it matter to you?")),
            "realistic": (self.tr("&Realistic"), self.tr("Is it feasible, with which help?")),
            "time_bound": (self.tr("&Time-bound"), self.tr("By when?")),
        }
        for key, (label, placeholder) in prompts.items():
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(placeholder)
            editor.setFixedHeight(52)
            self.parts[key] = editor
            form.addRow(label, editor)
        self.due = DateField()
        form.addRow(self.tr("Target &date"), self.due)
        # A warning, not a refusal: a goal may knowingly run on into the next cycle.
        self.after_cycle = QLabel()
        self.after_cycle.setWordWrap(True)
        self.after_cycle.hide()
        form.addRow("", self.after_cycle)
        self.due.valueChanged.connect(self._check_due)
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem(words.goal_status(status), status.value)
        form.addRow(self.tr("Stat&us"), self.status)
        self.problem = problem_label()
        lay_out_form(self, hint, form, self.problem)
        if goal is not None:
            self.title.setText(goal.title)
            for key, editor in self.parts.items():
                editor.setPlainText(getattr(goal, key))
            self.due.set_value(goal.due_date)
            self.status.setCurrentIndex(list(GoalStatus).index(goal.status))
        self.title.setFocus()

    def _check_due(self) -> None:
        if self.period is None or not self.period.after_end(self.due_date()):
            self.after_cycle.hide()
            return
        warning = self.tr("Note: due after the cycle ends (%1), so not evaluated in this cycle.")
        self.after_cycle.setText(warning.replace("%1", words.long_date(self.period.end)))
        self.after_cycle.show()

    def smart(self) -> dict[str, str]:
        return {key: editor.toPlainText().strip() for key, editor in self.parts.items()}

    def due_date(self) -> date | None:
        return self.due.value()

    def goal_status(self) -> GoalStatus:
        return GoalStatus(self.status.currentData())

    def accept(self) -> None:
        if not dates_are_readable(self):
            return
        if not self.title.text().strip():
            self.problem.setText(self.tr("Give the goal a short title."))
            self.problem.show()
            self.title.setFocus()
            return
        super().accept()
