"""One editor per answer type; each reports its value as text, the way the store keeps it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import AnswerSpec, AnswerType
from leercoach.domain.deck import NO, SCALE_MAX, SCALE_MIN, YES
from leercoach.ui import words


class AnswerEditor(QWidget):
    """Base: ``value()`` / ``set_value()`` as text and ``changed`` on every user edit."""

    changed = Signal(str)

    def value(self) -> str:
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_editor(self) -> None:
        self.setFocus()

    def answers(self, question: str) -> None:
        """Tell a screen reader which question this answers (the question is a heading
        above, which a reader does not say when the answer gets the focus)."""
        self.setAccessibleName(question)


class TextAnswer(AnswerEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Type the answer here…"))
        self.editor.setTabChangesFocus(True)
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.editor.setFont(font)
        self.editor.textChanged.connect(lambda: self.changed.emit(self.value()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    def value(self) -> str:
        return self.editor.toPlainText()

    def set_value(self, value: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(value)
        self.editor.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    def answers(self, question: str) -> None:
        super().answers(question)
        self.editor.setAccessibleName(question)

    def focus_editor(self) -> None:
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)


class _ChoiceButtons(AnswerEditor):
    """Radio buttons with stored values; digit keys 1–9 pick an option directly."""

    def __init__(
        self, options: list[tuple[str, str]], horizontal: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: list[str] = []
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (stored, label) in enumerate(options, start=1):
            button = QRadioButton(f"&{number}  {label}" if number < 10 else label)
            button.setStyleSheet("QRadioButton { padding: 6px; font-size: 12pt; }")
            button.installEventFilter(self)
            self.group.addButton(button, number - 1)
            self.values.append(stored)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda index: self.changed.emit(self.values[index]))
        if self.group.buttons():
            self.setFocusProxy(self.group.buttons()[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if text.isdigit() and 1 <= int(text) <= len(self.values) and self.isEnabled():
                button = self.group.button(int(text) - 1)
                button.setFocus()
                button.click()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> str:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else ""

    def set_value(self, value: str) -> None:
        self.group.setExclusive(False)
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(self.values[index] == value)
        self.group.setExclusive(True)

    def answers(self, question: str) -> None:
        super().answers(question)
        for button in self.group.buttons():  # each option says its own words first
            button.setAccessibleDescription(question)

    def focus_editor(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.group.buttons()[0]).setFocus()


class ScaleAnswer(_ChoiceButtons):
    def __init__(self, spec: AnswerSpec, parent: QWidget | None = None) -> None:
        steps = range(SCALE_MIN, SCALE_MAX + 1)
        labels = spec.labels or tuple("" for _ in steps)
        options = [(str(n), label) for n, label in zip(steps, labels, strict=True)]
        super().__init__(options, horizontal=not spec.labels, parent=parent)


class ChoiceAnswer(_ChoiceButtons):
    def __init__(self, spec: AnswerSpec, parent: QWidget | None = None) -> None:
        super().__init__([(o, o) for o in spec.options], horizontal=False, parent=parent)


class YesNoAnswer(_ChoiceButtons):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(YES, words.yes()), (NO, words.no())], horizontal=True, parent=parent)


def editor_for(spec: AnswerSpec, parent: QWidget | None = None) -> AnswerEditor:
    if spec.type is AnswerType.SCALE:
        return ScaleAnswer(spec, parent)
    if spec.type is AnswerType.CHOICE:
        return ChoiceAnswer(spec, parent)
    if spec.type is AnswerType.YESNO:
        return YesNoAnswer(parent)
    return TextAnswer(parent)


def display_value(spec: AnswerSpec, value: str) -> str:
    """An answer as a person reads it: 'ja' as 'yes' in English, '4 – veel' for scales."""
    if spec.type is AnswerType.YESNO:
        return {YES: words.yes(), NO: words.no()}.get(value, value)
    return spec.describe(value)
