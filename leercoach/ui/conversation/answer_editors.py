"""One editor per answer type; each reports its value as text, the way the store keeps it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain import AnswerSpec, AnswerType
from leercoach.domain.deck import NO, OTHER_ID, SCALE_MAX, SCALE_MIN, YES, answer_lines
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


def _numbered(number: int, label: str) -> str:
    """An option's text with its digit key (1–9) as the mnemonic."""
    return f"&{number}  {label}" if number < 10 else label


class OtherText(QWidget):
    """ "Anders, namelijk:" — the button that picks a text of one's own, and the line it
    is typed in, which takes input only while the button is on."""

    def __init__(self, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.line = QLineEdit()
        self.line.setEnabled(False)
        self.line.setPlaceholderText(self.tr("In your own words"))
        self.button.toggled.connect(self.line.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.line, 1)

    def answers(self, question: str) -> None:
        self.button.setAccessibleDescription(question)
        self.line.setAccessibleName(f"{question} – {other_words()}")

    def show_text(self, text: str) -> None:
        self.line.blockSignals(True)
        self.line.setText(text)
        self.line.blockSignals(False)


def other_words() -> str:
    return QCoreApplication.translate("AnswerEditor", "Other, namely:")


def other_button(kind: type[QRadioButton] | type[QCheckBox], number: int) -> QAbstractButton:
    """The button "Anders, namelijk:", numbered after the options."""
    button = kind(_numbered(number, other_words()))
    button.setStyleSheet(f"{kind.__name__} {{ padding: 6px; font-size: 12pt; }}")
    return button


class _ChoiceButtons(AnswerEditor):
    """Radio buttons with stored values; digit keys 1–9 pick an option directly.

    With ``other``, one more radio "Anders, namelijk:" whose value is the text typed
    beside it.
    """

    def __init__(
        self,
        options: list[tuple[str, str]],
        horizontal: bool,
        parent: QWidget | None = None,
        *,
        other: bool = False,
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: list[str] = []
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (stored, label) in enumerate(options, start=1):
            button = QRadioButton(_numbered(number, label))
            button.setStyleSheet("QRadioButton { padding: 6px; font-size: 12pt; }")
            button.installEventFilter(self)
            self.group.addButton(button, number - 1)
            self.values.append(stored)
            layout.addWidget(button)
        self.other: OtherText | None = None
        if other:
            self.other = OtherText(other_button(QRadioButton, len(options) + 1))
            self.other.button.installEventFilter(self)
            self.group.addButton(self.other.button, len(options))
            self.other.line.textEdited.connect(lambda _text: self.changed.emit(self.value()))
            layout.addWidget(self.other)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda _index: self.changed.emit(self.value()))
        if self.group.buttons():
            self.setFocusProxy(self.group.buttons()[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if text.isdigit() and 1 <= int(text) <= len(self.group.buttons()) and self.isEnabled():
                button = self.group.button(int(text) - 1)
                button.setFocus()
                button.click()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> str:
        index = self.group.checkedId()
        if self.other is not None and index == len(self.values):
            return " ".join(self.other.line.text().split())
        return self.values[index] if index >= 0 else ""

    def set_value(self, value: str) -> None:
        own = self.other is not None and bool(value.strip()) and value not in self.values
        self.group.setExclusive(False)
        for index, stored in enumerate(self.values):
            self.group.button(index).setChecked(stored == value)
        if self.other is not None:
            self.other.button.setChecked(own)
            self.other.show_text(value.strip() if own else "")
        self.group.setExclusive(True)

    def answers(self, question: str) -> None:
        super().answers(question)
        for button in self.group.buttons():  # each option says its own words first
            button.setAccessibleDescription(question)
        if self.other is not None:
            self.other.answers(question)

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
        options = [(o, o) for o in spec.options]
        super().__init__(options, horizontal=False, parent=parent, other=spec.other)


class MultiAnswer(AnswerEditor):
    """A check box per option, and with ``other`` one more, "Anders, namelijk:", with
    the text beside it; the value is ``AnswerSpec.encode``'s (the texts, one per line).
    Digit keys 1–9 tick an option."""

    def __init__(self, spec: AnswerSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.boxes: list[tuple[str, QCheckBox]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (label, option_id) in enumerate(
            zip(spec.options, spec.option_ids, strict=True), start=1
        ):
            box = QCheckBox(_numbered(number, label))
            box.setStyleSheet("QCheckBox { padding: 6px; font-size: 12pt; }")
            box.clicked.connect(lambda _on: self.changed.emit(self.value()))
            self.boxes.append((option_id, box))
            layout.addWidget(box)
        self.other: OtherText | None = None
        if spec.other:
            self.other = OtherText(other_button(QCheckBox, len(spec.options) + 1))
            self.other.button.clicked.connect(lambda _on: self.changed.emit(self.value()))
            self.other.line.textEdited.connect(lambda _text: self.changed.emit(self.value()))
            layout.addWidget(self.other)
        layout.addStretch(1)
        for button in self._all_boxes():
            button.installEventFilter(self)
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit key 1–9 ticks or unticks that option, as it picks one of a choice."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text, boxes = event.text(), self._all_boxes()
            if text.isdigit() and 1 <= int(text) <= len(boxes) and self.isEnabled():
                boxes[int(text) - 1].setFocus()
                boxes[int(text) - 1].click()
                return True
        return super().eventFilter(watched, event)

    def _all_boxes(self) -> list[QAbstractButton]:
        found: list[QAbstractButton] = [box for _id, box in self.boxes]
        return found + ([self.other.button] if self.other is not None else [])

    def value(self) -> str:
        chosen = [option_id for option_id, box in self.boxes if box.isChecked()]
        own = ""
        if self.other is not None and self.other.button.isChecked():
            chosen.append(OTHER_ID)
            own = self.other.line.text()
        return self.spec.encode(chosen, own)[0]

    def set_value(self, value: str) -> None:
        chosen, own = self.spec.decode(value)
        for option_id, box in self.boxes:
            box.setChecked(option_id in chosen)
        if self.other is not None:
            self.other.button.setChecked(bool(own))
            self.other.show_text(own)

    def answers(self, question: str) -> None:
        super().answers(question)
        for box in self._all_boxes():
            box.setAccessibleDescription(question)
        if self.other is not None:
            self.other.answers(question)

    def focus_editor(self) -> None:
        boxes = self._all_boxes()
        checked = [box for box in boxes if box.isChecked()]
        (checked or boxes)[0].setFocus()


class YesNoAnswer(_ChoiceButtons):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(YES, words.yes()), (NO, words.no())], horizontal=True, parent=parent)


def editor_for(spec: AnswerSpec, parent: QWidget | None = None) -> AnswerEditor:
    if spec.type is AnswerType.SCALE:
        return ScaleAnswer(spec, parent)
    if spec.type is AnswerType.CHOICE:
        return ChoiceAnswer(spec, parent)
    if spec.type is AnswerType.MULTI:
        return MultiAnswer(spec, parent)
    if spec.type is AnswerType.YESNO:
        return YesNoAnswer(parent)
    return TextAnswer(parent)


def display_value(spec: AnswerSpec, value: str) -> str:
    """An answer as a person reads it: 'ja' as 'yes' in English, '4 – veel' for scales,
    a multiple choice as a list."""
    if spec.type is AnswerType.MULTI:
        return "\n".join(f"• {line}" for line in answer_lines(value))
    if spec.type is AnswerType.YESNO:
        return {YES: words.yes(), NO: words.no()}.get(value, value)
    return spec.describe(value)
