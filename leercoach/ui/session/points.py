"""Talking points: the person view's topics for the next talk, and a talk's first step."""

from __future__ import annotations

from leercoach.domain import Conversation
from leercoach.domain.talking_point import PointBy, TalkingPoint
from leercoach.ui.session.changes import Changes
from leercoach.ui.session.service import Service


class TalkingPoints(Service):
    def for_employee(self, employee_id: str) -> list[TalkingPoint]:
        return self.store.talking_points.for_employee(employee_id)

    def for_conversation(self, conversation: Conversation) -> list[TalkingPoint]:
        """The points of a talk's first step; none in the manager's own records."""
        if not conversation.is_talk:
            return []
        return self.store.talking_points.for_conversation(conversation)

    def add(self, employee_id: str, text: str, by: PointBy) -> TalkingPoint:
        added = self.store.talking_points.add(employee_id, text, by)
        self._changed(employee_id)
        return added

    def set_discussed(
        self, point: TalkingPoint, conversation: Conversation, discussed: bool
    ) -> TalkingPoint:
        done = self.store.talking_points.set_discussed(point.id, conversation.id, discussed)
        self._changed(point.employee_id)
        return done

    def remove(self, point: TalkingPoint) -> TalkingPoint:
        removed = self.store.talking_points.remove(point.id)
        self._changed(point.employee_id)
        return removed

    def restore(self, removed: TalkingPoint) -> TalkingPoint:
        back = self.store.talking_points.restore(removed)
        self._changed(removed.employee_id)
        return back

    def _changed(self, employee_id: str) -> None:
        # A talk's first step shows them: the person's conversations changed.
        self.changed(Changes.of(employee_id, conversations=True))
