"""Shared summary, the manager's private note (hidden until asked), and this talk's actions."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.ui.colours import keep_styled
from leercoach.ui.conversation.actions_model import ConversationActionsModel


class NotesPanel(QWidget):
    summaryChanged = Signal(str)
    privateChanged = Signal(str)
    addActionRequested = Signal()
    editActionRequested = Signal(int)
    deleteActionRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(260)
        summary_label = QLabel(self.tr("Shared summary"))
        summary_label.setStyleSheet("font-weight: 600;")
        summary_hint = QLabel(self.tr("What you both agree on; it is printed."))
        keep_styled(summary_hint, lambda c: f"color: {c.muted.name()};")
        summary_hint.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("sharedSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.textChanged.connect(lambda: self.summaryChanged.emit(self.summary_text()))
        summary_label.setBuddy(self.summary)

        self.private_toggle = QToolButton()
        self.private_toggle.setObjectName("privateToggle")
        self.private_toggle.setCheckable(True)
        self.private_toggle.setText(self.tr("Show private note"))
        # Not the button's own shortcut: each setText on a button replaces its shortcut
        # with the text's mnemonic, so after the first toggle the keys did nothing.
        self.private_shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        self.private_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.private_shortcut.activated.connect(self.private_toggle.toggle)
        self.private_toggle.setToolTip(
            self.tr(
                "Only for you, never printed unless you ask for it when exporting (Ctrl+Shift+P)"
            )
        )
        self.private = QPlainTextEdit()
        self.private.setObjectName("privateNote")
        self.private.setTabChangesFocus(True)
        keep_styled(self.private, lambda c: f"background: {c.private_fill.name()};")
        self.private.setPlaceholderText(self.tr("Private note for the manager"))
        self.private.setAccessibleName(self.tr("Private note for the manager"))
        self.private.hide()
        self.private.textChanged.connect(lambda: self.privateChanged.emit(self.private_text()))
        self.private_toggle.toggled.connect(self._toggle_private)
        # Once the window has been out of focus this long (seconds, by this clock) the note
        # hides again: someone else may be at the screen by then. The wall clock, so a
        # laptop that slept in between counts as away; both can be set (tests do).
        self.away_limit = 5 * 60.0
        self.clock = time.time
        self._away_since: float | None = None
        self._away_timer = QTimer(self)
        self._away_timer.setSingleShot(True)
        self._away_timer.timeout.connect(self.hide_private)
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.focusWindowChanged.connect(self._focus_moved)

        actions_label = QLabel(self.tr("Actions agreed in this conversation"))
        actions_label.setStyleSheet("font-weight: 600;")
        self.actions_model = ConversationActionsModel(self)
        self.actions_view = QListView()
        actions_label.setBuddy(self.actions_view)
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setWordWrap(True)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.activated.connect(
            lambda index: self.editActionRequested.emit(index.row())
        )
        self.add_action = QPushButton(self.tr("+ &Action"))
        self.add_action.setToolTip(self.tr("Agree on an action (Ctrl+Shift+A)"))
        self.add_action.clicked.connect(self.addActionRequested)
        self.delete_action = QPushButton(self.tr("Delete"))
        self.delete_action.clicked.connect(self._delete_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(summary_label)
        layout.addWidget(summary_hint)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.private_toggle)
        layout.addWidget(self.private, 1)
        layout.addWidget(actions_label)
        layout.addWidget(self.actions_view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_action)
        layout.addLayout(buttons)

    def summary_text(self) -> str:
        return self.summary.toPlainText()

    def private_text(self) -> str:
        return self.private.toPlainText()

    def set_texts(self, summary: str, private: str) -> None:
        for editor, text in ((self.summary, summary), (self.private, private)):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)

    def _toggle_private(self, shown: bool) -> None:
        if not shown and self.private.hasFocus():
            self.private_toggle.setFocus()  # not on to whatever widget happens to be next
        self.private.setVisible(shown)
        self.private_toggle.setText(
            self.tr("Hide private note") if shown else self.tr("Show private note")
        )
        if shown:
            self.private.setFocus()

    def hide_private(self) -> None:
        self.private_toggle.setChecked(False)

    def _focus_moved(self, focused: QWindow | None) -> None:
        here = focused is not None and self._belongs_here(focused)
        if not here and self._away_since is None:
            self._away_since = self.clock()
            self._away_timer.start(round(self.away_limit * 1000))
        elif here and self._away_since is not None:
            # The timer hides the note while away; this covers time it did not run (asleep).
            if self.clock() - self._away_since > self.away_limit:
                self.hide_private()
            self._away_since = None
            self._away_timer.stop()

    def _belongs_here(self, focused: QWindow | None) -> bool:
        """The focus is in this window or in one of its dialogs, menus or pop-ups."""
        own = self.window().windowHandle()
        while focused is not None:
            if focused == own:
                return True
            focused = focused.transientParent()
        return False

    def set_read_only(self, read_only: bool) -> None:
        self.summary.setReadOnly(read_only)
        self.private.setReadOnly(read_only)
        self.add_action.setEnabled(not read_only)
        self.delete_action.setEnabled(not read_only)

    def _delete_current(self) -> None:
        row = self.actions_view.currentIndex().row()
        if row >= 0:
            self.deleteActionRequested.emit(row)
