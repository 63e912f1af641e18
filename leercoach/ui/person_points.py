"""The person view's talking points: either side's topics for the next talk.

"Zoë wil het over thuiswerk hebben": added at any time, shown as the first step of the
next conversation, removed while still open (offered back on the undo bar).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import Employee
from leercoach.domain.talking_point import MAX_LENGTH, PointBy, TalkingPoint, text_problems
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.conversation.undo_bar import UndoBar
from leercoach.ui.rows_model import RowsModel, muted_brush
from leercoach.ui.session import Session
from leercoach.vocabulary import capitalised, label


def point_text(point: TalkingPoint) -> str:
    """'Thuiswerk — medewerker · 2 dec.': the topic, who raised it, when; and, once
    discussed, that it was (in words, not by colour)."""
    who = capitalised(label(point.by))
    line = f"{point.text}  —  {who} · {words.short_date(point.added_at)}"
    if not point.is_open:
        line += " · " + label(point.status)
    return line


class PointsModel(RowsModel[TalkingPoint]):
    def cell(self, item: TalkingPoint, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return point_text(item)
        if role == Qt.ItemDataRole.ForegroundRole and not item.is_open:
            return muted_brush()
        return None


class AddPointDialog(QDialog):
    """The topic and who wants to talk about it."""

    def __init__(self, employee: Employee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a talking point"))
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_LENGTH)
        self.text.setPlaceholderText(self.tr("e.g. working from home"))
        self.by = QComboBox()
        for by in (PointBy.MEDEWERKER, PointBy.LEIDINGGEVENDE):
            self.by.addItem(capitalised(label(by)), by.value)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        keep_styled(self.problem, lambda c: f"color: {c.warning.name()};")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), self.text)
        form.addRow(self.tr("&Who wants to discuss it:"), self.by)
        hint = QLabel(
            self.tr("It comes back as the first step of the next conversation with %1.").replace(
                "%1", employee.name
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        problems = text_problems(self.text.text())
        if problems:
            self.problem.setText(problems[0])
            self.problem.show()
            self.text.setFocus()
            return
        super().accept()

    def chosen(self) -> tuple[str, PointBy]:
        return self.text.text().strip(), PointBy(self.by.currentData())


class PersonPoints(QWidget):
    """The list "Talking points" with its buttons; refilled by the person view."""

    def __init__(self, session: Session, undo_bar: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_bar = undo_bar
        self.employee: Employee | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.model = PointsModel(self)
        self.view = QListView()
        self.view.setObjectName("talkingPoints")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.heading.setBuddy(self.view)
        self.add_button = QPushButton(self.tr("Add a &topic…"))
        self.add_button.setToolTip(self.tr("Something either of you wants to discuss next time"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove an open topic (Delete)"))
        self.remove_button.clicked.connect(self.remove)
        self.view.selectionModel().currentChanged.connect(self._enable)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove)
        title = QHBoxLayout()
        title.addWidget(self.heading, 1)
        title.addWidget(self.remove_button)
        title.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addWidget(self.view)

    def show_employee(self, employee: Employee | None) -> None:
        self.employee = employee
        points = self.session.points.for_employee(employee.id) if employee else []
        # The open ones first (what the next talk brings up), then what was discussed.
        points.sort(key=lambda p: not p.is_open)
        self.model.set_rows(points)
        still_open = sum(1 for p in points if p.is_open)
        self.heading.setText(self.tr("Talking points (%1 open)").replace("%1", str(still_open)))
        self.add_button.setEnabled(employee is not None and not employee.archived)
        self._enable()

    def _chosen(self) -> TalkingPoint | None:
        row = self.view.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _enable(self) -> None:
        chosen = self._chosen()
        self.remove_button.setEnabled(chosen is not None and chosen.removable)

    def add(self) -> None:
        employee = self.employee
        if employee is None:
            return
        dialog = AddPointDialog(employee, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, by = dialog.chosen()
        self.session.points.add(employee.id, text, by)

    def remove(self) -> None:
        chosen = self._chosen()
        if chosen is None or not chosen.removable:
            return
        removed = self.session.points.remove(chosen)

        def undo() -> None:
            self.session.points.restore(removed)

        self.undo_bar.offer(
            QCoreApplication.translate("PersonPoints", "Talking point removed."), undo
        )
