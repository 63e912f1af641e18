"""The optional note beside the value of a scale or choice card.

A scale card's own follow-up asks "Wat maakt dat je dit cijfer kiest?": the answer to
that is kept with the value, searched and printed with it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from leercoach.domain import AnswerType

# The cards whose value is picked, not typed: what lies behind the pick needs a place.
NOTED_TYPES = frozenset({AnswerType.SCALE, AnswerType.CHOICE, AnswerType.MULTI})


class AnswerNote(QWidget):
    """A label and a plain text field; ``changed`` on every edit by the user."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("answerNote")
        self.editor.setPlaceholderText(
            self.tr("What lies behind this answer, in a few words (optional)")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(lambda: self.changed.emit(self.text()))
        self.label = QLabel(self.tr("N&ote (optional)"))
        self.label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor, 1)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
