"""The conversations in the person view: open one, hand the employee the record of a
completed talk (``talk_record``), or discard a draft started by mistake (with undo). A
completed conversation is a record: it is not offered for discarding."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox

from leercoach.domain import Conversation
from leercoach.reports.talk_record import Refusal
from leercoach.ui import words
from leercoach.ui.talk_record import entry_text, save_talk_record

if TYPE_CHECKING:
    from leercoach.ui.employee_view import EmployeeView


class PersonTalks(QObject):
    def __init__(self, view: EmployeeView) -> None:
        super().__init__(view)
        timeline = view.timeline_view
        timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        timeline.customContextMenuRequested.connect(self._menu)
        discard = QShortcut(QKeySequence.StandardKey.Delete, timeline)
        discard.setContext(Qt.ShortcutContext.WidgetShortcut)
        discard.activated.connect(lambda: self.discard(timeline.currentIndex().row()))

    @property
    def view(self) -> EmployeeView:
        # The parent, not an attribute: the two holding each other would be a cycle,
        # which the collector frees in whatever order (see ui/collector.py).
        return cast("EmployeeView", self.parent())

    def _talk(self, row: int) -> Conversation | None:
        model = self.view.timeline_model
        return model.row(row) if 0 <= row < model.rowCount() else None

    def _menu(self, at: QPoint) -> None:
        menu = self.menu_for(self.view.timeline_view.indexAt(at).row())
        if menu is not None:
            menu.popup(self.view.timeline_view.viewport().mapToGlobal(at))

    def menu_for(self, row: int) -> QMenu | None:
        """The context menu of a conversation: open it; discard it if it is a draft."""
        talk = self._talk(row)
        if talk is None:
            return None
        menu = QMenu(self.view)
        menu.addAction(self.tr("&Open"), lambda: self.view.conversationOpened.emit(talk))
        self._add_record(menu, talk)
        discard = menu.addAction(self.tr("&Discard this draft…"), lambda: self.discard(row))
        discard.setEnabled(talk.can_be_discarded)
        if not talk.can_be_discarded:
            discard.setToolTip(self.tr("A completed conversation is a record; it stays."))
        return menu

    def _add_record(self, menu: QMenu, talk: Conversation) -> None:
        """Absent for the manager's own decks; greyed out for a draft."""
        why = self.view.session.reports.talk_record_refusal(talk)
        if why is Refusal.MANAGERS_OWN:
            return
        view = self.view
        record = menu.addAction(
            entry_text(), lambda: save_talk_record(view.session, view, talk, view.language)
        )
        record.setEnabled(why is None)
        if why is not None:
            record.setToolTip(self.tr("Finish the conversation first."))

    def discard(self, row: int) -> None:
        talk = self._talk(row)
        if talk is None or not talk.can_be_discarded:
            return
        answer = QMessageBox.question(
            self.view,
            self.tr("Discard draft"),
            self.tr(
                "Discard the conversation “%1” of %2? Its answers and the actions agreed "
                "in it are removed, and status changes made in it are undone."
            )
            .replace("%1", talk.deck_title)
            .replace("%2", words.short_date(talk.started_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        talks = self.view.session.talks
        discarded = talks.discard(talk)

        def undo() -> None:
            talks.restore_discarded(discarded)

        self.view.undo_bar.offer(self.tr("Draft discarded."), undo)
