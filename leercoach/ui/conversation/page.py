"""The conversation page: steps on the left, the card in the middle, notes on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leercoach.crash import CrashKind, classify
from leercoach.domain import Conversation, Deck, Employee
from leercoach.ui import words
from leercoach.ui.conversation.actions_flow import ActionsFlow
from leercoach.ui.conversation.autosave import Autosaver
from leercoach.ui.conversation.card_step import CardStep, StoredAnswerStep, answers_beyond
from leercoach.ui.conversation.card_steps import ExtraCards, add_card_steps
from leercoach.ui.conversation.notes_panel import NotesPanel
from leercoach.ui.conversation.points_step import PointsStep
from leercoach.ui.conversation.record_banner import RecordBanner
from leercoach.ui.conversation.review import ReviewStep
from leercoach.ui.conversation.save_indicator import SaveIndicator, may_leave, tell_not_finished
from leercoach.ui.conversation.skips import Skips
from leercoach.ui.conversation.steps_list import StepsList
from leercoach.ui.conversation.steps_model import POINTS, REVIEW, SUMMARY, StepsModel
from leercoach.ui.conversation.summary_step import SummaryStep
from leercoach.ui.conversation.undo_bar import UndoBar
from leercoach.ui.session import Session
from leercoach.ui.tab_order import follow_screen


class ConversationPage(QWidget):
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.conversation: Conversation | None = None
        self.deck: Deck | None = None
        self.employee: Employee | None = None
        self.read_only = True
        self.card_steps: dict[str, CardStep] = {}
        self.stored_steps: dict[str, StoredAnswerStep] = {}
        self.autosaver = Autosaver(self)

        self.back = QPushButton(self.tr("← Overview"))
        self.back.setToolTip(self.tr("Back to the overview; everything is already saved"))
        self.back.clicked.connect(self.leave)
        self.title = QLabel()
        self.title.setObjectName("conversationTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.saved_label = SaveIndicator(self.autosaver)
        session.saved.connect(self.saved_label.saved)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.saved_label)

        self.banner = RecordBanner(session)
        self.banner.reopenRequested.connect(self.reopen)
        self.undo_bar = UndoBar()
        self.agreed_actions = ActionsFlow(self)
        self.skips = Skips(self)

        self.steps_model = StepsModel(self)
        self.steps_view = StepsList()
        self.steps_view.setObjectName("stepsList")
        self.steps_view.setAccessibleName(self.tr("Steps of the conversation"))
        self.steps_view.setModel(self.steps_model)
        self.steps_view.selectionModel().currentChanged.connect(self._step_chosen)
        self.stack = QStackedWidget()
        self.points_step = PointsStep(session)
        self.review = ReviewStep()
        self.review.statusChosen.connect(self.agreed_actions.set_status)
        self.summary_step = SummaryStep()
        self.summary_step.finishRequested.connect(self.finish)
        self.notes = NotesPanel()
        self.notes.summaryChanged.connect(self._summary_changed)
        self.notes.privateChanged.connect(self._private_changed)
        self.notes.addActionRequested.connect(self.add_action)
        self.notes.editActionRequested.connect(self.agreed_actions.edit)
        self.notes.deleteActionRequested.connect(self.agreed_actions.delete)

        self.splitter = QSplitter()
        self.splitter.setObjectName("conversationSplitter")
        self.splitter.addWidget(self.steps_view)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.notes)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([220, 700, 330])

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setToolTip(self.tr("Previous card (Ctrl+Shift+Enter)"))
        self.previous_button.clicked.connect(self.previous)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Go on without an answer; you can come back"))
        self.skip_button.clicked.connect(self.skips.skip)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("Next card (Ctrl+Enter)"))
        self.next_button.clicked.connect(self.next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress_label)
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        self.extras = ExtraCards(self)
        self.extras.pulled.connect(self._pull_in)
        bottom.addWidget(self.extras.button)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.skips.band)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            ("Ctrl+Return", self.next),
            ("Ctrl+Enter", self.next),
            ("Ctrl+Shift+Return", self.previous),
            ("Ctrl+Shift+Enter", self.previous),
            ("Ctrl+J", self.steps_view.setFocus),
            ("Ctrl+Shift+A", self.add_action),
            ("Ctrl+Shift+S", self.notes.summary.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # opening ---------------------------------------------------------------
    def open(self, conversation: Conversation) -> None:
        self.flush()
        self.conversation = conversation
        self.deck = self.session.talks.deck_for(conversation)
        person = conversation.employee_id
        self.employee = None if person is None else self.session.people.get(person)
        self.read_only = conversation.is_completed or self.deck is None
        self.undo_bar.clear()
        # "Check-in with Zoë", or only the deck for a record about no one.
        held = "%1" if self.employee is None else self.tr("%1 with %2")
        held = held.replace("%2", self.employee.name if self.employee else "")
        day = words.short_date(conversation.started_at)
        self.title.setText(held.replace("%1", conversation.deck_title) + f"  ·  {day}")
        self.saved_label.clear()
        self._build_steps()
        self.notes.set_texts(conversation.shared_summary, conversation.private_note)
        self.notes.hide_private()
        self.notes.set_read_only(self.read_only)
        # A record about no one agrees no actions: an action is someone's.
        self.notes.add_action.setEnabled(not self.read_only and self.employee is not None)
        self.agreed_actions.refresh()
        self.banner.show_for(conversation, self.deck is not None)
        self.skip_button.setVisible(not self.read_only)
        # Talking points, then earlier actions first, when there are any (else row 0).
        start = conversation.current_card or POINTS
        if conversation.is_completed:
            start = SUMMARY
        row = self.steps_model.row_of(start)
        self.go_to(row if row >= 0 else 0)

    def _build_steps(self) -> None:
        assert self.conversation is not None
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
        for step in [*self.card_steps.values(), *self.stored_steps.values()]:
            step.deleteLater()
        self.card_steps, self.stored_steps = {}, {}
        answers = {a.card_id: a for a in self.session.talks.answers(self.conversation.id)}
        steps: list[tuple[str, str]] = []
        if self.points_step.load(self.conversation, self.read_only):
            steps.append((POINTS, self.tr("Talking points")))
            self.stack.addWidget(self.points_step)
        reviewed = self.session.actions.under_review(self.conversation)
        if reviewed:  # a step only when there is something to look back on
            steps.append((REVIEW, self.tr("Earlier actions")))
            self.stack.addWidget(self.review)
        self.review.set_actions(reviewed, date.today(), self.read_only)
        steps += add_card_steps(self, answers)
        # Answers to cards the deck does not have follow, read-only, as they were recorded.
        beyond = answers_beyond(self.deck, answers.values())
        for extra, answer in enumerate(beyond, start=len(self.card_steps) + 1):
            self.stored_steps[answer.card_id] = StoredAnswerStep(answer)
            self.stack.addWidget(self.stored_steps[answer.card_id])
            steps.append((answer.card_id, f"{extra}. {answer.question}"))
        steps.append((SUMMARY, self.tr("Summary and finish")))
        self.stack.addWidget(self.summary_step)
        answered = {card_id for card_id, a in answers.items() if a.is_answered}
        skipped = {card_id for card_id, a in answers.items() if a.skipped}
        self.steps_model.set_steps(steps, answered, skipped)
        # The steps are made after the notes and buttons: put Tab back in reading order.
        follow_screen(
            self.back, self.banner, self.undo_bar, self.skips.band, self.steps_view, self.stack,
            self.notes,
            self.extras.button, self.previous_button, self.skip_button, self.next_button,
        )  # fmt: skip

    def _pull_in(self, card_id: str) -> None:
        """An extra question pulled in: it joins the steps, in the deck's order."""
        self._build_steps()
        self.go_to(self.steps_model.row_of(card_id))

    # navigation ------------------------------------------------------------
    def current_row(self) -> int:
        return self.stack.currentIndex()

    def current_key(self) -> str:
        return self.steps_model.key(self.current_row())

    def show_step(self, key: str) -> bool:
        """Go to the step of a card id, or REVIEW / SUMMARY; False when there is none."""
        row = self.steps_model.row_of(key)
        if row >= 0:
            self.go_to(row)
        return row >= 0

    def go_to(self, row: int) -> None:
        if not 0 <= row < self.steps_model.rowCount():
            return
        self.flush()
        self.stack.setCurrentIndex(row)
        index = self.steps_model.index(row, 0)
        if self.steps_view.currentIndex() != index:
            self.steps_view.setCurrentIndex(index)
        key = self.steps_model.key(row)
        cards = len(self.card_steps) + len(self.stored_steps)
        first_card = sum(1 for k in (POINTS, REVIEW) if self.steps_model.row_of(k) >= 0)
        if key == POINTS:
            self.progress_label.setText(self.tr("Talking points"))
        elif key == REVIEW:
            self.progress_label.setText(self.tr("Earlier actions"))
        elif key == SUMMARY:
            self.progress_label.setText(self.tr("Summary"))
            self._show_summary()
        else:
            self.progress_label.setText(
                self.tr("Card %1 of %2")
                .replace("%1", str(row - first_card + 1))
                .replace("%2", str(cards))
            )
        self.progress.setMaximum(max(1, self.steps_model.rowCount() - 1))
        self.progress.setValue(row)
        self.previous_button.setEnabled(row > 0)
        last = row == self.steps_model.rowCount() - 1
        self.next_button.setEnabled(not last)
        self.skip_button.setEnabled(not last and key not in (POINTS, REVIEW))
        self.skips.show_for(key)
        if not self.read_only and self.conversation is not None:
            self.session.talks.set_current_card(self.conversation, key)
        step = self.card_steps.get(key)
        if step is not None and not self.read_only:
            step.editor.focus_editor()

    def _step_chosen(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() != self.current_row():
            self.go_to(index.row())

    def next(self) -> None:
        self.go_to(self.current_row() + 1)

    def previous(self) -> None:
        self.go_to(self.current_row() - 1)

    def _show_summary(self) -> None:
        assert self.conversation is not None
        self.summary_step.show_summary(
            self.deck,
            self.session.talks.answers(self.conversation.id),
            self.session.actions.for_conversation(self.conversation.id),
            self.notes.summary_text(),
            self.read_only,
            self.points_step.discussed(),
        )

    # saving ----------------------------------------------------------------
    def flush(self) -> bool:
        """Write what is pending now; False when some of it could not be written yet."""
        return self.autosaver.flush()

    def may_leave(self) -> bool:
        """Everything typed is written, or the person chose to leave what could not be."""
        return may_leave(self, self.autosaver)

    def _answer_changed(self, card_id: str, value: str) -> None:
        talks = self.session.talks
        self._typed(card_id, "answer", lambda c, d: talks.save_answer(c, d, card_id, value))

    def _note_changed(self, card_id: str, note: str) -> None:
        talks = self.session.talks
        self._typed(card_id, "note", lambda c, d: talks.save_note(c, d, card_id, note))

    def _typed(
        self, card_id: str, field: str, write: Callable[[Conversation, Deck], object]
    ) -> None:
        """Mark the card as it now is, and write the typed field within half a second."""
        conversation, deck = self.conversation, self.deck
        if conversation is None or deck is None or self.read_only:
            return
        self.steps_model.set_answered(card_id, self.card_steps[card_id].has_answer())
        self.skips.show_for(card_id)
        self.autosaver.schedule(f"{field}:{card_id}", lambda: write(conversation, deck))

    def _summary_changed(self, text: str) -> None:
        conversation = self.conversation
        if conversation is not None and not self.read_only:
            self.autosaver.schedule(
                "summary", lambda: self.session.talks.set_shared_summary(conversation, text)
            )

    def _private_changed(self, text: str) -> None:
        conversation = self.conversation
        if conversation is not None and not self.read_only:
            self.autosaver.schedule(
                "private", lambda: self.session.talks.set_private_note(conversation, text)
            )

    # actions ---------------------------------------------------------------
    def add_action(self) -> None:
        key = self.current_key()
        if self.agreed_actions.add(key if key in self.card_steps else None) and key == SUMMARY:
            self._show_summary()

    def _clear_answer(self, card_id: str) -> None:
        conversation = self.conversation
        if conversation is None or self.read_only:
            return
        # No "are you sure?" first: the undo bar brings it back, as mail programs do.
        self.flush()
        removed = self.session.talks.delete_answer(conversation, card_id)
        step = self.card_steps[card_id]
        step.show_answer(None)
        self.steps_model.set_answered(card_id, False)
        if removed is None:
            return

        def undo() -> None:
            self.session.talks.restore_answer(removed)
            step.show_answer(removed)
            self.steps_model.set_answered(card_id, removed.is_answered)
            self.steps_model.set_skipped(card_id, removed.skipped)

        self.undo_bar.offer(self.tr("Answer cleared."), undo)

    # finishing -------------------------------------------------------------
    def finish(self) -> None:
        """Complete the conversation once everything typed is written; else it stays a draft."""
        if self.conversation is None or self.read_only:
            return
        if not self.autosaver.flush():
            tell_not_finished(self, self.autosaver.last_error)
            return
        try:
            done = self.session.talks.complete(self.conversation)
        except Exception as error:
            if classify(error) is CrashKind.BUG:
                raise
            tell_not_finished(self, error)
            return
        self.open(done)

    def reopen(self) -> None:
        if self.conversation is None or not self.conversation.is_completed:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen conversation"),
            self.tr("Reason for reopening (kept in its history)"),
        )
        if not ok:
            return
        self.open(self.session.talks.reopen(self.conversation, reason.strip()))

    def leave(self) -> None:
        if self.may_leave():
            self.closed.emit()
