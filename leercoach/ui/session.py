"""The UI's one door to the data: the store and deck library, with a signal per change.

Widgets read through ``session.store`` and write through the methods here, so
every change is announced and every view that shows it can refresh itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from leercoach.decks import DeckLibrary
from leercoach.domain import (
    Action,
    ActionOwner,
    ActionStatus,
    Answer,
    Conversation,
    CyclePhase,
    Deck,
    Employee,
    EmployeeDraft,
    Goal,
    GoalStatus,
    GrowthCycle,
    GrowthPhase,
    LearningForm,
)
from leercoach.domain.people import ImportRow
from leercoach.store import DeletedAction, ImportOutcome, Store
from leercoach.trust.erasure import ErasureReport

if TYPE_CHECKING:
    from leercoach.targets import Target


class Session(QObject):
    employeesChanged = Signal()
    employeeChanged = Signal(str)
    conversationsChanged = Signal(str)
    actionsChanged = Signal(str)
    cyclesChanged = Signal(str)
    saved = Signal(datetime)

    def __init__(
        self,
        store: Store,
        library: DeckLibrary | Callable[[], DeckLibrary],
        parent: QObject | None = None,
    ) -> None:
        """``library`` may be a function that loads it: the app then parses the deck
        files when a deck is first needed, not before its window shows."""
        super().__init__(parent)
        self.store = store
        self._library = library

    @property
    def library(self) -> DeckLibrary:
        if not isinstance(self._library, DeckLibrary):
            self._library = self._library()
        return self._library

    def _saved(self) -> None:
        self.saved.emit(datetime.now())

    # employees -------------------------------------------------------------
    def add_employee(self, draft: EmployeeDraft) -> Employee:
        employee = self.store.employees.add(draft)
        self._saved()
        self.employeesChanged.emit()
        return employee

    def import_employees(self, rows: Sequence[ImportRow]) -> ImportOutcome:
        """Add the new people of a list; those already present are skipped, not doubled."""
        outcome = self.store.employees.import_rows(rows)
        if outcome.added:
            self._saved()
            self.employeesChanged.emit()
        return outcome

    def update_employee(self, employee_id: str, draft: EmployeeDraft) -> Employee:
        employee = self.store.employees.update(employee_id, draft)
        self._saved()
        self.employeesChanged.emit()
        self.employeeChanged.emit(employee_id)
        return employee

    def set_archived(self, employee_id: str, archived: bool) -> Employee:
        employee = self.store.employees.set_archived(employee_id, archived)
        self._saved()
        self.employeesChanged.emit()
        self.employeeChanged.emit(employee_id)
        return employee

    def erase_people(
        self,
        employee_ids: list[str],
        backups: Path | None = None,
        *,
        include_backups: bool,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ErasureReport:
        """Erase people from the database and the copies leercoach made (GDPR).

        Long work, for a worker thread (``ui.jobs.run_job``): it runs on a connection of
        its own. Emit ``employeesChanged`` on the UI thread afterwards.
        """
        from leercoach.trust.erasure import erase_people

        with self.store.sibling() as worker:
            return erase_people(
                worker, employee_ids, backups, include_backups=include_backups, progress=progress
            )

    def remove_demo(self) -> int:
        removed = self.store.employees.remove_demo()
        self._saved()
        self.employeesChanged.emit()
        return removed

    # conversations ---------------------------------------------------------
    def deck_for(self, conversation: Conversation) -> Deck | None:
        """The deck the conversation was held with (``store.decks.deck_of``), or None."""
        return self.store.decks.deck_of(conversation, self.library)

    def start_conversation(self, employee_id: str, deck: Deck) -> Conversation:
        conversation = self.store.conversations.start(employee_id, deck)
        self._saved()
        self.conversationsChanged.emit(employee_id)
        return conversation

    def save_answer(
        self, conversation: Conversation, deck: Deck, card_id: str, value: str
    ) -> Answer:
        card = deck.card(card_id)
        answer = self.store.conversations.save_answer(
            conversation.id, card, deck.index_of(card_id), value
        )
        self._saved()
        return answer

    def delete_answer(self, conversation: Conversation, card_id: str) -> Answer | None:
        removed = self.store.conversations.delete_answer(conversation.id, card_id)
        self._saved()
        return removed

    def restore_answer(self, answer: Answer) -> None:
        self.store.conversations.restore_answer(answer)
        self._saved()

    def set_shared_summary(self, conversation: Conversation, text: str) -> None:
        self.store.conversations.set_shared_summary(conversation.id, text)
        self._saved()

    def set_private_note(self, conversation: Conversation, text: str) -> None:
        self.store.conversations.set_private_note(conversation.id, text)
        self._saved()

    def set_current_card(self, conversation: Conversation, card_id: str) -> None:
        self.store.conversations.set_current_card(conversation.id, card_id)

    def complete(self, conversation: Conversation) -> Conversation:
        done = self.store.conversations.complete(conversation.id)
        self._saved()
        self.conversationsChanged.emit(conversation.employee_id)
        return done

    def reopen(self, conversation: Conversation, note: str) -> Conversation:
        reopened = self.store.conversations.reopen(conversation.id, note)
        self._saved()
        self.conversationsChanged.emit(conversation.employee_id)
        return reopened

    # growth cycles ---------------------------------------------------------
    def start_cycle(self, employee_id: str, start: date, end: date) -> GrowthCycle:
        cycle = self.store.cycles.add(employee_id, start, end)
        self._saved()
        self.cyclesChanged.emit(employee_id)
        return cycle

    def set_cycle_phase(self, cycle: GrowthCycle, phase: CyclePhase) -> GrowthCycle:
        changed = self.store.cycles.set_phase(cycle.id, phase)
        self._saved()
        self.cyclesChanged.emit(cycle.employee_id)
        return changed

    def save_goal(
        self,
        cycle: GrowthCycle,
        goal: Goal | None,
        title: str,
        smart: dict[str, str],
        due_date: date | None,
        status: GoalStatus,
    ) -> Goal:
        if goal is None:
            saved = self.store.cycles.add_goal(
                cycle.id, title, due_date=due_date, status=status, **smart
            )
        else:
            saved = self.store.cycles.update_goal(
                goal.id, title, due_date=due_date, status=status, **smart
            )
        self._saved()
        self.cyclesChanged.emit(cycle.employee_id)
        return saved

    def set_growth_phase(self, employee: Employee, phase: GrowthPhase, on: date) -> Employee:
        changed = self.store.employees.set_growth_phase(employee.id, phase, on)
        self._saved()
        self.employeeChanged.emit(employee.id)
        return changed

    # actions ---------------------------------------------------------------
    def add_action(
        self,
        employee_id: str,
        what: str,
        owner: ActionOwner,
        due_date: date | None,
        success_measure: str,
        *,
        conversation_id: str | None = None,
        card_id: str | None = None,
        goal_id: str | None = None,
        learning_form: LearningForm | None = None,
    ) -> Action:
        action = self.store.actions.add(
            employee_id,
            what,
            owner,
            due_date,
            success_measure,
            conversation_id=conversation_id,
            card_id=card_id,
            goal_id=goal_id,
            learning_form=learning_form,
        )
        self._saved()
        self.actionsChanged.emit(employee_id)
        if goal_id is not None:
            self.cyclesChanged.emit(employee_id)
        return action

    def update_action(
        self,
        action: Action,
        what: str,
        owner: ActionOwner,
        due_date: date | None,
        measure: str,
        learning_form: LearningForm | None = None,
    ) -> Action:
        updated = self.store.actions.update(
            action.id, what, owner, due_date, measure, learning_form or action.learning_form
        )
        self._saved()
        self.actionsChanged.emit(action.employee_id)
        return updated

    def set_action_status(
        self, action: Action, status: ActionStatus, note: str, conversation_id: str | None
    ) -> Action:
        updated = self.store.actions.set_status(
            action.id, status, note, conversation_id=conversation_id
        )
        self._saved()
        self.actionsChanged.emit(action.employee_id)
        return updated

    def delete_action(self, action: Action) -> DeletedAction:
        removed = self.store.actions.delete(action.id)
        self._saved()
        self.actionsChanged.emit(action.employee_id)
        return removed

    def restore_action(self, removed: DeletedAction) -> Action:
        action = self.store.actions.restore(removed)
        self._saved()
        self.actionsChanged.emit(action.employee_id)
        return action

    # exports ---------------------------------------------------------------
    def check_export_targets(
        self, targets: Iterable[Target], *, new_folders: bool = False
    ) -> list[Path]:
        """Where an export would write, checked against this database and leercoach's own
        files (``leercoach.targets``): TargetRefusedError, or the files it would replace."""
        from leercoach.targets import check_targets

        return check_targets(targets, self.store.path, new_folders=new_folders)
