"""A bar that says what was just deleted and offers to bring it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from leercoach.ui.colours import keep_styled


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        keep_styled(  # drawn the other way round from the window, to stand out
            self,
            lambda c: (
                f"#undoBar {{ background: {c.inverse_fill.name()}; }}"
                f' QLabel, QPushButton[flat="true"] {{ color: {c.inverse_text.name()}; }}'
            ),
        )
        self.message = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._stack: list[tuple[str, Callable[[], None]]] = []
        self.hide()

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        self._stack.append((message, undo))
        self._show_top()

    def _show_top(self) -> None:
        if not self._stack:
            self.hide()
            return
        self.message.setText(self._stack[-1][0])
        self.show()

    def undo(self) -> None:
        if not self._stack:
            return
        _, undo = self._stack.pop()
        undo()
        self._show_top()

    def clear(self) -> None:
        self._stack.clear()
        self.hide()
