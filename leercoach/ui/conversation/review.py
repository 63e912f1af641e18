"""First step of a talk, when there are earlier actions: each marked or left open, with a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from leercoach.domain import Action, ActionStatus
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.conversation.row_stack import stack_of_rows


class ActionReviewRow(QFrame):
    statusChosen = Signal(Action, ActionStatus, str)

    def __init__(self, action: Action, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(action.what)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        late = action.is_overdue(today)
        meta_text = words.owner(action.owner, action.owner_name)
        if action.due_date is not None:
            meta_text = (
                self.tr("%1 · by %2")
                .replace("%1", meta_text)
                .replace("%2", words.short_date(action.due_date))
            )
        meta = QLabel(meta_text + (self.tr(" · overdue") if late else ""))
        if late:
            keep_styled(meta, lambda c: f"color: {c.overdue.name()}; font-weight: 600;")
        measure = QLabel(
            self.tr("How we will know: %1").replace("%1", action.success_measure)
            if action.success_measure
            else ""
        )
        measure.setWordWrap(True)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(words.action_status(status), status.value)
        self.status.setCurrentIndex(list(ActionStatus).index(action.status))
        self.status.setAccessibleName(self.tr("Status of %1").replace("%1", action.what))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note on %1").replace("%1", action.what))
        self.note.setPlaceholderText(self.tr("Note (optional): what happened?"))
        self.status.activated.connect(self._emit)
        self.note.editingFinished.connect(self._note_done)
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(meta, 1, 0, 1, 2)
        grid.addWidget(measure, 2, 0, 1, 2)
        grid.addWidget(self.status, 3, 0)
        grid.addWidget(self.note, 3, 1)
        grid.setColumnStretch(1, 1)

    def _emit(self) -> None:
        self.statusChosen.emit(
            self.action, ActionStatus(self.status.currentData()), self.note.text().strip()
        )

    def _note_done(self) -> None:
        if self.note.text().strip() and self.note.isModified():
            self.note.setModified(False)
            self._emit()


class ReviewStep(QWidget):
    """Open actions carry over until closed, however many talks are skipped."""

    statusChosen = Signal(Action, ActionStatus, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Open actions from earlier conversations"))
        self.hint = QLabel(
            self.tr(
                "Go through them together: mark what is in progress, done or dropped, or "
                "leave it open. Open actions come back next time."
            )
        )
        self.rows_layout = stack_of_rows(self, self.heading, self.hint)
        self.rows: list[ActionReviewRow] = []
        self.reviewed: list[Action] = []

    def set_actions(self, actions: list[Action], today: date, read_only: bool) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        self.reviewed = list(actions)
        for action in actions:
            row = ActionReviewRow(action, today)
            row.setEnabled(not read_only)
            row.statusChosen.connect(self.statusChosen)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
