"""Add or edit a person: a name is required, dates must make sense."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from leercoach.domain import Employee, EmployeeDraft, GrowthPhase
from leercoach.domain.people import KnownPerson, PeopleIndex
from leercoach.domain.text import (
    describe_character,
    is_email_address,
    unsafe_character,
)
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.date_field import DateField, dates_are_readable
from leercoach.ui.forms import lay_out_form, problem_label


class EmployeeDialog(QDialog):
    def __init__(
        self,
        teams: list[str],
        employee: Employee | None = None,
        parent: QWidget | None = None,
        *,
        known: Iterable[KnownPerson] = (),
    ) -> None:
        """``known``: everyone already stored, to warn while typing someone who may be
        one of them (leercoach.domain.people); saving stays possible."""
        super().__init__(parent)
        self._people = PeopleIndex(known)
        self._editing = employee.id if employee else None
        self.setWindowTitle(self.tr("Edit employee") if employee else self.tr("New employee"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.team = QComboBox()
        self.team.setEditable(True)
        self.team.addItems(teams)
        self.team.setCurrentText("")
        self.role = QLineEdit()
        self.email = QLineEdit()
        self.number = QLineEdit()
        self.start = DateField()
        self.end = DateField()
        self.phase = QComboBox()
        for phase in GrowthPhase:
            self.phase.addItem(words.growth_phase(phase), phase.value)
        self.problems = problem_label()
        self.duplicate = QLabel()
        self.duplicate.setObjectName("likelyDuplicate")
        keep_styled(self.duplicate, lambda c: f"color: {c.warning.name()};")
        self.duplicate.setWordWrap(True)
        self.duplicate.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("Employee n&umber"), self.number)
        form.addRow(self.tr("&Start date"), self.start)
        form.addRow(self.tr("E&nd date"), self.end)
        form.addRow(self.tr("&Growth phase"), self.phase)
        lay_out_form(self, form, self.duplicate, self.problems)
        if employee is not None:
            self.name.setText(employee.name)
            self.team.setCurrentText(employee.team)
            self.role.setText(employee.role)
            self.email.setText(employee.email or "")
            self.number.setText(employee.employee_number or "")
            self.start.set_value(employee.start_date)
            self.end.set_value(employee.end_date)
            self.phase.setCurrentIndex(list(GrowthPhase).index(employee.growth_phase))
        for edited in (self.name, self.email, self.number):
            edited.textChanged.connect(self.warn_about_duplicate)
        self.start.valueChanged.connect(self.warn_about_duplicate)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def warn_about_duplicate(self) -> None:
        """Name the person this may already be, while typing; saving stays possible."""
        found = self._people.find(self.draft(), besides=self._editing)
        if found is None:
            self.duplicate.hide()
            return
        self.duplicate.setText(
            words.fill(
                self.tr(
                    "Possibly already present: %1 (%2). Check before saving; you can still save."
                ),
                words.known_person(found.person),
                words.match_reason(found.reason),
            )
        )
        self.duplicate.show()

    def draft(self) -> EmployeeDraft:
        return EmployeeDraft(
            name=self.name.text(),
            team=self.team.currentText(),
            role=self.role.text(),
            email=self.email.text() or None,
            start_date=self.start.value(),
            end_date=self.end.value(),
            growth_phase=GrowthPhase(self.phase.currentData()),
            employee_number=self.number.text() or None,
        )

    def validation_problems(self) -> list[str]:
        """The domain's rules (EmployeeDraft.problems), said in the user's language."""
        draft = self.draft()
        found = []
        if not draft.name.strip():
            found.append(self.tr("A name is required."))
        for label, text in (
            (self.tr("Name"), draft.name),
            (self.tr("Team"), draft.team),
            (self.tr("Role"), draft.role),
            (self.tr("E-mail"), draft.email or ""),
            (self.tr("Employee number"), draft.employee_number or ""),
        ):
            character = unsafe_character(text)
            if character is not None:
                found.append(
                    words.fill(
                        self.tr("%1 contains an invisible or control character (%2); remove it."),
                        label,
                        describe_character(character),
                    )
                )
        if draft.email and draft.email.strip() and not is_email_address(draft.email):
            found.append(self.tr("The e-mail address is not valid."))
        if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
            found.append(self.tr("The end date lies before the start date."))
        # A rule this dialog does not word yet still keeps the draft from the store.
        return found or draft.problems()

    def accept(self) -> None:
        if not dates_are_readable(self):
            return
        found = self.validation_problems()
        if found:
            self.problems.setText("\n".join(found))
            self.problems.show()
            return
        super().accept()
