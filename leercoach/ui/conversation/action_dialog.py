"""An agreed action, SMART: what, who, by when, and how we will know it worked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from leercoach.domain import Action, ActionOwner, LearningForm
from leercoach.ui import words
from leercoach.ui.date_field import DateField, dates_are_readable
from leercoach.ui.forms import lay_out_form, problem_label


class ActionDialog(QDialog):
    def __init__(
        self,
        action: Action | None = None,
        parent: QWidget | None = None,
        *,
        ask_learning_form: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(520)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setPlaceholderText(self.tr("What will be done, as concretely as possible"))
        self.what.setFixedHeight(80)
        self.owner = QComboBox()
        for owner in ActionOwner:
            self.owner.addItem(words.owner(owner), owner.value)
        self.owner_name = QLineEdit()
        self.owner_name.setPlaceholderText(self.tr("and a name if you like: Pieter, de buddy"))
        self.owner_name.setAccessibleName(self.tr("Name of who does it"))
        who = QWidget()
        who.setFocusProxy(self.owner)  # the label's shortcut goes to the role
        who_layout = QHBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.owner)
        who_layout.addWidget(self.owner_name, 1)
        self.due = DateField()
        self.due.set_value(date.today() + timedelta(days=30))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("What will we see or hear when it has worked?"))
        self.problem = problem_label()
        self.form = form = QFormLayout()
        form.addRow(self.tr("&What"), self.what)
        form.addRow(self.tr("W&ho"), who)
        form.addRow(self.tr("&By when"), self.due)
        form.addRow(self.tr("How will we &know"), self.measure)
        self.learning = QComboBox()
        self.learning.addItem(self.tr("(not given)"), None)
        for learning_form in LearningForm:
            self.learning.addItem(words.learning_form(learning_form), learning_form.value)
        if ask_learning_form or (action is not None and action.learning_form is not None):
            form.addRow(self.tr("How it is &learned"), self.learning)
        else:
            self.learning.hide()
        lay_out_form(self, form, self.problem)
        if action is not None:
            self.what.setPlainText(action.what)
            self.owner.setCurrentIndex(list(ActionOwner).index(action.owner))
            self.owner_name.setText(action.owner_name)
            self.due.set_value(action.due_date)
            self.measure.setText(action.success_measure)
            if action.learning_form is not None:
                self.learning.setCurrentIndex(self.learning.findData(action.learning_form.value))
        self.what.setFocus()

    def values(self) -> tuple[str, ActionOwner, date | None, str]:
        return (
            self.what.toPlainText().strip(),
            ActionOwner(self.owner.currentData()),
            self.due.value(),
            self.measure.text().strip(),
        )

    def named_owner(self) -> str:
        """The person named with the role, if any ("Pieter, de buddy")."""
        return self.owner_name.text().strip()

    def learning_form(self) -> LearningForm | None:
        value = self.learning.currentData()
        return LearningForm(value) if value else None

    def accept(self) -> None:
        if not dates_are_readable(self):
            return
        if not self.what.toPlainText().strip():
            self.problem.setText(self.tr("Describe what will be done."))
            self.problem.show()
            self.what.setFocus()
            return
        super().accept()
