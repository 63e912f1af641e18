"""A step of the conversation that is a heading, a hint and a scrolling stack of rows: the
review of earlier actions and the talking points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def stack_of_rows(step: QWidget, heading: QLabel, hint: QLabel) -> QVBoxLayout:
    """Lay ``step`` out as ``heading``, ``hint`` and a scroll area (the heading's buddy,
    so a screen reader names it); the layout the rows go into, top-aligned."""
    heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
    hint.setWordWrap(True)
    rows_box = QWidget()
    rows = QVBoxLayout(rows_box)
    rows.setAlignment(Qt.AlignmentFlag.AlignTop)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(rows_box)
    heading.setBuddy(scroll)
    layout = QVBoxLayout(step)
    layout.addWidget(heading)
    layout.addWidget(hint)
    layout.addWidget(scroll, 1)
    return rows
