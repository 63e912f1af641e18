"""An open action followed up from the person view: its status, due date and owner change
at any time, each entering its history; what was agreed is edited only while it may be
(``domain.action.agreement_editable``), else corrected by a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from leercoach.domain import Action, ActionEvent, ActionStatus
from leercoach.domain.action import ActionEventKind, parse_owner
from leercoach.ui import words
from leercoach.ui.conversation.action_dialog import ActionDialog


class FollowUpDialog(ActionDialog):
    def __init__(
        self,
        action: Action,
        history: list[ActionEvent],
        *,
        agreement_editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(action, parent)
        self.setWindowTitle(self.tr("Follow up an action"))
        self.agreement_editable = agreement_editable
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(words.action_status(status), status.value)
        self.status.setCurrentIndex(list(ActionStatus).index(action.status))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional: why, or a correction of what was agreed"))
        self.history = QListWidget()
        self.history.setObjectName("actionHistory")
        self.history.addItems([self._line(event) for event in history])
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(120)
        self.form.insertRow(2, self.tr("&Status"), self.status)
        self.form.addRow(self.tr("&Note"), self.note)
        self.form.addRow(self.tr("History"), self.history)
        if not agreement_editable:
            for text in (self.what, self.measure):
                text.setReadOnly(True)
            self.learning.setEnabled(False)
            self.kept = QLabel(
                self.tr(
                    "What was agreed stays as agreed once a conversation has recorded it. "
                    "Add a note to correct it."
                )
            )
            self.kept.setWordWrap(True)
            self.form.insertRow(1, "", self.kept)
        self.status.setFocus()

    def chosen_status(self) -> ActionStatus:
        return ActionStatus(self.status.currentData())

    def _line(self, event: ActionEvent) -> str:
        """One step of the history, dated, in words."""
        when = words.short_date(event.at)
        if event.kind is ActionEventKind.AGREED:
            step = self.tr("agreed")
        elif event.kind is ActionEventKind.STATUS:
            step = (
                self.tr("status: %1 → %2")
                .replace("%1", words.action_status(event.from_status or event.to_status))
                .replace("%2", words.action_status(event.to_status))
            )
        elif event.kind is ActionEventKind.DUE_DATE:
            step = (
                self.tr("by when: %1 → %2")
                .replace("%1", _day(event.from_value))
                .replace("%2", _day(event.to_value))
            )
        elif event.kind is ActionEventKind.OWNER:
            step = (
                self.tr("who: %1 → %2")
                .replace("%1", _owner(event.from_value))
                .replace("%2", _owner(event.to_value))
            )
        else:
            step = self.tr("note")
        parts = [when, step, event.note] if event.note else [when, step]
        return "  ·  ".join(parts)


def _day(value: str | None) -> str:
    return words.short_date(date.fromisoformat(value)) if value else "—"


def _owner(value: str | None) -> str:
    return words.owner(*parse_owner(value)) if value else "—"
