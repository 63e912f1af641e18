"""Archiving someone who left: until when they were in service (default today).

The end date decides in which years they count (``domain.talks.in_service``), so it is
asked, not assumed; it cannot lie before their start date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from leercoach.domain import Employee
from leercoach.ui import words
from leercoach.ui.date_field import DateField, dates_are_readable
from leercoach.ui.forms import Button, lay_out_form, problem_label


class ArchiveDialog(QDialog):
    def __init__(
        self, employee: Employee, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.employee = employee
        self.setWindowTitle(self.tr("Archive employee"))
        self.setMinimumWidth(480)
        text = QLabel(
            words.fill(
                self.tr(
                    "Archive %1? Their history is kept; archived people are hidden from the "
                    "list unless you tick “Show archived employees”."
                ),
                employee.name,
            )
        )
        text.setWordWrap(True)
        self.end = DateField()
        self.end.set_value(today or date.today())
        form = QFormLayout()
        form.addRow(self.tr("In service &until"), self.end)
        self.problem = problem_label()
        lay_out_form(self, text, form, self.problem, ok=Button.Ok, ok_text=self.tr("&Archive"))
        self.end.setFocus()

    def end_date(self) -> date | None:
        return self.end.value()

    def accept(self) -> None:
        if not dates_are_readable(self):
            return
        end, start = self.end.value(), self.employee.start_date
        if end is None:
            self._refuse(self.tr("Type the last day in service."))
            return
        if start is not None and end < start:
            self._refuse(
                words.fill(
                    self.tr("The end date lies before the start date (%1): check the date."),
                    words.long_date(start),
                )
            )
            return
        super().accept()

    def _refuse(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
        self.end.setFocus()
