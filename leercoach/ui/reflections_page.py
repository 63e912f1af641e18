"""'Mijn reflecties': the manager's own records, in a place of their own.

The records of decks whose audience is the manager (``Audience.MANAGER``): a preparation
for a talk with someone (shown with that person's name) and a self-check about no one
("—"), newest first. They are never among the employee's talks in what they or HR
receive; here the manager finds them back, opens one on the conversation page, and
starts a new reflection about no one (``Deck.about_no_one``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import Conversation
from leercoach.store import Reflection
from leercoach.ui import words
from leercoach.ui.rows_model import ID_ROLE, RowsModel, muted_brush
from leercoach.ui.session import Changes, Session

NO_ONE = "—"
"""The person column of a record about no one."""


class ReflectionsModel(RowsModel[Reflection]):
    STARTED, DECK, ABOUT, STATUS = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("ReflectionsModel", "Started"),
        QT_TRANSLATE_NOOP("ReflectionsModel", "Deck"),
        QT_TRANSLATE_NOOP("ReflectionsModel", "About"),
        QT_TRANSLATE_NOOP("ReflectionsModel", "Status"),
    )

    def cell(self, item: Reflection, column: int, role: int) -> Any:
        talk = item.conversation
        if role == ID_ROLE:
            return talk.id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ABOUT:
            return muted_brush() if item.employee_name is None else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.ABOUT:
            if item.employee_name is None:
                return self.tr("about no one")
            return item.employee_name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.STARTED:
            return words.short_date(talk.started_at)
        if column == self.DECK:
            return talk.deck_title
        if column == self.ABOUT:
            return item.employee_name or NO_ONE
        return words.conversation_status(talk.status)


class ReflectionsPage(QWidget):
    closed = Signal()
    opened = Signal(Conversation)
    """A record chosen, or a new one started: the window opens it on the conversation page."""

    def __init__(self, session: Session, language: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reflectionsPage")
        self.session = session
        self.language = language
        self._stale = True
        back = QPushButton(self.tr("← Back to the people"))
        back.clicked.connect(self.closed)
        title = QLabel(self.tr("My reflections"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.new_button = QPushButton(self.tr("New reflection…"))
        self.new_button.clicked.connect(self.new_reflection)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(title, 1)
        header.addWidget(self.new_button)
        self.hint = QLabel(
            self.tr(
                "Your own records: preparations for a talk and reflections on your "
                "coaching. They are not part of what an employee or HR receives."
            )
        )
        self.hint.setWordWrap(True)

        self.model = ReflectionsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("My reflections, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heading.setSectionResizeMode(ReflectionsModel.DECK, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)  # Enter, as well as a double click
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("No reflections yet."))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.closed)
        session.changed.connect(self._on_changed)

    def refresh(self) -> None:
        rows = self.session.talks.reflections()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.new_button.setEnabled(bool(self.session.talks.reflection_decks()))
        self._stale = False

    def _on_changed(self, changes: Changes) -> None:
        # A preparation's person renamed or erased shows here too.
        if not (changes.reflections or changes.people or changes.everyone or changes.details):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.table.setFocus()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.row(index.row()).conversation)

    def new_reflection(self) -> Conversation | None:
        """Choose a deck about no one and start it; the new draft is opened."""
        from leercoach.ui.deck_picker import DeckPickerDialog

        picker = DeckPickerDialog(self.session.library, None, self.language, self)
        if picker.exec() != DeckPickerDialog.DialogCode.Accepted:
            return None
        deck = picker.chosen_deck()
        if deck is None:
            return None
        started = self.session.talks.start(None, deck)
        self.opened.emit(started)
        return started
