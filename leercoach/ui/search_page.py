"""The search page of the main window: the search panel with a way back to the people."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leercoach.ui.search_panel import SearchPanel
from leercoach.ui.session import Session


class SearchPage(QWidget):
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        back = QPushButton(self.tr("← Back to the people"))
        back.clicked.connect(self.closed)
        title = QLabel(self.tr("Search conversations"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(title, 1)
        self.panel = SearchPanel(session, self)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.panel, 1)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.closed)
