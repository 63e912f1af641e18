"""First step of a talk, when there are talking points: each ticked as discussed or left
open, which carries it on to the next talk. A completed talk shows what it discussed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from leercoach.domain import Conversation
from leercoach.domain.talking_point import TalkingPoint
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.conversation.row_stack import stack_of_rows
from leercoach.ui.session import Session
from leercoach.vocabulary import label


class PointRow(QFrame):
    discussedChanged = Signal(TalkingPoint, bool)

    def __init__(
        self, point: TalkingPoint, conversation_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.point = point
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(point.text)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        meta = QLabel(
            self.tr("Raised by the %1 on %2")
            .replace("%1", label(point.by))
            .replace("%2", words.short_date(point.added_at))
        )
        keep_styled(meta, lambda c: f"color: {c.muted.name()};")
        self.discussed = QCheckBox(self.tr("Discussed"))
        self.discussed.setChecked(point.discussed_in(conversation_id))
        self.discussed.setAccessibleName(self.tr("Discussed: %1").replace("%1", point.text))
        self.discussed.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(meta)
        layout.addWidget(self.discussed)

    def _toggled(self, checked: bool) -> None:
        self.discussedChanged.emit(self.point, checked)


class PointsStep(QWidget):
    """The topics either side raised: ticked here, kept in the talk's record."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.conversation: Conversation | None = None
        self.heading = QLabel(self.tr("Talking points"))
        self.hint = QLabel()
        self.rows_layout = stack_of_rows(self, self.heading, self.hint)
        self.rows: list[PointRow] = []

    def load(self, conversation: Conversation, read_only: bool) -> list[TalkingPoint]:
        """Show the conversation's points; the ones shown (none: no such step)."""
        self.conversation = conversation
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        points = self.session.points.for_conversation(conversation)
        person = conversation.employee_id
        self.hint.setText(
            self.tr("Discussed in this conversation.")
            if conversation.is_completed or person is None
            else self.tr(
                "What %1 or you wanted to talk about. Tick what you discussed; what you "
                "leave open comes back next time."
            ).replace("%1", self.session.people.get(person).name)
        )
        for point in points:
            row = PointRow(point, conversation.id)
            row.setEnabled(not read_only)
            row.discussedChanged.connect(self._discussed)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        return points

    def discussed(self) -> list[TalkingPoint]:
        """The points ticked as discussed in this conversation, as stored."""
        talk = self.conversation
        return [row.point for row in self.rows if talk and row.point.discussed_in(talk.id)]

    def _discussed(self, point: TalkingPoint, discussed: bool) -> None:
        if self.conversation is None or self.conversation.is_completed:
            return
        done = self.session.points.set_discussed(point, self.conversation, discussed)
        for row in self.rows:
            if row.point.id == done.id:
                row.point = done
